import type { z } from 'zod';
import type { CliIo } from '../CliIo';
import { decodeSource } from '../../io/decodeSource';
import type { TextSource } from '../../io/TextSource';
import type { FigureFormat } from '../../import/readFigures';
import type { AdminUnit } from '../../schema/AdminUnitSchema';
import type { Programme } from '../../schema/ProgrammeSchema';

/** A problem with an input file: printed as `file:line: message`, exit code 1 (2 when the file is missing). */
export class InputError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'InputError';
    this.exitCode = exitCode;
  }
}

/** The absolute path of a file argument. */
export async function resolvePath(io: CliIo, file: string): Promise<string> {
  const path = await import('node:path');
  return path.resolve(io.cwd ?? process.cwd(), file);
}

/** Opens an input file (or `-` for stdin) as a stream of chunks, after checking that it exists. */
async function openInput(io: CliIo, file: string): Promise<TextSource> {
  if (file === '-') {
    if (io.stdin === undefined) throw new InputError('-: no standard input available', 2);
    return await stdinChunks(io.stdin);
  }
  const fs = await import('node:fs');
  const full = await resolvePath(io, file);
  let stat;
  try {
    stat = await fs.promises.stat(full);
  } catch {
    throw new InputError(`${file}: no such file`, 2);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not a file`, 2);
  // Chunks of 1 MB: a 64 KB read costs the reading thread about as much again in stream overhead.
  return fs.createReadStream(full, { highWaterMark: 1 << 20 });
}

/**
 * Standard input as {@link openInput} reads it: a stream on a file descriptor that is a file
 * (`antq validate - < f.csv`, where Node's own stream reads 64 KB at a time) is read from that
 * descriptor, from where it stands, in 1 MB chunks as a named file is; a pipe, a terminal or
 * any other source is read as it comes. So is a stream that owns its descriptor (`autoClose`,
 * it would be left unread and open), reads a range of its own (`start`, `end`) or has read
 * already: reading the descriptor would skip or repeat bytes.
 */
export async function stdinChunks(stdin: AsyncIterable<string | Uint8Array>): Promise<TextSource> {
  const s = stdin as { readonly fd?: unknown; readonly autoClose?: unknown; readonly start?: unknown; readonly end?: unknown; readonly bytesRead?: unknown; readonly readableLength?: unknown };
  const fd = s.fd;
  if (typeof fd !== 'number' || s.autoClose !== false || s.start !== undefined || (s.end ?? Infinity) !== Infinity || (s.bytesRead ?? 0) !== 0 || (s.readableLength ?? 0) !== 0) return stdin;
  const fs = await import('node:fs');
  try {
    if (!fs.fstatSync(fd).isFile()) return stdin;
  } catch {
    return stdin;
  }
  // The descriptor stays open (`autoClose: false`): it is the process's, not this read's.
  return fs.createReadStream('', { fd, highWaterMark: 1 << 20, autoClose: false });
}

/** An input with its size in bytes when known (a file), and how many bytes have been read so far. */
export interface SizedInput {
  readonly source: TextSource;
  /** The file's size in bytes, or `null` for standard input. */
  readonly size: number | null;
  /** Bytes handed to the reader so far. */
  bytesRead(): number;
}

/** Opens an input like {@link openInput} and counts the bytes the reader takes, for progress. */
export async function openSizedInput(io: CliIo, file: string): Promise<SizedInput> {
  const source = await openInput(io, file);
  if (file === '-') return { source, size: null, bytesRead: () => 0 };
  const fs = await import('node:fs');
  const size = (await fs.promises.stat(await resolvePath(io, file))).size;
  let bytes = 0;
  const stream = source as AsyncIterable<Uint8Array>;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream) {
      bytes += chunk.byteLength;
      yield chunk;
    }
  }
  return { source: counted(), size, bytesRead: () => bytes };
}

/**
 * Reads a whole (small) input file as text, with the checks of the figure readers: bytes that are
 * not UTF-8 (`invalid_utf8`, also UTF-16) and a NUL byte (`binary_content`) are refused with their
 * position; a byte order mark is dropped.
 */
export async function readText(io: CliIo, file: string): Promise<string> {
  const source = await openInput(io, file);
  const parts: string[] = [];
  for await (const piece of decodeSource(source, 'antq')) {
    if (typeof piece !== 'string') {
      throw new InputError(`${file}: invalid_utf8: the bytes at offset ${piece.byteOffset} are not UTF-8 (save the file as UTF-8)`);
    }
    parts.push(piece);
  }
  const text = parts.join('').replace(/^\uFEFF/, '');
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const line = countLines(text, nul);
    throw new InputError(`${file}:${line}: binary_content: a NUL byte at character ${nul} (not a text file${text.charCodeAt(1) === 0 || text.charCodeAt(0) === 0 ? '; UTF-16? save it as UTF-8' : ''})`);
  }
  return text;
}

function countLines(text: string, end: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The format of a figures file: `--input-format`, else by extension (`.json`, `.ndjson`/`.jsonl`, else CSV). */
export function formatOf(file: string, given: string | undefined): FigureFormat {
  if (given === 'csv' || given === 'json' || given === 'ndjson') return given;
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  return 'csv';
}

function zodProblems(file: string, where: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${file}: ${where}${i.path.length > 0 ? `, ${i.path.join('.')}` : ''}: ${i.message}`);
}

/**
 * Reads a units table: CSV with the columns of `UNIT_COLUMNS` in unitsTable.ts (`code`, `name` and `level`
 * required; dates empty when open; an unknown column is an error), or a JSON array of units (or
 * `{ units }`, as `antq units --format json` writes). Every bad row is named with its row and line.
 */
export async function loadUnits(io: CliIo, file: string): Promise<AdminUnit[]> {
  const text = await readText(io, file);
  // Loaded only here (see `schemaModules.ts`).
  const { AdminUnitSchema, unitsFromCsv } = await import('./schemaModules');
  const problems: string[] = [];
  const units: AdminUnit[] = [];
  if (file.toLowerCase().endsWith('.json')) {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    } catch (e) {
      throw new InputError(`${file}: not valid JSON (${(e as Error).message})`);
    }
    const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null && Array.isArray((value as { units?: unknown }).units) ? ((value as { units: unknown[] }).units) : null;
    if (list === null) throw new InputError(`${file}: expected a JSON array of units`);
    list.forEach((u, i) => {
      const r = AdminUnitSchema.safeParse(u);
      if (r.success) units.push(r.data);
      else for (const p of zodProblems(file, `unit ${i + 1}`, r.error)) problems.push(p);
    });
  } else {
    const read = unitsFromCsv(text, file);
    for (const u of read.units) units.push(u);
    for (const p of read.problems) problems.push(p);
  }
  if (problems.length > 0) throw new InputError(problems.slice(0, 20).join('\n') + (problems.length > 20 ? `\n… and ${problems.length - 20} more` : ''));
  return units;
}

/** Reads programmes from a JSON array (each checked with `ProgrammeSchema`). */
export async function loadProgrammes(io: CliIo, file: string): Promise<Programme[]> {
  const text = await readText(io, file);
  const { ProgrammeSchema } = await import('./schemaModules');
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    throw new InputError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(value)) throw new InputError(`${file}: expected a JSON array of programmes`);
  const out: Programme[] = [];
  const problems: string[] = [];
  value.forEach((p, i) => {
    const r = ProgrammeSchema.safeParse(p);
    if (r.success) out.push(r.data);
    else for (const p of zodProblems(file, `programme ${i + 1}`, r.error)) problems.push(p);
  });
  if (problems.length > 0) throw new InputError(problems.join('\n'));
  return out;
}
