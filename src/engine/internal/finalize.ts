import type { AggregateResult, AggregateRow, AggregateValue, Exclusions } from '../AggregateRow';
import { AntqError } from '../../errors/AntqError';
import { dayToPeriodKey } from '../../period/dayToPeriodKey';
import { periodFromKey } from '../../period/periodFromKey';
import { BEFORE, cellTotal, newCell, unitCount, type Cell, type Obs } from './cells';
import { joinKey, KEY_SEP, padBucket } from '../partialKeys';
import { indicatorInfo, normalizeSpec, type Spec } from './spec';
import { unitsSubsetOf } from './UnitBits';
import { addToSums, fieldsValue, newSums, sumsValue, type Sums } from './sums';
import { combineQualifiers } from '../../quantity/combineQualifiers';
import { QUALIFIERS, type Qualifier } from '../../quantity/Qualifier';
import { FIELDS, WHOLE, type RollupTable } from './rollupFlows';
import type { RollupLink } from './expandRollup';
import { addSeries, meetHeld, newSeriesColumns, qualifierOfNumber, resetColumns, takeLevel, type SeriesColumns } from './SeriesColumns';
import type { RowStream } from '../RowStream';

/** Most buckets a stock series is carried across to fill gaps (a daily series over decades). */
const MAX_FILL = 5000;

/** The cell key without its period bucket: stock cells of one series group share it. */
export function baseKey(cell: Cell): string {
  const d = cell.dims;
  return joinKey([d.program ?? '', d.indicator ?? '', d.category ?? '', cell.version ?? d.unit ?? '', d.reporter ?? '', cell.uom]);
}

/** The key of a row's group with the indicator and unit of measure given, for finding a ratio's parts. */
function partsKey(f: { cell: Cell; bucket: number | null }, indicator: string, uom: string): string {
  const d = f.cell.dims;
  return joinKey([d.program ?? '', indicator, d.category ?? '', f.cell.version ?? d.unit ?? '', d.reporter ?? '', String(f.bucket), uom]);
}

/** A finished row: a stock series group's row for one bucket, its levels walked. */
export interface Finished {
  readonly cell: Cell;
  /** Period bucket of the row; `null` when not grouped by period. */
  readonly bucket: number | null;
  readonly total: AggregateValue;
  readonly own?: AggregateValue;
  readonly children?: AggregateValue;
  readonly units: number;
  readonly carried?: number;
}

/**
 * The one rule of a stock row's level: it counts unless its unit ceased before the row's last day
 * `end`, and then is added to the row's total and to its own part or its children's. Every stock
 * walk (`stockGroupWalk`, `rollupStocks`) adds its levels through this, each level given by its
 * fields (`stockGroupWalk` keeps them as columns).
 *
 * @returns whether the level counted (its unit is then one the row heard from)
 */
export function addLevel(total: Sums, own: Sums, children: Sums, isOwn: boolean, value: number, qualifier: Qualifier, until: number, end: number): boolean {
  if (until < end) return false; // the unit ceased before the row's end
  addToSums(total, value, qualifier);
  addToSums(isOwn ? own : children, value, qualifier);
  return true;
}

/** Last day a row stands for: its bucket's end, the window's end, or open. */
function endOf(spec: Spec, bucket: number | null): number {
  if (spec.byPeriod && bucket !== null) return periodFromKey(bucket, spec.granularity).endDay;
  return spec.window?.endDay ?? Number.MAX_SAFE_INTEGER;
}

/** The buckets from `first` to `last` (keys of one granularity), at most MAX_FILL of them. */
function bucketsBetween(spec: Spec, first: number, last: number): number[] {
  const out: number[] = [];
  for (let k = first; out.length < MAX_FILL; ) {
    out.push(k);
    if (k >= last) break;
    k = dayToPeriodKey(periodFromKey(k, spec.granularity).endDay + 1, spec.granularity);
  }
  return out;
}

/**
 * Stock rows: each series' latest level at or before the end of each bucket, walked in time
 * order. Levels are carried into later buckets (and gaps between them filled) while the series'
 * unit still exists; a unit that ceased (merged) stops counting after its last day.
 */
function stockRows(spec: Spec, cells: readonly Cell[]): Finished[] {
  const groups = new Map<string, Cell[]>();
  for (const c of cells) {
    const k = baseKey(c);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [c]);
    else g.push(c);
  }
  const out: Finished[] = [];
  const columns = newSeriesColumns();
  for (const group of groups.values()) walkStockGroup(spec, group, out, columns);
  return out;
}

/**
 * The rows of one stock series group (cells sharing {@link baseKey}, every bucket of it, each
 * with its series' levels), pushed onto `out`: {@link stockGroupWalk} given the group's levels
 * in bucket order, the order of each cell's levels kept, its series in `columns` (one set for
 * the groups one after the other). `group` is sorted in place.
 */
