import type { ParseResult } from '../errors/ParseResult';
import { alignUoms } from './internal/alignUoms';
import { notAdditive, sumAligned } from './internal/arithmetic';
import type { Quantity } from './quantity';
import type { Uom } from './Uom';

/**
 * Adds two quantities of one unit. When the unit types are literal the compiler refuses a mix
 * (`Quantity<'kg'>` + `Quantity<'piece'>`); for wide types the check happens at run time and
 * mass units convert (to the finer one), as in {@link sumQuantities}.
 *
 * @param a - first term
 * @param b - second term, of the same unit type as `a`
 * @returns the sum, or a failure with `uom_mismatch` (path `[1]`) or `uom_not_additive`
 * @example
 * ```ts
 * const r = addQuantities(quantity(15000, 'person_times', 'nearly'), quantity(200, 'person_times'));
 * r.ok && [r.value.value, r.value.qualifier, r.value.lower, r.value.upper];
 * // => [15200, 'nearly', 13700, 15200]
 * ```
 * @category Quantities
 */
export function addQuantities<U extends Uom>(a: Quantity<U>, b: Quantity<NoInfer<U>>): ParseResult<Quantity<U>> {
  const aligned = alignUoms([a, b]);
  if (!aligned.ok) return aligned;
  const bad = notAdditive([a, b]);
  if (bad.length > 0) return { ok: false, issues: bad };
  return { ok: true, value: sumAligned(aligned.items, aligned.uom as U) };
}
