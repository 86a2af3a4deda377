import { AntqError } from '../errors/AntqError';
import type { Issue } from '../errors/Issue';
import type { CsvDelimiter } from '../io/csv/CsvReadOptions';
import { readCsv, type CsvBatch } from '../io/csv/readCsv';
import { parseJsonArray } from '../io/json/parseJsonArray';
import { readNdjson } from '../io/ndjson/readNdjson';
import type { TextSource } from '../io/TextSource';
import type { Figure } from '../schema/FigureSchema';
import { decodeSource } from '../io/decodeSource';
import { invalidUtf8 } from '../io/makeTableIssue';
import { cellsToRow, mapHeader, readNumber, type HeaderMap } from './internal/tableRows';
import { duplicateKeys, hasNoDuplicateKeys, keyIssues } from './internal/jsonKeys';
import { normaliseIds } from './internal/idText';
import { startFigureValidator, VALIDATOR_OPTION_RULES, type FigureValidatorCore, type FigureValidatorOptions } from './createFigureValidator';
import { cleanRows, type CleanRow, type CleanRows, type DecidedCell } from './internal/cleanRowReader';
import { readCsvSegments, type CsvSegment } from '../io/csv/readCsvSegments';
import { KEY_COLUMNS, type SegmentDone } from './internal/csvSegments';
import { BUSY, countDepth, threadPool, usableThreads, type PoolFactory } from './internal/segmentPool';
import { figureOf } from '../validate/checkFigureRow';
import { TableBuilder } from './internal/TableBuilder';
import type { FigureTable } from '../table/FigureTable';
import { EMPTY_KEY_PART, TOTAL_KEY_PART, type RowFacts } from '../validate/figureRules';
import { checkArg, checkOptions, type ArgKind } from '../errors/checkArgs';
import { pickOptions, TEXT_SOURCE } from './internal/optionRules';

/**
 * A file format of figures: CSV in the long format, a JSON array of figure objects, or NDJSON
 * (one figure object a line).
 *
 * @example
 * ```ts
 * const f: FigureFormat = 'ndjson';
 * f;
 * // => 'ndjson'
 * ```
 * @category Import
 */
export type FigureFormat = 'csv' | 'json' | 'ndjson';

/**
 * Options of {@link readFigures} and {@link importFigures}.
 *
 * @example
 * ```ts
 * const options: ReadFiguresOptions = { format: 'csv', viNumbers: true, delimiter: ';' };
 * options.viNumbers;
 * // => true
 * ```
 * @category Import
 */
export interface ReadFiguresOptions extends FigureValidatorOptions {
  /** The input format (default `csv`). JSON arrays are read whole; use NDJSON or CSV for large files. */
  readonly format?: FigureFormat;
  /** Cells (CSV) or string values (JSON) use Vietnamese number format: `17.543`, `2,2` (default false). */
  readonly viNumbers?: boolean;
  /** CSV separator, or `auto` (default: detected from the header line). */
  readonly delimiter?: CsvDelimiter | 'auto';
  /** Longest record accepted, in characters (default 1,048,576); longer ones are rejected unread. */
  readonly maxRecordChars?: number;
  /**
   * Most records per batch (default 2,048; for the figure tables of {@link importFigures}'s
   * `onTable`, 8,192). A CSV batch holds the records of one chunk of the source (about 850 rows of
   * a 64 KB chunk of a file stream); figure tables gather the records of several chunks up to this
   * size, so that the work done once per table is paid per table rather than per chunk.
   */
  readonly batchSize?: number;
  /**
   * Threads that read a CSV file (default 1): with 2 or more, the bytes past the header are cut
   * at record ends that are provably not inside quotes and `threads - 1` worker threads cut the
   * records and decide their cells, while this thread runs the figure rules in file order. The
   * figures, rows, lines and issues are the same as with one thread. It pays only where a core
   * is free for each thread (see the performance guide); more threads than the machine's cores
   * are not started. Node only; used by {@link importFigures}
   * without `onFigures`, for CSV given as bytes or byte chunks (a file stream); `readFigures`,
   * `onFigures` (figures keep their notes and sources) and text are read on one thread.
   */
  readonly threads?: number;
}

