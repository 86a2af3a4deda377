/** Node's own modules, taken from the running Node (20.16 and later), not imported: the library stays free of Node imports. */
const node: { readonly getBuiltinModule?: typeof process.getBuiltinModule } | undefined = typeof process === 'undefined' ? undefined : process;

/**
 * Internal on purpose (not in `src/index.ts`); it sits beside `decodeSource` rather than in
 * `io/internal` because the importer's worker segments use it too.
 *
 * A reader of the text of a chunk of bytes that are all ASCII (`undefined` for any other chunk),
 * with Node's `isAscii` and a Latin-1 `toString`: each byte one character, for ASCII the same text
 * as UTF-8 decoding, in about a fifth of `TextDecoder`'s time on a file of figures. `undefined`
 * where Node's modules cannot be reached: the decoder then reads every chunk.
 */
export function asciiReader(): ((chunk: Uint8Array) => string | undefined) | undefined {
  const buffer = node?.getBuiltinModule?.('node:buffer');
  if (buffer === undefined) return undefined;
  const { Buffer, isAscii } = buffer;
  return (chunk) => {
    // An empty chunk may sit on a buffer already transferred (detached), where Buffer.from throws.
    if (chunk.length === 0) return '';
    if (!isAscii(chunk)) return undefined;
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    return bytes.toString('latin1');
  };
}

/**
 * Internal, as {@link asciiReader}: for a chunk of bytes that are all ASCII, a reader of the text
 * of any of its byte ranges (one byte, one character), without turning the whole chunk into a
 * string; `undefined` for any other chunk, or where Node's modules cannot be reached.
 */
export function asciiRanges(): ((chunk: Uint8Array) => ((start: number, end: number) => string) | undefined) | undefined {
  const buffer = node?.getBuiltinModule?.('node:buffer');
  if (buffer === undefined) return undefined;
  const { Buffer, isAscii } = buffer;
  return (chunk) => {
    if (chunk.length > 0 && !isAscii(chunk)) return undefined;
    // An empty chunk may sit on a buffer already transferred (detached), where Buffer.from throws.
    const bytes = Buffer.isBuffer(chunk) ? chunk : chunk.length === 0 ? Buffer.alloc(0) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    return (start, end) => bytes.toString('latin1', start, end);
  };
}
