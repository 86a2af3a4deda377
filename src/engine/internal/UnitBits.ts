// Distinct reporting units per cell, for coverage. A Set of strings per cell was the main cost of
// aggregation (a million entries for a million rows); unit codes are interned to small integers
// once and each cell keeps a bitset over the window of ids it has seen.

/** Unit code ↔ small integer. */
export class UnitInterner {
  private readonly ids = new Map<string, number>();
  readonly codes: string[] = [];

  id(code: string): number {
    let id = this.ids.get(code);
    if (id === undefined) {
      id = this.codes.length;
      this.ids.set(code, id);
      this.codes.push(code);
    }
    return id;
  }
}

/** A growable bitset over a window of word offsets. */
export class UnitBits {
  private words: Uint32Array = new Uint32Array(1);
  private base = -1;

  add(id: number): void {
    const i = this.slot(id >>> 5);
    this.words[i] = (this.words[i] as number) | (1 << (id & 31));
  }

  /** Adds the ids set in `count` words of `bits` from `offset` (word `j` holds ids `32j` to `32j + 31`). */
  addWords(bits: Uint32Array, offset: number, count: number): void {
    let lo = 0;
    while (lo < count && bits[offset + lo] === 0) lo++;
    if (lo === count) return;
    let hi = count - 1;
    while (bits[offset + hi] === 0) hi--;
    this.slot(lo);
    this.slot(hi);
    for (let j = lo; j <= hi; j++) {
      const v = bits[offset + j] as number;
      if (v === 0) continue;
      const i = this.slot(j);
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
