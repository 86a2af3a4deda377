import { referenceProvinces } from '../../units/referenceProvinces';
import { toCsv } from '../../io/csv/toCsv';
import type { ImportReport } from '../../import/ImportReport';
import { importFigures, type ImportFiguresOptions } from '../../import/importFigures';
import type { RejectedRow } from '../../import/readFigures';
import type { AdminUnit } from '../../schema/AdminUnitSchema';
import type { Figure } from '../../schema/FigureSchema';
import type { FigureTable } from '../../table/FigureTable';
import { flag, positiveIntOption, str, UsageError, type OptionSpec } from './args';
import { t, type Ctx } from './context';
import { formatOf, loadProgrammes, loadUnits, openSizedInput } from './inputs';
import { openWriter, type Writer } from './writer';
import { FileRows } from './rowNames';

/** The files named by options that a command reads (`--units`, `--programmes`, `--catalogue`). */
export function optionInputs(ctx: Ctx): string[] {
  const files: string[] = [];
  for (const name of ['units', 'programmes', 'catalogue']) {
    const v = str(ctx.args, name);
    if (v !== undefined && !(name === 'units' && v === 'vn')) files.push(v);
  }
  return files;
}

/** `--catalogue FILE`: a team's own catalogue (JSON), for every command that uses one. */
export const CATALOGUE_OPTION: Readonly<Record<string, OptionSpec>> = { catalogue: { type: 'string' } };

/** Options of every command that reads a figures file. */
export const INPUT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  ...CATALOGUE_OPTION,
  units: { type: 'string' },
  programmes: { type: 'string' },
  'input-format': { type: 'string', values: ['csv', 'json', 'ndjson'] },
  'vi-numbers': { type: 'boolean' },
  delimiter: { type: 'string', values: [',', ';', 'auto'] },
  'max-record-chars': { type: 'string' },
  'max-tracked-keys': { type: 'string' },
  threads: { type: 'string' },
  lenient: { type: 'boolean' },
  rejects: { type: 'string' },
};

/**
 * Receives accepted figures batch by batch with the file row of each (the 1-based data row that
 * validation issues name) and its line (empty for a JSON array), so that summaries and reports
 * name file rows and lines too.
 */
export type FigureSink = (figures: readonly Figure[], rows: readonly number[], lines: readonly number[]) => void | Promise<void>;

/** A sink of accepted figures as one figure table per batch (no figure object per row), with rows and lines as {@link FigureSink}. */
export interface TableSink {
  readonly table: (table: FigureTable, rows: readonly number[], lines: readonly number[]) => void | Promise<void>;
}

/** The outcome of reading the input: the report, and the units table when one was given. */
export interface InputRead {
  readonly report: ImportReport;
  readonly units: readonly AdminUnit[] | undefined;
}

const PROGRESS_STEP = 100_000;

/** Loads `--units` (needed before the aggregation is set up). */
export async function unitsOption(ctx: Ctx): Promise<AdminUnit[] | undefined> {
  const file = str(ctx.args, 'units');
  // `--units vn`: the built-in provincial units before and after the 1 Jul 2025 reform.
  if (file === 'vn') return [...referenceProvinces()];
  return file === undefined ? undefined : loadUnits(ctx.io, file);
}

/** Reads `--as-of` (restate onto the boundaries of a date); needs the unit hierarchy. */
export function asOfOption(ctx: Ctx, units: readonly AdminUnit[] | undefined): string | undefined {
  const asOf = str(ctx.args, 'as-of');
  if (asOf === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`option --as-of must be a date YYYY-MM-DD; got ${JSON.stringify(asOf)}`);
  if (units === undefined) throw new UsageError('option --as-of needs --units FILE (or --units vn for the reference provinces)');
  return asOf;
}

/**
 * Reads and validates a figures file in one streaming pass, handing accepted figures to `sink`;
 * writes rejected rows to `--rejects` (lenient mode), prints progress on a terminal, and prints
 * a one-line summary of problems to stderr (`later`: the caller prints it, with {@link writeImportSummary},
 * once its numbers are final). The caller decides what a failed strict import means.
 */
