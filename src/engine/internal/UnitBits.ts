// Distinct reporting units per cell, for coverage. A Set of strings per cell was the main cost of
// aggregation (a million entries for a million rows); unit codes are interned to small integers
// once and each cell keeps a bitset over the window of ids it has seen, or, once that window
// passes 65,536 ids, a sorted list or a bitmap per block of 65,536 ids (as roaring bitmaps do).

/**
 * Unit code ↔ small integer. The codes live in typed arrays, not in a `Map` of strings (with as
 * many distinct units as rows, a `Map` entry and a string per unit kept the collector's heap
 * growing with the units): each code's bytes end to end (two digits in one byte, see
 * {@link encodeCode}), a byte per id for its length, where every 32nd id starts, and an
 * open-addressing table whose slot holds the id with the high bits of its code's hash (most probes
 * end there, no code compared). About 13 bytes per code of 8 characters, table included. The
 * bytes, lengths and starts are kept in pages: they grow without copying what they hold.
 */
export class UnitInterner {
  /** The codes' bytes end to end (byte `i` in page `i >>> 16`). */
  private bytes: Uint8Array[] = [];
  private used = 0;
  /** Per id: how many bytes its code takes, or {@link LONG} (then in `long`). */
  private lens: Uint8Array[] = [];
  private readonly long = new Map<number, number>();
  /** Per group of 32 ids: where the first one's bytes start. */
  private groups: Float64Array[] = [];
  /** Open addressing over a power-of-two size, at most three quarters full: 0 (empty), or the hash's bits above the mask with id + 1 below. */
  private table = new Int32Array(512);
  private count = 0;
  /** The id of an absent unit (a table's code -1 reads `undefined`), or -1. */
  private absent = -1;
  /** The code being looked up, encoded. */
  private scratch = new Uint8Array(64);

  /** How many codes have an id (ids are 0 to `size - 1`). */
  get size(): number {
    return this.count;
  }

  id(code: string | undefined): number {
    if (code === undefined) return this.absent >= 0 ? this.absent : (this.absent = this.add(0, -1, 0));
    if (this.scratch.length < code.length * 3) this.scratch = new Uint8Array(code.length * 3);
    const len = encodeCode(code, this.scratch);
    const h = hashOf(this.scratch, len);
    const table = this.table;
    const mask = table.length - 1;
    let slot = h & mask;
    for (;;) {
      const e = table[slot] as number;
      if (e === 0) break;
      if (((e ^ h) & ~mask) === 0 && this.equals((e & mask) - 1, len)) return (e & mask) - 1;
      slot = (slot + 1) & mask;
    }
    return this.add(len, slot, h);
  }

  /** The code of id `id` (`undefined` for an absent unit's). */
  code(id: number): string | undefined {
    if (id === this.absent) return undefined;
    const from = this.start(id);
    return decodeCode(this.bytes, from, from + this.lenOf(id));
  }

  private lenOf(id: number): number {
    const len = (this.lens[id >>> PAGE_BITS] as Uint8Array)[id & PAGE_MASK] as number;
    return len === LONG ? (this.long.get(id) as number) : len;
  }

  /** Where the bytes of id `id` start: its group's start and the lengths of the ids before it in the group. */
  private start(id: number): number {
    const g = id >>> GROUP_BITS;
    let at = (this.groups[g >>> GROUP_PAGE_BITS] as Float64Array)[g & GROUP_PAGE_MASK] as number;
    for (let j = g << GROUP_BITS; j < id; j++) at += this.lenOf(j);
    return at;
  }

  /** Whether id `id`'s code is the `len` bytes of `scratch`. */
  private equals(id: number, len: number): boolean {
    if (this.lenOf(id) !== len) return false;
    const buf = this.scratch;
    const bytes = this.bytes;
    let at = this.start(id);
    for (let i = 0; i < len; i++, at++) if ((bytes[at >>> PAGE_BITS] as Uint8Array)[at & PAGE_MASK] !== buf[i]) return false;
    return true;
  }

