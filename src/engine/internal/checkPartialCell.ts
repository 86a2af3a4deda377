import { AntqError } from '../../errors/AntqError';
import type { IndicatorKind } from '../../catalogue/Catalogue';
import { combineQualifiers } from '../../quantity/combineQualifiers';
import { QUALIFIERS, type Qualifier } from '../../quantity/Qualifier';
import { UOMS } from '../../quantity/Uom';
import { UNIT_LEVELS, type UnitLevel } from '../../schema/UnitLevel';
import type { ExclusionReason } from '../AggregateRow';
import { GROUP_DIMENSIONS } from '../GroupDimension';
import type { PartialAggregate, PartialCell, PartialObservation, PartialSums } from '../PartialAggregate';
import { BEFORE, cellKey } from './cells';
import { KEEP_ROWS } from './Exclusion';
import { indicatorInfo, keyShape, type IndicatorInfo, type Spec } from './spec';

// The one check of a partial aggregate from outside (JSON sent between machines, hand-edited or
// corrupted): each field of the type and range antq itself writes, and the fields in the
// relations every partial antq writes keeps between them (counts that add up, sums of no figures
// zero, a cell's dimensions those of the spec), so that a bad partial is refused with the field
// named instead of giving NaN or silently wrong rows. It runs per cell, not per figure.

/** The function whose input is checked, named first in its messages. */
export type PartialUser = 'mergePartials' | 'finalizePartial';

const KINDS: readonly IndicatorKind[] = ['flow', 'stock', 'ratio'];

/** Every reason a figure is left out for, as a set a key of `excluded` is looked up in. */
const REASONS: { readonly [R in ExclusionReason]: true } = {
  unknown_indicator: true,
  uom_not_allowed: true,
  invalid_value: true,
  no_period: true,
  invalid_period: true,
  outside_window: true,
  straddles_window: true,
  straddles_bucket: true,
  unknown_unit: true,
  above_level: true,
  not_restatable: true,
  invalid_text: true,
};

/** The qualifiers of a sum: never `vague`, which counts as `at_least` in a sum (`combineQualifiers`). */
const SUM_QUALIFIERS: readonly Qualifier[] = QUALIFIERS.filter((q) => q !== 'vague');

/**
 * The parts of running sums each qualifier of a sum leaves at 0 (`zero`) and those it needs at
 * least 1 of (`some`): a sum's qualifier is the join of its figures' (`addToSums`), so `exact`
 * has no bounds apart from its value, `at_least` and `over` (figures with no upper bound) no
 * deltas and each unbounded figure counted, `nearly` and `under` (bounds below the value) no
 * upper delta nor unbounded figure and an excluded upper bound counted; `about` may have any.
 */
const BY_QUALIFIER: { readonly [Q in Qualifier]?: { readonly zero: readonly (keyof PartialSums)[]; readonly some: readonly (keyof PartialSums)[] } } = {
  exact: { zero: ['lowerDelta', 'upperDelta', 'unbounded', 'lowerExclusive', 'upperExclusive'], some: [] },
  at_least: { zero: ['lowerDelta', 'upperDelta', 'lowerExclusive', 'upperExclusive'], some: ['unbounded'] },
  over: { zero: ['lowerDelta', 'upperDelta', 'upperExclusive'], some: ['unbounded', 'lowerExclusive'] },
  nearly: { zero: ['upperDelta', 'unbounded', 'lowerExclusive'], some: ['upperExclusive'] },
  under: { zero: ['upperDelta', 'unbounded', 'lowerExclusive'], some: ['upperExclusive'] },
};

/**
 * What the spec of a partial (and, for `finalizePartial`, its options) says its cells are: the
 * relations between a cell's fields and the options it was made with.
 */
