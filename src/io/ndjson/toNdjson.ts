import { ndjsonLine } from '../internal/ndjsonLine';

/**
 * Writes values as NDJSON: one `JSON.stringify` line per value, each ended by LF.
 *
 * @param values - JSON-serialisable values
 * @returns the NDJSON text
 * @throws {AntqError} `invalid_argument` when a value cannot be written as JSON (undefined, a function, a bigint, a cycle).
 * @example
 * ```ts
 * toNdjson([{ unit: 'VN-42', value: 35 }, { unit: 'VN-42', note: 'dòng 1\ndòng 2' }]);
 * // => '{"unit":"VN-42","value":35}\n{"unit":"VN-42","note":"dòng 1\\ndòng 2"}\n'
 * ```
 * @category IO
 */
export function toNdjson(values: readonly unknown[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) out += ndjsonLine(values[i], i, 'toNdjson');
  return out;
}
