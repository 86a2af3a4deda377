import { CsvTokenizer } from '../internal/CsvTokenizer';
import { takeAll } from '../internal/TokenizerCore';
import type { TableIssue } from '../TableIssue';
import type { CsvReadOptions } from './CsvReadOptions';
import type { CsvRecord } from './CsvRecord';
import type { CsvBatch } from './readCsv';

/**
 * A CSV file read in one piece by {@link parseCsv}: the whole file as one {@link CsvBatch}.
 *
 * @example
 * ```ts
 * const table: CsvTable = parseCsv('unit,value\nVN-42,35\n');
 * table.header;
 * // => ['unit', 'value']
 * ```
 * @category IO
 */
export interface CsvTable extends CsvBatch {
  /** Every data row that could be split into cells, in file order. */
  readonly records: readonly CsvRecord[];
  /** Problems found, in file order; see {@link TableIssue} for rows, lines and positions. */
  readonly issues: readonly TableIssue[];
}

/**
 * Reads a whole CSV text (RFC 4180: quoted cells with doubled quotes, delimiters and line breaks
 * inside quotes; CRLF, LF or CR line ends; an optional BOM) into header, records and issues.
 * It never throws on bad input: problems come back as issues and every row is accounted for.
 *
 * A row whose cell count differs from the header is returned and reported (`column_count`); a
 * row longer than `maxRecordChars` (`line_too_long`) or with a quote left open at the end of the
 * input (`unclosed_quote`) is reported and not returned. Header problems: `empty_input`,
 * `empty_header`, `duplicate_header`. A NUL character stops reading (`binary_content`). A quote
 * inside an unquoted cell, or text after a closing quote, is kept as text with a `stray_quote`
 * warning. Blank lines are skipped (they still count in `line` numbers). Cells are returned as
 * written, not trimmed; header names are trimmed.
 *
 * @param text - the whole file content
 * @param options - delimiter (default: detected from the header line) and record size limit
 * @returns the header, delimiter, BOM flag, records and issues
 * @throws {AntqError} `invalid_option` when an option is out of range (programmer error).
 * @example
 * ```ts
 * const table = parseCsv('\uFEFFunit;indicator;value\r\nVN-42;marches;35\r\n"VN-42";"note ""a""";x;y\r\n');
 * table.delimiter;
 * // => ';'
 * table.records[0];
 * // => { row: 1, line: 2, cells: ['VN-42', 'marches', '35'] }
 * table.issues.map((i) => [i.code, i.row]);
 * // => [['column_count', 2]]
 * ```
 * @category IO
 */
export function parseCsv(text: string, options: CsvReadOptions = {}): CsvTable {
  const tokenizer = new CsvTokenizer({ ...options, batchSize: Number.MAX_SAFE_INTEGER }, 'parseCsv');
  const { records, issues } = takeAll(tokenizer, text);
  return { header: tokenizer.header, delimiter: tokenizer.delimiter, bom: tokenizer.bom, records, issues };
}
