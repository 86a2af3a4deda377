// Cells found by a tuple of small integer codes (indicator × uom slot, programme, category, unit
// target, reporter, bucket). The tuple is one mixed-radix number: a dense Int32Array when the
// cross product is small, an open-addressing hash table of numbers (typed arrays: about 24 bytes a
// cell, no object per entry) when it is not, a Map of strings past 2^53.

/** Components of a cell's key tuple. */
export const SLOT = 0;
export const PROGRAM = 1;
export const CATEGORY = 2;
export const TARGET = 3;
export const REPORTER = 4;
export const BUCKET = 5;
const WIDTH = 6;

/** Largest dense index (4M cells of 4 bytes). */
const DENSE_LIMIT = 1 << 22;

/**
 * A plain object made by one literal in {@link newCellIndex}, read and changed by this module's
 * functions, not a class instance: an instance gets its shape by adding its fields one by one, a
 * shape V8 holds only while an instance lives, so with each aggregation's index gone the code
 * compiled for it was thrown away and compiled again in the next (trace-deopt: weak objects); an
 * object literal's shape is held by the literal's site.
 */
export interface CellIndex {
  /** Radix of each component: every code of it is below. */
  readonly radix: number[];
  r1: number;
  r2: number;
  r3: number;
  r4: number;
  r5: number;
  /** Cell index + 1 by mixed-radix key (0: none). */
  dense: Int32Array | null;
  byNumber: NumberTable | null;
  byString: Map<string, number> | null;
  /** The tuple of each cell, WIDTH codes per cell. */
  tuples: Int32Array;
  /** How many cells there are (cells 0 to `size - 1`). */
  size: number;
}

/** An empty index. */
export function newCellIndex(): CellIndex {
  return { radix: [1, 1, 1, 1, 1, 1], r1: 1, r2: 1, r3: 1, r4: 1, r5: 1, dense: new Int32Array(1), byNumber: null, byString: null, tuples: new Int32Array(WIDTH * 64), size: 0 };
}

/** Makes room for codes below `n` in one component (rebuilds when the radix grows). */
export function ensureCodes(x: CellIndex, component: number, n: number): void {
  const r = x.radix[component] as number;
  if (n <= r) return;
  x.radix[component] = Math.max(n, r * 2);
  [, x.r1, x.r2, x.r3, x.r4, x.r5] = x.radix as [number, number, number, number, number, number];
  let product = 1;
  for (const v of x.radix) product *= v;
  x.dense = null;
  x.byNumber = null;
  x.byString = null;
  if (product <= DENSE_LIMIT && product <= 16 * (x.size + 4096)) x.dense = new Int32Array(product);
  else if (product <= Number.MAX_SAFE_INTEGER) x.byNumber = newNumberTable(x.size);
  else x.byString = new Map();
  const t = x.tuples;
  for (let c = 0; c < x.size; c++) {
    const o = c * WIDTH;
    put(x, t[o] as number, t[o + 1] as number, t[o + 2] as number, t[o + 3] as number, t[o + 4] as number, t[o + 5] as number, c);
  }
}

/** The cell of a tuple, or -1. */
export function findCell(x: CellIndex, s: number, p: number, c: number, t: number, r: number, b: number): number {
  const k = ((((s * x.r1 + p) * x.r2 + c) * x.r3 + t) * x.r4 + r) * x.r5 + b;
  if (x.dense !== null) return (x.dense[k] as number) - 1;
  if (x.byNumber !== null) return getNumber(x.byNumber, k);
  return x.byString?.get(`${s},${p},${c},${t},${r},${b}`) ?? -1;
}

/** Records a new cell (the next index) for a tuple. */
export function addCell(x: CellIndex, s: number, p: number, c: number, t: number, r: number, b: number): number {
  const cell = x.size++;
  if (x.tuples.length < x.size * WIDTH) {
    const next = new Int32Array(x.tuples.length * 2);
    next.set(x.tuples);
    x.tuples = next;
  }
  const o = cell * WIDTH;
  const tuples = x.tuples;
  tuples[o] = s;
  tuples[o + 1] = p;
  tuples[o + 2] = c;
  tuples[o + 3] = t;
  tuples[o + 4] = r;
  tuples[o + 5] = b;
  put(x, s, p, c, t, r, b, cell);
  return cell;
}

function put(x: CellIndex, s: number, p: number, c: number, t: number, r: number, b: number, cell: number): void {
  const k = ((((s * x.r1 + p) * x.r2 + c) * x.r3 + t) * x.r4 + r) * x.r5 + b;
  if (x.dense !== null) x.dense[k] = cell + 1;
  else if (x.byNumber !== null) setNumber(x.byNumber, k, cell);
  else x.byString?.set(`${s},${p},${c},${t},${r},${b}`, cell);
}

/**
 * Integer keys (below 2^53) to cell numbers, by open addressing with linear probing: the keys in a
 * Float64Array, the cells (+1, 0: empty) in an Int32Array, at most half full. A plain object, as
 * {@link CellIndex} is.
 */
interface NumberTable {
  keys: Float64Array;
  cells: Int32Array;
  mask: number;
  count: number;
}

function newNumberTable(expected: number): NumberTable {
  let size = 1024;
  while (size < expected * 2) size *= 2;
  return { keys: new Float64Array(size), cells: new Int32Array(size), mask: size - 1, count: 0 };
}

function getNumber(n: NumberTable, k: number): number {
  const keys = n.keys;
  const cells = n.cells;
  for (let i = hash(k) & n.mask; ; i = (i + 1) & n.mask) {
    const c = cells[i] as number;
    if (c === 0) return -1;
    if (keys[i] === k) return c - 1;
  }
}

function setNumber(n: NumberTable, k: number, cell: number): void {
  if (2 * (n.count + 1) > n.cells.length) grow(n);
  for (let i = hash(k) & n.mask; ; i = (i + 1) & n.mask) {
    if (n.cells[i] === 0) {
      n.keys[i] = k;
      n.cells[i] = cell + 1;
      n.count++;
      return;
    }
    if (n.keys[i] === k) {
      n.cells[i] = cell + 1;
      return;
    }
  }
}

function grow(n: NumberTable): void {
  const keys = n.keys;
  const cells = n.cells;
  n.keys = new Float64Array(keys.length * 2);
  n.cells = new Int32Array(cells.length * 2);
  n.mask = n.cells.length - 1;
  n.count = 0;
  for (let i = 0; i < cells.length; i++) if (cells[i] !== 0) setNumber(n, keys[i] as number, (cells[i] as number) - 1);
}

/** Mixes an integer key below 2^53 into 32 bits (both halves, so that keys differing high up spread). */
function hash(k: number): number {
  const lo = k >>> 0;
  const hi = (k / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