function walkStockGroup(spec: Spec, group: Cell[], out: Finished[], columns: SeriesColumns): void {
  const walk = stockGroupWalk(spec, group, out, false, columns);
  for (const cell of group) if (cell.obs !== null) for (const o of cell.obs.values()) walk.level(cell.bucket ?? 0, o);
  walk.finish();
}

/** The walk of one stock series group, its levels given as they come: see {@link stockGroupWalk}. */
export interface StockGroupWalk {
  /**
   * Takes a level of the cell of bucket `bucket` (`cell.bucket ?? 0`). The levels come in bucket
   * order, a bucket's together: a level of a later bucket walks the buckets before it first.
   */
  level(bucket: number, o: Obs): void;
  /** Walks the buckets left. */
  finish(): void;
}

/**
 * {@link walkStockGroup} with the levels given one at a time in bucket order, for a caller whose
 * levels stream (`antq/sql`): a level's fields are copied into its series' slot of `columns`
 * (see {@link SeriesColumns}) as it comes and the level is not held (the caller may reuse its
 * object), so the walk holds no object per level or series. `group` (every cell of the group, its
 * levels to come) is sorted in place; the rows are pushed onto `out` as the buckets are walked.
 * With `bySeries`, the series met in a bucket are numbered in the order of their names (the
 * levels come in the database's order; the series' numbers are the order their levels are added
 * in, and past 2 ** 53 the order of the additions changes a sum), else in the order their levels
 * came. `columns` is reset and then this walk's until it finishes: one set serves a read's
 * groups one after the other.
 */
export function stockGroupWalk(spec: Spec, group: Cell[], out: Finished[], bySeries: boolean, columns: SeriesColumns = newSeriesColumns()): StockGroupWalk {
  group.sort((a, b) => (a.bucket ?? 0) - (b.bucket ?? 0));
  const byBucket = new Map<number, Cell>(group.map((c) => [c.bucket ?? 0, c]));
  // Only a partial made by hand can hold two cells of one group and bucket under different keys:
  // one cell's levels would be left out (or added twice), so it is refused.
  if (byBucket.size !== group.length) throw new AntqError('invalid_argument', `finalizePartial: two cells of one stock group share a bucket (indicator ${group[0]?.indicator ?? ''})`);
  const template = group[0] as Cell;
  // The buckets to give a row: with period grouping, every bucket from the first with levels
  // (or the window's first, for levels carried in) to the last with levels or the window's end.
  let buckets: number[];
  if (!spec.byPeriod) buckets = [0];
  else {
    const present = group.map((c) => c.bucket ?? 0).filter((b) => b !== BEFORE);
    const win = spec.window;
    const first = present.length > 0 && (win === null || !byBucket.has(BEFORE)) ? (present[0] as number) : win === null ? (present[0] as number) : dayToPeriodKey(win.startDay, spec.granularity);
    let last = present.length > 0 ? (present[present.length - 1] as number) : first;
    if (win !== null && spec.carryForward) last = Math.max(last, dayToPeriodKey(win.endDay, spec.granularity));
    buckets = spec.carryForward ? bucketsBetween(spec, first, last) : present;
  }
  // The series met so far, numbered in the order they were first met (with `bySeries`, the
  // order of their names within the bucket that met them), each one's latest level in its slot
  // of the columns: the walk below reads typed arrays, not an object per series.
  const c = columns;
  resetColumns(c);
  // One bucket and nothing seeded before it (every rollup without periods, in process): the
  // bucket's levels are added as they come (none carried). With `bySeries` they are numbered
  // first, as in any bucket.
  const seeding = byBucket.has(BEFORE);
  const alone = !bySeries && !seeding && buckets.length === 1;
  // With `bySeries`, the names of the series met in the bucket being read (or in the levels
  // before the window) that have no number yet: their slots are `c.met` on, in this order, until
  // the bucket is walked and they are numbered in the order of their names.
  const held: string[] = [];
  let seeded = !seeding;
  const seed = (): void => {
    if (seeded) return;
    seeded = true;
    if (bySeries) meetHeld(c, held, 0);
  };
  let next = 0;
  let walk = 0;
  let open = false;
  // The end of the bucket being read, and its row's sums (`alone`: summed as its levels come).
  let end = 0;
  let total = newSums();
  let own = newSums();
  let children = newSums();
  const names = new Set<string>();
  const start = (): void => {
    seed();
    walk++;
    open = true;
    end = endOf(spec, spec.byPeriod ? (buckets[next] as number) : null);
    total = newSums();
    own = newSums();
    children = newSums();
    names.clear();
  };
  // A level of a series with no slot yet: numbered now (in the order met), or held (`bySeries`).
  const meet = (o: Obs): void => {
    addSeries(c, o.series, o.unit, o.day, o.value, o.qualifier, o.own, o.until, walk);
    if (bySeries) held.push(o.series);
    else c.met = c.size;
  };
  // Walks the bucket being read: its row made, its levels met.
  const close = (): void => {
    if (!open) start();
    open = false;
    const bucket = buckets[next++] as number;
    const cell = byBucket.get(bucket);
    let units = 0;
    let carried = 0;
    if (alone) units = names.size;
    else {
      if (bySeries) meetHeld(c, held, walk);
      const { seen, until, value, qualifier, unit, counted } = c;
      const isOwn = c.own;
      const n = c.met;
      const carry = spec.carryForward;
      for (let x = 0; x < n; x++) {
        const fresh = seen[x] === walk;
        if (!carry && !fresh) continue;
        if (!addLevel(total, own, children, isOwn[x] === 1, value[x] as number, qualifierOfNumber(qualifier[x] as number), until[x] as number, end)) continue;
        const un = unit[x] as number;
        if (counted[un] !== walk) {
          counted[un] = walk;
          units++;
        }
        if (!fresh) carried++;
      }
    }
    // A bucket with levels of its own gets its row even when none counts (every unit ceased
    // before its end): an empty sum, `figures: 0` (docs/aggregating.md). A carried one does not.
    if (total.n === 0 && cell === undefined) return;
    const rowCell = cell ?? newCell(null, template.dims, bucket, template.indicator, template.uom, template.kind, spec.rollup);
    if (cell === undefined) {
      rowCell.level = template.level;
      rowCell.version = template.version;
    }
    const f: { -readonly [K in keyof Finished]: Finished[K] } = {
      cell: rowCell,
      bucket: spec.byPeriod ? bucket : null,
      total: sumsValue(total),
      units,
      carried,
    };
    if (spec.rollup) {
      f.own = sumsValue(own);
      f.children = sumsValue(children);
    }
    out.push(f);
  };
  return {
    level(bucket, o) {
      if (bucket === BEFORE && seeding) {
        const x = c.slot.get(o.series);
        if (x === undefined) meet(o);
        // In process a series has one level before the window (its cell's latest), as here.
        else if (bySeries) takeLevel(c, x, o.unit, o.day, o.value, o.qualifier, o.own, o.until);
        return;
      }
      while (next < buckets.length && (buckets[next] as number) < bucket) close();
      // A bucket the walk gives no row (past the most it fills) is not read, as before.
      if (buckets[next] !== bucket) return;
      if (!open) start();
      if (alone) {
        if (addLevel(total, own, children, o.own, o.value, o.qualifier, o.until, end)) names.add(o.unit);
        return;
      }
      const x = c.slot.get(o.series);
      if (x === undefined) meet(o);
      else {
        takeLevel(c, x, o.unit, o.day, o.value, o.qualifier, o.own, o.until);
        c.seen[x] = walk;
      }
    },
    finish() {
      seed();
      while (next < buckets.length) close();
    },
  };
}

