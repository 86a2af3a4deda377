import type { Issue } from '../../errors/Issue';
import type { Quantity } from '../quantity';
import type { Uom } from '../Uom';
import { UOM_CONVERSIONS } from '../UomConversion';
import { quantityIssue } from './issues';
import { conversionShift, convertUnchecked } from './convertUnchecked';

export type Aligned =
  | { readonly ok: true; readonly uom: Uom; readonly items: readonly Quantity[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Brings quantities to one unit: `target` when given, else the first item's unit, or the finest
 * mass unit present when all items are mass (so integer grams stay integers). Every item that
 * cannot be converted gets a `uom_mismatch` issue with its index as path.
 */
export function alignUoms(items: readonly Quantity[], target?: Uom): Aligned {
  const first = items[0];
  let uom: Uom | undefined = target ?? first?.uom;
  if (uom === undefined) return { ok: true, uom: 'count', items: [] };
  if (target === undefined) {
    const base = UOM_CONVERSIONS[uom];
    if (base !== undefined) {
      for (const q of items) {
        const c = UOM_CONVERSIONS[q.uom];
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- one dimension today; the check stays for the next
        if (c !== undefined && c.dimension === base.dimension && c.exponent < (UOM_CONVERSIONS[uom]?.exponent ?? 0)) {
          uom = q.uom;
        }
      }
    }
  }
  const out: Quantity[] = [];
  const issues: Issue[] = [];
  items.forEach((q, i) => {
    const shift = conversionShift(q.uom, uom);
    if (shift === null) {
      issues.push(
        quantityIssue('uom_mismatch', 'error', { op: 'combine', from: q.uom, to: uom }, { path: [i] }),
      );
    } else {
      out.push(convertUnchecked(q, uom, shift));
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, uom, items: out };
}
