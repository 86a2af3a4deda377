import { ndjsonLine } from '../internal/ndjsonLine';

const CHUNK_CHARS = 65_536;

/**
 * Streams values as NDJSON text chunks (about 64 K characters each); the joined chunks equal
 * {@link toNdjson} of the same values.
 *
 * @param values - JSON-serialisable values from an array, a generator or an async iterable
 * @returns an async iterable of text chunks
 * @throws {AntqError} `invalid_argument` when a value cannot be written as JSON (undefined, a function, a bigint, a cycle).
 * @example
 * ```ts
 * let text = '';
 * for await (const chunk of writeNdjson([{ value: 1 }, 2])) text += chunk;
 * text;
 * // => '{"value":1}\n2\n'
 * ```
 * @category IO
 */
export async function* writeNdjson(values: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<string, void, undefined> {
  let chunk = '';
  let index = 0;
  for await (const value of values) {
    chunk += ndjsonLine(value, index++, 'writeNdjson');
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}
