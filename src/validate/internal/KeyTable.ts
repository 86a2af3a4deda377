/**
 * A fixed-budget open-addressing table from 64-bit fingerprints of figure keys (two 32-bit
 * halves from `figureKey`; the second is never 0) to the first row that had the key, its value and
 * qualifier. A probe reads an 8-bit tag per slot (0 marks an empty slot) from an array of 1 byte a
 * slot (512 KB at the default budget; half the size of 16-bit tags, which cost `antq validate`
 * about 5% more CPU at 1M rows, as the probes of new keys miss the cache; a tag matches by chance
 * in about 1 of 255 full slots probed, for one more read). The fingerprint halves
 * (side by side in one `Uint32Array`) are read only when a tag matches, and row and value (side by
 * side in a `Float64Array`) only for a key found. Most lookups in a valid file miss (a new key), so
 * most rows read only tags. About 26 bytes a slot instead of the ~150 a `Map<string, …>` entry
 * costs, and it never holds more than `maxKeys` keys: memory is bounded whatever the input size. Two keys with
 * the same 64-bit fingerprint are taken as equal; at the default budget the chance of that is
 * below 1e-8 per file.
 */
export class KeyTable {
  /** Per slot: the key's tag (see `tagOf`); 0 for an empty slot. */
  private tags: Uint8Array;
  /** Per slot: [h1, h2]. */
  private hashes: Uint32Array;
  /** Per slot: [row, value]. */
  private entries: Float64Array;
  private quals: Uint8Array;
  private mask: number;
  private used = 0;
  readonly maxKeys: number;

  constructor(maxKeys: number) {
    this.maxKeys = maxKeys;
    const cap = 1024;
    this.tags = new Uint8Array(cap);
    this.hashes = new Uint32Array(cap * 2);
    this.entries = new Float64Array(cap * 2);
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

  /** The slot of a key (for `rowAt`, `valueAt`, `qualifierAt`), or -1 when it is not there. */
  find(h1: number, h2: number): number {
    const slot = this.probe(h1, h2);
    return this.tags[slot] === 0 ? -1 : slot;
  }

  /** The row of the entry in `slot`. */
  rowAt(slot: number): number {
    return this.entries[slot * 2] as number;
  }

  /** The value of the entry in `slot`. */
  valueAt(slot: number): number {
    return this.entries[slot * 2 + 1] as number;
  }

  /** The qualifier index of the entry in `slot`. */
  qualifierAt(slot: number): number {
    return this.quals[slot] as number;
  }

  /**
   * Stores a key that is not there yet (a key already there keeps its entry); returns false when
   * the key is new and the budget is spent.
   */
  set(h1: number, h2: number, row: number, value: number, qualifier: number): boolean {
    let slot = this.probe(h1, h2);
    if (this.tags[slot] !== 0) return true;
    if (this.full) return false;
    if ((this.used + 1) * 2 > this.mask + 1) {
      this.grow();
      slot = this.probe(h1, h2);
    }
    this.put(slot, h1, h2, row, value, qualifier);
    this.used++;
    return true;
  }

  private put(slot: number, h1: number, h2: number, row: number, value: number, qualifier: number): void {
    this.tags[slot] = tagOf(h2);
    this.hashes[slot * 2] = h1;
    this.hashes[slot * 2 + 1] = h2;
    this.entries[slot * 2] = row;
    this.entries[slot * 2 + 1] = value;
    this.quals[slot] = qualifier;
  }

  /** The key's slot, or the empty slot where it would go. */
  private probe(h1: number, h2: number): number {
    const tags = this.tags;
    const tag = tagOf(h2);
    let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask;
    for (;;) {
      const t = tags[slot] as number;
      if (t === 0) return slot;
      if (t === tag) {
        const hs = this.hashes;
        if (hs[slot * 2 + 1] === h2 && hs[slot * 2] === h1) return slot;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { tags, hashes, entries, quals } = this;
    const cap = (this.mask + 1) * 2;
    this.tags = new Uint8Array(cap);
    this.hashes = new Uint32Array(cap * 2);
    this.entries = new Float64Array(cap * 2);
    this.quals = new Uint8Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i < tags.length; i++) {
      if (tags[i] === 0) continue;
      const h1 = hashes[i * 2] as number;
      const h2 = hashes[i * 2 + 1] as number;
      this.put(this.probe(h1, h2), h1, h2, entries[i * 2] as number, entries[i * 2 + 1] as number, quals[i] as number);
    }
  }
}

/** A key's 8-bit tag: the high byte of `h2` (a slot is chosen by `h1` and the low bits of `h2`), never 0. */
function tagOf(h2: number): number {
  return h2 >>> 24 || 1;
}