/** The qualifier that names an interval around a value. */
function qualifierOf(value: number, lower: number, upper: number | null, lowerInclusive: boolean): Qualifier {
  if (upper === null) return lower === value && !lowerInclusive ? 'over' : lower === value ? 'at_least' : 'about';
  if (lower === value && upper === value) return 'exact';
  if (upper === value) return lower === 0 ? 'under' : 'nearly';
  return 'about';
}

function ratioValue(num: AggregateValue, den: AggregateValue, figures: number): AggregateValue | null {
  if (num.value === null || den.value === null || !(den.value > 0)) return null;
  const value = (100 * num.value) / den.value;
  if (num.qualifier === 'exact' && den.qualifier === 'exact') {
    return { value, qualifier: 'exact', lower: value, lowerInclusive: true, upper: value, upperInclusive: true, figures };
  }
  // The widest quotient: smallest numerator over largest denominator, and the other way round.
  const lo = num.lower !== null && den.upper !== null && den.upper > 0 ? Math.min(value, (100 * num.lower) / den.upper) : 0;
  const up = num.upper !== null && den.lower !== null && den.lower > 0 ? Math.max(value, (100 * num.upper) / den.lower) : null;
  const lowerInclusive = num.lowerInclusive && den.upperInclusive;
  return {
    value,
    qualifier: qualifierOf(value, lo, up, lowerInclusive),
    lower: lo,
    lowerInclusive,
    upper: up,
    upperInclusive: up !== null && num.upperInclusive && den.lowerInclusive,
    figures,
  };
}

/** Whether every unit a ratio row heard from also reported both of its parts. */
function partsCover(ratio: Cell, num: Cell, den: Cell): boolean {
  const need = ratio.units;
  if (need === null) return true;
  // A part that tracks no units is taken to cover them, as before.
  return (num.units === null || unitsSubsetOf(need, num.units)) && (den.units === null || unitsSubsetOf(need, den.units));
}

/** A row to make: a flow or ratio cell (its value made from the cell when the row is), or a finished stock row. */
type Entry = Cell | Finished;

function isFinished(e: Entry): e is Finished {
  return (e as Partial<Finished>).cell !== undefined;
}

