/** Distinct byte strings a table holds before it starts again: memory stays bounded. */
const BYTE_CELLS_LIMIT = 16_384;
/** Bytes of a new table's copies; they double as needed. */
const FIRST_POOL = 4096;
/** Slots of a new table (a power of two); it doubles when half full. */
const FIRST_SLOTS = 256;

/**
 * One key column's cells found by their bytes: an open-addressing table of byte copies, each
 * with the value decided for its text. A cell is found by its bytes' hash and then compared byte
 * by byte, so two texts with one hash (or one slot) stay apart; only a new text is made a string.
 */
export class ByteCells<V> {
  /** Each slot's entry + 1 (0: empty). */
  private slots = new Int32Array(FIRST_SLOTS);
  private hashes = new Int32Array(FIRST_SLOTS >> 1);
  private starts = new Int32Array(FIRST_SLOTS >> 1);
  private lengths = new Int32Array(FIRST_SLOTS >> 1);
  private values: V[] = [];
  private pool = new Uint8Array(FIRST_POOL);
  private used = 0;

  /** `hashMask` keeps only these bits of every hash (0: every text in one chain; for tests). */
  constructor(private readonly hashMask = -1) {}

  /** The value of the text of `bytes[start, end)`, whose hash is `hash`; `undefined` for a text not met. */
  find(bytes: Uint8Array, start: number, end: number, hash: number): V | undefined {
    const h = hash & this.hashMask;
    const slots = this.slots;
    const mask = slots.length - 1;
    const n = end - start;
    const pool = this.pool;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = (slots[slot] as number) - 1;
      if (e < 0) return undefined;
      if (this.hashes[e] !== h || this.lengths[e] !== n) continue;
      const at = this.starts[e] as number;
      let i = 0;
      while (i < n && pool[at + i] === bytes[start + i]) i++;
      if (i === n) return this.values[e];
    }
  }

  /** Remembers `value` for the text of `bytes[start, end)` (not in the table), whose hash is `hash`. */
  add(bytes: Uint8Array, start: number, end: number, hash: number, value: V): void {
    if (this.values.length >= BYTE_CELLS_LIMIT) this.clear();
    const e = this.values.length;
    if (e >= this.hashes.length) this.grow();
    const n = end - start;
    if (this.used + n > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, this.used + n));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
    }
    this.pool.set(bytes.subarray(start, end), this.used);
    const h = hash & this.hashMask;
    this.hashes[e] = h;
    this.starts[e] = this.used;
    this.lengths[e] = n;
    this.used += n;
    this.values.push(value);
    this.place(e, h);
  }

  private place(e: number, h: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = h & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = e + 1;
  }

  /** Twice the slots and entries: the table stays at most half full. */
  private grow(): void {
    const size = this.slots.length * 2;
    const widen = (a: Int32Array): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(size >> 1);
      b.set(a);
      return b;
    };
    this.hashes = widen(this.hashes);
    this.starts = widen(this.starts);
    this.lengths = widen(this.lengths);
    this.slots = new Int32Array(size);
    for (let e = 0; e < this.values.length; e++) this.place(e, this.hashes[e] as number);
  }

  private clear(): void {
    this.slots = new Int32Array(FIRST_SLOTS);
    this.hashes = new Int32Array(FIRST_SLOTS >> 1);
    this.starts = new Int32Array(FIRST_SLOTS >> 1);
    this.lengths = new Int32Array(FIRST_SLOTS >> 1);
    this.values = [];
    // The bytes too: a table that once held long texts would otherwise keep their room for nothing.
    this.pool = new Uint8Array(FIRST_POOL);
    this.used = 0;
  }
}
