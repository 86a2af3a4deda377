/**
 * One data row of a CSV file: its 1-based data row number (header and blank lines excluded), the
 * 1-based physical line it starts on, and its cells as raw text (not trimmed, not converted).
 *
 * @example
 * ```ts
 * const record: CsvRecord = { row: 1, line: 2, cells: ['VN-42', 'marches', '35'] };
 * record.cells[2];
 * // => '35'
 * ```
 * @category IO
 */
export interface CsvRecord {
  /** 1-based data row number; the header is not counted, nor are blank lines. */
  readonly row: number;
  /** 1-based physical line where the row starts. */
  readonly line: number;
  /** The cells, unquoted, in header order. */
  readonly cells: readonly string[];
}
