import { AntqError } from '../errors/AntqError';
import type { Issue } from '../errors/Issue';
import type { TextSource } from '../io/TextSource';
import type { Figure } from '../schema/FigureSchema';
import type { ImportReport, IssueGroup, IssueOccurrence } from './ImportReport';
import { READ_OPTION_RULES, readBatches, type ReadFiguresOptions, type RejectedRow } from './readFigures';
import type { FigureTable } from '../table/FigureTable';
import { checkArg, checkOptions, type ArgKind } from '../errors/checkArgs';
import { pickOptions, TEXT_SOURCE } from './internal/optionRules';

/**
 * Options of {@link importFigures}: those of {@link readFigures}, the mode, and where accepted
 * figures and rejected rows go.
 *
 * @example
 * ```ts
 * const options: ImportFiguresOptions = { mode: 'lenient', onFigures: (fs) => void fs.length };
 * options.mode;
 * // => 'lenient'
 * ```
 * @category Import
 */
export interface ImportFiguresOptions extends ReadFiguresOptions {
  /** `strict` (default: any error and nothing is accepted) or `lenient` (keep the good rows). */
  readonly mode?: 'strict' | 'lenient';
  /**
   * Receives accepted figures batch by batch, in file order, with the 1-based data row of each
   * (the row validation issues name), e.g. an aggregator's `addAll(figures, rows)`, and its
   * physical line (always given by `importFigures`: CSV and NDJSON, empty for a JSON array; see
   * `FigureBatch.lines`). In strict mode
   * they are provisional: discard what was built from them when the report is not `ok`.
   */
  readonly onFigures?: (figures: readonly Figure[], rows: readonly number[], lines?: readonly number[]) => void | Promise<void>;
  /**
   * Receives the accepted figures batch by batch as a {@link FigureTable} (dictionary-encoded
   * columns, without notes and sources), with the same rows and lines as `onFigures`: no figure
   * object is made per row, which is faster when the table goes to an aggregator's `addAll(table,
   * rows)`. Not together with `onFigures`. Provisional in strict mode, as `onFigures` is. For CSV a
   * table gathers the rows of several chunks of the source (up to `batchSize`, default 8,192 here),
   * so there are fewer, larger tables than there are batches of `onFigures`; taken together they
   * hold the same figures, rows and lines, in the same order.
   */
  readonly onTable?: (table: FigureTable, rows: readonly number[], lines: readonly number[]) => void | Promise<void>;
  /** Receives every rejected row with its issues, in file order, and the CSV header (`[]` for JSON), e.g. to write a side file. */
  readonly onRejected?: (rows: readonly RejectedRow[], header: readonly string[]) => void | Promise<void>;
  /** Receives the progress after each batch: rows read so far. */
  readonly onProgress?: (rowsRead: number) => void;
  /** Most occurrences listed per issue code (default 1,000; the rest are counted in `omitted`). */
  readonly maxOccurrences?: number;
}

/** What each option of {@link importFigures} may hold: `readFigures`'s, the mode and the callbacks. */
const IMPORT_OPTION_RULES = {
  ...READ_OPTION_RULES,
  mode: ['string'],
  onFigures: ['function'],
  onTable: ['function'],
  onRejected: ['function'],
  onProgress: ['function'],
  maxOccurrences: ['number'],
} as const satisfies Readonly<Record<keyof ImportFiguresOptions, readonly ArgKind[]>>;

/**
 * Imports figures from CSV, JSON or NDJSON in one streaming pass and reports on it the way
 * national reporting systems do: rows read, accepted and rejected, error and warning counts, and
 * the issues grouped by code with the row, line and column of every occurrence. Accepted figures
 * and rejected rows are handed to callbacks batch by batch, so memory does not grow with the file.
 *
 * In `strict` mode (the default) the import is all or nothing: one error and `accepted` is 0 (the
 * callbacks still saw the rows, so that one pass can validate and aggregate; drop the aggregate
 * when `ok` is false). In `lenient` mode the good rows are accepted and every rejected row goes to
 * `onRejected` with its reasons: nothing is dropped silently.
 *
 * @param source - the text: a string, bytes, or an (async) iterable of chunks such as `fs.createReadStream(path)`
 * @param options - format, mode, callbacks and reader options
 * @returns the import report
 * @throws {AntqError} `invalid_option` for a bad `mode` or `maxOccurrences` or both `onFigures` and `onTable`, and whatever {@link readFigures} throws for bad options; errors thrown by the callbacks pass through.
 * @example
 * ```ts
 * const figures = [];
 * const report = await importFigures('unit,indicator,value,period\n42,marches,35,2023\n42,marches,-1,2022\n', {
 *   mode: 'lenient',
 *   onFigures: (fs) => {
 *     for (const f of fs) figures.push(f);
 *   },
 * });
 * [report.read, report.accepted, report.rejected, report.groups.map((g) => [g.code, g.occurrences[0]?.row])];
 * // => [2, 1, 1, [['negative_value', 2]]]
 * ```
 * @category Import
 */