  /** Gives the `len` bytes of `scratch` the next id (`slot` < 0: kept out of the table). */
  private add(len: number, slot: number, h: number): number {
    const id = this.count;
    if ((id & PAGE_MASK) === 0) this.lens.push(new Uint8Array(PAGE));
    (this.lens[id >>> PAGE_BITS] as Uint8Array)[id & PAGE_MASK] = len < LONG ? len : LONG;
    if (len >= LONG) this.long.set(id, len);
    if ((id & GROUP_MASK) === 0) {
      const g = id >>> GROUP_BITS;
      if ((g & GROUP_PAGE_MASK) === 0) this.groups.push(new Float64Array(GROUP_PAGE));
      (this.groups[g >>> GROUP_PAGE_BITS] as Float64Array)[g & GROUP_PAGE_MASK] = this.used;
    }
    const buf = this.scratch;
    for (let i = 0; i < len; i++) {
      const at = this.used + i;
      if ((at & PAGE_MASK) === 0 && at >>> PAGE_BITS === this.bytes.length) this.bytes.push(new Uint8Array(PAGE));
      (this.bytes[at >>> PAGE_BITS] as Uint8Array)[at & PAGE_MASK] = buf[i] as number;
    }
    this.used += len;
    this.count = id + 1;
    if (slot < 0) return id;
    const mask = this.table.length - 1;
    this.table[slot] = (h & ~mask) | (id + 1);
    if (this.count * 4 > this.table.length * 3) this.rehash();
    return id;
  }

  /** Doubles the table; the hashes are made again from the bytes (no hash kept per id). */
  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    const bytes = this.bytes;
    let from = 0;
    for (let id = 0; id < this.count; id++) {
      const len = this.lenOf(id);
      if (id !== this.absent) {
        const buf = this.scratch.length < len ? (this.scratch = new Uint8Array(len)) : this.scratch;
        for (let i = 0; i < len; i++) buf[i] = (bytes[(from + i) >>> PAGE_BITS] as Uint8Array)[(from + i) & PAGE_MASK] as number;
        const h = hashOf(buf, len);
        let slot = h & mask;
        while (table[slot] !== 0) slot = (slot + 1) & mask;
        table[slot] = (h & ~mask) | (id + 1);
      }
      from += len;
    }
    this.table = table;
  }
}

/** Bytes or lengths per page of the interner. */
const PAGE_BITS = 16;
const PAGE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE - 1;
/** Ids per group (one start kept per group). */
const GROUP_BITS = 5;
const GROUP_MASK = (1 << GROUP_BITS) - 1;
/** Group starts per page. */
const GROUP_PAGE_BITS = 13;
const GROUP_PAGE = 1 << GROUP_PAGE_BITS;
const GROUP_PAGE_MASK = GROUP_PAGE - 1;
/** The length byte of a code of this many bytes or more (its length is kept aside). */
const LONG = 255;
/** The first byte of two digits (`0x80` + their value, up to `0xe3`). */
const PAIR = 0x80;
/** The first byte of a UTF-16 unit above U+007F (its two bytes follow). */
const WIDE = 0xff;

/**
 * Writes `code` into `out` (room for three bytes per character) and says how many bytes it took:
 * two digits in one byte (`0x80` + their value), another character below U+0080 as itself, any
 * other as `0xff` and its two bytes. One code has one encoding, and {@link decodeCode} reads it back.
 */
function encodeCode(code: string, out: Uint8Array): number {
  const len = code.length;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = code.charCodeAt(i);
    const d = c - 48;
    if (d >= 0 && d < 10 && i + 1 < len) {
      const e = code.charCodeAt(i + 1) - 48;
      if (e >= 0 && e < 10) {
        out[n++] = PAIR + d * 10 + e;
        i++;
        continue;
      }
    }
    if (c < PAIR) out[n++] = c;
    else {
      out[n++] = WIDE;
      out[n++] = c >>> 8;
      out[n++] = c & 0xff;
    }
  }
  return n;
}

/** The code whose encoding is bytes `from` to `to` of the pages. */
function decodeCode(pages: readonly Uint8Array[], from: number, to: number): string {
  const byte = (at: number): number => (pages[at >>> PAGE_BITS] as Uint8Array)[at & PAGE_MASK] as number;
  let out = '';
  for (let at = from; at < to; at++) {
    const b = byte(at);
    if (b < PAIR) out += String.fromCharCode(b);
    else if (b < WIDE) out += String.fromCharCode(48 + (((b - PAIR) / 10) | 0), 48 + ((b - PAIR) % 10));
    else {
      out += String.fromCharCode((byte(at + 1) << 8) | byte(at + 2));
      at += 2;
    }
  }
  return out;
}

