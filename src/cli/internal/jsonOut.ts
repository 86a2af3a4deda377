/** An array printed from an iterable, made when the JSON writer reaches it (rows written as they are made). */
export class JsonArray {
  constructor(readonly items: () => Iterable<unknown>) {}
}

/** How many values an array element may hold to be serialised in one `JSON.stringify` call. */
const SMALL = 256;

/** True when `v` holds at most `budget` values in all (so one `JSON.stringify` of it is cheap and bounded). */
function small(v: unknown, budget: { left: number }, depth: number): boolean {
  if (--budget.left < 0 || depth > 16) return false;
  if (v === null || typeof v !== 'object') return true;
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(v)) {
    for (const x of v) if (!small(x, budget, depth + 1)) return false;
    return true;
  }
  for (const k of Object.keys(v)) if (!small((v as Record<string, unknown>)[k], budget, depth + 1)) return false;
  return true;
}

/**
 * The text of `JSON.stringify(value, null, 2)` in pieces of about `chunk` characters, so that a
 * result of millions of rows never becomes one string (V8 strings stop at 512 MB). Small array
 * elements (a result row) are serialised whole, then indented.
 */
export function* jsonChunks(value: unknown, chunk = 1 << 16): Generator<string, void, undefined> {
  let buffer: string[] = [];
  let size = 0;
  const seen = new Set<object>();
  // Pieces go to `buffer`; the walk yields `true` whenever the buffer is full, and the caller of the walk flushes it.
  const emit = (s: string): boolean => {
    buffer.push(s);
    size += s.length;
    return size >= chunk;
  };
  function* visit(v: unknown, indent: string): Generator<true, boolean, undefined> {
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON(): unknown }).toJSON();
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return false;
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
      if (emit(JSON.stringify(v))) yield true;
      return true;
    }
    if (seen.has(v)) throw new TypeError('Converting circular structure to JSON');
    seen.add(v);
    const inner = `${indent}  `;
    if (Array.isArray(v) || v instanceof JsonArray) {
      const items: Iterable<unknown> = v instanceof JsonArray ? v.items() : v;
      let i = 0;
      emit('[');
      for (const item of items) {
        emit(i++ === 0 ? `\n${inner}` : `,\n${inner}`);
        if (item !== null && typeof item === 'object' && small(item, { left: SMALL }, 0)) {
          // JSON text holds no raw line break inside a string, so indenting every line is safe.
          if (emit(JSON.stringify(item, null, 2).replace(/\n/g, `\n${inner}`))) yield true;
        } else if (!(yield* visit(item, inner))) {
          if (emit('null')) yield true;
        }
      }
      emit(i === 0 ? ']' : `\n${indent}]`);
    } else {
      let first = true;
      for (const key of Object.keys(v)) {
        const item = (v as Record<string, unknown>)[key];
        const probe = item !== null && typeof item === 'object' && typeof (item as { toJSON?: unknown }).toJSON === 'function' ? (item as { toJSON(): unknown }).toJSON() : item;
        if (probe === undefined || typeof probe === 'function' || typeof probe === 'symbol') continue;
        emit(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
        first = false;
        yield* visit(item, inner);
      }
      emit(first ? '{}' : `\n${indent}}`);
    }
    seen.delete(v);
    if (size >= chunk) yield true;
    return true;
  }
  const walk = visit(value, '');
  while (walk.next().done !== true) {
    if (size > 0) {
      yield buffer.join('');
      buffer = [];
      size = 0;
    }
  }
  if (size > 0) yield buffer.join('');
}

/**
 * Serialises `value` exactly as `JSON.stringify(value, null, 2)` does, but hands the text to `write`
 * in pieces of about `chunk` characters (see {@link jsonChunks}).
 */
export function writeJsonStreamed(value: unknown, write: (text: string) => void, chunk = 1 << 16): void {
  for (const piece of jsonChunks(value, chunk)) write(piece);
}
