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

/** The empty arrays every set starts with (see {@link UnitBits}). */
const NO_INTS = new Int32Array(0);
const NO_SHORTS = new Uint16Array(0);

/** Most words of a window of bits (65,536 ids) before a set turns to blocks. */
const WINDOW_WORDS = 2048;
/** Most ids a block keeps as a sorted list (8 kB, as much as its bitmap). */
const LIST_MAX = 4096;
/** The room a block's list starts with. */
const LIST_MIN = 4;

/**
 * A growable set of unit ids: a bitset over the window of words it has seen while that window
 * spans at most 65,536 ids, then blocks of 65,536 ids, each a sorted list of its ids' low 16 bits
 * (few ids) or a bitmap (as roaring bitmaps do). A cell that hears from a few thousand units spread
 * over millions of ids keeps about two bytes per unit, not a bit per id in between. The lists
 * share one array per set (a list that outgrows its room moves to the end, or grows there when it
 * is the last; the array is compacted when half of it is left behind): an array of its own per
 * list cost several times its two bytes per id in objects and allocator pages.
 *
 * A plain object made by one literal in {@link newUnitBits}, read and changed by this module's
 * functions, not a class instance: an instance's shape (its fields added one by one) V8 held only
 * while an instance lived, so the code compiled for the sets was thrown away with each
 * aggregation's last cell and compiled again in the next (trace-deopt: weak objects).
 */
export interface UnitBits {
  words: Uint32Array;
  base: number;
  /** How many blocks there are, once the window grew too wide (then `words` is unused); -1 before. */
  nBlocks: number;
  /** Per block, in key order: its key (ids `key × 65,536` and up), how many ids it has, where its list starts in `arena` and its room there. */
  // Until the set turns to blocks, these share one empty array (nothing is written into an empty
  // array: each is replaced by a grown one first): five typed arrays made per cell were a tenth
  // of settling a sum's cells.
  keys: Int32Array;
  counts: Int32Array;
  offs: Int32Array;
  rooms: Int32Array;
  /** Per block: its bitmap once its list passed {@link LIST_MAX} (then its room is 0), else `null`. */
  maps: (Uint32Array | null)[];
  /** The blocks' lists. */
  arena: Uint16Array;
  arenaUsed: number;
  /** Room in `arena` no block holds any more (lists that moved). */
  left: number;
  /** The block the last id went to (ids often come in runs). */
  last: number;
}

/** An empty set. */
export function newUnitBits(): UnitBits {
  return { words: new Uint32Array(1), base: -1, nBlocks: -1, keys: NO_INTS, counts: NO_INTS, offs: NO_INTS, rooms: NO_INTS, maps: [], arena: NO_SHORTS, arenaUsed: 0, left: 0, last: 0 };
}

/** Adds id `id`. */
export function addUnit(s: UnitBits, id: number): void {
  if (s.nBlocks >= 0) {
    addToBlock(s, id);
    return;
  }
  const i = slotOf(s, id >>> 5);
  if (i < 0) {
    addToBlock(s, id);
    return;
  }
  s.words[i] = (s.words[i] as number) | (1 << (id & 31));
}

/** Adds the ids set in `count` words of `bits` from `offset` (word `j` holds ids `32(base + j)` to `32(base + j) + 31`). */
export function addUnitWords(s: UnitBits, bits: Uint32Array, offset: number, count: number, base: number): void {
  let lo = 0;
  while (lo < count && bits[offset + lo] === 0) lo++;
  if (lo === count) return;
  let hi = count - 1;
  while (bits[offset + hi] === 0) hi--;
  if (s.nBlocks < 0 && slotOf(s, base + lo) >= 0 && slotOf(s, base + hi) >= 0) {
    for (let j = lo; j <= hi; j++) {
      const v = bits[offset + j] as number;
      if (v === 0) continue;
      const i = slotOf(s, base + j);
      s.words[i] = (s.words[i] as number) | v;
    }
    return;
  }
  for (let j = lo; j <= hi; j++) {
    const v = bits[offset + j] as number;
    if (v === 0) continue;
    for (let b = 0; b < 32; b++) if ((v & (1 << b)) !== 0) addToBlock(s, (base + j) * 32 + b);
  }
}

/** The index in `words` of word `w`, widening the window to hold it; -1 (now in blocks) when the window would pass {@link WINDOW_WORDS}. */
function slotOf(s: UnitBits, w: number): number {
  if (s.base < 0) s.base = w;
  let i = w - s.base;
  if (i < 0 || i >= s.words.length) {
    const lo = Math.min(s.base, w);
    const hi = Math.max(s.base + s.words.length, w + 1);
    if (hi - lo > WINDOW_WORDS) {
      toBlocks(s);
      return -1;
    }
    const size = Math.min(WINDOW_WORDS, Math.max(hi - lo, Math.min(s.words.length * 2, hi - lo + s.words.length)));
    const start = i < 0 ? Math.max(0, hi - size) : lo;
    const next = new Uint32Array(size);
    next.set(s.words, s.base - start);
    s.words = next;
    s.base = start;
    i = w - start;
  }
  return i;
}

