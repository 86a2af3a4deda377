import type { ParseResult } from '../errors/ParseResult';
import { alignUoms } from './internal/alignUoms';
import type { Quantity } from './quantity';
import type { Uom } from './Uom';
import { differenceQualifier } from './differenceQualifier';

/**
 * The difference `a − b` (e.g. this period minus the last), with the interval of every possible
 * true difference: `lower = a.lower − b.upper`, `upper = a.upper − b.lower`, `null` where an end
 * is unbounded. The qualifier comes from {@link differenceQualifier}: inexact when either side is.
 * The value may be negative. Percentages subtract (percentage points).
 *
 * @param a - the minuend
 * @param b - the subtrahend, of the same unit type as `a`
 * @returns the difference, or a failure with a `uom_mismatch` issue (path `[1]`)
 * @example
 * ```ts
 * const r = subtractQuantities(quantity(130, 'piece', 'over'), quantity(100, 'piece'));
 * r.ok && [r.value.value, r.value.qualifier, r.value.lower, r.value.upper];
 * // => [30, 'over', 30, null]
 * ```
 * @category Quantities
 */
export function subtractQuantities<U extends Uom>(
  a: Quantity<U>,
  b: Quantity<NoInfer<U>>,
): ParseResult<Quantity<U>> {
  const aligned = alignUoms([a, b]);
  if (!aligned.ok) return aligned;
  const [x, y] = aligned.items as readonly [Quantity, Quantity];
  const lower = x.lower === null || y.upper === null ? null : x.lower - y.upper;
  const upper = x.upper === null || y.lower === null ? null : x.upper - y.lower;
  return {
    ok: true,
    value: {
      value: x.value - y.value,
      qualifier: differenceQualifier(x.qualifier, y.qualifier),
      uom: aligned.uom as U,
      lower,
      lowerInclusive: lower !== null && x.lowerInclusive && y.upperInclusive,
      upper,
      upperInclusive: upper !== null && x.upperInclusive && y.lowerInclusive,
    },
  };
}
