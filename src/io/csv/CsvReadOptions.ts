/**
 * Cell separator of a CSV file: comma, or semicolon (what spreadsheets write where the decimal
 * separator is a comma, as in Vietnamese).
 *
 * @example
 * ```ts
 * const d: CsvDelimiter = ';';
 * d;
 * // => ';'
 * ```
 * @category IO
 */
export type CsvDelimiter = ',' | ';';

/**
 * Options of {@link parseCsv} and {@link readCsv}.
 *
 * @example
 * ```ts
 * const options: CsvReadOptions = { delimiter: ';', maxRecordChars: 65_536 };
 * options.delimiter;
 * // => ';'
 * ```
 * @category IO
 */
export interface CsvReadOptions {
  /**
   * The separator, or `'auto'` (default): semicolon when the header line holds more semicolons
   * than commas, else comma.
   */
  readonly delimiter?: CsvDelimiter | 'auto';
  /**
   * Longest record accepted, in characters (default 1,048,576). A longer record is reported as
   * `line_too_long` and skipped without being held in memory, so memory stays bounded.
   */
  readonly maxRecordChars?: number;
  /** Most records per batch yielded by {@link readCsv} (default 2,048). */
  readonly batchSize?: number;
}
