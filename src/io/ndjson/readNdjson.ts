import { NdjsonTokenizer } from '../internal/NdjsonTokenizer';
import { streamBatches } from '../internal/TokenizerCore';
import type { TableIssue } from '../TableIssue';
import type { TextSource } from '../TextSource';
import type { NdjsonReadOptions } from './NdjsonReadOptions';
import type { NdjsonRecord } from './NdjsonRecord';

/**
 * One batch of {@link readNdjson}.
 *
 * @example
 * ```ts
 * for await (const batch of readNdjson('1\n2\n')) batch.records.length;
 * // => 2
 * ```
 * @category IO
 */
export interface NdjsonBatch {
  /** Values of this batch, in file order. */
  readonly records: readonly NdjsonRecord[];
  /** Issues found since the previous batch. */
  readonly issues: readonly TableIssue[];
}

/**
 * Streams NDJSON (one JSON value per line, LF or CRLF line ends, optional BOM) as batches of
 * parsed values, in memory bounded by the line limit, not by the file size. A line that is not
 * JSON gives `invalid_json` with its line number and reading goes on; blank lines are skipped; a
 * line over the limit gives `line_too_long`; an input with no value gives `empty_input`. A NUL
 * (`binary_content`) or bytes that are not UTF-8 (`invalid_utf8`) stop reading.
 *
 * @param source - a string, bytes, or an (async) iterable of string or byte chunks, e.g. `fs.createReadStream(path)`
 * @param options - line limit and batch size
 * @returns an async iterable of batches (at least one)
 * @throws {AntqError} `invalid_option` when an option is out of range, `invalid_argument` when the source or a chunk is neither text nor bytes (programmer errors).
 * @example
 * ```ts
 * const values: unknown[] = [];
 * for await (const batch of readNdjson('{"unit":"VN-42","value":35}\n\nnot json\n')) {
 *   for (const r of batch.records) values.push(r.value);
 *   for (const i of batch.issues) console.log(i.code, i.line);
 *   // logs: invalid_json 3
 * }
 * values;
 * // => [{ unit: 'VN-42', value: 35 }]
 * ```
 * @category IO
 */
export async function* readNdjson(source: TextSource, options: NdjsonReadOptions = {}): AsyncGenerator<NdjsonBatch, void, undefined> {
  yield* streamBatches(new NdjsonTokenizer(options, 'readNdjson'), source, 'readNdjson', (taken): NdjsonBatch => taken);
}
