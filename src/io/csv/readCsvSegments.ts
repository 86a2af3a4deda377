import type { CsvBatch } from './readCsv';
import type { CsvDelimiter, CsvReadOptions } from './CsvReadOptions';
import type { CsvRecord } from './CsvRecord';
import { CsvTokenizer } from '../internal/CsvTokenizer';
import { takeAll, type Taken } from '../internal/TokenizerCore';
import { decodeSource } from '../decodeSource';
import type { TextSource } from '../TextSource';
import { AntqError } from '../../errors/AntqError';

/** Bytes per segment handed to a thread (default). */
const SEGMENT_BYTES = 1 << 20;
/** Bytes read before the first cut: the header and the first rows are read on this thread. */
const FIRST_BYTES = 1 << 16;
/** Bytes gathered without finding a record end that is safe to cut: past it the rest is read on this thread. */
const NO_CUT_LIMIT = 64 << 20;

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** What another thread made of a segment, with its size in the tokenizer's terms. */
export interface SegmentWork {
  /** Characters decoded (UTF-16 units, BOM included: a segment never starts the file). */
  readonly chars: number;
  /** Line breaks cut. */
  readonly lines: number;
  /** Data rows. */
  readonly rows: number;
}

/** Threads that read segments, each starting at a record boundary past the header. */
export interface SegmentThreads<T extends SegmentWork> {
  /**
   * Reads a segment, or answers `undefined` when the segment holds anything the tokenizer
   * reports, or when the threads are busy (then it is cut on the reading thread). The view stays
   * the caller's and is not written to: a pool that sends it to a thread sends a copy of its own
   * (a view would be sent with its whole buffer).
   */
  run(bytes: Uint8Array): Promise<T | undefined>;
  /** Stops the threads. */
  close(): void;
}

/** Options of {@link readCsvSegments}. */
export interface CsvSegmentOptions<T extends SegmentWork> extends CsvReadOptions {
  /** Bytes per segment (default 1 MB). */
  readonly segmentBytes?: number;
  /** Segments in flight at most. */
  readonly ahead: number;
  /** Starts the threads once the header is read; `undefined` reads the file on this thread. */
  readonly start: (header: readonly string[], delimiter: CsvDelimiter) => Promise<SegmentThreads<T> | undefined>;
}

/** A segment another thread read: what it made, the rows before it and the line it starts on. */
export interface CsvSegment<T extends SegmentWork> {
  readonly segment: T;
  readonly header: readonly string[];
  /** Data rows before the segment. */
  readonly row: number;
  /** The physical line of the segment's first line. */
  readonly line: number;
  /** Every record's cells, cut again on this thread (for rows that are rejected). */
  cells(): readonly (readonly string[])[];
}

/**
 * The end of the last record of `bytes` that ends with a line feed, given that `bytes[0]` starts
 * a record: the index just past that line feed, or -1 when no such end is known. A line feed
 * inside a quoted cell is never an end. Without a quote before the last line feed, every line
 * feed ends a record (one native search); otherwise the quotes are followed as the tokenizer
 * follows them (a quote opens a quoted cell only at a cell's start; `""` inside is a quote; text
 * after the closing quote runs to the next delimiter or line end).
 */
export function safeCsvCut(bytes: Uint8Array, delimiter: number): number {
  const last = bytes.lastIndexOf(LF);
  if (last === -1) return -1;
  if (bytes.subarray(0, last).indexOf(QUOTE) === -1) return last + 1;
  let cut = -1;
  let cellStart = true;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const c = bytes[i] as number;
    if (cellStart && c === QUOTE) {
      // A quoted cell: find its closing quote (a doubled quote stays inside).
      let j = i + 1;
      for (;;) {
        const k = bytes.indexOf(QUOTE, j);
        if (k === -1 || k + 1 >= n) return cut;
        if (bytes[k + 1] === QUOTE) {
          j = k + 2;
          continue;
        }
        i = k + 1;
        break;
      }
      cellStart = false;
      continue;
    }
    if (c === delimiter) cellStart = true;
    else if (c === LF) {
      cellStart = true;
      cut = i + 1;
    } else if (c === CR) cellStart = true;
    else cellStart = false;
    i++;
  }
  return cut;
}

/**
 * The records of a segment's text (a record boundary past the header, as {@link readCsvSegments}
 * cuts it), a batch at a time, with the issues the tokenizer met; returns the line breaks and
 * rows cut.
 */