/** Moves the window's ids into blocks. */
function toBlocks(s: UnitBits): void {
  const words = s.words;
  const base = s.base;
  s.nBlocks = 0;
  s.words = new Uint32Array(0);
  for (let i = 0; i < words.length; i++) {
    const v = words[i] as number;
    if (v === 0) continue;
    for (let b = 0; b < 32; b++) if ((v & (1 << b)) !== 0) addToBlock(s, (base + i) * 32 + b);
  }
}

function addToBlock(s: UnitBits, id: number): void {
  const key = id >>> 16;
  let b = s.last;
  if (b >= s.nBlocks || s.keys[b] !== key) {
    b = blockOf(s, key);
    s.last = b;
  }
  const low = id & 0xffff;
  const map = s.maps[b];
  if (map !== null && map !== undefined) {
    const w = low >>> 5;
    const m = 1 << (low & 31);
    if (((map[w] as number) & m) === 0) {
      map[w] = (map[w] as number) | m;
      s.counts[b] = (s.counts[b] as number) + 1;
    }
    return;
  }
  const n = s.counts[b] as number;
  let off = s.offs[b] as number;
  // Ids mostly come in increasing order: appended, no search.
  let at = n;
  if (n > 0 && (s.arena[off + n - 1] as number) >= low) {
    at = lowerBound(s.arena, off, off + n, low) - off;
    if (s.arena[off + at] === low) return;
  }
  if (n === LIST_MAX) {
    const bits = new Uint32Array(2048);
    for (let i = off; i < off + n; i++) {
      const v = s.arena[i] as number;
      bits[v >>> 5] = (bits[v >>> 5] as number) | (1 << (v & 31));
    }
    bits[low >>> 5] = (bits[low >>> 5] as number) | (1 << (low & 31));
    s.maps[b] = bits;
    s.left += s.rooms[b] as number;
    s.rooms[b] = 0;
    s.counts[b] = n + 1;
    return;
  }
  if (n === s.rooms[b]) off = regrow(s, b, Math.min(LIST_MAX, n + Math.max(LIST_MIN, n >>> 1)));
  const arena = s.arena;
  if (at < n) arena.copyWithin(off + at + 1, off + at, off + n);
  arena[off + at] = low;
  s.counts[b] = n + 1;
}

/** Gives block `b`'s list room for `room` ids (in place when it is the last in `arena`, else at the end) and says where it starts. */
function regrow(s: UnitBits, b: number, room: number): number {
  const off = s.offs[b] as number;
  const had = s.rooms[b] as number;
  if (off + had === s.arenaUsed) {
    // A compaction keeps the last block written (`b`) last; a new block, with no room yet, goes at the end.
    reserve(s, room - had);
    const at = had === 0 ? s.arenaUsed : (s.offs[b] as number);
    s.offs[b] = at;
    s.arenaUsed = at + room;
    s.rooms[b] = room;
    return at;
  }
  reserve(s, room);
  const from = s.offs[b] as number;
  const to = s.arenaUsed;
  s.arena.copyWithin(to, from, from + (s.counts[b] as number));
  s.left += had;
  s.offs[b] = to;
  s.rooms[b] = room;
  s.arenaUsed = to + room;
  return to;
}

/** Makes room for `more` entries at the end of `arena`: compacts it when half of it is left behind, else grows it by a quarter (or as needed). */
function reserve(s: UnitBits, more: number): void {
  if (s.arenaUsed + more <= s.arena.length) return;
  const compact = s.left * 2 > s.arenaUsed;
  // Compacted, the lists keep only their rooms; copied as they are, everything up to `arenaUsed`.
  const keep = compact ? s.arenaUsed - s.left : s.arenaUsed;
  const size = Math.max(keep + more, Math.ceil(s.arena.length * 1.25), 64);
  const next = new Uint16Array(size);
  if (compact) {
    // Compacted, the blocks in key order; the last block written is kept last (it may grow in place).
    let to = 0;
    const move = (b: number): void => {
      const room = s.rooms[b] as number;
      if (room === 0) return;
      const from = s.offs[b] as number;
      next.set(s.arena.subarray(from, from + (s.counts[b] as number)), to);
      s.offs[b] = to;
      to += room;
    };
    for (let b = 0; b < s.nBlocks; b++) if (b !== s.last) move(b);
    if (s.last < s.nBlocks) move(s.last);
    s.arenaUsed = to;
    s.left = 0;
  } else next.set(s.arena.subarray(0, s.arenaUsed));
  s.arena = next;
}

