import { AntqError } from '../errors/AntqError';
import type { Quantity } from './quantity';
import type { Uom } from './Uom';

/**
 * Multiplies a quantity by a non-negative factor (an annual average is a total scaled by
 * 1 / years). Value and bounds scale; the qualifier stays, except that `vague` becomes
 * `at_least` (a scaled magnitude is no longer a magnitude word), and a factor of 0 gives an
 * exact 0.
 *
 * @param q - the quantity
 * @param factor - a finite number >= 0
 * @returns the scaled quantity (without `raw`)
 * @throws {@link AntqError} `invalid_factor` when the factor is negative or not finite
 * @example
 * ```ts
 * const avg = scaleQuantity(quantity(2412, 'count', 'over'), 1 / 4);
 * [avg.value, avg.qualifier, avg.lower, avg.upper];
 * // => [603, 'over', 603, null]
 * ```
 * @category Quantities
 */
export function scaleQuantity<U extends Uom>(q: Quantity<U>, factor: number): Quantity<U> {
  if (typeof factor !== 'number' || !Number.isFinite(factor) || factor < 0) {
    throw new AntqError('invalid_factor', `scaleQuantity: factor must be a finite number >= 0, got ${String(factor)}`);
  }
  if (factor === 0) {
    return { value: 0, qualifier: 'exact', uom: q.uom, lower: 0, lowerInclusive: true, upper: 0, upperInclusive: true };
  }
  return {
    value: q.value * factor,
    qualifier: q.qualifier === 'vague' ? 'at_least' : q.qualifier,
    uom: q.uom,
    lower: q.lower === null ? null : q.lower * factor,
    lowerInclusive: q.lowerInclusive,
    upper: q.upper === null ? null : q.upper * factor,
    upperInclusive: q.upperInclusive,
  };
}
