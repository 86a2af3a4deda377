// Cells found by a tuple of small integer codes (indicator × uom slot, programme, category, unit
// target, reporter, bucket). The tuple is one mixed-radix number: a dense Int32Array when the
// cross product is small, a Map of numbers when it is not, a Map of strings past 2^53.

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
  private byNumber: Map<number, number> | null = null;
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
    else if (product <= Number.MAX_SAFE_INTEGER) this.byNumber = new Map();
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
    if (this.byNumber !== null) return this.byNumber.get(k) ?? -1;
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
    this.tuples.set([s, p, c, t, r, b], o);
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
