import { NdjsonTokenizer } from '../internal/NdjsonTokenizer';
import { takeAll } from '../internal/TokenizerCore';
import type { TableIssue } from '../TableIssue';
import type { NdjsonReadOptions } from './NdjsonReadOptions';
import type { NdjsonRecord } from './NdjsonRecord';

/**
 * Reads a whole NDJSON text at once; same rules and issues as {@link readNdjson}.
 *
 * @param text - the whole file content
 * @param options - line limit
 * @returns the values read and the issues found, in file order
 * @throws {AntqError} `invalid_option` when an option is out of range (programmer error).
 * @example
 * ```ts
 * const { records, issues } = parseNdjson('{"value":1}\r\n[2]\r\n{oops}\r\n');
 * records.map((r) => r.value);
 * // => [{ value: 1 }, [2]]
 * issues.map((i) => [i.code, i.line]);
 * // => [['invalid_json', 3]]
 * ```
 * @category IO
 */
export function parseNdjson(
  text: string,
  options: NdjsonReadOptions = {},
): { readonly records: readonly NdjsonRecord[]; readonly issues: readonly TableIssue[] } {
  return takeAll(new NdjsonTokenizer({ ...options, batchSize: Number.MAX_SAFE_INTEGER }, 'parseNdjson'), text);
}
