import type { CsvDelimiter } from './CsvReadOptions';

/**
 * A value written into a CSV cell: text as is, a finite number in JavaScript's shortest form
 * (`2.2`, `17543`), a boolean as `true`/`false`, `null`/`undefined` as an empty cell.
 *
 * @example
 * ```ts
 * const row: CsvCellValue[] = ['VN-42', 35, null];
 * row.length;
 * // => 3
 * ```
 * @category IO
 */
export type CsvCellValue = string | number | boolean | null | undefined;

/**
 * Options of {@link toCsv} and {@link writeCsvRows}.
 *
 * @example
 * ```ts
 * const excelVi: CsvWriteOptions = { delimiter: ';', bom: true };
 * excelVi.bom;
 * // => true
 * ```
 * @category IO
 */
export interface CsvWriteOptions {
  /** Cell separator (default `,`). */
  readonly delimiter?: CsvDelimiter;
  /** Start with a UTF-8 byte order mark, which Excel needs to read Vietnamese text (default false). */
  readonly bom?: boolean;
  /** Line end (default `\r\n`, as RFC 4180 says). */
  readonly newline?: '\r\n' | '\n';
  /**
   * Neutralise text that a spreadsheet would run as a formula (default true): a text cell that
   * starts with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`. Number values are never changed
   * (`-5` as a number stays `-5`; as text it becomes `'-5`).
   */
  readonly escapeFormulas?: boolean;
}