/**
 * A row that was not accepted, with what it held and why.
 *
 * @example
 * ```ts
 * const r: RejectedRow = { row: 2, line: 3, cells: ['42', 'marchs', '35'], issues: [] };
 * r.cells?.[1];
 * // => 'marchs'
 * ```
 * @category Import
 */
export interface RejectedRow {
  /** 1-based data row. */
  readonly row: number;
  /** 1-based physical line, when known. */
  readonly line?: number;
  /** CSV: the cells as read (absent when the record could not be read at all, e.g. too long). */
  readonly cells?: readonly string[];
  /** JSON and NDJSON: the value as read. */
  readonly record?: unknown;
  /** NDJSON: the line as read, unchanged (without its line break). */
  readonly text?: string;
  /** Every issue of the row; at least one is an error. */
  readonly issues: readonly Issue[];
}

/**
 * One batch of figures read by {@link readFigures}.
 *
 * @example
 * ```ts
 * for await (const b of readFigures('unit,indicator,value\n42,marches,35\n')) b.figures.length;
 * // => 1
 * ```
 * @category Import
 */
export interface FigureBatch {
  /** CSV: the header names (`[]` for JSON and NDJSON). */
  readonly header: readonly string[];
  /** Rows read in this batch, accepted or not. */
  readonly read: number;
  /** The figures of rows without errors, in file order. */
  readonly figures: readonly Figure[];
  /**
   * The 1-based data row of each figure of `figures`, in the same order: the row number
   * validation issues use (header excluded; for JSON, the element's position in the array).
   * Pass them to an aggregator's `addAll(figures, rows)` so that `excluded` names file rows.
   */
  readonly rows: readonly number[];
  /**
   * CSV and NDJSON: the 1-based physical line of each figure of `figures`, in the same order (the
   * line validation issues name; it differs from the row after blank lines or line breaks inside
   * quoted cells). A JSON array's elements have no line: then `lines` is empty.
   */
  readonly lines: readonly number[];
  /** The rows with errors, in file order. */
  readonly rejected: readonly RejectedRow[];
  /** Every issue of this batch (errors and warnings, of rows, of the header and of the whole input), in file order. */
  readonly issues: readonly Issue[];
  /** True when the input cannot be read further (empty, binary, bad header, not JSON): no rows follow. */
  readonly fatal: boolean;
}

/** Issues that stop a read because the input is not text. */
const HALTS: ReadonlySet<string> = new Set(['binary_content', 'invalid_utf8']);

/** How far past a bad header a read looks for a sign that the input is not text at all. */
const HALT_SCAN_LINES = 1000;

/** Codes of CSV records that could not be split into cells: the row is rejected unread. */
const UNREADABLE: ReadonlySet<string> = new Set(['line_too_long', 'unclosed_quote']);

/** What each option of {@link readFigures} may hold: the validator's and the reading ones. */
export const READ_OPTION_RULES = {
  ...VALIDATOR_OPTION_RULES,
  format: ['string'],
  viNumbers: ['boolean'],
  delimiter: ['string'],
  maxRecordChars: ['number'],
  batchSize: ['number'],
  threads: ['number'],
} as const satisfies Readonly<Record<keyof ReadFiguresOptions, readonly ArgKind[]>>;

