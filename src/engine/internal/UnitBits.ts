// Distinct reporting units per cell, for coverage. A Set of strings per cell was the main cost of
// aggregation (a million entries for a million rows); unit codes are interned to small integers
// once and each cell keeps a bitset over the window of ids it has seen.

/**
 * Unit code ↔ small integer. The codes live in typed arrays (their UTF-16 units end to end, an
 * open-addressing table of ids by hash), not in a `Map` of strings: with as many distinct units as
 * rows, a `Map` entry and a string per unit kept the collector's heap growing with the units.
 */
export class UnitInterner {
  private chars = new Uint16Array(1024);
  private used = 0;
  /** Per id: where its code starts in `chars` (entry `size` is where the next one starts). */
  private starts = new Int32Array(257);
  private hashes = new Int32Array(256);
  /** Open addressing over a power-of-two size, at most half full: id + 1, or 0 (empty). */
  private table = new Int32Array(512);
  private count = 0;
  /** The id of an absent unit (a table's code -1 reads `undefined`), or -1. */
  private absent = -1;

  /** How many codes have an id (ids are 0 to `size - 1`). */
  get size(): number {
    return this.count;
  }

  id(code: string | undefined): number {
    if (code === undefined) return this.absent >= 0 ? this.absent : (this.absent = this.add('', 0, -1));
    const len = code.length;
    let h = 0x811c9dc5 ^ len;
    for (let i = 0; i < len; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193);
    const mask = this.table.length - 1;
    let slot = h & mask;
    for (;;) {
      const e = this.table[slot] as number;
      if (e === 0) break;
      const id = e - 1;
      if (this.hashes[id] === h && this.equals(id, code)) return id;
      slot = (slot + 1) & mask;
    }
    return this.add(code, h, slot);
  }

  /** The code of id `id` (`undefined` for an absent unit's). */
  code(id: number): string | undefined {
    if (id === this.absent) return undefined;
    const from = this.starts[id] as number;
    const to = this.starts[id + 1] as number;
    let out = '';
    for (let i = from; i < to; i++) out += String.fromCharCode(this.chars[i] as number);
    return out;
  }

  private equals(id: number, code: string): boolean {
    const from = this.starts[id] as number;
    if (id === this.absent || (this.starts[id + 1] as number) - from !== code.length) return false;
    for (let i = 0; i < code.length; i++) if (this.chars[from + i] !== code.charCodeAt(i)) return false;
    return true;
  }

  /** Gives `code` the next id (`slot` < 0: kept out of the table). */
  private add(code: string, h: number, slot: number): number {
    const id = this.count;
    const len = code.length;
    if (this.used + len > this.chars.length) this.chars = widen(this.chars, this.used + len);
    for (let i = 0; i < len; i++) this.chars[this.used + i] = code.charCodeAt(i);
    this.used += len;
    if (id + 2 > this.starts.length) this.starts = widen(this.starts, id + 2);
    if (id + 1 > this.hashes.length) this.hashes = widen(this.hashes, id + 1);
    this.starts[id + 1] = this.used;
    this.hashes[id] = h;
    this.count = id + 1;
    if (slot < 0) return id;
    this.table[slot] = id + 1;
    if (this.count * 2 > this.table.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let id = 0; id < this.count; id++) {
      if (id === this.absent) continue;
      let slot = (this.hashes[id] as number) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
  }
}

/** A copy of `a` at least `min` long (doubling). */
function widen<T extends Uint16Array | Int32Array>(a: T, min: number): T {
  let size = a.length * 2;
  while (size < min) size *= 2;
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
}

/** A growable bitset over a window of word offsets. */
export class UnitBits {
  private words: Uint32Array = new Uint32Array(1);
  private base = -1;

  add(id: number): void {
    const i = this.slot(id >>> 5);
    this.words[i] = (this.words[i] as number) | (1 << (id & 31));
  }

  /** Adds the ids set in `count` words of `bits` from `offset` (word `j` holds ids `32(base + j)` to `32(base + j) + 31`). */
  addWords(bits: Uint32Array, offset: number, count: number, base: number): void {
    let lo = 0;
    while (lo < count && bits[offset + lo] === 0) lo++;
    if (lo === count) return;
    let hi = count - 1;
    while (bits[offset + hi] === 0) hi--;
    this.slot(base + lo);
    this.slot(base + hi);
    for (let j = lo; j <= hi; j++) {
      const v = bits[offset + j] as number;
      if (v === 0) continue;
      const i = this.slot(base + j);
      this.words[i] = (this.words[i] as number) | v;
    }
  }

  /** The index in `words` of word `w`, widening the window to hold it. */
  private slot(w: number): number {
    if (this.base < 0) this.base = w;
    let i = w - this.base;
    if (i < 0 || i >= this.words.length) {
      const lo = Math.min(this.base, w);
      const hi = Math.max(this.base + this.words.length, w + 1);
      const size = Math.max(hi - lo, Math.min(this.words.length * 2, hi - lo + this.words.length));
      const start = i < 0 ? Math.max(0, hi - size) : lo;
      const next = new Uint32Array(size);
      next.set(this.words, this.base - start);
      this.words = next;
      this.base = start;
      i = w - start;
    }
    return i;
  }

  /** Whether every id set here is set in `other` too (word by word, nothing allocated). */
  subsetOf(other: UnitBits): boolean {
    if (this.base < 0) return true;
    for (let i = 0; i < this.words.length; i++) {
      const v = this.words[i] as number;
      if (v === 0) continue;
      const j = this.base + i - other.base;
      const o = other.base < 0 || j < 0 || j >= other.words.length ? 0 : (other.words[j] as number);
      if ((v & ~o) !== 0) return false;
    }
    return true;
  }

  size(): number {
    let n = 0;
    for (let i = 0; i < this.words.length; i++) {
      let v = this.words[i] as number;
      v = v - ((v >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return n;
  }

  ids(): number[] {
    const out: number[] = [];
    if (this.base < 0) return out;
    for (let i = 0; i < this.words.length; i++) {
      const v = this.words[i] as number;
      if (v === 0) continue;
      for (let b = 0; b < 32; b++) if (v & (1 << b)) out.push((this.base + i) * 32 + b);
    }
    return out;
  }
}
