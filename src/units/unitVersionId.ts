import type { AdminUnit } from '../schema/AdminUnitSchema';

/**
 * The id of one version of a unit: its code, `@`, and the first day it is valid, or `*` when its
 * start is open. A code can be reused by a different territory (code 44 was Quảng Bình until
 * 2025-06-30 and is the merged Quảng Trị from 2025-07-01), so the code alone does not name a
 * territory; the version id does.
 *
 * @param unit - the unit version (only `code` and `validFrom` are read)
 * @returns the version id, e.g. `44@2025-07-01` or `44@*`
 * @example
 * ```ts
 * unitVersionId({ code: '44', validFrom: '2025-07-01' });
 * // => '44@2025-07-01'
 * unitVersionId({ code: '44' });
 * // => '44@*'
 * ```
 * @category Units
 */
export function unitVersionId(unit: Pick<AdminUnit, 'code' | 'validFrom'>): string {
  return `${unit.code}@${unit.validFrom ?? '*'}`;
}