/**
 * Streams figures from CSV, JSON or NDJSON, validating each row as it is read (see
 * {@link createFigureValidator}): memory stays bounded by the batch and record sizes, so a file
 * larger than memory can be validated and aggregated. Every row is accounted for: it is either in
 * `figures` or in `rejected` with its issues; nothing is dropped silently. A problem of the whole
 * input (`empty_input`, `binary_content`, `invalid_utf8`, `missing_column`, `duplicate_header`,
 * `empty_header`, `invalid_json`, `not_an_array`) ends the stream with a `fatal` batch.
 *
 * CSV cells are trimmed and an empty cell is an absent field; `value` is read as a machine
 * number (`17543`, `2.2`) or with `viNumbers` as a Vietnamese one (`17.543`, `2,2`); a cell that
 * does not read is an `invalid_number` error. Unknown columns are ignored with an
 * `unknown_column` warning. Issues carry the 1-based data `row`, the physical `line`, the column
 * name and `path` `['cells', i]`.
 *
 * @param source - the text: a string, bytes, or an (async) iterable of chunks such as `fs.createReadStream(path)`
 * @param options - format, Vietnamese numbers, CSV options and the validator's options
 * @returns an async iterable of batches
 * @throws {AntqError} `invalid_option` or `invalid_argument` for bad options or a source of the wrong type (programmer errors).
 * @example
 * ```ts
 * const text = 'unit;indicator;value;qualifier\n42;weapons_surrendered;127;over\n42;marchs;35;\n';
 * const rows = [];
 * for await (const b of readFigures(text)) {
 *   for (const f of b.figures) rows.push(f.value);
 *   for (const r of b.rejected) rows.push(r.issues[0]?.code);
 * }
 * rows;
 * // => [127, 'unknown_indicator']
 * ```
 * @category Import
 */
export async function* readFigures(source: TextSource, options: ReadFiguresOptions = {}): AsyncGenerator<FigureBatch, void, undefined> {
  checkArg('readFigures', 'source', source, TEXT_SOURCE);
  checkOptions('readFigures', options, READ_OPTION_RULES);
  for await (const b of readBatches(source, options, 'figures')) yield b.batch;
}

/**
 * What a reader keeps of the accepted rows: their figures (`readFigures`), a figure table per
 * batch and their rows and lines (no figure object made), or only their number.
 */
export type ReadMode = 'figures' | 'table' | 'count';

/** How other threads read segments of a CSV file: the pool (default: worker threads) and the segment size. */
export interface Threading {
  readonly pool: PoolFactory;
  readonly segmentBytes?: number;
}

/** One batch of {@link readBatches}: the batch (its `figures` empty unless the mode is `figures`), the rows accepted, and the table of the `table` mode. */
export interface ReadBatch {
  readonly batch: FigureBatch;
  readonly accepted: number;
  readonly table: FigureTable | undefined;
}

/** {@link readFigures} for a caller that keeps the accepted rows as `mode` says; options are not checked again. */
export async function* readBatches(source: TextSource, options: ReadFiguresOptions, mode: ReadMode, threading?: Threading): AsyncGenerator<ReadBatch, void, undefined> {
  const validator = startFigureValidator(pickOptions(options, VALIDATOR_OPTION_RULES));
  const viNumbers = options.viNumbers ?? false;
  const format = options.format ?? 'csv';
  const start = newBatch(mode);
  const threads = options.threads ?? 1;
  if (!Number.isSafeInteger(threads) || threads < 1 || threads > 64) throw new AntqError('invalid_option', `readFigures: threads must be a whole number from 1 to 64, got ${String(threads)}`);
  if (format === 'csv') yield* readCsvFigures(source, options, validator, viNumbers, start, mode, threading);
  else if (format === 'ndjson') yield* readNdjsonFigures(source, options, validator, viNumbers, start);
  else yield* readJsonFigures(source, validator, viNumbers, options.batchSize ?? 2048, start);
}

/** Starts the batches of a read in `mode`: each is told how many rows it may hold (a table's first size). */
function newBatch(mode: ReadMode): (size: number) => BatchBuilder {
  let stamp = 0;
  return (size) => new BatchBuilder(mode, mode === 'table' ? new TableBuilder(size, stamp++) : undefined);
}

const NO_ISSUES: readonly Issue[] = [];

class BatchBuilder {
  read = 0;
  accepted = 0;
  readonly figures: Figure[] = [];
  readonly rows: number[] = [];
  readonly lines: number[] = [];
  readonly rejected: RejectedRow[] = [];
  readonly issues: Issue[] = [];
  private readonly keep: boolean;

  constructor(
    private readonly mode: ReadMode,
    private readonly table: TableBuilder | undefined,
  ) {
    this.keep = mode !== 'count';
  }

