import { CsvTokenizer } from '../internal/CsvTokenizer';
import { streamBatches } from '../internal/TokenizerCore';
import type { TableIssue } from '../TableIssue';
import type { TextSource } from '../TextSource';
import type { CsvDelimiter, CsvReadOptions } from './CsvReadOptions';
import type { CsvRecord } from './CsvRecord';

/**
 * One batch of a CSV file read by {@link readCsv}: some records and the issues met on the way.
 *
 * @example
 * ```ts
 * for await (const batch of readCsv('unit,value\nVN-42,35\n')) batch.records.length;
 * // => 1
 * ```
 * @category IO
 */
export interface CsvBatch {
  /** Header names, trimmed (the same in every batch; `[]` when the input had no header). */
  readonly header: readonly string[];
  /** The separator used (detected or given). */
  readonly delimiter: CsvDelimiter;
  /** Whether the input started with a UTF-8 byte order mark (it is not part of any cell). */
  readonly bom: boolean;
  /** Data rows of this batch, in file order. */
  readonly records: readonly CsvRecord[];
  /** Issues found since the previous batch; row-level ones refer to rows of this batch. */
  readonly issues: readonly TableIssue[];
}

/**
 * Streams a CSV file of any size as batches of records, in memory bounded by the record limit
 * and the source's chunk size, not by the file size. Same rules and issues as {@link parseCsv}
 * (which gives the same records and issues for the same text, however the input is chunked).
 * Bytes are decoded as UTF-8 across chunk boundaries; bytes that are not UTF-8 stop reading with
 * `invalid_utf8`, a NUL with `binary_content`. At least one batch is always yielded, so an empty
 * input still reports `empty_input`. Stopping early (`break`) closes the source.
 *
 * @param source - a string, bytes, or an (async) iterable of string or byte chunks, e.g. `fs.createReadStream(path)`
 * @param options - delimiter (default: detected from the header line), record size limit, batch size
 * @returns an async iterable of batches
 * @throws {AntqError} `invalid_option` when an option is out of range, `invalid_argument` when the source or a chunk is neither text nor bytes (programmer errors).
 * @example
 * ```ts
 * let rows = 0;
 * for await (const batch of readCsv(createReadStream('figures.csv'))) {
 *   rows += batch.records.length;
 *   for (const issue of batch.issues) console.log(issue.code, issue.row, issue.line);
 * }
 * rows;
 * // => 1000000
 * ```
 * @category IO
 */
export async function* readCsv(source: TextSource, options: CsvReadOptions = {}): AsyncGenerator<CsvBatch, void, undefined> {
  const tokenizer = new CsvTokenizer(options, 'readCsv');
  yield* streamBatches(tokenizer, source, 'readCsv', ({ records, issues }): CsvBatch => ({
    header: tokenizer.header,
    delimiter: tokenizer.delimiter,
    bom: tokenizer.bom,
    records,
    issues,
  }));
}