/** Where the block of `key` is, or would go, among the blocks (key order). */
function findBlock(s: UnitBits, key: number): number {
  const keys = s.keys;
  let lo = 0;
  let hi = s.nBlocks;
  // Keys mostly come in increasing order: the last block first.
  if (hi > 0 && (keys[hi - 1] as number) < key) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the block of `key`, made in its place when there is none. */
function blockOf(s: UnitBits, key: number): number {
  const at = findBlock(s, key);
  const nb = s.nBlocks;
  if (at < nb && s.keys[at] === key) return at;
  if (nb === s.keys.length) {
    const size = Math.max(4, nb * 2);
    const grow = (a: Int32Array): Int32Array => {
      const next = new Int32Array(size);
      next.set(a);
      return next;
    };
    s.keys = grow(s.keys);
    s.counts = grow(s.counts);
    s.offs = grow(s.offs);
    s.rooms = grow(s.rooms);
  }
  for (const a of [s.keys, s.counts, s.offs, s.rooms]) a.copyWithin(at + 1, at, nb);
  s.maps.splice(at, 0, null);
  s.nBlocks = nb + 1;
  s.keys[at] = key;
  s.counts[at] = 0;
  s.rooms[at] = 0;
  s.offs[at] = s.arenaUsed;
  regrow(s, at, LIST_MIN);
  return at;
}

/** Whether id `id` is set. */
function hasUnit(s: UnitBits, id: number): boolean {
  if (s.nBlocks < 0) {
    if (s.base < 0) return false;
    const i = (id >>> 5) - s.base;
    return i >= 0 && i < s.words.length && ((s.words[i] as number) & (1 << (id & 31))) !== 0;
  }
  const b = findBlock(s, id >>> 16);
  if (b >= s.nBlocks || s.keys[b] !== id >>> 16) return false;
  const low = id & 0xffff;
  const map = s.maps[b];
  if (map !== null && map !== undefined) return ((map[low >>> 5] as number) & (1 << (low & 31))) !== 0;
  const off = s.offs[b] as number;
  const end = off + (s.counts[b] as number);
  const at = lowerBound(s.arena, off, end, low);
  return at < end && s.arena[at] === low;
}

/** Calls `f` with each id set in block `b`, in increasing order. */
function eachInBlock(s: UnitBits, b: number, f: (id: number) => boolean): boolean {
  const high = (s.keys[b] as number) * 65536;
  const map = s.maps[b];
  if (map !== null && map !== undefined) {
    for (let w = 0; w < 2048; w++) {
      const v = map[w] as number;
      if (v !== 0) for (let i = 0; i < 32; i++) if ((v & (1 << i)) !== 0 && !f(high + w * 32 + i)) return false;
    }
    return true;
  }
  const off = s.offs[b] as number;
  const end = off + (s.counts[b] as number);
  for (let i = off; i < end; i++) if (!f(high + (s.arena[i] as number))) return false;
  return true;
}

/** Whether every id set here is set in `other` too (nothing allocated). */
export function unitsSubsetOf(s: UnitBits, other: UnitBits): boolean {
  if (s.nBlocks < 0) {
    if (s.base < 0) return true;
    for (let i = 0; i < s.words.length; i++) {
      const v = s.words[i] as number;
      if (v === 0) continue;
      if (other.nBlocks < 0) {
        // Word by word.
        const j = s.base + i - other.base;
        const o = other.base < 0 || j < 0 || j >= other.words.length ? 0 : (other.words[j] as number);
        if ((v & ~o) !== 0) return false;
      } else for (let b = 0; b < 32; b++) if ((v & (1 << b)) !== 0 && !hasUnit(other, (s.base + i) * 32 + b)) return false;
    }
    return true;
  }
  const inOther = (id: number): boolean => hasUnit(other, id);
  for (let b = 0; b < s.nBlocks; b++) if (!eachInBlock(s, b, inOther)) return false;
  return true;
}

/** How many ids are set. */
export function countUnits(s: UnitBits): number {
  if (s.nBlocks >= 0) {
    let total = 0;
    for (let b = 0; b < s.nBlocks; b++) total += s.counts[b] as number;
    return total;
  }
  let n = 0;
  for (let i = 0; i < s.words.length; i++) {
    let v = s.words[i] as number;
    v = v - ((v >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/** The ids set, in increasing order. */
export function unitIds(s: UnitBits): number[] {
  const out: number[] = [];
  if (s.nBlocks >= 0) {
    const push = (id: number): boolean => {
      out.push(id);
      return true;
    };
    for (let b = 0; b < s.nBlocks; b++) eachInBlock(s, b, push);
    return out;
  }
  if (s.base < 0) return out;
  for (let i = 0; i < s.words.length; i++) {
    const v = s.words[i] as number;
    if (v === 0) continue;
    for (let b = 0; b < 32; b++) if (v & (1 << b)) out.push((s.base + i) * 32 + b);
  }
  return out;
}
/** The first index from `lo` below `hi` whose value is `>= v` in a sorted run of `list` (`hi` when none). */
function lowerBound(list: Uint16Array, lo: number, hi: number, v: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
