import { csvLine, csvWriter } from '../internal/csvLine';
import type { CsvCellValue, CsvWriteOptions } from './CsvWriteOptions';

/**
 * Writes a header and rows as one CSV string: cells quoted only when needed (delimiter, quote,
 * CR or LF inside; quotes doubled), text that a spreadsheet would run as a formula neutralised
 * with a leading `'` (see {@link CsvWriteOptions}), every line ended by the newline (default
 * CRLF). {@link parseCsv} reads the result back to the same cells (apart from the added `'`).
 *
 * @param header - column names
 * @param rows - rows of cell values, each as long as the header
 * @param options - delimiter, BOM, newline, formula escaping
 * @returns the CSV text
 * @throws {AntqError} `invalid_argument` when a row's length differs from the header's, a number is not finite or a cell is of another type; `invalid_option` for a bad option.
 * @example
 * ```ts
 * toCsv(['unit', 'note'], [['VN-42', 'trên 127 khẩu, "súng"'], ['VN-42', '=HYPERLINK("x")']]);
 * // => 'unit,note\r\nVN-42,"trên 127 khẩu, ""súng"""\r\nVN-42,"\'=HYPERLINK(""x"")"\r\n'
 * ```
 * @category IO
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCellValue[])[], options: CsvWriteOptions = {}): string {
  const w = csvWriter(options, 'toCsv');
  const parts: string[] = [w.bom ? '\uFEFF' : '', csvLine(header, header.length, 0, w)];
  for (let i = 0; i < rows.length; i++) parts.push(csvLine(rows[i] as readonly CsvCellValue[], header.length, i + 1, w));
  return parts.join('');
}
