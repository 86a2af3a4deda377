import { AntqError } from '../errors/AntqError';
import type { TextSource } from './TextSource';
import { asciiReader } from './asciiReader';

/** Bytes that are not UTF-8: everything before them has been yielded as text. */
export interface InvalidUtf8 {
  readonly invalidUtf8: true;
  /** 0-based byte offset of the first byte that is not UTF-8, from the start of the input. */
  readonly byteOffset: number;
}

/**
 * Length of the longest prefix of `bytes` that is well-formed UTF-8, and whether what follows is
 * a sequence cut short by the end of the data (`incomplete`) or a real error (`invalid`).
 */
function scanUtf8(bytes: Uint8Array): { end: number; status: 'ok' | 'incomplete' | 'invalid' } {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) [need, lo] = [2, 0xa0];
    else if (b === 0xed) [need, hi] = [2, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) need = 2;
    else if (b === 0xf0) [need, lo] = [3, 0x90];
    else if (b === 0xf4) [need, hi] = [3, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else return { end: i, status: 'invalid' };
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { end: i, status: 'incomplete' };
      const c = bytes[i + k] as number;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return { end: i, status: 'invalid' };
    }
    i += need + 1;
  }
  return { end: n, status: 'ok' };
}

/** Number of bytes at the end of well-formed UTF-8 data that start a character not yet complete. */
function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k] as number;
    if ((b & 0xc0) === 0x80) continue;
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return len > k ? k : 0;
  }
  return 0;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function isAsyncIterable(value: object): value is AsyncIterable<unknown> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

function isIterable(value: object): value is Iterable<unknown> {
  return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/**
 * Turns any {@link TextSource} into text pieces. Bytes are decoded as UTF-8 in streaming mode
 * with the BOM kept (the readers strip it, so positions are counted the same way for strings and
 * bytes). The native decoder does the work; only when it rejects a chunk is the chunk scanned
 * byte by byte to find where valid text ends. After an {@link InvalidUtf8} nothing more is read.
 *
 * @throws {AntqError} `invalid_argument` when the source or one of its chunks is not text or bytes.
 */
export async function* decodeSource(source: TextSource, fnName: string): AsyncGenerator<string | InvalidUtf8, void, undefined> {
  if (typeof source === 'string') {
    yield source;
    return;
  }
  if (typeof (source as unknown) !== 'object' || (source as unknown) === null) {
    throw new AntqError('invalid_argument', `${fnName}: source must be a string, bytes or an iterable of chunks`);
  }
  const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
  const ascii = asciiReader();
  let tail: Uint8Array = new Uint8Array(0);
  let bytesSeen = 0;
  /** Decodes one chunk; on bytes that are not UTF-8, returns the valid text before them and their offset. */
  const decode = (chunk: Uint8Array): { text: string; invalidAt?: number } => {
    const before = bytesSeen;
    bytesSeen += chunk.length;
    // A chunk of ASCII bytes with no character left open before it is its own text: read it
    // without the decoder, whose state (nothing pending) it leaves as it is.
    if (ascii !== undefined && tail.length === 0) {
      const text = ascii(chunk);
      if (text !== undefined) return { text };
    }
    try {
      const text = fatal.decode(chunk, { stream: true });
      const from = chunk.length >= 3 ? chunk : concatBytes(tail, chunk);
      // A copy (a Node `Buffer`'s `slice` is a view): the source may refill the chunk's buffer.
      tail = new Uint8Array(from.subarray(from.length - incompleteTail(from)));
      return { text };
    } catch {
      const data = concatBytes(tail, chunk);
      const scan = scanUtf8(data);
      return { text: lenient.decode(data.subarray(0, scan.end)), invalidAt: before - tail.length + scan.end };
    }
  };
  let chunks: Iterable<unknown> | AsyncIterable<unknown>;
  if (source instanceof Uint8Array) chunks = [source];
  else if (isAsyncIterable(source) || isIterable(source)) chunks = source;
  else throw new AntqError('invalid_argument', `${fnName}: source must be a string, bytes or an iterable of chunks`);
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      if (chunk.length > 0) yield chunk;
      continue;
    }
    if (!(chunk instanceof Uint8Array)) {
      throw new AntqError('invalid_argument', `${fnName}: every chunk must be a string or a Uint8Array`);
    }
    const out = decode(chunk);
    if (out.text.length > 0) yield out.text;
    if (out.invalidAt !== undefined) {
      yield { invalidUtf8: true, byteOffset: out.invalidAt };
      return;
    }
  }
  if (tail.length > 0) yield { invalidUtf8: true, byteOffset: bytesSeen - tail.length };
}