function cellOf(e: Entry): Cell {
  return isFinished(e) ? e.cell : e;
}

/** An entry's period bucket: a stock row's own, or the flow cell's. */
function bucketOfEntry(e: Entry): number | null {
  return isFinished(e) ? e.bucket : e.bucket;
}

/** An entry's value before ratios are recomputed. */
function totalOf(e: Entry): AggregateValue {
  return isFinished(e) ? e.total : sumsValue(cellTotal(e));
}

/**
 * Turns cells into sorted rows: stocks walked in time order, ratios recomputed, coverage counted.
 * With rollup, `rollup` holds the flow subtotals in typed arrays (no ratio among the cells then).
 */
export function finalizeCells(spec: Spec, cells: readonly Cell[], read: number, used: number, excluded: Exclusions, rollup: RollupTable | null = null, walked: readonly Finished[] = []): AggregateResult {
  const source = orderedRows(spec, cells, rollup, walked);
  // A plain loop, not the stream's generator: one resumption less per row.
  const rows: AggregateRow[] = [];
  for (let i = 0; i < source.size; i++) rows.push(rowAt(source, i));
  return { rows, read, used, excluded };
}

/** The rows of {@link finalizeCells}, made one at a time in key order. */
export function finalizeStream(spec: Spec, cells: readonly Cell[], read: number, used: number, excluded: Exclusions, rollup: RollupTable | null = null, walked: readonly Finished[] = []): RowStream {
  const source = orderedRows(spec, cells, rollup, walked);
  return {
    size: source.size,
    *rows() {
      for (let i = 0; i < source.size; i++) yield rowAt(source, i);
    },
    read,
    used,
    excluded,
  };
}

/**
 * The rows of one result before they are made: the entries (flow and ratio cells, stock rows),
 * the typed rollup table, and what making a row looks up. A plain object made by one literal
 * (in {@link newRowSource}) and read by module-level functions ({@link rowAt}, the sort keys of
 * {@link sortedOrder}), not closures of each result: after a full collection a closure's code
 * dies with it, and V8 compiled these functions again for every result (`--trace-opt`).
 */
interface RowSource {
  readonly spec: Spec;
  /** The options the rows read for every row, copied out of `spec` (whose shape is made anew by each aggregation). */
  readonly coverage: boolean;
  readonly byPeriod: boolean;
  readonly granularity: Spec['granularity'];
  /** How many rows there are: the entries, then the rollup table's. */
  readonly size: number;
  readonly entries: readonly Entry[];
  /** `entries.length`: rows from `nCells` on are the rollup table's. */
  readonly nCells: number;
  readonly rollup: RollupTable | null;
  readonly templates: readonly Cell[];
  readonly links: readonly RollupLink[];
  /**
   * Per sort column, a number below `tags` that rows with surely the same value there share (a
   * rollup entry's group, or its unit version), or -1 (see {@link keyTag}): a value is then looked
   * up once per tag, not once per row.
   */
  readonly tags: number;
  /** Ratio rows look their parts up by key; only the parts of a ratio are indexed. */
  readonly byParts: Map<string, Entry>;
  readonly expectedCache: Map<string, number | null>;
  /** Per row in key order, its position (entries first, then the rollup table's). */
  order: Int32Array;
}

/**
 * The rows in key order, made when asked for ({@link rowAt}). `walked` holds stock rows already
 * walked (their groups' cells are then not among `cells`).
 */
function orderedRows(spec: Spec, cells: readonly Cell[], rollup: RollupTable | null, walked: readonly Finished[] = []): RowSource {
  keepRowSourceShape();
  const entries: Entry[] = walked.slice();
  const stocks: Cell[] = [];
  for (const cell of cells) {
    if (cell.kind === 'stock') stocks.push(cell);
    else entries.push(cell);
  }
  for (const row of stockRows(spec, stocks)) entries.push(row);

  const byParts = new Map<string, Entry>();
  if (entries.some((e) => cellOf(e).kind === 'ratio')) {
    const parts = new Set<string>();
    for (const c of entries) {
      const r = cellOf(c).kind === 'ratio' ? indicatorInfo(spec.catalogue, cellOf(c).indicator)?.ratio : undefined;
      if (r !== undefined) {
        parts.add(r.numerator);
        parts.add(r.denominator);
      }
    }
    for (const e of entries) {
      const c = cellOf(e);
      if (parts.has(c.indicator)) byParts.set(partsKey({ cell: c, bucket: bucketOfEntry(e) }, c.indicator, c.uom), e);
    }
  }
  const source = newRowSource(spec, entries, rollup, byParts);
  source.order = sortedOrder(source);
  return source;
}

/**
 * A row source before its rows are sorted (`order` empty). The only place a `RowSource` is made,
 * the one kept by {@link keepRowSourceShape} included: keep every field in this literal (none
 * optional, none added afterwards, no second literal elsewhere; `size`, `nCells` and `tags` small
 * integers), or the real row sources get a shape of their own, the kept one keeps nothing alive and
 * the code compiled for them is thrown away after full collections again, with no test failing.
 */
