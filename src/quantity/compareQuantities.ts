import type { ParseResult } from '../errors/ParseResult';
import { alignUoms } from './internal/alignUoms';
import type { Quantity } from './quantity';
import type { Uom } from './Uom';

/**
 * The result of {@link compareQuantities}. `order` is what the intervals prove about the true
 * values: `less`/`greater` when every possible `a` is below/above every possible `b`, `equal`
 * only for two exact equal values, `overlap` when the intervals leave it open. `byValue` compares
 * the stated values (for sorting): -1, 0 or 1.
 *
 * @category Quantities
 */
export interface QuantityComparison {
  /** What is certain about the true values. */
  readonly order: 'less' | 'equal' | 'greater' | 'overlap';
  /** Comparison of the stated values. */
  readonly byValue: -1 | 0 | 1;
}

function below(a: Quantity, b: Quantity): boolean {
  if (a.upper === null || b.lower === null) return false;
  return a.upper < b.lower || (a.upper === b.lower && !(a.upperInclusive && b.lowerInclusive));
}

/**
 * Compares two quantities of one unit (mass units convert) by their intervals and by their
 * stated values.
 *
 * @param a - left side
 * @param b - right side, of the same unit type as `a`
 * @returns the comparison, or a failure with a `uom_mismatch` issue (path `[1]`)
 * @example
 * ```ts
 * const r = compareQuantities(quantity(127, 'piece', 'over'), quantity(100, 'piece'));
 * r.ok && r.value;
 * // => { order: 'greater', byValue: 1 }
 * const s = compareQuantities(quantity(15000, 'person_times', 'nearly'), quantity(14000, 'person_times'));
 * s.ok && s.value;
 * // => { order: 'overlap', byValue: 1 }
 * ```
 * @category Quantities
 */
export function compareQuantities<U extends Uom>(
  a: Quantity<U>,
  b: Quantity<NoInfer<U>>,
): ParseResult<QuantityComparison> {
  const aligned = alignUoms([a, b]);
  if (!aligned.ok) return aligned;
  const [x, y] = aligned.items as readonly [Quantity, Quantity];
  const byValue = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  let order: QuantityComparison['order'] = 'overlap';
  if (below(x, y)) order = 'less';
  else if (below(y, x)) order = 'greater';
  else if (x.lower === x.upper && y.lower === y.upper && x.lower === y.lower && x.lowerInclusive && y.lowerInclusive && x.upperInclusive && y.upperInclusive) order = 'equal';
  return { ok: true, value: { order, byValue } };
}