  /** Accepts a figure of data row `row`, on physical line `line` (`undefined` for a JSON array element). */
  accept(figure: Figure, row: number, line: number | undefined, issues: readonly Issue[]): void {
    if (this.mode === 'figures') this.figures.push(figure);
    else this.table?.addFigure(figure);
    this.kept(row, line, issues);
  }

  /** Accepts a clean row of the CSV reader (its figure is made only when figures are kept). */
  acceptClean(clean: CleanRow, row: number, line: number, issues: readonly Issue[]): void {
    if (this.mode === 'figures') this.figures.push(figureOf(clean));
    else this.table?.addClean(clean);
    this.kept(row, line, issues);
  }

  private kept(row: number, line: number | undefined, issues: readonly Issue[]): void {
    this.read++;
    this.accepted++;
    if (this.keep) {
      this.rows.push(row);
      if (line !== undefined) this.lines.push(line);
    }
    if (issues.length > 0) for (const i of issues) this.issues.push(i);
  }

  reject(r: RejectedRow): void {
    this.read++;
    this.rejected.push(r);
    for (const i of r.issues) this.issues.push(i);
  }

  done(header: readonly string[], fatal: boolean): ReadBatch {
    const batch: FigureBatch = { header, read: this.read, figures: this.figures, rows: this.rows, lines: this.lines, rejected: this.rejected, issues: this.issues, fatal };
    return { batch, accepted: this.accepted, table: this.table?.done() };
  }
}