function newRowSource(spec: Spec, entries: readonly Entry[], rollup: RollupTable | null, byParts: Map<string, Entry>): RowSource {
  return {
    spec,
    coverage: spec.coverage,
    byPeriod: spec.byPeriod,
    granularity: spec.granularity,
    size: entries.length + (rollup === null ? 0 : rollup.size),
    entries,
    nCells: entries.length,
    rollup,
    templates: rollup === null ? [] : rollup.template,
    links: rollup === null ? [] : rollup.link,
    tags: rollup === null ? 0 : rollup.groups + rollup.versions,
    byParts,
    expectedCache: new Map(),
    order: new Int32Array(0),
  };
}

/**
 * One row source made on the first result and kept for the life of the module, holding no
 * caller's data. V8 keeps an object's shape (hidden class) only while an object of that shape
 * lives; every row source dies with its result, so a few full collections after the last one V8
 * freed the shape, and with it the code compiled for it (`--trace-deopt`: "weak objects"):
 * `rowAt`, `makeRow`, `makeRollupRow`, `sortedOrder` and the rest were compiled again after
 * about every third full collection. A literal's shape is also held by its boilerplate once the
 * function that makes it has a feedback vector, but `orderedRows` had none after twelve results.
 */
let keptRowSource: RowSource | null = null;

function keepRowSourceShape(): void {
  if (keptRowSource === null) keptRowSource = newRowSource(normalizeSpec('aggregate', {}), [], null, new Map());
}

/** Row `i` in key order. */
function rowAt(s: RowSource, i: number): AggregateRow {
  const at = s.order[i] as number;
  return at < s.nCells ? makeRow(s, s.entries[at] as Entry) : makeRollupRow(s, s.rollup as RollupTable, at - s.nCells);
}

/** The units at the reporting level a row could have heard from (`null` without a units table and a reporting level or a date). */
function expected(s: RowSource, unit: string | undefined, versionId: string | undefined, bucket: number | null): number | null {
  const spec = s.spec;
  const registry = spec.units;
  const level = spec.reportingLevel;
  if (registry === null || level === null) return null;
  let date = bucket !== null && spec.byPeriod ? periodFromKey(bucket, spec.granularity).end : (spec.window?.end ?? null);
  if (date === null) return null;
  // A unit version that ended before the date is counted as it was on its last day.
  const version = versionId === undefined ? null : registry.getVersion(versionId);
  if (version?.validTo !== undefined && version.validTo < date) date = version.validTo;
  const k = `${versionId ?? unit ?? ''}${KEY_SEP}${date}`;
  const hit = s.expectedCache.get(k);
  if (hit !== undefined) return hit;
  let n: number;
  if (unit === undefined) {
    const on = date;
    n = registry.units.filter((u) => u.level === level && (u.validFrom ?? '') <= on && (u.validTo === undefined || u.validTo >= on)).length;
  } else {
    const self = registry.get(unit, date);
    n = registry.descendantsAt(unit, date, { level }).length + (self !== null && self.level === level ? 1 : 0);
  }
  s.expectedCache.set(k, n);
  return n;
}

/** The row of an entry: a flow or ratio cell (its value made now) or a finished stock row. */
function makeRow(s: RowSource, e: Entry): AggregateRow {
  const spec = s.spec;
  const cell = cellOf(e);
  const bucket = bucketOfEntry(e);
  const total = totalOf(e);
  let value = total;
  if (cell.kind === 'ratio') {
    const parts = indicatorInfo(spec.catalogue, cell.indicator)?.ratio;
    const uomOf = (id: string): string => indicatorInfo(spec.catalogue, id)?.defaultUom ?? '';
    const num = parts ? s.byParts.get(partsKey({ cell, bucket }, parts.numerator, uomOf(parts.numerator))) : undefined;
    const den = parts ? s.byParts.get(partsKey({ cell, bucket }, parts.denominator, uomOf(parts.denominator))) : undefined;
    const recomputed = num && den && partsCover(cell, cellOf(num), cellOf(den)) ? ratioValue(totalOf(num), totalOf(den), total.figures) : null;
    if (recomputed !== null) value = recomputed;
    else if (total.figures !== 1) {
      value = { ...total, value: null, lower: null, upper: null, lowerInclusive: false, upperInclusive: false, reason: 'ratio_parts_missing' };
    }
  }
  value = finite(value);
  const units = isFinished(e) ? e.units : unitCount(cell);
  const row: { -readonly [K in keyof AggregateRow]: AggregateRow[K] } = {
    indicator: cell.indicator,
    uom: cell.uom,
    kind: cell.kind,
    ...value,
    coverage: { reported: spec.coverage ? units : null, expected: expected(s, cell.dims.unit, cell.version, bucket) },
  };
  if (cell.dims.program !== undefined) row.program = cell.dims.program;
  if (cell.dims.category !== undefined) row.category = cell.dims.category;
  if (cell.dims.unit !== undefined) row.unit = cell.dims.unit;
  if (cell.level !== undefined) row.level = cell.level;
  if (cell.version !== undefined) row.unitVersion = cell.version;
  if (cell.dims.reporter !== undefined) {
    row.reporter = cell.dims.reporter;
    row.jointFigures = cell.joint;
  }
  if (spec.byPeriod && bucket !== null) row.period = periodFromKey(bucket, spec.granularity).id;
  if (isFinished(e) && e.carried !== undefined) row.carriedForward = e.carried;
  if (cell.mapped !== null) row.restatedFrom = [...cell.mapped].sort();
  if (isFinished(e)) {
    if (e.own !== undefined) row.own = finite(e.own);
    if (e.children !== undefined) row.children = finite(e.children);
  } else if (spec.rollup && cell.kind !== 'ratio' && cell.own !== null && cell.children !== null) {
    // A ratio's own and children parts would be sums of percentages: they are left out.
    row.own = finite(sumsValue(cell.own));
    row.children = finite(sumsValue(cell.children));
  }
  return row;
}