export function* csvSegmentRecords(text: string, header: readonly string[], delimiter: CsvDelimiter, maxRecordChars: number | undefined, batchSize: number): Generator<Taken<CsvRecord>, { readonly lines: number; readonly rows: number }, undefined> {
  const tokenizer = new CsvTokenizer(maxRecordChars === undefined ? { delimiter, batchSize } : { delimiter, maxRecordChars, batchSize }, 'readCsv');
  tokenizer.startAfter(header);
  tokenizer.push(text);
  tokenizer.end();
  while (!tokenizer.isStopped) yield tokenizer.take();
  const at = tokenizer.at;
  return { lines: at.line - 1, rows: at.row };
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The separator `CsvTokenizer` would take from the header line in `bytes` (the line up to the first line break). */
function detectDelimiter(bytes: Uint8Array, given: CsvReadOptions['delimiter']): number {
  if (given === ',' || given === ';') return given.charCodeAt(0);
  let commas = 0;
  let semicolons = 0;
  for (const c of bytes) {
    if (c === 10 || c === 13) break;
    if (c === 44) commas++;
    else if (c === 59) semicolons++;
  }
  return semicolons > commas ? 59 : 44;
}

/**
 * `readCsv`'s batches of a CSV source, with the records past the header read by other threads
 * when that is safe: the bytes are cut into segments at record ends that are provably not inside
 * quotes, each segment goes to a thread, and the segments come back in file order, either as a
 * {@link CsvSegment} or, when a thread met anything the tokenizer
 * reports, cut here again by the one tokenizer, so that every issue is the one reading on one
 * thread makes. The header, a source of strings, and bytes with no safe cut in sight are read on
 * this thread.
 *
 * @throws {AntqError} `invalid_argument` for a source or chunk that is neither text nor bytes.
 */
export async function* readCsvSegments<T extends SegmentWork>(source: TextSource, options: CsvSegmentOptions<T>): AsyncGenerator<CsvBatch | CsvSegment<T>, void, undefined> {
  const tokenizer = new CsvTokenizer(options, 'readCsv');
  const segmentBytes = options.segmentBytes ?? SEGMENT_BYTES;
  const batch = (t: Taken<CsvRecord>): CsvBatch => ({ header: tokenizer.header, delimiter: tokenizer.delimiter, bom: tokenizer.bom, records: t.records, issues: t.issues });
  // Flags set inside the helpers below (an object, so that flow analysis does not take them as constants).
  const seen = { yielded: false, headerError: false };
  /** Everything the tokenizer can cut now. */
  function* drain(): Generator<CsvBatch, void, undefined> {
    for (;;) {
      const t = tokenizer.take();
      if (t.records.length === 0 && t.issues.length === 0) return;
      for (const i of t.issues) if (i.row === undefined && i.severity === 'error') seen.headerError = true;
      seen.yielded = true;
      yield batch(t);
      if (tokenizer.isStopped) return;
    }
  }
  /** Feeds text decoded from `chunks` (bytes from file offset `byteStart`) to the tokenizer, batch by batch. */
  async function* feed(chunks: AsyncIterable<unknown> | Iterable<unknown>, byteStart: number): AsyncGenerator<CsvBatch, void, undefined> {
    for await (const piece of decodeSource(chunks as TextSource, 'readCsv')) {
      if (typeof piece === 'string') tokenizer.push(piece);
      else tokenizer.failUtf8(byteStart + piece.byteOffset);
      yield* drain();
      if (tokenizer.isStopped) return;
    }
  }

  if (typeof source === 'string') {
    yield* feed([source], 0);
    tokenizer.end();
    yield* drain();
    if (!seen.yielded) yield batch({ records: [], issues: [] });
  } else {
    if (typeof (source as unknown) !== 'object' || (source as unknown) === null) throw new AntqError('invalid_argument', 'readCsv: source must be a string, bytes or an iterable of chunks');
    const chunks: AsyncIterable<unknown> | Iterable<unknown> = source instanceof Uint8Array ? [source] : source;
    const it = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
    let parts: Uint8Array[] = [];
    let size = 0;
    let fed = 0;
    let ended = false;
    let pool: SegmentThreads<T> | undefined;
    const pending: { readonly done: Promise<T | undefined>; readonly bytes: Uint8Array }[] = [];
    /** The rest of the source after the bytes gathered: read on this thread. */
    const rest = async function* (): AsyncGenerator<unknown, void, undefined> {
      if (size > 0) yield concat(parts, size);
      for (;;) {
        const r = await it.next();
        if (r.done === true) return;
        yield r.value;
      }
    };
    /** The oldest segment in flight, into the batches. */
    async function* settle(): AsyncGenerator<CsvBatch | CsvSegment<T>, void, undefined> {
      const p = pending.shift();
      if (p === undefined) return;
      const done = await p.done;
      if (done === undefined) {
        yield* feed([p.bytes], fed);
      } else {
        const at = tokenizer.at;
        const bytes = p.bytes;
        const header = tokenizer.header;
        const delimiter = tokenizer.delimiter;
        const maxRecordChars = options.maxRecordChars;
        tokenizer.advance(done.chars, done.lines, done.rows);
        seen.yielded = true;
        yield {
          segment: done,
          header,
          row: at.row,
          line: at.line,
          cells: () => {
            const t = new CsvTokenizer(maxRecordChars === undefined ? { delimiter } : { delimiter, maxRecordChars }, 'readCsv');
            t.startAfter(header);
            return takeAll(t, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).records.map((r) => r.cells);
          },
        };
      }
      fed += p.bytes.length;
    }
    try {
      let serial = false;
      let delimiter = 44;
      for (;;) {
        const r = await it.next();
        if (r.done === true) ended = true;
        else if (!(r.value instanceof Uint8Array)) {
          // A text chunk: everything from here is read on this thread, as it comes.
          while (pending.length > 0) {
            yield* settle();
            if (tokenizer.isStopped) return;
          }
          const text = r.value;
          const gathered = size > 0 ? concat(parts, size) : undefined;
          ended = true;
          yield* feed(
            (async function* () {
              if (gathered !== undefined) yield gathered;
              yield text;
              for (;;) {
                const n = await it.next();
                if (n.done === true) return;
                yield n.value;
              }
            })(),
            fed,
          );
          break;
        } else if (r.value.length > 0) {
          // A copy: the chunk is kept past the next read, and a source may refill one buffer.
          parts.push(new Uint8Array(r.value));
          size += r.value.length;
        }
        if (pool === undefined) {
          // The header and the first rows, on this thread.
          const firstBytes = Math.min(FIRST_BYTES, segmentBytes);
          if (!ended && size < firstBytes) continue;
          const bytes = concat(parts, size);
          const d = detectDelimiter(bytes, options.delimiter);
          // Only the first `firstBytes` when a record ends in them: a source of large chunks would
          // otherwise have its whole first chunk read here before the threads start.
          const early = ended || bytes.length <= firstBytes ? -1 : safeCsvCut(bytes.subarray(0, firstBytes), d);
          const cut = ended ? bytes.length : early === -1 ? safeCsvCut(bytes, d) : early;
          if (cut === -1) {
            if (size < NO_CUT_LIMIT) {
              parts = [bytes];
              continue;
            }
            serial = true;
            break;
          }
          const head = bytes.subarray(0, cut);
          parts = cut < bytes.length ? [bytes.subarray(cut)] : [];
          size = bytes.length - cut;
          yield* feed([head], 0);
          fed = cut;
          if (tokenizer.isStopped) return;
          if (ended) break;
          if (!seen.headerError && tokenizer.idle && tokenizer.header.length > 0) pool = await options.start(tokenizer.header, tokenizer.delimiter);
          if (pool === undefined) {
            serial = true;
            break;
          }
          delimiter = tokenizer.delimiter.charCodeAt(0);
          // The reader learns the header from a batch: one comes before any segment.
          if (!seen.yielded) {
            seen.yielded = true;
            yield batch({ records: [], issues: [] });
          }
          continue;
        }
        while (size >= segmentBytes || (ended && size > 0)) {
          const bytes = concat(parts, size);
          // A segment of about `segmentBytes` when a record ends in them (after the first cut, chunks
          // of a megabyte would otherwise make the first segment twice the size, and its thread's
          // first, slowest answer twice as long).
          const within = ended || bytes.length <= segmentBytes ? -1 : safeCsvCut(bytes.subarray(0, segmentBytes), delimiter);
          const cut = ended ? bytes.length : within === -1 ? safeCsvCut(bytes, delimiter) : within;
          if (cut === -1) {
            parts = [bytes];
            break;
          }
          // This thread keeps the view in case the segment comes back unread (`bytes` is this
          // reader's own copy of the source's chunks, which nothing writes to again); the pool
          // copies it for a thread only when it sends it (see `SegmentThreads.run`).
          const segment = bytes.subarray(0, cut);
          pending.push({ done: pool.run(segment), bytes: segment });
          parts = cut < bytes.length ? [bytes.subarray(cut)] : [];
          size = bytes.length - cut;
          while (pending.length >= options.ahead) {
            yield* settle();
            if (tokenizer.isStopped) return;
          }
        }
        if (ended) break;
        if (size >= NO_CUT_LIMIT) {
          serial = true;
          break;
        }
      }
      while (pending.length > 0) {
        yield* settle();
        if (tokenizer.isStopped) return;
      }
      if (serial && !ended) yield* feed(rest(), fed);
      tokenizer.end();
      yield* drain();
      if (!seen.yielded) yield batch({ records: [], issues: [] });
    } finally {
      pool?.close();
      if (!ended) await it.return?.();
    }
  }
}
