/**
 * A fixed-budget open-addressing table from 64-bit fingerprints of figure keys to the first row
 * that had the key, its value and qualifier. About 20 bytes a slot instead of the ~150 a
 * `Map<string, …>` entry costs, and it never holds more than `maxKeys` keys: memory is bounded
 * whatever the input size. Two keys with the same 64-bit fingerprint are taken as equal; at the
 * default budget the chance of that is below 1e-8 per file.
 */
export class KeyTable {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private rows: Float64Array;
  private values: Float64Array;
  private quals: Uint8Array;
  private mask: number;
  private used = 0;
  readonly maxKeys: number;
  // The fingerprint of the key looked up last: a miss is usually followed by a `set` of the same
  // key, which then does not hash it again.
  private lastKey = '';
  private lastH1 = 0;
  private lastH2 = 0;

  constructor(maxKeys: number) {
    this.maxKeys = maxKeys;
    const cap = 1024;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.rows = new Float64Array(cap);
    this.values = new Float64Array(cap);
    this.quals = new Uint8Array(cap);
    this.mask = cap - 1;
  }

  /** Keys held. */
  get size(): number {
    return this.used;
  }

  /** Whether another key fits in the budget. */
  get full(): boolean {
    return this.used >= this.maxKeys;
  }

  /** The entry of a key, or `undefined`. */
  get(key: string): { readonly row: number; readonly value: number; readonly qualifier: number } | undefined {
    this.fingerprint(key);
    const slot = this.find(this.lastH1, this.lastH2);
    if (this.rows[slot] === 0) return undefined;
    return { row: (this.rows[slot] as number) - 1, value: this.values[slot] as number, qualifier: this.quals[slot] as number };
  }

  /** Stores a key that is not there yet; returns false when the budget is spent. */
  set(key: string, row: number, value: number, qualifier: number): boolean {
    if (this.full) return false;
    if ((this.used + 1) * 2 > this.mask + 1) this.grow();
    this.fingerprint(key);
    const h1 = this.lastH1;
    const h2 = this.lastH2;
    const slot = this.find(h1, h2);
    if (this.rows[slot] !== 0) return true;
    this.hi[slot] = h1;
    this.lo[slot] = h2;
    this.rows[slot] = row + 1;
    this.values[slot] = value;
    this.quals[slot] = qualifier;
    this.used++;
    return true;
  }

  private fingerprint(key: string): void {
    if (key === this.lastKey && key !== '') return;
    this.lastKey = key;
    // Both 32-bit hashes in one pass over the key.
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193);
    }
    this.lastH1 = avalanche(a);
    this.lastH2 = (avalanche(b) | 1) >>> 0;
  }

  private find(h1: number, h2: number): number {
    let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask;
    while (this.rows[slot] !== 0 && (this.hi[slot] !== h1 || this.lo[slot] !== h2)) slot = (slot + 1) & this.mask;
    return slot;
  }

  private grow(): void {
    const { hi, lo, rows, values, quals } = this;
    const cap = (this.mask + 1) * 2;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.rows = new Float64Array(cap);
    this.values = new Float64Array(cap);
    this.quals = new Uint8Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] === 0) continue;
      const slot = this.find(hi[i] as number, lo[i] as number);
      this.hi[slot] = hi[i] as number;
      this.lo[slot] = lo[i] as number;
      this.rows[slot] = rows[i] as number;
      this.values[slot] = values[i] as number;
      this.quals[slot] = quals[i] as number;
    }
  }
}

/** The final mix of a 32-bit FNV-1a-style hash over UTF-16 code units. */
function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
