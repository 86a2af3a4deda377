import { createUnitRegistry } from './createUnitRegistry';
import { referenceProvinces } from './referenceProvinces';
import type { UnitRegistry } from './UnitRegistry';

/**
 * A registry of the shipped Vietnamese provincial units (see {@link referenceProvinces}): the
 * national root, the 63 units before 1 Jul 2025, the 34 after, and the Huế change of
 * 1 Jan 2025. Add your own districts, communes and villages with `extend`.
 *
 * @returns a new registry
 * @example
 * ```ts
 * const reg = vnProvinceRegistry();
 * reg.get('44', '2019-05-01')?.name;
 * // => 'Quảng Bình'
 * reg.get('44', '2026-01-01')?.name;
 * // => 'Quảng Trị'
 * reg.findByName('Hòa Bình').map((u) => u.code);
 * // => ['17']
 * reg.restate('45', '2019-05-01', '2026-01-01');
 * // => { ok: true, value: { targets: [{ code: '44', version: '44@2025-07-01', name: 'Quảng Trị', weight: 1 }], … } }
 * ```
 * @category Units
 */
export function vnProvinceRegistry(): UnitRegistry {
  return createUnitRegistry(referenceProvinces());
}
