import type { Issue } from '../errors/Issue';
import type { FigureFormat } from './readFigures';

/**
 * Where one issue occurred, in an {@link IssueGroup}: its position (row, line, column, offset) and
 * messages, as in the {@link Issue} itself.
 *
 * @example
 * ```ts
 * const o: IssueOccurrence = { row: 3, line: 4, column: 'value', message: 'row 3, value: value is negative', messageVi: 'Dòng 3, value: giá trị âm' };
 * o.column;
 * // => 'value'
 * ```
 * @category Import
 */
export type IssueOccurrence = Pick<Issue, 'row' | 'line' | 'column' | 'position' | 'message' | 'messageVi'>;

/**
 * All occurrences of one issue code in an import, as national reporting systems list them.
 *
 * @example
 * ```ts
 * const g: IssueGroup = { code: 'negative_value', severity: 'error', count: 1, occurrences: [], omitted: 1 };
 * g.count - g.occurrences.length;
 * // => 1
 * ```
 * @category Import
 */
export interface IssueGroup {
  /** The issue code. */
  readonly code: string;
  /** Its severity. */
  readonly severity: 'error' | 'warning';
  /** How many times it occurred. */
  readonly count: number;
  /** The occurrences, in file order, up to the report's `maxOccurrences`. */
  readonly occurrences: readonly IssueOccurrence[];
  /** Occurrences counted but not listed (`count - occurrences.length`). */
  readonly omitted: number;
}

/**
 * The report of an import by {@link importFigures}: counts, and issues grouped by code with the
 * row and column of every occurrence. This is the `--format json` shape of `antq validate`.
 *
 * @example
 * ```ts
 * const r: ImportReport = { format: 'csv', mode: 'strict', ok: true, read: 26, accepted: 26, rejected: 0, errors: 0, warnings: 0, header: [], groups: [] };
 * r.accepted;
 * // => 26
 * ```
 * @category Import
 */
export interface ImportReport {
  /** The input format. */
  readonly format: FigureFormat;
  /** `strict` (all or nothing) or `lenient` (keep good rows). */
  readonly mode: 'strict' | 'lenient';
  /** True when there was no error at all. */
  readonly ok: boolean;
  /** Data rows read (header excluded), including rows that could not be split into cells. */
  readonly read: number;
  /** Figures accepted: in strict mode 0 as soon as there is an error. */
  readonly accepted: number;
  /** Rows with at least one error. */
  readonly rejected: number;
  /** Error issues, in all. */
  readonly errors: number;
  /** Warning issues, in all. */
  readonly warnings: number;
  /** CSV header as read (`[]` for JSON and NDJSON or an empty file). */
  readonly header: readonly string[];
  /** Issues grouped by code: errors first, then by code. */
  readonly groups: readonly IssueGroup[];
}
