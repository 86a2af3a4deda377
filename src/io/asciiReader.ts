/** Node's own modules, taken from the running Node (20.16 and later), not imported: the library stays free of Node imports. */
const node: { readonly getBuiltinModule?: typeof process.getBuiltinModule } | undefined = typeof process === 'undefined' ? undefined : process;

/** A Node `Buffer` (the type only: the class is taken from the running Node). */
type NodeBuffer = InstanceType<NonNullable<ReturnType<typeof process.getBuiltinModule<'node:buffer'>>>['Buffer']>;

/**
 * The one setup of {@link asciiReader} and {@link asciiRanges}: for a chunk of bytes that are all
 * ASCII, a Node `Buffer` over the same memory (no copy); `undefined` for any other chunk, and no
 * reader at all where Node's modules cannot be reached.
 */
function asciiBuffers(): ((chunk: Uint8Array) => NodeBuffer | undefined) | undefined {
  const buffer = node?.getBuiltinModule?.('node:buffer');
  if (buffer === undefined) return undefined;
  const { Buffer, isAscii } = buffer;
  return (chunk) => {
    // An empty chunk may sit on a buffer already transferred (detached), where Buffer.from throws.
    if (chunk.length === 0) return Buffer.alloc(0);
    if (!isAscii(chunk)) return undefined;
    return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
  };
}

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
  const buffers = asciiBuffers();
  if (buffers === undefined) return undefined;
  return (chunk) => buffers(chunk)?.toString('latin1');
}

/** An ASCII chunk as {@link asciiRanges} reads it. */
export interface AsciiRanges {
  /** The text of the byte range `[start, end)` (one byte, one character). */
  readonly text: (start: number, end: number) => string;
  /** Whether the chunk holds the byte `byte` anywhere (a native search, far faster than a typed array's `indexOf`). */
  readonly has: (byte: number) => boolean;
}

/**
 * Internal, as {@link asciiReader}: for a chunk of bytes that are all ASCII, a reader of the text
 * of any of its byte ranges, without turning the whole chunk into a string; `undefined` for any
 * other chunk, or where Node's modules cannot be reached.
 */
export function asciiRanges(): ((chunk: Uint8Array) => AsciiRanges | undefined) | undefined {
  const buffers = asciiBuffers();
  if (buffers === undefined) return undefined;
  return (chunk) => {
    const bytes = buffers(chunk);
    if (bytes === undefined) return undefined;
    return { text: (start, end) => bytes.toString('latin1', start, end), has: (byte) => bytes.indexOf(byte) !== -1 };
  };
}