export interface PartialShape {
  /** The dimensions a cell's `dims` holds: those grouped by but the period (its `bucket`). */
  readonly dims: ReadonlySet<string>;
  readonly byPeriod: boolean;
  readonly byUnit: boolean;
  /** Whether there was a period window (stocks before it make cells of bucket `BEFORE`). */
  readonly windowed: boolean;
  readonly rollup: boolean;
  /** The level every cell's unit is at (`options.level`), or `null`. */
  readonly level: UnitLevel | null;
  /** Whether units were restated (`asOf`). */
  readonly asOf: boolean;
  /** Whether a units registry was given (a cell grouped by unit then names its unit version); `null` when not known. */
  readonly registry: boolean | null;
  /** The catalogue's facts of an indicator (`null`: not in it), or `null` when no catalogue is known (`mergePartials`). */
  readonly indicator: ((id: string) => IndicatorInfo | null) | null;
  /**
   * Cells as `antq/sql` hands them to the stock level walker: a stock cell's levels come apart
   * (none in the cell), its sums are those of its figures and a rollup cell's total is its own
   * part's (the database's, neither read).
   */
  readonly sqlCells: boolean;
}

function shapeOf(dims: readonly string[], s: Omit<PartialShape, 'dims' | 'byPeriod' | 'byUnit'>): PartialShape {
  return { dims: new Set(dims.filter((d) => d !== 'period')), byPeriod: dims.includes('period'), byUnit: dims.includes('unit'), ...s };
}

/** The shape of the cells `finalizePartial` is given for `spec` (its options, checked). */
export function specShape(spec: Spec, sqlCells: boolean): PartialShape {
  // Looked up once per indicator, not per cell.
  const known = new Map<string, IndicatorInfo | null>();
  const indicator = (id: string): IndicatorInfo | null => {
    let info = known.get(id);
    if (info === undefined) known.set(id, (info = indicatorInfo(spec.catalogue, id)));
    return info;
  };
  return shapeOf(spec.dims, { windowed: spec.window !== null, rollup: spec.rollup, level: spec.level, asOf: spec.asOf !== null, registry: spec.units !== null, indicator, sqlCells });
}

/**
 * The shape of the cells of partials whose spec is `p.spec` (`mergePartials`, which has no
 * options): a registry is known to have been given only when an option that needs one was.
 *
 * @throws {@link AntqError} `invalid_argument` when the spec is not one antq writes
 */
export function partialShape(fn: PartialUser, p: PartialAggregate, partial: number | null): PartialShape {
  const k = keyShape(p.spec);
  if (k === null) refuse(fn, partial, null, 'spec', 'a spec antq writes (the JSON of the options that shape cells)');
  const registry = k.level !== null || k.rollup || k.reportingLevel !== null || k.asOf !== null ? true : null;
  return shapeOf(k.dims, { windowed: k.windowed, rollup: k.rollup, level: k.level, asOf: k.asOf !== null, registry, indicator: null, sqlCells: false });
}

/** The dimensions a cell's `dims` may hold (the period is its `bucket`). */
const DIMS: readonly string[] = GROUP_DIMENSIONS.filter((d) => d !== 'period');

