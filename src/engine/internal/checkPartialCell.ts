import { AntqError } from '../../errors/AntqError';
import type { IndicatorKind } from '../../catalogue/Catalogue';
import { QUALIFIERS } from '../../quantity/Qualifier';
import { UOMS } from '../../quantity/Uom';
import { UNIT_LEVELS } from '../../schema/UnitLevel';
import type { ExclusionReason } from '../AggregateRow';
import { GROUP_DIMENSIONS } from '../GroupDimension';
import type { PartialAggregate, PartialCell, PartialObservation } from '../PartialAggregate';
import { BEFORE, cellKey } from './cells';

// The one check of a partial aggregate from outside (JSON sent between machines, hand-edited or
// corrupted): each field of the type and range antq itself writes, so that a bad partial is
// refused with the field named instead of giving NaN or silently wrong rows. It runs per cell,
// not per figure.

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

/** The dimensions a cell's `dims` may hold (the period is its `bucket`). */
const DIMS: readonly string[] = GROUP_DIMENSIONS.filter((d) => d !== 'period');

/** A count: a non-negative safe integer. */
function isCount(x: unknown): boolean {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function isObject(x: unknown): x is { readonly [k: string]: unknown } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isStrings(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (const s of x as readonly unknown[]) if (typeof s !== 'string') return false;
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
  if (!(QUALIFIERS as readonly unknown[]).includes(s['qualifier'])) refuse(fn, partial, cell, `${field}.qualifier`, `one of ${QUALIFIERS.join(', ')}`);
}

/**
 * Checks the fields of a partial aggregate outside its cells: `read` and `used` counts, `excluded`
 * counts and row numbers by known reasons, `cells` an array. Its `format` is checked before.
 *
 * @throws {@link AntqError} `invalid_argument` naming `fn` and the field
 */
export function checkPartialHead(fn: PartialUser, p: PartialAggregate, partial: number | null): void {
  if (typeof p.spec !== 'string') refuse(fn, partial, null, 'spec', 'a string');
  if (!isCount(p.read)) refuse(fn, partial, null, 'read', 'a count (a non-negative safe integer)');
  if (!isCount(p.used)) refuse(fn, partial, null, 'used', 'a count (a non-negative safe integer)');
  if (!isObject(p.excluded)) refuse(fn, partial, null, 'excluded', 'an object');
  for (const [reason, e] of Object.entries(p.excluded as { readonly [k: string]: unknown })) {
    if (!Object.hasOwn(REASONS, reason)) refuse(fn, partial, null, `excluded.${reason}`, 'a reason figures are left out for');
    if (!isObject(e) || !isCount(e['count'])) refuse(fn, partial, null, `excluded.${reason}.count`, 'a count (a non-negative safe integer)');
    const rows = e['rows'];
    if (!Array.isArray(rows) || !(rows as readonly unknown[]).every(isCount)) refuse(fn, partial, null, `excluded.${reason}.rows`, 'a list of row numbers (non-negative safe integers)');
  }
  if (!Array.isArray(p.cells)) refuse(fn, partial, null, 'cells', 'an array');
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
 * key would merge with the wrong cells). Each stock level is checked with `checkLevel`.
 *
 * @param fn - the function whose input the cell is, named first in the message
 * @param c - the cell, as given
 * @param partial - the partial's position in the list merged, or `null` for a single partial
 * @param cell - the cell's position in the partial's cells
 * @throws {@link AntqError} `invalid_argument` naming `fn`, the cell's position and the field
 */
export function checkPartialCell(fn: PartialUser, c: PartialCell, partial: number | null, cell: number): void {
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
  if (!isStrings(c.units)) refuse(fn, partial, cell, 'units', 'a list of unit codes (strings)');
  if (!isCount(c.joint)) refuse(fn, partial, cell, 'joint', 'a count (a non-negative safe integer)');
  if (c.restatedFrom !== undefined && !isStrings(c.restatedFrom)) refuse(fn, partial, cell, 'restatedFrom', 'a list of unit codes (strings)');
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
    }
  }
  if (c.key !== cellKey(c.dims, c.version, c.bucket, c.uom)) refuse(fn, partial, cell, 'key', 'the key of its dimensions, bucket and unit of measure');
}
