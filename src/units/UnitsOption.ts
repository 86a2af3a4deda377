import type { AdminUnit } from '../schema/AdminUnitSchema';
import type { UnitRegistry } from './UnitRegistry';

/**
 * The `units` option, the same everywhere (`validateFigures`, `importFigures`, `aggregate`,
 * `comparePeriods`, `buildReport`): a registry from {@link createUnitRegistry}, or the plain list
 * of unit versions it is built from.
 *
 * @example
 * ```ts
 * const units: UnitsOption = [{ code: '42', name: 'Hà Tĩnh', level: 'province' }];
 * aggregate([{ unit: '42', indicator: 'marches', value: 3, period: '2023' }], { units, level: 'province' }).rows[0]?.value;
 * // => 3
 * ```
 * @category Units
 */
export type UnitsOption = UnitRegistry | readonly AdminUnit[];