async function* readCsvFigures(source: TextSource, options: ReadFiguresOptions, validator: FigureValidatorCore, viNumbers: boolean, newBatch: (size: number) => BatchBuilder, mode: ReadMode, threading: Threading | undefined): AsyncGenerator<ReadBatch, void, undefined> {
  const csvOptions: { delimiter?: CsvDelimiter | 'auto'; maxRecordChars?: number; batchSize?: number } = {};
  if (options.delimiter !== undefined) csvOptions.delimiter = options.delimiter;
  if (options.maxRecordChars !== undefined) csvOptions.maxRecordChars = options.maxRecordChars;
  if (options.batchSize !== undefined) csvOptions.batchSize = options.batchSize;
  let map: HeaderMap | undefined;
  let clean: ReturnType<typeof cleanRows> | undefined;
  // The rules' facts of the current row's cells, filled by the clean-row reader.
  const facts: RowFacts = { indicator: null, period: undefined, program: undefined, unit: { part: EMPTY_KEY_PART, spans: undefined }, reporter: EMPTY_KEY_PART, category: EMPTY_KEY_PART, uom: undefined, statistic: TOTAL_KEY_PART };
  const found: Issue[] = [];
  // Each thread's reader's dictionaries, as this thread's decided cells (see `codedBatches`).
  const dictionaries = new Map<number, DecidedCell[][]>();
  // Worker threads no more than the cores (a pool given by a test is taken at its word).
  const threads = threading?.pool === undefined ? usableThreads(options.threads ?? 1) : (options.threads ?? 1);
  const start = threading?.pool ?? threadPool;
  const batches: AsyncGenerator<CsvBatch | CsvSegment<SegmentDone>, void, undefined> =
    threads > 1 && mode !== 'figures'
      ? readCsvSegments(source, {
          ...csvOptions,
          // Counting only: as many as the workers hold (`countDepth`), every segment goes to a
          // worker and this thread waits for the oldest. Tables: one more than the workers hold
          // (`BUSY`), so a segment given while they are all busy is cut on this thread, after
          // theirs, while they read the next.
          ahead: mode === 'count' ? countDepth(threads - 1) * (threads - 1) : BUSY * (threads - 1) + 1,
          ...(threading?.segmentBytes === undefined ? {} : { segmentBytes: threading.segmentBytes }),
          start: (header, delimiter) => (mapHeader(header).ok ? start({ header, delimiter, viNumbers, maxRecordChars: options.maxRecordChars }, threads - 1, mode === 'count' ? countDepth(threads - 1) : BUSY) : Promise.resolve(undefined)),
        })
      : readCsv(inPieces(source), csvOptions);
  /** A row whose cells give an issue (or that the tokenizer flagged): the general way, cells → row object → ids → the validator. */
  const general = (out: BatchBuilder, rec: { readonly row: number; readonly line: number; readonly cells: readonly string[] }, tokenIssues: readonly Issue[], header: readonly string[], map: HeaderMap): void => {
    const at = { row: rec.row, line: rec.line, columns: header };
    const { row: raw, issue } = cellsToRow(map, rec.cells, viNumbers, at);
    const { row, issues: textIssues } = normaliseIds(raw, at);
    const checked = validator.check(row, at);
    const issues = issue === undefined ? (tokenIssues.length === 0 && textIssues.length === 0 ? checked.issues : [...tokenIssues, ...textIssues, ...checked.issues]) : [...tokenIssues, issue, ...textIssues, ...checked.issues.filter((i) => !(i.column === 'value' && i.code === 'missing_field'))];
    if (checked.figure !== undefined && issue === undefined) out.accept(checked.figure, rec.row, rec.line, issues);
    else out.reject({ row: rec.row, line: rec.line, cells: rec.cells, issues });
  };
  /**
   * The records of one batch, in a function of their own: V8 optimizes it as a plain function,
   * not by replacing the generator's frame in the middle of its loop.
   */
  const readRecords = (out: BatchBuilder, batch: CsvBatch, rowIssues: ReadonlyMap<number, Issue[]>, m: HeaderMap, rows: ReturnType<typeof cleanRows> | undefined): void => {
    for (const rec of batch.records) {
      const tokenIssues = rowIssues.size === 0 ? NO_ISSUES : (rowIssues.get(rec.row) ?? NO_ISSUES);
      if (tokenIssues.length > 0 && tokenIssues.some((i) => i.severity === 'error')) {
        out.reject({ row: rec.row, line: rec.line, cells: rec.cells, issues: tokenIssues });
        continue;
      }
      // The usual row: every cell clean, decided once per distinct text; only the rules run.
      const fields = tokenIssues.length === 0 && rows !== undefined ? rows.read(rec.cells, facts) : undefined;
      if (fields !== undefined) {
        if (found.length > 0) found.length = 0;
        const kept = validator.checkFigureWith(fields, facts, rec.row, rec.line, batch.header, found);
        const issues = found.length === 0 ? NO_ISSUES : found.slice();
        if (kept) out.acceptClean(fields, rec.row, rec.line, issues);
        else out.reject({ row: rec.row, line: rec.line, cells: rec.cells, issues });
        continue;
      }
      general(out, rec, tokenIssues, batch.header, m);
    }
  };
  // Figure tables gather CSV batches (one batch holds the records of one source chunk, about 850
  // rows of a 64 KB chunk) up to `gather` rows: what the reader and the aggregator do once per
  // table (code each distinct text, decide each code) is then paid per table, not per chunk.
  const gather = mode === 'table' ? (options.batchSize ?? TABLE_ROWS) : 0;
  let open: BatchBuilder | undefined;
  let openHeader: readonly string[] = [];
  for await (const batch of batches) {
    if ('segment' in batch) {
      if (map === undefined || clean === undefined) throw new Error('readFigures: a segment came before the header');
      if (open !== undefined) yield open.done(openHeader, false);
      open = undefined;
      yield* codedBatches(batch, map, clean, dictionaries, validator, facts, found, gather > 0 ? gather : (options.batchSize ?? 2048), newBatch, general);
      continue;
    }
    // A table that could not take this batch's rows (and its unreadable records) whole goes first.
    if (open !== undefined && open.read + batch.records.length + batch.issues.length > gather) {
      yield open.done(openHeader, false);
      open = undefined;
    }
    const out = open ?? newBatch(gather > 0 ? Math.max(batch.records.length, Math.min(gather, TABLE_ROWS)) : batch.records.length);
    // This batch's issues are sorted among themselves, as when each batch was yielded alone.
    const from = out.issues.length;
    // Issues of the tokenizer: row-level ones go with their row, the others stand alone.
    const rowIssues = new Map<number, Issue[]>();
    let fatal = false;
    for (const issue of batch.issues) {
      if (issue.row === undefined) {
        out.issues.push(issue);
        if (issue.severity === 'error') fatal = true;
        continue;
      }
      if (UNREADABLE.has(issue.code)) {
        const r: { row: number; line: number; issues: Issue[] } = { row: issue.row, line: issue.line, issues: [issue] };
        out.reject(r);
        continue;
      }
      const list = rowIssues.get(issue.row);
      if (list === undefined) rowIssues.set(issue.row, [issue]);
      else list.push(issue);
    }
    // A halt later in the file (a NUL byte, bytes that are not UTF-8) may come in the same batch as
    // the header and the rows before it: those rows are read all the same, whatever the chunking.
    const headerFailed = batch.issues.some((i) => i.row === undefined && i.severity === 'error' && (i.code === 'empty_header' || i.code === 'duplicate_header' || i.code === 'line_too_long'));
    if (map === undefined && !headerFailed && batch.header.length > 0) {
      map = mapHeader(batch.header);
      clean = cleanRows(map, viNumbers, validator.facts);
      for (const i of map.issues) out.issues.push(i);
      if (!map.ok) fatal = true;
    }
    if (map === undefined || !map.ok) {
      // Without a usable header no row can be read: say so, and stop reading the file. Only the
      // header's own issues are reported: what the tokenizer met further on (rows, a NUL byte)
      // depends on how much of the file came in this batch.
      // A file that is not text at all (NUL or non-UTF-8 bytes in its first HALT_SCAN_LINES lines)
      // says so too: the scan goes on to that line whatever the chunking.
      const header = newBatch(0);
      const keep = (i: Issue): boolean => (i.line ?? 1) <= 1 || (HALTS.has(i.code) && (i.line ?? 0) <= HALT_SCAN_LINES);
      /** Keeps what matters of a batch; true when the scan is over (a halt, or past its last line). */
      const scan = (b: { readonly issues: readonly Issue[]; readonly records: readonly { readonly line: number }[] }): boolean => {
        let over = false;
        for (const i of b.issues) {
          if (keep(i)) header.issues.push(i);
          if (HALTS.has(i.code)) over = true;
        }
        return over || b.records.some((r) => r.line > HALT_SCAN_LINES);
      };
      if (!scan({ issues: out.issues, records: batch.records })) {
        for await (const more of batches) if ('segment' in more || scan(more)) break;
      }
      yield header.done(batch.header, true);
      return;
    }
    readRecords(out, batch, rowIssues, map, clean);
    // Sort so that row-less issues of the input come where the reader met them.
    sortByLine(out.issues, from);
    if (gather > 0 && !fatal && out.read < gather) {
      open = out;
      openHeader = batch.header;
      continue;
    }
    open = undefined;
    yield out.done(batch.header, fatal);
    if (fatal) return;
  }
  if (open !== undefined) yield open.done(openHeader, false);
}