/** A row of the typed rollup table: the same fields, in the same order, as `makeRow` gives its cell. */
function makeRollupRow(s: RowSource, t: RollupTable, i: number): AggregateRow {
  const leaf = t.template[i] as Cell;
  const link = t.link[i] as RollupTable['link'][number];
  const w = i * WHOLE;
  const ownN = t.whole[w] as number;
  const ownI = t.whole[w + 1] as number;
  const childN = t.whole[w + 2] as number;
  const childI = t.whole[w + 3] as number;
  const whole = t.rich[2 * i] === 0 && t.rich[2 * i + 1] === 0;
  const bucket = leaf.bucket;
  const d = leaf.dims;
  const coverage = { reported: s.coverage ? (t.units[i] as number) : null, expected: expected(s, link.code, link.version, bucket) };
  const sumI = ownI + childI;
  if (whole && Number.isFinite(sumI) && d.program === undefined && d.category === undefined && d.reporter === undefined && !(s.byPeriod && bucket !== null)) {
    // Exact whole numbers only, the common shape: the values `wholeValue` gives, written into
    // one literal (no value object between), the same fields in the same order as below. A
    // finite sum has finite parts (an infinite part would make it infinite or NaN), so no
    // `finite` check is left to make.
    const value = sumI === 0 ? 0 : sumI; // no -0
    return { indicator: leaf.indicator, uom: leaf.uom, kind: leaf.kind, value, qualifier: 'exact', lower: value < 0 ? 0 : value, lowerInclusive: true, upper: value, upperInclusive: true, figures: ownN + childN, coverage, unit: link.code, level: link.level, unitVersion: link.version, own: wholeValue(ownN, ownI), children: wholeValue(childN, childI) };
  }
  let totalValue: AggregateValue;
  let ownValue: AggregateValue;
  let childValue: AggregateValue;
  if (whole) {
    // Exact whole numbers only: the values `sumsValue` gives, without the running sums.
    totalValue = wholeValue(ownN + childN, sumI);
    ownValue = wholeValue(ownN, ownI);
    childValue = wholeValue(childN, childI);
  } else {
    // The values of the two parts' running sums and of their sum (`addSums` into new sums: the
    // same additions, so the same bits), read from the arrays without a `Sums` object.
    const a = t.sums;
    const o = (t.rich[2 * i] as number) * FIELDS;
    const c = (t.rich[2 * i + 1] as number) * FIELDS;
    const qo = QUALIFIERS[t.qualifier[2 * i] as number] as Qualifier;
    const qc = QUALIFIERS[t.qualifier[2 * i + 1] as number] as Qualifier;
    totalValue = fieldsValue(0 + ownN + childN, 0 + ownI + childI, pairSum(a, o, c, 0), pairSum(a, o, c, 1), pairSum(a, o, c, 2), pairSum(a, o, c, 3), pairSum(a, o, c, 4), pairSum(a, o, c, 5), pairSum(a, o, c, 6), pairSum(a, o, c, 7), combineQualifiers(combineQualifiers('exact', qo), qc));
    ownValue = partValue(ownN, ownI, a, o, qo);
    childValue = partValue(childN, childI, a, c, qc);
  }
  const v = finite(totalValue);
  if (v.reason === undefined && d.program === undefined && d.category === undefined && d.reporter === undefined && !(s.byPeriod && bucket !== null)) {
    // The common shape in one literal (every field in the object itself, none added after):
    // the same fields in the same order as below.
    return { indicator: leaf.indicator, uom: leaf.uom, kind: leaf.kind, value: v.value, qualifier: v.qualifier, lower: v.lower, lowerInclusive: v.lowerInclusive, upper: v.upper, upperInclusive: v.upperInclusive, figures: v.figures, coverage, unit: link.code, level: link.level, unitVersion: link.version, own: finite(ownValue), children: finite(childValue) };
  }
  // Written out (not spread) while the value has no `reason`: the same fields in the same order, faster.
  const row: { -readonly [K in keyof AggregateRow]: AggregateRow[K] } =
    v.reason === undefined
      ? { indicator: leaf.indicator, uom: leaf.uom, kind: leaf.kind, value: v.value, qualifier: v.qualifier, lower: v.lower, lowerInclusive: v.lowerInclusive, upper: v.upper, upperInclusive: v.upperInclusive, figures: v.figures, coverage }
      : { indicator: leaf.indicator, uom: leaf.uom, kind: leaf.kind, ...v, coverage };
  if (d.program !== undefined) row.program = d.program;
  if (d.category !== undefined) row.category = d.category;
  row.unit = link.code;
  row.level = link.level;
  row.unitVersion = link.version;
  if (d.reporter !== undefined) {
    row.reporter = d.reporter;
    row.jointFigures = t.joint[i] as number;
  }
  if (s.byPeriod && bucket !== null) row.period = periodFromKey(bucket, s.granularity).id;
  row.own = finite(ownValue);
  row.children = finite(childValue);
  return row;
}

