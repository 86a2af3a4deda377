import type { ParseResult } from '../errors/ParseResult';
import { quantityIssue } from './internal/issues';
import { conversionShift, convertUnchecked } from './internal/convertUnchecked';
import type { Quantity } from './quantity';
import type { Uom } from './Uom';

/**
 * Re-expresses a quantity in another unit, where {@link UOM_CONVERSIONS} defines a conversion
 * (g ↔ kg ↔ tonne). The decimal point moves; value, bounds and qualifier are kept. The raw phrase
 * is kept only when the unit does not change.
 *
 * @param q - the quantity
 * @param to - the wanted unit
 * @returns the converted quantity, or a failure with a `uom_mismatch` issue
 * @example
 * ```ts
 * const r = convertQuantity(quantity(17543, 'kg'), 'tonne');
 * r.ok && r.value.value;
 * // => 17.543
 * convertQuantity(quantity(3, 'piece'), 'kg').ok;
 * // => false
 * ```
 * @category Quantities
 */
export function convertQuantity<T extends Uom>(q: Quantity, to: T): ParseResult<Quantity<T>> {
  const shift = conversionShift(q.uom, to);
  if (shift === null) {
    return {
      ok: false,
      issues: [
        quantityIssue('uom_mismatch', 'error', { op: 'convert', from: q.uom, to }),
      ],
    };
  }
  return { ok: true, value: convertUnchecked(q, to, shift) };
}
