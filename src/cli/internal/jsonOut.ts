/**
 * Serialises `value` exactly as `JSON.stringify(value, null, 2)` does, but hands the text to `write`
 * in pieces of about `chunk` characters, so that a result of millions of rows never becomes one
 * string (V8 strings stop at 512 MB).
 */
export function writeJsonStreamed(value: unknown, write: (text: string) => void, chunk = 1 << 16): void {
  let buffer: string[] = [];
  let size = 0;
  const emit = (s: string): void => {
    buffer.push(s);
    size += s.length;
    if (size >= chunk) {
      write(buffer.join(''));
      buffer = [];
      size = 0;
    }
  };
  const seen = new Set<object>();
  const visit = (v: unknown, indent: string): boolean => {
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON(): unknown }).toJSON();
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return false;
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
      emit(JSON.stringify(v));
      return true;
    }
    if (seen.has(v)) throw new TypeError('Converting circular structure to JSON');
    seen.add(v);
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) emit('[]');
      else {
        emit('[');
        for (let i = 0; i < v.length; i++) {
          emit(i === 0 ? `\n${inner}` : `,\n${inner}`);
          if (!visit(v[i], inner)) emit('null');
        }
        emit(`\n${indent}]`);
      }
    } else {
      let first = true;
      for (const key of Object.keys(v)) {
        const item = (v as Record<string, unknown>)[key];
        const probe = item !== null && typeof item === 'object' && typeof (item as { toJSON?: unknown }).toJSON === 'function' ? (item as { toJSON(): unknown }).toJSON() : item;
        if (probe === undefined || typeof probe === 'function' || typeof probe === 'symbol') continue;
        emit(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
        first = false;
        visit(item, inner);
      }
      emit(first ? '{}' : `\n${indent}}`);
    }
    seen.delete(v);
    return true;
  };
  visit(value, '');
  if (size > 0) write(buffer.join(''));
}
