import { QUALIFIERS, type Qualifier } from '../../quantity/Qualifier';

/** A qualifier's position in {@link QUALIFIERS}, as the columns keep it. */
const QUALIFIER_NUMBER = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));

/** The qualifier kept as `n` in the columns. */
export function qualifierOfNumber(n: number): Qualifier {
  return QUALIFIERS[n] as Qualifier;
}

/** The columns' capacity at first: grown by doubling. */
const FIRST_CAPACITY = 64;

/** A copy of a column with room for `n` elements, its first `used` kept (one function per array type). */
function grownFloat64(a: Float64Array, n: number, used: number): Float64Array {
  const b = new Float64Array(n);
  b.set(a.subarray(0, used));
  return b;
}

function grownInt32(a: Int32Array, n: number, used: number): Int32Array {
  const b = new Int32Array(n);
  b.set(a.subarray(0, used));
  return b;
}

function grownUint8(a: Uint8Array, n: number, used: number): Uint8Array {
  const b = new Uint8Array(n);
  b.set(a.subarray(0, used));
  return b;
}

/** Slot `from + i` of `col` takes what slot `from + order[i]` held. */
function permute(col: Float64Array | Int32Array | Uint8Array, from: number, order: readonly number[]): void {
  const was = col.slice(from, from + order.length);
  for (let i = 0; i < order.length; i++) col[from + i] = was[order[i] as number] as number;
}

/**
 * The series of one stock series group as the walk keeps them: per series, by its number, its
 * latest level (day, value, qualifier, own or children's, its unit's last day and its unit's
 * number) and the last bucket that had a level of it, each in a typed array grown by doubling;
 * the series' names once, in one map of name → number, and the units' codes once, in one map of
 * code → number. A series is one slot of each column, not an object: with some 6,000 series per
 * group at 50M figures, an object per series (and its map entry and copy) was what still grew
 * with the figures in `antq/sql`'s process. One set of columns serves the groups of a read one
 * after the other ({@link SeriesColumns.reset}), so it is allocated once, at the largest group's
 * size.
 */
export class SeriesColumns {
  /** How many series have a slot (slots 0 to `size - 1`). */
  size = 0;
  /** The slots below this are the series numbered; the others are held to be numbered in their names' order. */
  met = 0;
  day: Float64Array;
  value: Float64Array;
  until: Float64Array;
  /** The qualifier's position in `QUALIFIERS`. */
  qualifier: Uint8Array;
  /** 1 when the series belongs to the row's own unit (rollup), else 0. */
  own: Uint8Array;
  /** The number of the series' unit (see {@link SeriesColumns.unitNumber}). */
  unit: Int32Array;
  /** The last bucket (its number in the walk, from 1; 0 before the first) that had a level of the series. */
  seen: Int32Array;
  /** The series' numbers (slots) by name. */
  readonly slot = new Map<string, number>();
  /** Per unit number, its code. */
  readonly unitCode: string[] = [];
  /** Per unit number, the last bucket (walk number) that counted it. */
  counted: Int32Array;
  private readonly unitSlot = new Map<string, number>();

  constructor(capacity = FIRST_CAPACITY) {
    const n = Math.max(1, capacity);
    this.day = new Float64Array(n);
    this.value = new Float64Array(n);
    this.until = new Float64Array(n);
    this.qualifier = new Uint8Array(n);
    this.own = new Uint8Array(n);
    this.unit = new Int32Array(n);
    this.seen = new Int32Array(n);
    this.counted = new Int32Array(n);
  }

  /** Forgets every series and unit (the columns' room is kept for the next group). */
  reset(): void {
    this.size = 0;
    this.met = 0;
    this.slot.clear();
    this.unitSlot.clear();
    this.unitCode.length = 0;
  }

  /** The number of unit `code`, given one when first met. */
  unitNumber(code: string): number {
    let un = this.unitSlot.get(code);
    if (un === undefined) {
      un = this.unitCode.length;
      this.unitSlot.set(code, un);
      this.unitCode.push(code);
      if (un >= this.counted.length) this.counted = grownInt32(this.counted, this.counted.length * 2, un);
      this.counted[un] = 0;
    }
    return un;
  }

  /** A slot for series `series`, its level given, seen in walk bucket `seen`: its number. */
  add(series: string, unit: string, day: number, value: number, qualifier: Qualifier, own: boolean, until: number, seen: number): number {
    const x = this.size;
    if (x >= this.day.length) this.grow(this.day.length * 2);
    this.size = x + 1;
    this.slot.set(series, x);
    this.unit[x] = this.unitNumber(unit);
    this.day[x] = day;
    this.value[x] = value;
    this.qualifier[x] = QUALIFIER_NUMBER.get(qualifier) as number;
    this.own[x] = own ? 1 : 0;
    this.until[x] = until;
    this.seen[x] = seen;
    return x;
  }

  /** Takes a level of the series of slot `x` if it is later than the one it has (a later day, then a larger value, then qualifier), as `isLater` says. */
  take(x: number, unit: string, day: number, value: number, qualifier: Qualifier, own: boolean, until: number): void {
    const d = this.day[x] as number;
    if (day !== d) {
      if (day < d) return;
    } else {
      const v = this.value[x] as number;
      if (value !== v) {
        if (value < v) return;
      } else if (!(qualifier > qualifierOfNumber(this.qualifier[x] as number))) return;
    }
    // The unit counted is the latest level's (a partial made by hand may name another).
    if (this.unitCode[this.unit[x] as number] !== unit) this.unit[x] = this.unitNumber(unit);
    this.day[x] = day;
    this.value[x] = value;
    this.qualifier[x] = QUALIFIER_NUMBER.get(qualifier) as number;
    this.own[x] = own ? 1 : 0;
    this.until[x] = until;
  }

  /**
   * Numbers the series held (slots `met` to `size - 1`) in the order of their names, each seen in
   * walk bucket `seen`: their slots are put in that order, and the map follows.
   *
   * @param names - the held series' names, slot `met + i` named `names[i]` (left empty)
   */
  meetHeld(names: string[], seen: number): void {
    const from = this.met;
    const to = this.size;
    if (to - from > 1) {
      const order = names.map((_, i) => i).sort((i, j) => {
        const a = names[i] as string;
        const b = names[j] as string;
        return a < b ? -1 : a > b ? 1 : 0;
      });
      this.permute(from, order);
      for (let i = 0; i < order.length; i++) this.slot.set(names[order[i] as number] as string, from + i);
    }
    names.length = 0;
    this.seen.fill(seen, from, to);
    this.met = to;
  }

  /** Slot `from + i` takes what slot `from + order[i]` held. */
  private permute(from: number, order: readonly number[]): void {
    permute(this.day, from, order);
    permute(this.value, from, order);
    permute(this.until, from, order);
    permute(this.qualifier, from, order);
    permute(this.own, from, order);
    permute(this.unit, from, order);
    permute(this.seen, from, order);
  }

  private grow(n: number): void {
    const used = this.size;
    this.day = grownFloat64(this.day, n, used);
    this.value = grownFloat64(this.value, n, used);
    this.until = grownFloat64(this.until, n, used);
    this.qualifier = grownUint8(this.qualifier, n, used);
    this.own = grownUint8(this.own, n, used);
    this.unit = grownInt32(this.unit, n, used);
    this.seen = grownInt32(this.seen, n, used);
  }
}