/** FNV-1a over a code's bytes (with their count), then Murmur3's finalizer: its low bits (the slot) and high bits (kept in the slot) both vary. */
function hashOf(buf: Uint8Array, len: number): number {
  let h = 0x811c9dc5 ^ len;
  for (let i = 0; i < len; i++) h = Math.imul(h ^ (buf[i] as number), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Most words of a window of bits (65,536 ids) before a set turns to blocks. */
const WINDOW_WORDS = 2048;
/** Most ids a block keeps as a sorted list (8 kB, as much as its bitmap). */
const LIST_MAX = 4096;

/** The ids `key × 65,536` to `key × 65,536 + 65,535` of a set: a sorted list of their low 16 bits, or a bitmap. */
interface Block {
  readonly key: number;
  /** How many ids are set. */
  n: number;
  list: Uint16Array | null;
  bits: Uint32Array | null;
}

/**
 * A growable set of unit ids: a bitset over the window of words it has seen while that window
 * spans at most 65,536 ids, then blocks of 65,536 ids, each a sorted list (few ids) or a bitmap.
 * A cell that hears from a few thousand units spread over millions of ids keeps about two bytes
 * per unit, not a bit per id in between.
 */
export class UnitBits {
  private words: Uint32Array = new Uint32Array(1);
  private base = -1;
  /** The blocks, by key, once the window grew too wide (then `words` is unused). */
  private blocks: Block[] | null = null;
  /** The block the last id went to (ids often come in runs). */
  private last: Block | null = null;

  add(id: number): void {
    if (this.blocks !== null) {
      this.addToBlock(id);
      return;
    }
    const i = this.slot(id >>> 5);
    if (i < 0) {
      this.addToBlock(id);
      return;
    }
    this.words[i] = (this.words[i] as number) | (1 << (id & 31));
  }

  /** Adds the ids set in `count` words of `bits` from `offset` (word `j` holds ids `32(base + j)` to `32(base + j) + 31`). */
  addWords(bits: Uint32Array, offset: number, count: number, base: number): void {
    let lo = 0;
    while (lo < count && bits[offset + lo] === 0) lo++;
    if (lo === count) return;
    let hi = count - 1;
    while (bits[offset + hi] === 0) hi--;
    if (this.blocks === null && this.slot(base + lo) >= 0 && this.slot(base + hi) >= 0) {
      for (let j = lo; j <= hi; j++) {
        const v = bits[offset + j] as number;
        if (v === 0) continue;
        const i = this.slot(base + j);
        this.words[i] = (this.words[i] as number) | v;
      }
      return;
    }
    for (let j = lo; j <= hi; j++) {
      const v = bits[offset + j] as number;
      if (v === 0) continue;
      for (let b = 0; b < 32; b++) if ((v & (1 << b)) !== 0) this.addToBlock((base + j) * 32 + b);
    }
  }

  /** The index in `words` of word `w`, widening the window to hold it; -1 (now in blocks) when the window would pass {@link WINDOW_WORDS}. */
  private slot(w: number): number {
    if (this.base < 0) this.base = w;
    let i = w - this.base;
    if (i < 0 || i >= this.words.length) {
      const lo = Math.min(this.base, w);
      const hi = Math.max(this.base + this.words.length, w + 1);
      if (hi - lo > WINDOW_WORDS) {
        this.toBlocks();
        return -1;
      }
      const size = Math.min(WINDOW_WORDS, Math.max(hi - lo, Math.min(this.words.length * 2, hi - lo + this.words.length)));
      const start = i < 0 ? Math.max(0, hi - size) : lo;
      const next = new Uint32Array(size);
      next.set(this.words, this.base - start);
      this.words = next;
      this.base = start;
      i = w - start;
    }
    return i;
  }

  /** Moves the window's ids into blocks. */
  private toBlocks(): void {
    const words = this.words;
    const base = this.base;
    this.blocks = [];
    this.words = new Uint32Array(0);
    for (let i = 0; i < words.length; i++) {
      const v = words[i] as number;
      if (v === 0) continue;
      for (let b = 0; b < 32; b++) if ((v & (1 << b)) !== 0) this.addToBlock((base + i) * 32 + b);
    }
  }

  private addToBlock(id: number): void {
    const key = id >>> 16;
    let block = this.last;
    if (block === null || block.key !== key) {
      block = this.blockOf(key);
      this.last = block;
    }
    const low = id & 0xffff;
    const bits = block.bits;
    if (bits !== null) {
      const w = low >>> 5;
      const m = 1 << (low & 31);
      if (((bits[w] as number) & m) === 0) {
        bits[w] = (bits[w] as number) | m;
        block.n++;
      }
      return;
    }
    let list = block.list as Uint16Array;
    const n = block.n;
    // Ids mostly come in increasing order: appended, no search.
    let at = n;
    if (n > 0 && (list[n - 1] as number) >= low) {
      at = lowerBound(list, n, low);
      if (list[at] === low) return;
    }
    if (n === LIST_MAX) {
      const map = new Uint32Array(2048);
      for (let i = 0; i < n; i++) {
        const v = list[i] as number;
        map[v >>> 5] = (map[v >>> 5] as number) | (1 << (v & 31));
      }
      map[low >>> 5] = (map[low >>> 5] as number) | (1 << (low & 31));
      block.bits = map;
      block.list = null;
      block.n = n + 1;
      return;
    }
    if (n === list.length) {
      const next = new Uint16Array(Math.min(LIST_MAX, list.length * 2));
      next.set(list);
      list = next;
      block.list = next;
    }
    if (at < n) list.copyWithin(at + 1, at, n);
    list[at] = low;
    block.n = n + 1;
  }

  /** Where the block of `key` is, or would go, in `blocks` (key order). */
  private find(key: number): number {
    const blocks = this.blocks as Block[];
    let lo = 0;
    let hi = blocks.length;
    // Keys mostly come in increasing order: the last block first.
    const top = blocks[hi - 1];
    if (top !== undefined && top.key < key) return hi;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((blocks[mid] as Block).key < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The block of `key`, made in its place when there is none. */
  private blockOf(key: number): Block {
    const blocks = this.blocks as Block[];
    const at = this.find(key);
    const found = blocks[at];
    if (found !== undefined && found.key === key) return found;
    const block: Block = { key, n: 0, list: new Uint16Array(8), bits: null };
    blocks.splice(at, 0, block);
    return block;
  }

  /** Whether id `id` is set. */
  private has(id: number): boolean {
    if (this.blocks === null) {
      if (this.base < 0) return false;
      const i = (id >>> 5) - this.base;
      return i >= 0 && i < this.words.length && ((this.words[i] as number) & (1 << (id & 31))) !== 0;
    }
    const block = this.blocks[this.find(id >>> 16)];
    if (block?.key !== id >>> 16) return false;
    const low = id & 0xffff;
    if (block.bits !== null) return ((block.bits[low >>> 5] as number) & (1 << (low & 31))) !== 0;
    const list = block.list as Uint16Array;
    const at = lowerBound(list, block.n, low);
    return at < block.n && list[at] === low;
  }

  /** Whether every id set here is set in `other` too (nothing allocated). */
  subsetOf(other: UnitBits): boolean {
    if (this.blocks === null) {
      if (this.base < 0) return true;
      for (let i = 0; i < this.words.length; i++) {
        const v = this.words[i] as number;
        if (v === 0) continue;
        if (other.blocks === null) {
          // Word by word.
          const j = this.base + i - other.base;
          const o = other.base < 0 || j < 0 || j >= other.words.length ? 0 : (other.words[j] as number);
          if ((v & ~o) !== 0) return false;
        } else for (let b = 0; b < 32; b++) if ((v & (1 << b)) !== 0 && !other.has((this.base + i) * 32 + b)) return false;
      }
      return true;
    }
    for (const block of this.blocks) {
      const high = block.key * 65536;
      if (block.bits !== null) {
        for (let w = 0; w < 2048; w++) {
          const v = block.bits[w] as number;
          if (v !== 0) for (let b = 0; b < 32; b++) if ((v & (1 << b)) !== 0 && !other.has(high + w * 32 + b)) return false;
        }
      } else {
        const list = block.list as Uint16Array;
        for (let i = 0; i < block.n; i++) if (!other.has(high + (list[i] as number))) return false;
      }
    }
    return true;
  }

  size(): number {
    if (this.blocks !== null) {
      let total = 0;
      for (const block of this.blocks) total += block.n;
      return total;
    }
    let n = 0;
    for (let i = 0; i < this.words.length; i++) {
      let v = this.words[i] as number;
      v = v - ((v >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return n;
  }

  /** The ids set, in increasing order. */
  ids(): number[] {
    const out: number[] = [];
    if (this.blocks !== null) {
      for (const block of this.blocks) {
        const high = block.key * 65536;
        if (block.bits !== null) {
          for (let w = 0; w < 2048; w++) {
            const v = block.bits[w] as number;
            if (v !== 0) for (let b = 0; b < 32; b++) if ((v & (1 << b)) !== 0) out.push(high + w * 32 + b);
          }
        } else for (let i = 0; i < block.n; i++) out.push(high + ((block.list as Uint16Array)[i] as number));
      }
      return out;
    }
    if (this.base < 0) return out;
    for (let i = 0; i < this.words.length; i++) {
      const v = this.words[i] as number;
      if (v === 0) continue;
      for (let b = 0; b < 32; b++) if (v & (1 << b)) out.push((this.base + i) * 32 + b);
    }
    return out;
  }
}

/** The first index below `n` whose value is `>= v` in a sorted list (`n` when none). */
function lowerBound(list: Uint16Array, n: number, v: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