/** Field `f` of the two parts' running sums at `o` and `c` in `a`, added as `addSums` adds them into new sums (from 0: the same bits). */
function pairSum(a: Float64Array, o: number, c: number, f: number): number {
  return 0 + (a[o + f] as number) + (a[c + f] as number);
}

/** `sumsValue` of one part of a rollup entry: its figures and whole-number sum, the other numbers from `at` in `a`. */
function partValue(n: number, sumI: number, a: Float64Array, at: number, q: Qualifier): AggregateValue {
  return fieldsValue(n, sumI, a[at] as number, a[at + 1] as number, a[at + 2] as number, a[at + 3] as number, a[at + 4] as number, a[at + 5] as number, a[at + 6] as number, a[at + 7] as number, q);
}

/** What `sumsValue` gives for `figures` exact whole numbers summing to `sum` (no fraction, bound or qualifier). */
function wholeValue(figures: number, sum: number): AggregateValue {
  const value = sum === 0 ? 0 : sum; // no -0
  return { value, qualifier: 'exact', lower: value < 0 ? 0 : value, lowerInclusive: true, upper: value, upperInclusive: true, figures };
}

/**
 * A value whose sum left the finite doubles (two figures of 1e308) is not a number to print:
 * `value` and its bounds are `null` and `reason` is `sum_overflow`, on the row of its group.
 */
function finite(v: AggregateValue): AggregateValue {
  if (!bad(v.value) && !bad(v.lower) && !bad(v.upper)) return v;
  return { ...v, value: null, lower: null, upper: null, lowerInclusive: false, upperInclusive: false, reason: 'sum_overflow' };
}

/** Whether a value's number left the finite doubles. */
function bad(x: number | null): boolean {
  return x !== null && !Number.isFinite(x);
}

/**
 * The positions of the cells in the order of their keys, compared part by part
 * (programme, indicator, category, unit version, reporter, bucket, uom) without building the key
 * strings. Joined with a separator below every character, the key strings sort the same way; when
 * a part holds such a character (U+0000 or U+0001) the key strings themselves are compared.
 */