/** Bytes of a source chunk read at once on one thread (see {@link inPieces}). */
const PIECE_BYTES = 1 << 16;

/**
 * An asynchronous source with its byte chunks cut into views of at most {@link PIECE_BYTES}
 * (no copy): one thread reads a chunk's records while the chunk's text is alive, and a chunk of a
 * megabyte kept that long (a file stream read in large chunks for worker threads) outlives the
 * young generation; the text read is the same.
 */
function inPieces(source: TextSource): TextSource {
  if (typeof source === 'string' || source instanceof Uint8Array || !(Symbol.asyncIterator in source)) return source;
  return (async function* (): AsyncGenerator<string | Uint8Array, void, undefined> {
    for await (const chunk of source) {
      // Anything but bytes goes on as it came, for the reader to refuse (a chunk of another type).
      if (!(chunk instanceof Uint8Array) || chunk.length <= PIECE_BYTES) yield chunk;
      else for (let at = 0; at < chunk.length; at += PIECE_BYTES) yield chunk.subarray(at, at + PIECE_BYTES);
    }
  })();
}

/** Rows a figure table gathers by default (`batchSize` when given). */
const TABLE_ROWS = 8192;

/** Sorts `issues` from index `from` on by line (stable: issues of one line keep their order). */
function sortByLine(issues: Issue[], from: number): void {
  const byLine = (a: Issue, b: Issue): number => (a.line ?? 0) - (b.line ?? 0);
  if (from === 0) {
    issues.sort(byLine);
    return;
  }
  const tail = issues.splice(from).sort(byLine);
  for (const i of tail) issues.push(i);
}

