import type { AdminUnit } from '../schema/AdminUnitSchema';
import { createUnitRegistry } from './createUnitRegistry';
import type { UnitRegistry } from './UnitRegistry';
import type { UnitsOption } from './UnitsOption';

/** The registry of a `units` option: as given, or built from a list of unit versions. */
export function toUnitRegistry(units: UnitsOption): UnitRegistry {
  return isUnitList(units) ? createUnitRegistry(units) : units;
}

/** Whether a `units` option is a plain list of unit versions (else a registry). */
function isUnitList(units: UnitsOption): units is readonly AdminUnit[] {
  return Array.isArray(units);
}

/**
 * A lookup of every version of a code in a `units` option (`undefined` when the code is not in
 * it), built once for a list and delegated to `versionsOf` for a registry.
 */
export function unitVersionLookup(units: UnitsOption): (code: string) => readonly AdminUnit[] | undefined {
  if (!isUnitList(units)) {
    return (code) => {
      const versions = units.versionsOf(code);
      return versions.length === 0 ? undefined : versions;
    };
  }
  const table = new Map<string, AdminUnit[]>();
  for (const u of units) {
    const list = table.get(u.code);
    if (list === undefined) table.set(u.code, [u]);
    else list.push(u);
  }
  return (code) => table.get(code);
}