/** A count: a non-negative safe integer. */
function isCount(x: unknown): boolean {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function isObject(x: unknown): x is { readonly [k: string]: unknown } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A list of strings, sorted (as `<` orders them) and without repeats, as antq writes unit codes. */
function isSortedStrings(x: unknown): x is readonly string[] {
  if (!Array.isArray(x)) return false;
  let prev: unknown = null;
  for (const s of x as readonly unknown[]) {
    if (typeof s !== 'string' || (prev !== null && !((prev as string) < s))) return false;
    prev = s;
  }
  return true;
}

/**
 * Where in its input a field is: `partial` is the partial's position in the list merged (`null`
 * for a single partial), `cell` the cell's position in its cells (`null` for a field outside them).
 */
function place(partial: number | null, cell: number | null): string {
  if (partial === null) return cell === null ? 'the partial' : `cell ${cell}`;
  return cell === null ? `partial ${partial}` : `partial ${partial}, cell ${cell}`;
}

/** Refuses a field of a partial at {@link place}. */
function refuse(fn: PartialUser, partial: number | null, cell: number | null, field: string, rule: string): never {
  throw new AntqError('invalid_argument', `${fn}: ${place(partial, cell)}: field ${field} is not ${rule}`);
}

/**
 * An exact sum as antq writes it: an integer part (any integer, or `null`/±Infinity for a sum that
 * overflowed) and a part in millionths (below a million in size as `exactJson` writes it, any
 * safe integer as antq/sql does), both of the sum's sign (`sign`: 1 not negative, −1 not positive).
 */
function isExact(x: unknown, sign: 1 | -1): boolean {
  if (!Array.isArray(x) || x.length !== 2) return false;
  const whole: unknown = x[0];
  const micro: unknown = x[1];
  const wholeOk = whole === null || (typeof whole === 'number' && (Number.isInteger(whole) || whole === sign * Number.POSITIVE_INFINITY) && whole * sign >= 0);
  return wholeOk && typeof micro === 'number' && Number.isSafeInteger(micro) && micro * sign >= 0;
}

function checkSums(fn: PartialUser, partial: number | null, cell: number, field: string, s: unknown): void {
  if (!isObject(s)) refuse(fn, partial, cell, field, 'running sums (an object)');
  if (!isCount(s['n'])) refuse(fn, partial, cell, `${field}.n`, 'a count (a non-negative safe integer)');
  if (!isCount(s['unbounded'])) refuse(fn, partial, cell, `${field}.unbounded`, 'a count (a non-negative safe integer)');
  if (!isCount(s['lowerExclusive'])) refuse(fn, partial, cell, `${field}.lowerExclusive`, 'a count (a non-negative safe integer)');
  if (!isCount(s['upperExclusive'])) refuse(fn, partial, cell, `${field}.upperExclusive`, 'a count (a non-negative safe integer)');
  // Each counts some of the cell's `n` figures: more than `n` is a partial antq did not write.
  for (const k of ['unbounded', 'lowerExclusive', 'upperExclusive'] as const) if ((s[k] as number) > (s['n'] as number)) refuse(fn, partial, cell, `${field}.${k}`, `at most ${field}.n`);
  if (!isExact(s['sum'], 1)) refuse(fn, partial, cell, `${field}.sum`, 'an exact sum (an integer and millionths, not negative)');
  if (!isExact(s['lowerDelta'], -1)) refuse(fn, partial, cell, `${field}.lowerDelta`, 'an exact sum (an integer and millionths, not positive)');
  if (!isExact(s['upperDelta'], 1)) refuse(fn, partial, cell, `${field}.upperDelta`, 'an exact sum (an integer and millionths, not negative)');
  if (!(SUM_QUALIFIERS as readonly unknown[]).includes(s['qualifier'])) refuse(fn, partial, cell, `${field}.qualifier`, `one of ${SUM_QUALIFIERS.join(', ')}`);
  checkSumsAgree(fn, partial, cell, field, s as unknown as PartialSums);
}

/** Whether a part of running sums is 0 (a count, or an exact sum `[0, 0]`). */
function isZero(x: number | readonly [number, number]): boolean {
  return typeof x === 'number' ? x === 0 : x[0] === 0 && x[1] === 0;
}

/** The parts of running sums (each well formed) as their qualifier and their count of figures have them. */
function checkSumsAgree(fn: PartialUser, partial: number | null, cell: number, field: string, s: PartialSums): void {
  if (s.n === 0) {
    // The sums of no figures: nothing summed, qualifier `exact` (whose parts are then all 0).
    if (!isZero(s.sum)) refuse(fn, partial, cell, `${field}.sum`, `[0, 0] (${field}.n is 0)`);
    if (s.qualifier !== 'exact') refuse(fn, partial, cell, `${field}.qualifier`, `exact (${field}.n is 0)`);
  }
  const rule = BY_QUALIFIER[s.qualifier];
  if (rule === undefined) return;
  for (const k of rule.zero) if (!isZero(s[k] as number | readonly [number, number])) refuse(fn, partial, cell, `${field}.${k}`, `0 (${field}.qualifier is ${s.qualifier})`);
  for (const k of rule.some) if ((s[k] as number) < 1) refuse(fn, partial, cell, `${field}.${k}`, `at least 1 (${field}.qualifier is ${s.qualifier})`);
}

/**
 * Checks the fields of a partial aggregate outside its cells: `read` and `used` counts, `excluded`
 * counts and row numbers by known reasons, `cells` an array; and that they add up: every figure
 * read is used or left out (`read` = `used` + the counts of `excluded`), each reason has left out
 * a figure and keeps its first row numbers (`min(count, 20)` of them, sorted), and a partial no
 * figure took part in has no cells. Its `format` is checked before.
 *
 * @param fromSql - the partial is the one `antq/sql` makes from a database: a reason may keep
 *   fewer row numbers than that (a figure of a caller's table may have no `row_no`), not more
 * @throws {@link AntqError} `invalid_argument` naming `fn` and the field
 */
export function checkPartialHead(fn: PartialUser, p: PartialAggregate, partial: number | null, fromSql = false): void {
  if (typeof p.spec !== 'string') refuse(fn, partial, null, 'spec', 'a string');
  if (!isCount(p.read)) refuse(fn, partial, null, 'read', 'a count (a non-negative safe integer)');
  if (!isCount(p.used)) refuse(fn, partial, null, 'used', 'a count (a non-negative safe integer)');
  if (!isObject(p.excluded)) refuse(fn, partial, null, 'excluded', 'an object');
  let left = 0;
  for (const [reason, e] of Object.entries(p.excluded as { readonly [k: string]: unknown })) {
    if (!Object.hasOwn(REASONS, reason)) refuse(fn, partial, null, `excluded.${reason}`, 'a reason figures are left out for');
    if (!isObject(e) || !isCount(e['count'])) refuse(fn, partial, null, `excluded.${reason}.count`, 'a count (a non-negative safe integer)');
    const count = e['count'] as number;
    if (count === 0) refuse(fn, partial, null, `excluded.${reason}.count`, 'at least 1 (a reason is listed once a figure is left out for it)');
    left += count;
    const rows = e['rows'];
    if (!Array.isArray(rows) || !(rows as readonly unknown[]).every(isCount)) refuse(fn, partial, null, `excluded.${reason}.rows`, 'a list of row numbers (non-negative safe integers)');
    // The first row numbers, sorted (row numbers a caller gives may repeat, so not distinct).
    const kept = rows as readonly number[];
    if (fromSql ? kept.length > Math.min(count, KEEP_ROWS) : kept.length !== Math.min(count, KEEP_ROWS)) refuse(fn, partial, null, `excluded.${reason}.rows`, `the first ${Math.min(count, KEEP_ROWS)} row numbers (one per figure counted, at most ${KEEP_ROWS})`);
    for (let i = 1; i < kept.length; i++) if ((kept[i - 1] as number) > (kept[i] as number)) refuse(fn, partial, null, `excluded.${reason}.rows`, 'sorted');
  }
  if (p.read !== p.used + left) refuse(fn, partial, null, 'read', `used + the counts of excluded (${p.used + left}: every figure read is used or left out)`);
  if (!Array.isArray(p.cells)) refuse(fn, partial, null, 'cells', 'an array');
  if (p.used === 0 && p.cells.length > 0) refuse(fn, partial, null, 'cells', 'empty (used is 0: no figure took part)');
}

/**
 * A stock level (a partial's, or one handed to the stock walker) as the stock walk needs it: its
 * day, value and last day finite numbers (not `NaN` nor infinite), its value not negative, and
 * its qualifier one of `QUALIFIERS` (the walk keeps a qualifier as its position). The one check
 * of a level from outside the engine.
 *
 * @throws {@link AntqError} `invalid_argument` when it is not
 */
export function checkLevel(o: PartialObservation, fn: PartialUser = 'finalizePartial', where = ''): void {
  // Finite and not negative, as the rows a level is made from (an infinite or negative value is
  // excluded there as `invalid_value`): an infinite level gave a row whose value was infinite, a
  // negative one a row whose lower bound (never below 0) exceeded its upper.
  const ok = Number.isFinite(o.day) && Number.isFinite(o.value) && o.value >= 0 && (o.until === undefined || Number.isFinite(o.until)) && (QUALIFIERS as readonly string[]).includes(o.qualifier);
  if (!ok) throw new AntqError('invalid_argument', `${fn}: ${where}a stock level of series ${JSON.stringify(o.series)} is not a level (day, value and last day finite numbers, value >= 0, qualifier one of ${QUALIFIERS.join(', ')})`);
}

/**
 * Checks one cell of a partial aggregate from outside: each field of the type and range antq
 * writes (counts, exact sums, known kinds, qualifiers, units of measure and levels, strings), and
 * its key the one antq makes of its dimensions, bucket and unit of measure (a cell under another
 * key would merge with the wrong cells), after the key of the cell before it. Each stock level is
 * checked with `checkLevel`. Then the fields against one another and the spec (`shape`), as
 * every cell antq writes has them: sums as their qualifier and count of figures say (see
 * {@link BY_QUALIFIER}); the dimensions, bucket, rollup parts, unit version and level the spec
 * gives; at least one figure (a flow's or ratio's in its sums, a stock's in its levels and none
 * in its sums), no more joint figures or units than figures; a rollup total that is its parts;
 * unit codes and stock levels sorted, without repeats.
 *
 * @param fn - the function whose input the cell is, named first in the message
 * @param c - the cell, as given
 * @param partial - the partial's position in the list merged, or `null` for a single partial
 * @param cell - the cell's position in the partial's cells
 * @param shape - what the partial's spec says of its cells
 * @param before - the cell before it (checked), or `undefined` for the first
 * @throws {@link AntqError} `invalid_argument` naming `fn`, the cell's position and the field
 */
export function checkPartialCell(fn: PartialUser, c: PartialCell, partial: number | null, cell: number, shape: PartialShape, before: PartialCell | undefined): void {
  const o: unknown = c;
  if (!isObject(o)) refuse(fn, partial, cell, 'cell', 'an object');
  if (typeof c.key !== 'string') refuse(fn, partial, cell, 'key', 'a string');
  if (typeof c.indicator !== 'string') refuse(fn, partial, cell, 'indicator', 'a string');
  const dims: unknown = c.dims;
  if (!isObject(dims)) refuse(fn, partial, cell, 'dims', 'an object of dimension values');
  for (const d in dims) {
    if (!DIMS.includes(d)) refuse(fn, partial, cell, `dims.${d}`, `a grouping dimension (${DIMS.join(', ')})`);
    if (typeof dims[d] !== 'string') refuse(fn, partial, cell, `dims.${d}`, 'a string');
  }
  if (c.dims.indicator !== c.indicator) refuse(fn, partial, cell, 'dims.indicator', 'the cell indicator');
  if (!(c.bucket === null || (Number.isSafeInteger(c.bucket) && c.bucket >= BEFORE))) refuse(fn, partial, cell, 'bucket', `null or a period bucket (an integer >= ${BEFORE})`);
  if (!(UOMS as readonly unknown[]).includes(c.uom)) refuse(fn, partial, cell, 'uom', 'a unit of measure antq knows');
  if (!KINDS.includes(c.kind)) refuse(fn, partial, cell, 'kind', `one of ${KINDS.join(', ')}`);
  if (c.level !== undefined && !(UNIT_LEVELS as readonly unknown[]).includes(c.level)) refuse(fn, partial, cell, 'level', `one of ${UNIT_LEVELS.join(', ')}`);
  if (c.version !== undefined && typeof c.version !== 'string') refuse(fn, partial, cell, 'version', 'a string');
  checkSums(fn, partial, cell, 'total', c.total);
  if ((c.own === undefined) !== (c.children === undefined)) refuse(fn, partial, cell, c.own === undefined ? 'own' : 'children', 'given (a rollup cell has both own and children sums)');
  if (c.own !== undefined) checkSums(fn, partial, cell, 'own', c.own);
  if (c.children !== undefined) checkSums(fn, partial, cell, 'children', c.children);
  if (!isSortedStrings(c.units)) refuse(fn, partial, cell, 'units', 'a list of unit codes (strings), sorted, without repeats');
  if (!isCount(c.joint)) refuse(fn, partial, cell, 'joint', 'a count (a non-negative safe integer)');
  if (c.restatedFrom !== undefined && !(isSortedStrings(c.restatedFrom) && c.restatedFrom.length > 0)) refuse(fn, partial, cell, 'restatedFrom', 'a list of unit codes (strings), sorted, without repeats, not empty');
  const levels: unknown = c.observations;
  if (levels !== undefined) {
    if (c.kind !== 'stock') refuse(fn, partial, cell, 'observations', 'absent (only a stock cell has stock levels)');
    if (!Array.isArray(levels)) refuse(fn, partial, cell, 'observations', 'a list of stock levels');
    for (let i = 0; i < levels.length; i++) {
      const l: unknown = levels[i];
      if (!isObject(l)) refuse(fn, partial, cell, `observations[${i}]`, 'a stock level (an object)');
      if (typeof l['series'] !== 'string') refuse(fn, partial, cell, `observations[${i}].series`, 'a string');
      if (typeof l['unit'] !== 'string') refuse(fn, partial, cell, `observations[${i}].unit`, 'a string');
      if (typeof l['own'] !== 'boolean') refuse(fn, partial, cell, `observations[${i}].own`, 'true or false');
      checkLevel(l as unknown as PartialObservation, fn, `${place(partial, cell)}, observations[${i}]: `);
      // One level per series, sorted by series; none after its unit's last day.
      if (i > 0 && !((levels[i - 1] as PartialObservation).series < l['series'])) refuse(fn, partial, cell, `observations[${i}].series`, 'after the series of the level before it (levels sorted by series, one per series)');
      if (l['until'] !== undefined && (l['until'] as number) < (l['day'] as number)) refuse(fn, partial, cell, `observations[${i}].until`, `at or after its day (${String(l['day'])})`);
      if (!shape.rollup && l['own'] !== true) refuse(fn, partial, cell, `observations[${i}].own`, 'true (without rollup every level is its unit\'s own)');
    }
  }
  // Before the key, which is made of them: a field that disagrees with the spec is named itself.
  checkCellAgrees(fn, c, partial, cell, shape);
  if (c.key !== cellKey(c.dims, c.version, c.bucket, c.uom)) refuse(fn, partial, cell, 'key', 'the key of its dimensions, bucket and unit of measure');
  if (before !== undefined && !(before.key < c.key)) refuse(fn, partial, cell, 'key', 'after the key of the cell before it (cells sorted by key, each key once)');
}

/** A cell's fields (each well formed) against one another and the spec: see {@link checkPartialCell}. */
function checkCellAgrees(fn: PartialUser, c: PartialCell, partial: number | null, cell: number, shape: PartialShape): void {
  // The kind and unit of measure the catalogue gives its indicator (a flow relabelled a ratio).
  if (shape.indicator !== null) {
    const info = shape.indicator(c.indicator);
    if (info === null) refuse(fn, partial, cell, 'indicator', 'an indicator of the catalogue');
    if (c.kind !== info.kind) refuse(fn, partial, cell, 'kind', `${info.kind} (the kind of ${c.indicator} in the catalogue)`);
    // Its default unit of measure is taken even when not among its `uoms` (as the engine takes a
    // figure's: a catalogue's `defaultUom` outside its `uoms` is not refused anywhere).
    if (c.uom !== info.defaultUom && !info.uoms.has(c.uom)) refuse(fn, partial, cell, 'uom', `a unit of measure of ${c.indicator} in the catalogue (one of its uoms, or its defaultUom)`);
  }
  let nDims = 0;
  for (const d in c.dims) {
    if (!shape.dims.has(d)) refuse(fn, partial, cell, `dims.${d}`, 'absent (the partial is not grouped by it)');
    nDims++;
  }
  if (nDims !== shape.dims.size) {
    for (const d of shape.dims) if (!Object.hasOwn(c.dims, d)) refuse(fn, partial, cell, `dims.${d}`, 'given (the partial is grouped by it)');
  }
  // Grouped by period, every cell has a bucket; else a flow or ratio none, and a stock 0 (in the
  // window) or BEFORE (before the window: only with one).
  if (shape.byPeriod ? c.bucket === null : c.kind === 'stock' ? c.bucket !== 0 && c.bucket !== BEFORE : c.bucket !== null) {
    refuse(fn, partial, cell, 'bucket', shape.byPeriod ? 'a period bucket (the partial is grouped by period)' : c.kind === 'stock' ? `0 or ${BEFORE} (the partial is not grouped by period)` : 'null (the partial is not grouped by period)');
  }
  if (c.bucket === BEFORE && !(c.kind === 'stock' && shape.windowed)) refuse(fn, partial, cell, 'bucket', `${BEFORE} only for a stock cell with a period window (stocks before the window)`);
  if ((c.own !== undefined) !== shape.rollup) refuse(fn, partial, cell, 'own', shape.rollup ? 'given (the partial is a rollup\'s)' : 'absent (the partial is not a rollup\'s)');
  checkCellUnit(fn, c, partial, cell, shape);
  if (c.restatedFrom !== undefined && !shape.asOf) refuse(fn, partial, cell, 'restatedFrom', 'absent (units are restated only with asOf)');
  const own = c.own;
  const children = c.children;
  if (c.kind !== 'stock') {
    const n = own !== undefined && children !== undefined ? own.n + children.n : c.total.n;
    const field = own !== undefined ? 'children.n' : 'total.n';
    if (n === 0) refuse(fn, partial, cell, field, own !== undefined ? 'at least 1 when own.n is 0 (a cell holds a figure)' : 'at least 1 (a cell holds a figure)');
    if (c.joint > n) refuse(fn, partial, cell, 'joint', `at most the cell's figures (${n})`);
    if (c.units.length > n) refuse(fn, partial, cell, 'units', `at most as many as the cell's figures (${n})`);
  } else if (!shape.sqlCells) {
    // A stock's figures are its levels: its sums are those of no figures.
    for (const [field, s] of [['total', c.total], ['own', own], ['children', children]] as const) {
      if (s !== undefined && s.n !== 0) refuse(fn, partial, cell, `${field}.n`, "0 (a stock cell's figures are its levels)");
    }
    const levels = c.observations;
    if (levels === undefined || levels.length === 0) refuse(fn, partial, cell, 'observations', 'a list of at least one stock level (a stock cell holds a figure)');
    if (c.units.length > levels.length) refuse(fn, partial, cell, 'units', `at most as many as its levels (${levels.length}: a series is of one unit)`);
  }
  // A rollup cell's total is its two parts added (its sums are not compared: past 2^53 their
  // rounding depends on the order added, and the total is not read back, its parts are).
  if (own !== undefined && children !== undefined && !shape.sqlCells) {
    const t = c.total;
    for (const k of ['n', 'unbounded', 'lowerExclusive', 'upperExclusive'] as const) {
      if (t[k] !== own[k] + children[k]) refuse(fn, partial, cell, `total.${k}`, `own.${k} + children.${k} (a rollup cell's total is its two parts)`);
    }
    if (t.qualifier !== combineQualifiers(own.qualifier, children.qualifier)) refuse(fn, partial, cell, 'total.qualifier', "the qualifier of own and children summed (a rollup cell's total is its two parts)");
  }
}

/** A cell's unit version and level as the spec gives them: both or neither, of the cell's unit. */
function checkCellUnit(fn: PartialUser, c: PartialCell, partial: number | null, cell: number, shape: PartialShape): void {
  const versioned = c.version !== undefined;
  if ((c.level !== undefined) !== versioned) refuse(fn, partial, cell, 'level', versioned ? 'given (a cell with a unit version has its level)' : 'absent (a cell has a level only with its unit version)');
  if (shape.registry !== null && versioned !== (shape.byUnit && shape.registry)) {
    // `finalizePartial` knows its own options.units, not the partial's (the spec leaves the registry
    // out): there a partial made with or without one, finalized the other way, is the likelier cause.
    const hint = shape.indicator === null ? '' : versioned ? ': or the partial was made with options.units and these options are without' : ': or the partial was made without options.units';
    refuse(fn, partial, cell, 'version', versioned ? `absent (a cell has a unit version only when grouped by unit with a units registry${hint})` : `given (grouped by unit with a units registry, a cell names its unit version${hint})`);
  }
  if (!versioned) return;
  const unit = c.dims.unit;
  if (unit === undefined || !c.version.startsWith(`${unit}@`)) refuse(fn, partial, cell, 'version', 'a version of the cell\'s unit (its code, @, its first day)');
  if (shape.level !== null && c.level !== shape.level) refuse(fn, partial, cell, 'level', `${shape.level} (the level the partial was made for)`);
}
