import type { AdminUnit } from '../schema/AdminUnitSchema';

/**
 * Whether a unit version is valid on a date: `validFrom` and `validTo` are both inclusive and an
 * omitted end is open. Dates are ISO strings and compare as text.
 *
 * @param unit - the unit version (only `validFrom` and `validTo` are read)
 * @param date - a calendar date `YYYY-MM-DD`
 * @returns `true` when the date lies in the validity interval
 * @example
 * ```ts
 * isUnitValidAt({ validTo: '2025-06-30' }, '2025-07-01');
 * // => false
 * isUnitValidAt({ validFrom: '2025-07-01' }, '2025-07-01');
 * // => true
 * ```
 * @category Units
 */
export function isUnitValidAt(unit: Pick<AdminUnit, 'validFrom' | 'validTo'>, date: string): boolean {
  return (unit.validFrom === undefined || unit.validFrom <= date) && (unit.validTo === undefined || date <= unit.validTo);
}
