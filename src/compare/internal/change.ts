import type { IndicatorKind } from '../../catalogue/Catalogue';
import type { AggregateValue } from '../../engine/AggregateRow';
import type { Change, ComparisonReason } from '../ComparisonRow';
import type { Quantity } from '../../quantity/quantity';
import type { Uom } from '../../quantity/Uom';
import { subtractQuantities } from '../../quantity/subtractQuantities';

/** The outcome of comparing two sides of one group. */
export interface Outcome {
  readonly change: Change | null;
  readonly percentChange: Change | null;
  readonly ratio: number | null;
  readonly reason?: ComparisonReason;
}

/** An aggregate value with a number, as a quantity (bounds as given). */
export function asQuantity(v: AggregateValue & { readonly value: number }, uom: Uom): Quantity {
  return {
    value: v.value,
    qualifier: v.qualifier,
    uom,
    lower: v.lower,
    lowerInclusive: v.lowerInclusive,
    upper: v.upper,
    upperInclusive: v.upperInclusive,
  };
}

function known(v: AggregateValue | null): v is AggregateValue & { readonly value: number } {
  return v !== null && v.value !== null;
}

/** Why two sides cannot be subtracted, or `null` when they can. */
export function missingReason(cur: AggregateValue | null, base: AggregateValue | null): ComparisonReason | null {
  if (cur === null && base === null) return 'missing_both';
  if (cur === null) return 'missing_current';
  if (base === null) return 'missing_baseline';
  if (cur.value === null || base.value === null) return 'value_unknown';
  return null;
}

/**
 * Relative growth in percent, `100 × ((cur / base) ^ exponent − 1)`, with the interval of every
 * possible true growth (the ratio is smallest at cur.lower / base.upper, largest at
 * cur.upper / base.lower). The qualifier is `qualifier` (that of the difference). The base must
 * be > 0.
 */
export function growth(cur: Quantity, base: Quantity, exponent: number, qualifier: Change['qualifier']): Change {
  const pct = (r: number): number => 100 * (Math.pow(r, exponent) - 1);
  const value = exponent === 1 ? (100 * (cur.value - base.value)) / base.value : pct(cur.value / base.value);
  if (qualifier === 'exact') {
    return { value, qualifier, lower: value, lowerInclusive: true, upper: value, upperInclusive: true };
  }
  const cl = cur.lower ?? 0;
  const lower = base.upper === null ? -100 : pct(cl / base.upper);
  const lowerInclusive = base.upper === null ? cl === 0 && cur.lowerInclusive : cur.lowerInclusive && base.upperInclusive;
  const bl = base.lower ?? 0;
  const upper = cur.upper === null || !(bl > 0) ? null : pct(cur.upper / bl);
  return {
    value,
    qualifier,
    lower: Math.min(lower, value),
    lowerInclusive: lower > value ? true : lowerInclusive,
    upper: upper === null ? null : Math.max(upper, value),
    upperInclusive: upper !== null && (upper < value ? true : cur.upperInclusive && base.lowerInclusive),
  };
}

/**
 * Compares two sides of one group: the difference (percentage points for ratios), the percent
 * change and the ratio of the stated values, each `null` with a reason when it cannot be given.
 */
export function compareValues(cur: AggregateValue | null, base: AggregateValue | null, kind: IndicatorKind, uom: Uom): Outcome {
  const missing = missingReason(cur, base);
  if (missing !== null || !known(cur) || !known(base)) {
    return { change: null, percentChange: null, ratio: null, reason: missing ?? 'value_unknown' };
  }
  const a = asQuantity(cur, uom);
  const b = asQuantity(base, uom);
  const d = subtractQuantities(a, b);
  // Both sides carry the same unit of measure, so the subtraction does not fail in practice.
  if (!d.ok) return { change: null, percentChange: null, ratio: null, reason: 'value_unknown' };
  const change: Change = {
    value: d.value.value,
    qualifier: d.value.qualifier,
    lower: d.value.lower,
    lowerInclusive: d.value.lowerInclusive,
    upper: d.value.upper,
    upperInclusive: d.value.upperInclusive,
  };
  if (kind === 'ratio') return { change, percentChange: null, ratio: null, reason: 'percentage_points' };
  if (!(b.value > 0)) return { change, percentChange: null, ratio: null, reason: 'zero_baseline' };
  return { change, percentChange: growth(a, b, 1, change.qualifier), ratio: a.value / b.value };
}