/**
 * The rows of a segment another thread read (see `readCsvSegments`), in batches of at most
 * `batchSize`: each clean row's coded cells are turned into this thread's decided cells and
 * checked as `readCsvFigures` checks a clean row; the raw rows go the general way. Rows, lines and
 * issues are those of reading on one thread. Each thread's reader codes its cells in dictionaries
 * shared by its segments and hands over only the texts they gained: `dictionaries` holds, per
 * reader, the decided cell of every code it gave (each distinct text is decided here once per
 * reader, not once per segment). Segments come in file order, so a reader's come in the order it
 * read them.
 */
function* codedBatches(
  seg: CsvSegment<SegmentDone>,
  map: HeaderMap,
  clean: CleanRows,
  dictionaries: Map<number, DecidedCell[][]>,
  validator: FigureValidatorCore,
  facts: RowFacts,
  found: Issue[],
  batchSize: number,
  newBatch: (size: number) => BatchBuilder,
  general: (out: BatchBuilder, rec: { readonly row: number; readonly line: number; readonly cells: readonly string[] }, tokenIssues: readonly Issue[], header: readonly string[], map: HeaderMap) => void,
): Generator<ReadBatch, void, undefined> {
  // Locals, not properties: the segment arrived as a message, and its object may be slow to read.
  const d = seg.segment;
  const n = d.rows;
  const codes = d.codes;
  const values = d.value;
  const lines = d.line;
  const raw = d.raw;
  const rawCells = d.rawCells;
  const rowBase = seg.row;
  const lineBase = seg.line - 1;
  const header = seg.header;
  let remap = dictionaries.get(d.reader);
  if (remap === undefined || d.reset) {
    remap = [];
    for (let k = 0; k < KEY_COLUMNS; k++) remap.push([]);
    dictionaries.set(d.reader, remap);
  }
  for (let k = 0; k < KEY_COLUMNS; k++) {
    const cells = remap[k] as DecidedCell[];
    for (const t of d.texts[k] ?? []) cells.push(clean.decided(k, t));
  }
  const empty: DecidedCell[] = [];
  for (let k = 0; k < KEY_COLUMNS; k++) empty.push(clean.decided(k, ''));
  const cur = empty.slice();
  let rawAt = 0;
  let nextRaw = raw.length > 0 ? (raw[0] as number) : -1;
  let cells: readonly (readonly string[])[] | undefined;
  for (let start = 0; start < n; start += batchSize) {
    const end = Math.min(n, start + batchSize);
    const out = newBatch(end - start);
    for (let i = start; i < end; i++) {
      const row = rowBase + i + 1;
      const line = lineBase + (lines[i] as number);
      if (i === nextRaw) {
        general(out, { row, line, cells: rawCells[rawAt] ?? [] }, NO_ISSUES, header, map);
        rawAt++;
        nextRaw = rawAt < raw.length ? (raw[rawAt] as number) : -1;
        continue;
      }
      const base = i * KEY_COLUMNS;
      for (let k = 0; k < KEY_COLUMNS; k++) {
        const code = codes[base + k] as number;
        cur[k] = code < 0 ? (empty[k] as DecidedCell) : ((remap[k] as DecidedCell[])[code] as DecidedCell);
      }
      const fields = clean.readCells(cur, values[i] as number, facts);
      if (found.length > 0) found.length = 0;
      const kept = validator.checkFigureWith(fields, facts, row, line, header, found);
      const issues = found.length === 0 ? NO_ISSUES : found.slice();
      if (kept) out.acceptClean(fields, row, line, issues);
      else {
        cells ??= seg.cells();
        out.reject({ row, line, cells: cells[i] ?? [], issues });
      }
    }
    yield out.done(header, false);
  }
}

