import { nextIsoDay } from '../period/civil';
import type { AdminUnit } from '../schema/AdminUnitSchema';
import { VN_PROVINCE_CROSSWALK_2025 } from './data/VN_PROVINCE_CROSSWALK_2025';

/** Last day of the 63-province map; the 34-unit map starts the next day. */
const LAST_DAY_BEFORE_REFORM = '2025-06-30';
const REFORM_DAY = '2025-07-01';

/**
 * Earlier versions of pre-reform units that the crosswalk (a snapshot of 30 Jun 2025) does not
 * show: Thừa Thiên Huế province became the centrally-run city of Huế on 1 Jan 2025 (same code,
 * same territory: a rename and a type change).
 */
const EARLIER_VERSIONS: readonly { code: string; name: string; type: string; validTo: string }[] = [
  { code: '46', name: 'Thừa Thiên Huế', type: 'tinh', validTo: '2024-12-31' },
];

/**
 * The shipped reference units: the national root `VN`, the 63 provincial units before the
 * 1 Jul 2025 reform, the 34 after it, and the Huế change of 1 Jan 2025, as unit versions ready
 * for {@link createUnitRegistry}.
 *
 * Versions: the 11 unchanged units have one version with open ends; each of the 52 merged units
 * ends on 2025-06-30 with its successor; each of the 23 merged units starts on 2025-07-01 (so code
 * 44 has two versions, `44@*` Quảng Bình and `44@2025-07-01` Quảng Trị); Huế has `46@*` (Thừa
 * Thiên Huế, `tinh`, until 2024-12-31) and `46@2025-01-01` (Huế, `thanh_pho`). Earlier reforms
 * (before 2025) are not modelled: the pre-reform units have an open start. Every province's
 * parent is `VN`.
 *
 * @returns 88 frozen unit versions, a new array on every call
 * @example
 * ```ts
 * const units = referenceProvinces();
 * units.filter((u) => u.level === 'province' && u.validFrom === '2025-07-01').length;
 * // => 23
 * units.find((u) => u.code === '45')?.successors;
 * // => [{ code: '44' }]
 * ```
 * @category Units
 */
export function referenceProvinces(): readonly AdminUnit[] {
  const root: AdminUnit = { code: 'VN', name: 'Việt Nam', nameEn: 'Viet Nam', level: 'national' };
  const before: AdminUnit[] = [];
  const after = new Map<string, AdminUnit>();
  for (const row of VN_PROVINCE_CROSSWALK_2025) {
    const earlier = EARLIER_VERSIONS.find((e) => e.code === row.oldCode);
    if (earlier !== undefined) {
      before.push({
        code: earlier.code,
        name: earlier.name,
        level: 'province',
        type: earlier.type,
        parent: 'VN',
        validTo: earlier.validTo,
        successors: [{ code: row.oldCode }],
      });
    }
    const current: AdminUnit = { code: row.oldCode, name: row.oldName, level: 'province', type: row.oldType, parent: 'VN' };
    const from = earlier === undefined ? null : nextIsoDay(earlier.validTo);
    if (from !== null) current.validFrom = from;
    if (row.relation === 'unchanged') {
      before.push(current);
      continue;
    }
    before.push({ ...current, validTo: LAST_DAY_BEFORE_REFORM, successors: [{ code: row.newCode }] });
    if (!after.has(row.newCode)) {
      after.set(row.newCode, { code: row.newCode, name: row.newName, level: 'province', type: row.newType, parent: 'VN', validFrom: REFORM_DAY });
    }
  }
  const merged = [...after.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  return Object.freeze([root, ...before, ...merged].map(deepFreeze));
}

function deepFreeze(unit: AdminUnit): AdminUnit {
  if (unit.successors !== undefined) {
    for (const s of unit.successors) Object.freeze(s);
    Object.freeze(unit.successors);
  }
  return Object.freeze(unit);
}
