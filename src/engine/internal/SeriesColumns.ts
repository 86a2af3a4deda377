import { QUALIFIERS, type Qualifier } from '../../quantity/Qualifier';

/** A qualifier's position in {@link QUALIFIERS}, as the columns keep it. */
const QUALIFIER_NUMBER = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));

/** The qualifier kept as `n` in the columns. */
export function qualifierOfNumber(n: number): Qualifier {
  return QUALIFIERS[n] as Qualifier;
}

/**
 * The number the columns keep for `q`. A level from outside (a partial's, or one handed to the
 * stock walker) is checked where it comes in (`checkLevel` in finalizePartial.ts: a qualifier
 * not one of {@link QUALIFIERS} is refused there, not kept as another); the engine's own levels
 * have checked qualifiers.
 */
function qualifierNumber(q: Qualifier): number {
  return QUALIFIER_NUMBER.get(q) as number;
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
 * after the other ({@link resetColumns}), so it is allocated once, at the largest group's size.
 *
 * A plain object made by {@link newSeriesColumns}, read and changed by this module's functions,
 * not a class: an instance of a class gets its shape by adding its fields one by one, a shape V8
 * holds only while an instance lives, so with the last columns of an aggregation gone the walk's
 * compiled code that knew that shape was thrown away and compiled again in every aggregation
 * (8–10% of an in-process `sums`); an object literal's shape is held by the literal's site.
 */
export interface SeriesColumns {
  /** How many series have a slot (slots 0 to `size - 1`). */
  size: number;
  /** The slots below this are the series numbered; the others are held to be numbered in their names' order. */
  met: number;
  day: Float64Array;
  value: Float64Array;
  until: Float64Array;
  /** The qualifier's position in `QUALIFIERS`. */
  qualifier: Uint8Array;
  /** 1 when the series belongs to the row's own unit (rollup), else 0. */
  own: Uint8Array;
  /** The number of the series' unit (see {@link unitNumber}). */
  unit: Int32Array;
  /** The last bucket (its number in the walk, from 1; 0 before the first) that had a level of the series. */
  seen: Int32Array;
  /** The series' numbers (slots) by name. */
  readonly slot: Map<string, number>;
  /** Per unit number, its code. */
  readonly unitCode: string[];
  /** Per unit number, the last bucket (walk number) that counted it. */
  counted: Int32Array;
  /** The units' numbers by code. */
  readonly unitSlot: Map<string, number>;
}

/** Empty columns with room for `capacity` series (at least 1). */
export function newSeriesColumns(capacity = FIRST_CAPACITY): SeriesColumns {
  const n = Math.max(1, capacity);
  return {
    size: 0,
    met: 0,
    day: new Float64Array(n),
    value: new Float64Array(n),
    until: new Float64Array(n),
    qualifier: new Uint8Array(n),
    own: new Uint8Array(n),
    unit: new Int32Array(n),
    seen: new Int32Array(n),
    slot: new Map<string, number>(),
    unitCode: [],
    counted: new Int32Array(n),
    unitSlot: new Map<string, number>(),
  };
}

/** Forgets every series and unit of `c` (the columns' room is kept for the next group). */
export function resetColumns(c: SeriesColumns): void {
  c.size = 0;
  c.met = 0;
  c.slot.clear();
  c.unitSlot.clear();
  c.unitCode.length = 0;
}

/** The number of unit `code` in `c`, given one when first met. */
export function unitNumber(c: SeriesColumns, code: string): number {
  let un = c.unitSlot.get(code);
  if (un === undefined) {
    un = c.unitCode.length;
    c.unitSlot.set(code, un);
    c.unitCode.push(code);
    if (un >= c.counted.length) c.counted = grownInt32(c.counted, c.counted.length * 2, un);
    c.counted[un] = 0;
  }
  return un;
}

/** A slot of `c` for series `series`, its level given, seen in walk bucket `seen`: its number. */
export function addSeries(c: SeriesColumns, series: string, unit: string, day: number, value: number, qualifier: Qualifier, own: boolean, until: number, seen: number): number {
  const x = c.size;
  if (x >= c.day.length) grow(c, c.day.length * 2);
  c.size = x + 1;
  c.slot.set(series, x);
  c.unit[x] = unitNumber(c, unit);
  c.day[x] = day;
  c.value[x] = value;
  c.qualifier[x] = qualifierNumber(qualifier);
  c.own[x] = own ? 1 : 0;
  c.until[x] = until;
  c.seen[x] = seen;
  return x;
}

/** Slot `x` of `c` takes a level if it is later than the one it has (a later day, then a larger value, then qualifier), as `isLater` says. */
export function takeLevel(c: SeriesColumns, x: number, unit: string, day: number, value: number, qualifier: Qualifier, own: boolean, until: number): void {
  const d = c.day[x] as number;
  if (day !== d) {
    if (day < d) return;
  } else {
    const v = c.value[x] as number;
    if (value !== v) {
      if (value < v) return;
    } else if (!(qualifier > qualifierOfNumber(c.qualifier[x] as number))) return;
  }
  // The unit counted is the latest level's (a partial made by hand may name another).
  if (c.unitCode[c.unit[x] as number] !== unit) c.unit[x] = unitNumber(c, unit);
  c.day[x] = day;
  c.value[x] = value;
  c.qualifier[x] = qualifierNumber(qualifier);
  c.own[x] = own ? 1 : 0;
  c.until[x] = until;
}

/**
 * Numbers the series held in `c` (slots `met` to `size - 1`) in the order of their names, each
 * seen in walk bucket `seen`: their slots are put in that order, and the map follows.
 *
 * @param names - the held series' names, slot `met + i` named `names[i]` (left empty)
 */
export function meetHeld(c: SeriesColumns, names: string[], seen: number): void {
  const from = c.met;
  const to = c.size;
  if (to - from > 1) {
    const order = names.map((_, i) => i).sort((i, j) => {
      const a = names[i] as string;
      const b = names[j] as string;
      return a < b ? -1 : a > b ? 1 : 0;
    });
    permuteAll(c, from, order);
    for (let i = 0; i < order.length; i++) c.slot.set(names[order[i] as number] as string, from + i);
  }
  names.length = 0;
  c.seen.fill(seen, from, to);
  c.met = to;
}

/** Slot `from + i` of `c` takes what slot `from + order[i]` held. */
function permuteAll(c: SeriesColumns, from: number, order: readonly number[]): void {
  permute(c.day, from, order);
  permute(c.value, from, order);
  permute(c.until, from, order);
  permute(c.qualifier, from, order);
  permute(c.own, from, order);
  permute(c.unit, from, order);
  permute(c.seen, from, order);
}

/** `c`'s columns with room for `n` series. */
function grow(c: SeriesColumns, n: number): void {
  const used = c.size;
  c.day = grownFloat64(c.day, n, used);
  c.value = grownFloat64(c.value, n, used);
  c.until = grownFloat64(c.until, n, used);
  c.qualifier = grownUint8(c.qualifier, n, used);
  c.own = grownUint8(c.own, n, used);
  c.unit = grownInt32(c.unit, n, used);
  c.seen = grownInt32(c.seen, n, used);
}