/** JSON values: with `viNumbers`, a string `value` is read as a Vietnamese number. */
function jsonRow(value: unknown, viNumbers: boolean): unknown {
  if (!viNumbers || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const v = (value as Record<string, unknown>)['value'];
  if (typeof v !== 'string') return value;
  const n = readNumber(v.trim(), true);
  return n === undefined ? value : { ...(value as Record<string, unknown>), value: n };
}

async function* readNdjsonFigures(source: TextSource, options: ReadFiguresOptions, validator: FigureValidatorCore, viNumbers: boolean, newBatch: (size: number) => BatchBuilder): AsyncGenerator<ReadBatch, void, undefined> {
  const ndOptions: { maxRecordChars?: number; batchSize?: number } = {};
  if (options.maxRecordChars !== undefined) ndOptions.maxRecordChars = options.maxRecordChars;
  if (options.batchSize !== undefined) ndOptions.batchSize = options.batchSize;
  for await (const batch of readNdjson(source, ndOptions)) {
    const out = newBatch(batch.records.length);
    let fatal = false;
    for (const issue of batch.issues) {
      if (issue.row !== undefined) out.reject({ row: issue.row, line: issue.line, issues: [issue] });
      else {
        out.issues.push(issue);
        if (issue.severity === 'error') fatal = true;
      }
    }
    for (const rec of batch.records) {
      const at = { row: rec.row, line: rec.line };
      const { row, issues: textIssues } = normaliseIds(jsonRow(rec.value, viNumbers), at);
      const checked = validator.check(row, at);
      const keys = [...keyIssues(rec.value, rec.text === undefined || hasNoDuplicateKeys(rec.value, rec.text) ? undefined : duplicateKeys(rec.text, 0).get(0), at), ...textIssues];
      const issues = keys.length === 0 ? checked.issues : [...keys, ...checked.issues];
      if (checked.figure !== undefined && !keys.some((i) => i.severity === 'error')) out.accept(checked.figure, rec.row, rec.line, issues);
      else out.reject({ row: rec.row, line: rec.line, record: rec.value, ...(rec.text === undefined ? {} : { text: rec.text }), issues });
    }
    out.rejected.sort((a, b) => a.row - b.row);
    out.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    yield out.done([], fatal);
    if (fatal) return;
  }
}

async function* readJsonFigures(source: TextSource, validator: FigureValidatorCore, viNumbers: boolean, batchSize: number, newBatch: (size: number) => BatchBuilder): AsyncGenerator<ReadBatch, void, undefined> {
  let text = '';
  for await (const piece of decodeSource(source, 'readFigures')) {
    if (typeof piece !== 'string') {
      const out = newBatch(0);
      out.issues.push(invalidUtf8(piece.byteOffset, { line: 1 + countLines(text), position: text.length }));
      yield out.done([], true);
      return;
    }
    text += piece;
  }
  const parsed = parseJsonArray(text);
  if (!parsed.ok) {
    const out = newBatch(0);
    for (const i of parsed.issues) out.issues.push(i);
    yield out.done([], true);
    return;
  }
  const values = parsed.value;
  const duplicates = duplicateKeys(text, 1);
  for (let start = 0; start < values.length || start === 0; start += batchSize) {
    const out = newBatch(Math.min(batchSize, values.length - start));
    for (let i = start; i < Math.min(values.length, start + batchSize); i++) {
      const { row, issues: textIssues } = normaliseIds(jsonRow(values[i], viNumbers), { row: i + 1 });
      const checked = validator.check(row, { row: i + 1 });
      const keys = [...keyIssues(values[i], duplicates.get(i), { row: i + 1 }), ...textIssues];
      const issues = keys.length === 0 ? checked.issues : [...keys, ...checked.issues];
      if (checked.figure !== undefined && !keys.some((k) => k.severity === 'error')) out.accept(checked.figure, i + 1, undefined, issues);
      else out.reject({ row: i + 1, record: values[i], issues });
    }
    yield out.done([], false);
    if (values.length === 0) return;
  }
}

function countLines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