export async function readInput(ctx: Ctx, file: string, units: readonly AdminUnit[] | undefined, sink: FigureSink | TableSink | undefined, shared?: SharedRejects, later = false): Promise<InputRead> {
  const args = ctx.args;
  const rejectsFile = str(args, 'rejects');
  const lenient = flag(args, 'lenient') || rejectsFile !== undefined;
  const format = formatOf(file, str(args, 'input-format'));
  const programmesFile = str(args, 'programmes');
  const programs = programmesFile === undefined ? undefined : await loadProgrammes(ctx.io, programmesFile);
  const options: { -readonly [K in keyof ImportFiguresOptions]: ImportFiguresOptions[K] } = { format, mode: lenient ? 'lenient' : 'strict', viNumbers: flag(args, 'vi-numbers'), catalogue: ctx.catalogue };
  const delimiter = str(args, 'delimiter');
  if (delimiter === ',' || delimiter === ';' || delimiter === 'auto') options.delimiter = delimiter;
  const maxRecord = positiveIntOption(args, 'max-record-chars');
  if (maxRecord !== undefined) options.maxRecordChars = maxRecord;
  const maxKeys = positiveIntOption(args, 'max-tracked-keys');
  if (maxKeys !== undefined) options.maxTrackedKeys = maxKeys;
  const threads = positiveIntOption(args, 'threads');
  // Reading threads are started up to the machine's cores, so any number above 64 reads as 64
  // does; with --db the same flag is DuckDB's too, which takes up to 1024.
  if (threads !== undefined) options.threads = Math.min(threads, 64);
  if (units !== undefined) options.units = units;
  if (programs !== undefined) options.programs = programs;
  if (typeof sink === 'function') options.onFigures = (figures, rows, lines) => sink(figures, rows, lines ?? []);
  else if (sink !== undefined) options.onTable = sink.table;
  const input = await openSizedInput(ctx.io, file);
  const source = input.source;

  // With several files the rejects file is opened once by readInputs and shared (each file appends).
  let rejects: Writer | undefined;
  if (shared !== undefined) {
    options.onRejected = async (rows: readonly RejectedRow[], header: readonly string[]): Promise<void> => {
      await shared.writer.write(rejectedText(format, rows, header, shared.header === null, { file, first: shared.header ?? header }));
      shared.header ??= [...header];
    };
  } else if (rejectsFile !== undefined) {
    const writer = await openWriter(ctx.io, rejectsFile, { inputs: [file, ...optionInputs(ctx)] });
    rejects = writer;
    let first = true;
    options.onRejected = async (rows: readonly RejectedRow[], header: readonly string[]): Promise<void> => {
      await writer.write(rejectedText(format, rows, header, first));
      first = false;
    };
  }
  const tty = ctx.io.stderr.isTTY === true;
  let shown = 0;
  if (tty) {
    const started = Date.now();
    options.onProgress = (n: number): void => {
      if (n - shown < PROGRESS_STEP) return;
      shown = n;
      ctx.io.stderr.write(`\r${progressLine(ctx, file, n, input.size === null ? null : input.bytesRead() / input.size, (Date.now() - started) / 1000)}`);
    };
  }
  let report: ImportReport;
  try {
    report = await importFigures(source, options);
  } catch (e) {
    if (rejects !== undefined) await rejects.discard();
    throw e;
  } finally {
    if (tty && shown > 0) ctx.io.stderr.write('\r\u001b[K');
  }
  if (rejects !== undefined) await rejects.close();
  if (!later) writeImportSummary(ctx, file, report);
  return { report, units };
}

/** The one-line summary of an import's problems on stderr (nothing when the import is clean). */
export function writeImportSummary(ctx: Ctx, file: string, report: ImportReport): void {
  if (report.ok) return;
  const rejectsFile = str(ctx.args, 'rejects');
  const lenient = report.mode === 'lenient';
  ctx.io.stderr.write(
    t(
      ctx,
      `${file}: ${report.errors} error(s) in ${report.rejected} of ${report.read} rows${lenient ? `; ${report.accepted} rows kept${rejectsFile !== undefined ? `, rejected rows written to ${rejectsFile}` : ''}` : '; nothing accepted (strict mode; use --lenient or --rejects FILE to keep the good rows)'}\n`,
      `${file}: ${report.errors} lỗi ở ${report.rejected}/${report.read} dòng${lenient ? `; giữ ${report.accepted} dòng${rejectsFile !== undefined ? `, các dòng bị loại ghi vào ${rejectsFile}` : ''}` : '; không nhận dòng nào (chế độ nghiêm ngặt; dùng --lenient hoặc --rejects TỆP để giữ các dòng đúng)'}\n`,
    ),
  );
}

/** Width of the progress bar, in characters. */
const BAR = 20;

/**
 * One progress line for a terminal: a bar and a percentage when the input's size is known, the rows
 * read so far and the rate, e.g. `f.csv: [#########...........] 45% 450000 rows read, 180000 rows/s`.
 */
export function progressLine(ctx: Pick<Ctx, 'lang'>, file: string, rows: number, share: number | null, seconds: number): string {
  const rate = Math.round(rows / Math.max(seconds, 0.001));
  const part = share === null ? null : Math.min(1, Math.max(0, share));
  const bar = part === null ? '' : `[${'#'.repeat(Math.floor(part * BAR))}${'.'.repeat(BAR - Math.floor(part * BAR))}] ${Math.floor(part * 100)}% `;
  return ctx.lang === 'vi' ? `${file}: ${bar}đã đọc ${rows} dòng, ${rate} dòng/giây` : `${file}: ${bar}${rows} rows read, ${rate} rows/s`;
}

/** The outcome of reading several inputs one after the other into one sink. */
export interface InputsRead {
  /** One import report per file, in order. */
  readonly reports: readonly ImportReport[];
  /** False when a strict import of any file failed (then nothing should be used). */
  readonly usable: boolean;
  /** What `--format json` prints under `import`: the report, or the list of reports for several files, each with its `file`. */
  readonly json: FileReport | readonly FileReport[];
  /**
   * Names the row numbers the sink was given: with several files each file's rows are shifted past
   * the rows of the files before it, so that exclusions of one aggregation name the file too.
   */
  readonly names: FileRows;
}

