/**
 * Text input of the streaming readers: a whole string, the bytes of a whole file, or chunks of
 * strings or bytes from a synchronous or asynchronous iterable (a Node `fs.createReadStream`, a
 * web `ReadableStream` in Node, a generator). Bytes must be UTF-8; they are decoded in streaming
 * mode, so a character split across two chunks is read correctly.
 *
 * @example
 * ```ts
 * const fromFile: TextSource = createReadStream('figures.csv');
 * const inline: TextSource = 'unit,indicator,value\nVN-42,marches,35\n';
 * typeof inline;
 * // => 'string'
 * ```
 * @category IO
 */
export type TextSource =
  | string
  | Uint8Array
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>;
