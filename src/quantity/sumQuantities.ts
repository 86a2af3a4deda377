import type { ParseResult } from '../errors/ParseResult';
import { quantityIssue } from './internal/issues';
import { alignUoms } from './internal/alignUoms';
import { notAdditive, sumAligned } from './internal/arithmetic';
import type { Quantity } from './quantity';
import type { Uom } from './Uom';

/**
 * Options of {@link sumQuantities}.
 *
 * @category Quantities
 */
export interface SumQuantitiesOptions {
  /** The unit of the result; items are converted to it. Also the unit of an empty sum. */
  readonly uom?: Uom;
}

/**
 * Adds a list of quantities, keeping the interval right and deriving the qualifier with
 * {@link combineQualifiers}. Mass units are converted (to `options.uom`, else to the finest
 * mass unit in the list); any other mix of units is refused, never summed to a silent number.
 *
 * @param items - the quantities to add (not changed)
 * @param options - the unit of the result
 * @returns the sum, or a failure with one `uom_mismatch` issue per item that cannot be converted
 *   (path `[index]`), `uom_not_additive` for percentages, or `empty_sum` for an empty list
 *   without `options.uom`
 * @example
 * ```ts
 * const r = sumQuantities([quantity(127, 'piece', 'over'), quantity(366, 'piece')]);
 * r.ok && [r.value.value, r.value.qualifier];
 * // => [493, 'over']
 * const bad = sumQuantities([quantity(1, 'kg'), quantity(2, 'piece')]);
 * bad.ok ? [] : bad.issues.map((i) => [i.code, i.path]);
 * // => [['uom_mismatch', [1]]]
 * ```
 * @category Quantities
 */
export function sumQuantities(items: readonly Quantity[], options: SumQuantitiesOptions = {}): ParseResult<Quantity> {
  const aligned = alignUoms(items, options.uom);
  if (!aligned.ok) return aligned;
  const bad = notAdditive(items);
  if (bad.length > 0) return { ok: false, issues: bad };
  if (items.length === 0 && options.uom === undefined) {
    const issue = quantityIssue('empty_sum', 'error', {});
    return { ok: false, issues: [issue] };
  }
  return { ok: true, value: sumAligned(aligned.items, aligned.uom) };
}