/** An import report with the input it is about (`-` for standard input). */
type FileReport = { readonly file: string } & ImportReport;

/**
 * Reads several figures files (`-` is standard input) into one sink, each with its own import
 * report; a strict import that fails in any file makes the whole read unusable.
 */
export async function readInputs(ctx: Ctx, files: readonly string[], units: readonly AdminUnit[] | undefined, sink: FigureSink | TableSink | undefined): Promise<InputsRead> {
  const reports: ImportReport[] = [];
  const names = new FileRows();
  const rejectsFile = str(ctx.args, 'rejects');
  // Several files write their rejected rows into one rejects file, each row with its file.
  const shared: SharedRejects | undefined = files.length > 1 && rejectsFile !== undefined
    ? { writer: await openWriter(ctx.io, rejectsFile, { inputs: [...files, ...optionInputs(ctx)] }), header: null }
    : undefined;
  try {
    await readEach();
  } catch (e) {
    await shared?.writer.discard();
    throw e;
  }
  await shared?.writer.close();
  const usable = reports.every((r) => r.ok || r.mode !== 'strict');
  const json = reports.map((r, i) => ({ file: files[i] ?? '-', ...r }));
  return { reports, usable, json: json.length === 1 && json[0] !== undefined ? json[0] : json, names };

  async function readEach(): Promise<void> {
    for (const file of files) {
    const shift = names.start(file);
    const shifted: FigureSink | TableSink | undefined = sink === undefined
      ? undefined
      : typeof sink === 'function'
        ? (figures, rows, lines) => {
            names.saw(rows, lines);
            return sink(figures, shift === 0 ? rows : rows.map((r) => r + shift), lines);
          }
        : {
            table: (table, rows, lines) => {
              names.saw(rows, lines);
              return sink.table(table, shift === 0 ? rows : rows.map((r) => r + shift), lines);
            },
          };
    reports.push((await readInput(ctx, file, units, shifted, shared)).report);
    }
  }
}

/** The one rejects file of several inputs, and the CSV header it was started with (null before the first row). */
export interface SharedRejects {
  readonly writer: Writer;
  header: string[] | null;
}

function errorsText(r: RejectedRow): string {
  return r.issues
    .filter((i) => i.severity === 'error')
    .map((i) => `${i.code}${i.column === undefined ? '' : ` [${i.column}]`}: ${i.message}`)
    .join('; ');
}

/**
 * A rejected record as JSON text: an NDJSON line exactly as read (it is valid JSON); a JSON array
 * element serialised again, or `null` when it is nested too deeply to serialise.
 */
function recordText(r: RejectedRow): string {
  if (r.text !== undefined) return r.text.trim();
  try {
    return JSON.stringify(r.record ?? null);
  } catch {
    return 'null';
  }
}

/**
 * Text of rejected rows for the side file: CSV input gives CSV with the original header, the
 * cells as read and an `errors` column (extra cells are listed in it); JSON and NDJSON give NDJSON.
 */
function rejectedText(format: string, rows: readonly RejectedRow[], header: readonly string[], first: boolean, several?: { readonly file: string; readonly first: readonly string[] }): string {
  if (format !== 'csv') {
    const file = several === undefined ? '' : `"file":${JSON.stringify(several.file)},`;
    return rows.map((r) => `{${file}"row":${r.row},"line":${r.line ?? null},"record":${recordText(r)},"errors":${JSON.stringify(r.issues.filter((i) => i.severity === 'error').map((i) => ({ code: i.code, column: i.column ?? null, message: i.message, messageVi: i.messageVi })))}}\n`).join('');
  }
  // Several files: the columns of the first file's header, each file's cells put under them by name.
  const columns = several?.first ?? header;
  const at = several === undefined ? header.map((_, i) => i) : columns.map((name) => header.indexOf(name));
  const body = rows.map((r) => {
    const cells = r.cells ?? [];
    const row: string[] = at.map((i) => (i < 0 ? '' : cells[i] ?? ''));
    const left = cells.map((c, i) => ({ c, name: header[i] })).filter((x, i) => i >= header.length || !columns.includes(x.name ?? ''));
    const extra = left.length > 0 ? ` (extra cells: ${left.map((x) => (x.name === undefined ? JSON.stringify(x.c) : `${x.name}=${JSON.stringify(x.c)}`)).join(', ')})` : '';
    const unread = r.cells === undefined ? ` (line ${r.line ?? '?'} could not be read)` : '';
    const where = several === undefined ? [] : [several.file];
    return [...where, ...row, `${errorsText(r)}${extra}${unread}`];
  });
  const text = toCsv([...(several === undefined ? [] : ['file']), ...columns, 'errors'], body, { newline: '\n' });
  return first ? text : text.slice(text.indexOf('\n') + 1);
}