function sortedOrder(s: RowSource): Int32Array {
  const n = s.size;
  const buckets = new Map<number, string>();
  // Each dimension's distinct values ranked once, the ranks packed into one number per cell:
  // the same order as comparing the strings dimension by dimension, without a string per comparison.
  // Neighbours often share a value (rollup rows of one group), so a value equal to the last one
  // takes its id without a look-up.
  const packed = new Float64Array(n);
  const ids = new Int32Array(n);
  const byTag = new Int32Array(s.tags);
  let product = 1;
  let plain = true;
  for (let col = 0; col < SORT_COLUMNS; col++) {
    const distinct: string[] = [];
    const seen = new Map<string, number>();
    let prev: string | null = null;
    let prevId = -1;
    byTag.fill(-1);
    for (let i = 0; i < n; i++) {
      const tag = keyTag(s, col, i);
      if (tag >= 0 && (byTag[tag] as number) >= 0) {
        ids[i] = byTag[tag] as number;
        continue;
      }
      const v = keyText(s, buckets, col, i);
      if (v !== prev) {
        let id = seen.get(v);
        if (id === undefined) {
          id = distinct.length;
          seen.set(v, id);
          distinct.push(v);
        }
        prev = v;
        prevId = id;
      }
      ids[i] = prevId;
      if (tag >= 0) byTag[tag] = prevId;
    }
    // A part holding a character at or below the separator: the key strings are compared instead.
    if (col < 5) for (const v of distinct) if (v.includes('\u0000') || v.includes(KEY_SEP) || v.includes('\u0002')) plain = false;
    const byValue = Array.from(distinct.keys()).sort((a, b) => cmp(distinct[a] as string, distinct[b] as string));
    const rank = new Int32Array(distinct.length);
    for (let r = 0; r < byValue.length; r++) rank[byValue[r] as number] = r;
    const m = distinct.length;
    product *= m;
    for (let i = 0; i < n; i++) packed[i] = (packed[i] as number) * m + (rank[ids[i] as number] as number);
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Ties (none in a result: keys are distinct) keep their positions, as a stable sort would.
  if (!plain) {
    // The key strings of `keyOf`: the parts joined by the separator.
    const keys = Array.from({ length: n }, (_, i) => joinKey(Array.from({ length: SORT_COLUMNS }, (_, col) => keyText(s, buckets, col, i))));
    return order.sort((a, b) => cmp(keys[a] as string, keys[b] as string) || a - b);
  }
  if (n >= RADIX_MIN && product <= Number.MAX_SAFE_INTEGER) return radixOrder(packed, product);
  if (product * n <= Number.MAX_SAFE_INTEGER) {
    // Rank, then position: a plain numeric sort.
    for (let i = 0; i < n; i++) packed[i] = (packed[i] as number) * n + i;
    packed.sort();
    for (let i = 0; i < n; i++) order[i] = (packed[i] as number) % n;
    return order;
  }
  if (product <= Number.MAX_SAFE_INTEGER) return order.sort((a, b) => (packed[a] as number) - (packed[b] as number) || a - b);
  return order.sort((ia, ib) => {
    for (let col = 0; col < SORT_COLUMNS; col++) {
      const c = cmp(keyText(s, buckets, col, ia), keyText(s, buckets, col, ib));
      if (c !== 0) return c;
    }
    return ia - ib;
  });
}

/** The parts of a row's key {@link sortedOrder} compares: programme, indicator, category, unit version, reporter, bucket, uom. */
const SORT_COLUMNS = 7;

/** The cell that stands for row `i`'s key (a rollup table entry's is its group's leaf, its unit version apart). */
function keyCell(s: RowSource, i: number): Cell {
  return i < s.nCells ? cellOf(s.entries[i] as Entry) : (s.templates[i - s.nCells] as Cell);
}

/** Part `col` of row `i`'s key, as its key string holds it (`buckets`: the padded text of each bucket met). */
function keyText(s: RowSource, buckets: Map<number, string>, col: number, i: number): string {
  const cell = keyCell(s, i);
  switch (col) {
    case 0:
      return cell.dims.program ?? '';
    case 1:
      return cell.dims.indicator ?? '';
    case 2:
      return cell.dims.category ?? '';
    case 3:
      return (i < s.nCells ? cell.version : (s.links[i - s.nCells] as RollupLink).version) ?? cell.dims.unit ?? '';
    case 4:
      return cell.dims.reporter ?? '';
    case 5: {
      const b = cell.bucket;
      if (b === null) return '';
      let k = buckets.get(b);
      if (k === undefined) {
        k = padBucket(b);
        buckets.set(b, k);
      }
      return k;
    }
    default:
      return cell.uom;
  }
}

/**
 * For column `col`, a number below `s.tags` that rows with surely the same value there share, or
 * -1: a rollup table entry's group (every part but the unit version is its group's), or for the
 * unit version its link's version.
 */
function keyTag(s: RowSource, col: number, i: number): number {
  const rollup = s.rollup;
  if (i < s.nCells || rollup === null) return -1;
  return col === 3 ? rollup.groups + (s.links[i - s.nCells] as RollupLink).vid : (rollup.group[i - s.nCells] as number);
}

/** Fewest rows ordered by {@link radixOrder} (below, a sort of numbers is as fast). */
const RADIX_MIN = 4096;

/**
 * The positions in the order of their packed ranks (each below `product`), ties in position
 * order: a stable counting sort on 16 bits of the ranks at a time, from the lowest (the order a
 * sort by rank, then position, gives; about a tenth of its time for 100,000 rows).
 */
function radixOrder(packed: Float64Array, product: number): Int32Array {
  const n = packed.length;
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  const count = new Int32Array(RADIX + 1);
  for (let scale = 1; scale < product; scale *= RADIX) {
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const d = Math.floor((packed[i] as number) / scale) % RADIX;
      count[d + 1] = (count[d + 1] as number) + 1;
    }
    for (let d = 0; d < RADIX; d++) count[d + 1] = (count[d + 1] as number) + (count[d] as number);
    for (let j = 0; j < n; j++) {
      const i = order[j] as number;
      const d = Math.floor((packed[i] as number) / scale) % RADIX;
      const at = count[d] as number;
      next[at] = i;
      count[d] = at + 1;
    }
    const t = order;
    order = next;
    next = t;
  }
  return order;
}

/** Values of one digit of {@link radixOrder}. */
const RADIX = 65536;

function cmp(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
