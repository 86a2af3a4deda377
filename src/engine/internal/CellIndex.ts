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

export class CellIndex {
  /** Radix of each component: every code of it is below. */
  private readonly radix = [1, 1, 1, 1, 1, 1];
  private r1 = 1;
  private r2 = 1;
  private r3 = 1;
  private r4 = 1;
  private r5 = 1;
  /** Cell index + 1 by mixed-radix key (0: none). */
  private dense: Int32Array | null = new Int32Array(1);
  private byNumber: NumberTable | null = null;
  private byString: Map<string, number> | null = null;
  /** The tuple of each cell, WIDTH codes per cell. */
  private tuples = new Int32Array(WIDTH * 64);
  size = 0;

  /** Makes room for codes below `n` in one component (rebuilds when the radix grows). */
  ensure(component: number, n: number): void {
    const r = this.radix[component] as number;
    if (n <= r) return;
    this.radix[component] = Math.max(n, r * 2);
    [, this.r1, this.r2, this.r3, this.r4, this.r5] = this.radix as [number, number, number, number, number, number];
    let product = 1;
    for (const x of this.radix) product *= x;
    this.dense = null;
    this.byNumber = null;
    this.byString = null;
    if (product <= DENSE_LIMIT && product <= 16 * (this.size + 4096)) this.dense = new Int32Array(product);
    else if (product <= Number.MAX_SAFE_INTEGER) this.byNumber = new NumberTable(this.size);
    else this.byString = new Map();
    const t = this.tuples;
    for (let c = 0; c < this.size; c++) {
      const o = c * WIDTH;
      this.put(t[o] as number, t[o + 1] as number, t[o + 2] as number, t[o + 3] as number, t[o + 4] as number, t[o + 5] as number, c);
    }
  }

  /** The cell of a tuple, or -1. */
  find(s: number, p: number, c: number, t: number, r: number, b: number): number {
    const k = ((((s * this.r1 + p) * this.r2 + c) * this.r3 + t) * this.r4 + r) * this.r5 + b;
    if (this.dense !== null) return (this.dense[k] as number) - 1;
    if (this.byNumber !== null) return this.byNumber.get(k);
    return this.byString?.get(`${s},${p},${c},${t},${r},${b}`) ?? -1;
  }

  /** Records a new cell (the next index) for a tuple. */
  add(s: number, p: number, c: number, t: number, r: number, b: number): number {
    const cell = this.size++;
    if (this.tuples.length < this.size * WIDTH) {
      const next = new Int32Array(this.tuples.length * 2);
      next.set(this.tuples);
      this.tuples = next;
    }
    const o = cell * WIDTH;
    const tuples = this.tuples;
    tuples[o] = s;
    tuples[o + 1] = p;
    tuples[o + 2] = c;
    tuples[o + 3] = t;
    tuples[o + 4] = r;
    tuples[o + 5] = b;
    this.put(s, p, c, t, r, b, cell);
    return cell;
  }

  private put(s: number, p: number, c: number, t: number, r: number, b: number, cell: number): void {
    const k = ((((s * this.r1 + p) * this.r2 + c) * this.r3 + t) * this.r4 + r) * this.r5 + b;
    if (this.dense !== null) this.dense[k] = cell + 1;
    else if (this.byNumber !== null) this.byNumber.set(k, cell);
    else this.byString?.set(`${s},${p},${c},${t},${r},${b}`, cell);
  }
}

/**
 * Integer keys (below 2^53) to cell numbers, by open addressing with linear probing: the keys in a
 * Float64Array, the cells (+1, 0: empty) in an Int32Array, at most half full.
 */
class NumberTable {
  private keys: Float64Array;
  private cells: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected: number) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.keys = new Float64Array(size);
    this.cells = new Int32Array(size);
    this.mask = size - 1;
  }

  get(k: number): number {
    const keys = this.keys;
    const cells = this.cells;
    for (let i = hash(k) & this.mask; ; i = (i + 1) & this.mask) {
      const c = cells[i] as number;
      if (c === 0) return -1;
      if (keys[i] === k) return c - 1;
    }
  }

  set(k: number, cell: number): void {
    if (2 * (this.count + 1) > this.cells.length) this.grow();
    for (let i = hash(k) & this.mask; ; i = (i + 1) & this.mask) {
      if (this.cells[i] === 0) {
        this.keys[i] = k;
        this.cells[i] = cell + 1;
        this.count++;
        return;
      }
      if (this.keys[i] === k) {
        this.cells[i] = cell + 1;
        return;
      }
    }
  }

  private grow(): void {
    const keys = this.keys;
    const cells = this.cells;
    this.keys = new Float64Array(keys.length * 2);
    this.cells = new Int32Array(cells.length * 2);
    this.mask = this.cells.length - 1;
    this.count = 0;
    for (let i = 0; i < cells.length; i++) if (cells[i] !== 0) this.set(keys[i] as number, (cells[i] as number) - 1);
  }
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
