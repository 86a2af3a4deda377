import type { Quantity } from '../quantity';
import type { Uom } from '../Uom';
import { UOM_CONVERSIONS } from '../UomConversion';
import { shiftNumber } from '../decimal';

/** How many powers of ten `from` is above `to`, or `null` when they do not convert. */
export function conversionShift(from: Uom, to: Uom): number | null {
  if (from === to) return 0;
  const a = UOM_CONVERSIONS[from];
  const b = UOM_CONVERSIONS[to];
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- one dimension today; the check stays for the next
  if (a === undefined || b === undefined || a.dimension !== b.dimension) return null;
  return a.exponent - b.exponent;
}

/** Re-expresses `q` in `to`, moving the decimal point by `shift`; drops `raw` when the unit changes. */
export function convertUnchecked<U extends Uom>(q: Quantity, to: U, shift: number): Quantity<U> {
  if (shift === 0 && q.uom === to) return q as Quantity<U>;
  return {
    value: shiftNumber(q.value, shift),
    qualifier: q.qualifier,
    uom: to,
    lower: q.lower === null ? null : shiftNumber(q.lower, shift),
    lowerInclusive: q.lowerInclusive,
    upper: q.upper === null ? null : shiftNumber(q.upper, shift),
    upperInclusive: q.upperInclusive,
  };
}
