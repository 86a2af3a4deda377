// Distinct reporting units per cell, for coverage. A Set of strings per cell was the main cost of
// aggregation (a million entries for a million rows); unit codes are interned to small integers
// once and each cell keeps a bitset over the window of ids it has seen, or, once that window
// passes 65,536 ids, a sorted list or a bitmap per block of 65,536 ids (as roaring bitmaps do).

/**
 * Unit code ↔ small integer. The codes live in typed arrays (their characters end to end, one
 * byte each until a code needs two; an open-addressing table of ids by hash, with a byte of the
 * hash per slot), not in a `Map` of strings: with as many distinct units as rows, a `Map` entry
 * and a string per unit kept the collector's heap growing with the units. The characters and the
 * codes' starts are kept in pages of 65,536: they grow without copying what they hold, and
 * without a half-empty array twice the size of the last.
 */
export class UnitInterner {
  /** The codes' characters end to end (character `i` in page `i >>> 16`): one byte each while every code is Latin-1, else two. */
  private chars: (Uint8Array | Uint16Array)[] = [];
  private wide = false;
  private used = 0;
  /** Per id: where its code starts among the characters (entry `size` is where the next one starts), in pages. */
  private starts: Int32Array[] = [new Int32Array(PAGE)];
  /** Open addressing over a power-of-two size, at most three quarters full: id + 1, or 0 (empty). */
  private table = new Int32Array(512);
  /** Per slot of `table`: the top byte of its code's hash (most probes end here, no code compared). */
  private tags = new Uint8Array(512);
  private count = 0;
  /** The id of an absent unit (a table's code -1 reads `undefined`), or -1. */
  private absent = -1;

  /** How many codes have an id (ids are 0 to `size - 1`). */
  get size(): number {
    return this.count;
  }

  id(code: string | undefined): number {
    if (code === undefined) return this.absent >= 0 ? this.absent : (this.absent = this.add('', -1, 0));
    const h = hashOf(code);
    const tag = h >>> 24;
    const table = this.table;
    const tags = this.tags;
    const mask = table.length - 1;
    let slot = h & mask;
    for (;;) {
      const e = table[slot] as number;
      if (e === 0) break;
      if (tags[slot] === tag && this.equals(e - 1, code)) return e - 1;
      slot = (slot + 1) & mask;
    }
    return this.add(code, slot, tag);
  }

  /** The code of id `id` (`undefined` for an absent unit's). */
  code(id: number): string | undefined {
    if (id === this.absent) return undefined;
    const to = this.start(id + 1);
    let out = '';
    for (let i = this.start(id); i < to; i++) out += String.fromCharCode(this.char(i));
    return out;
  }

  private start(id: number): number {
    return (this.starts[id >>> PAGE_BITS] as Int32Array)[id & PAGE_MASK] as number;
  }

  private char(i: number): number {
    return (this.chars[i >>> PAGE_BITS] as Uint8Array | Uint16Array)[i & PAGE_MASK] as number;
  }

  private equals(id: number, code: string): boolean {
    const from = this.start(id);
    if (this.start(id + 1) - from !== code.length) return false;
    for (let i = 0; i < code.length; i++) if (this.char(from + i) !== code.charCodeAt(i)) return false;
    return true;
  }

  /** Gives `code` the next id (`slot` < 0: kept out of the table). */
  private add(code: string, slot: number, tag: number): number {
    const id = this.count;
    const len = code.length;
    if (!this.wide) {
      for (let i = 0; i < len; i++) {
        if (code.charCodeAt(i) > 0xff) {
          this.wide = true;
          this.chars = this.chars.map((page) => Uint16Array.from(page));
          break;
        }
      }
    }
    for (let i = 0; i < len; i++) {
      const at = this.used + i;
      if ((at & PAGE_MASK) === 0 && at >>> PAGE_BITS === this.chars.length) this.chars.push(this.wide ? new Uint16Array(PAGE) : new Uint8Array(PAGE));
      (this.chars[at >>> PAGE_BITS] as Uint8Array | Uint16Array)[at & PAGE_MASK] = code.charCodeAt(i);
    }
    this.used += len;
    const next = id + 1;
    if (next >>> PAGE_BITS === this.starts.length) this.starts.push(new Int32Array(PAGE));
    (this.starts[next >>> PAGE_BITS] as Int32Array)[next & PAGE_MASK] = this.used;
    this.count = next;
    if (slot < 0) return id;
    this.table[slot] = next;
    this.tags[slot] = tag;
    if (this.count * 4 > this.table.length * 3) this.rehash();
    return id;
  }

  /** Doubles the table; the hashes are made again from the codes (no hash kept per id). */
  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const tags = new Uint8Array(table.length);
    const mask = table.length - 1;
    let from = this.start(0);
    for (let id = 0; id < this.count; id++) {
      const to = this.start(id + 1);
      if (id !== this.absent) {
        let h = 0x811c9dc5 ^ (to - from);
        for (let i = from; i < to; i++) h = Math.imul(h ^ this.char(i), 0x01000193);
        let slot = h & mask;
        while (table[slot] !== 0) slot = (slot + 1) & mask;
        table[slot] = id + 1;
        tags[slot] = h >>> 24;
      }
      from = to;
    }
    this.table = table;
    this.tags = tags;
  }
}

/** Characters or starts per page of the interner. */
const PAGE_BITS = 16;
const PAGE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE - 1;

/** FNV-1a over a code's UTF-16 units (with its length). */
function hashOf(code: string): number {
  const len = code.length;
  let h = 0x811c9dc5 ^ len;
  for (let i = 0; i < len; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193);
  return h;
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