export async function importFigures(source: TextSource, options: ImportFiguresOptions = {}): Promise<ImportReport> {
  checkArg('importFigures', 'source', source, TEXT_SOURCE);
  checkOptions('importFigures', options, IMPORT_OPTION_RULES);
  const mode: unknown = options.mode ?? 'strict';
  if (mode !== 'strict' && mode !== 'lenient') throw new AntqError('invalid_option', `importFigures: mode must be 'strict' or 'lenient', got ${String(mode)}`);
  const maxOccurrences = options.maxOccurrences ?? 1000;
  if (!Number.isInteger(maxOccurrences) || maxOccurrences < 0) {
    throw new AntqError('invalid_option', `importFigures: maxOccurrences must be a non-negative integer, got ${String(maxOccurrences)}`);
  }
  if (options.onFigures !== undefined && options.onTable !== undefined) throw new AntqError('invalid_option', 'importFigures: give onFigures or onTable, not both');
  const groups = new Map<string, { code: string; severity: Issue['severity']; count: number; occurrences: IssueOccurrence[] }>();
  let read = 0;
  let accepted = 0;
  let rejected = 0;
  let errors = 0;
  let warnings = 0;
  let header: readonly string[] = [];
  const onTable = options.onTable;
  const readMode = options.onFigures !== undefined ? 'figures' : onTable !== undefined ? 'table' : 'count';
  for await (const { batch, accepted: kept, table } of readBatches(source, pickOptions(options, READ_OPTION_RULES), readMode)) {
    if (batch.header.length > 0) header = batch.header;
    read += batch.read;
    accepted += kept;
    rejected += batch.rejected.length;
    for (const issue of batch.issues) {
      if (issue.severity === 'error') errors++;
      else warnings++;
      const key = `${issue.severity}\u0000${issue.code}`;
      let g = groups.get(key);
      if (g === undefined) {
        g = { code: issue.code, severity: issue.severity, count: 0, occurrences: [] };
        groups.set(key, g);
      }
      g.count++;
      if (g.occurrences.length < maxOccurrences) g.occurrences.push(occurrence(issue));
    }
    if (batch.figures.length > 0 && options.onFigures !== undefined) await options.onFigures(batch.figures, batch.rows, batch.lines);
    if (table !== undefined && table.length > 0 && onTable !== undefined) await onTable(table, batch.rows, batch.lines);
    if (batch.rejected.length > 0 && options.onRejected !== undefined) await options.onRejected(batch.rejected, batch.header);
    options.onProgress?.(read);
  }
  const list: IssueGroup[] = [...groups.values()]
    .sort((a, b) => (a.severity === b.severity ? (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) : a.severity === 'error' ? -1 : 1))
    .map((g) => ({ code: g.code, severity: g.severity, count: g.count, occurrences: g.occurrences, omitted: g.count - g.occurrences.length }));
  const ok = errors === 0;
  return { format: options.format ?? 'csv', mode, ok, read, accepted: mode === 'strict' && !ok ? 0 : accepted, rejected, errors, warnings, header, groups: list };
}

function occurrence(issue: Issue): IssueOccurrence {
  const o: { -readonly [K in keyof IssueOccurrence]: IssueOccurrence[K] } = { message: issue.message, messageVi: issue.messageVi };
  if (issue.row !== undefined) o.row = issue.row;
  if (issue.line !== undefined) o.line = issue.line;
  if (issue.column !== undefined) o.column = issue.column;
  if (issue.position !== undefined) o.position = issue.position;
  return o;
}
