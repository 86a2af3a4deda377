import type { Issue } from '../errors/Issue';

/**
 * An {@link Issue} found while reading a text table (CSV or NDJSON), with the physical line it
 * sits on.
 *
 * Conventions: `row` is the 1-based data row (header and blank lines excluded) and is absent for
 * problems of the header or of the whole input; `line` is the 1-based physical line (every LF, CR
 * or CRLF ends one, including those inside quoted cells); `position` is the 0-based character
 * offset (UTF-16 code units) in the decoded text, a leading BOM excluded; `column` is the header
 * name of the cell when known; `path` is `['header', i]` for a header cell, `['cells', i]` for a
 * data cell (0-based) and `[]` for a whole row or the whole input.
 *
 * @example
 * ```ts
 * const issue: TableIssue = {
 *   code: 'column_count', severity: 'error', path: [], row: 3, line: 4, position: 52,
 *   message: 'row 3 has 2 cells, the header has 3', messageVi: 'dòng dữ liệu 3 có 2 ô, tiêu đề có 3 cột',
 * };
 * issue.line;
 * // => 4
 * ```
 * @category IO
 */
export interface TableIssue extends Issue {
  /** 1-based physical line where the problem starts. */
  readonly line: number;
}
