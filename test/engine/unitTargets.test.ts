import { describe, expect, it } from 'vitest';
import { unitTargets, type UnitTargetRules, type UnitTargets } from '../../src/engine/unitTargets';
import { isoDateToDay } from '../../src/period/isoDateToDay';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';

const units = createUnitRegistry([
  { code: 'P', name: 'Tỉnh', level: 'province' },
  { code: 'D', name: 'Huyện', level: 'district', parent: 'P', validTo: '2025-06-30', successors: [{ code: 'X1', weight: 0.25 }, { code: 'X2', weight: 0.75 }] },
  { code: 'E', name: 'Huyện E', level: 'district', parent: 'P', validTo: '2025-06-30', successors: [{ code: 'X1' }, { code: 'X2' }] },
  { code: 'C', name: 'Xã', level: 'commune', parent: 'D', validTo: '2025-06-30' },
  { code: 'X1', name: 'Xã Một', level: 'commune', parent: 'P', validFrom: '2025-07-01' },
  { code: 'X2', name: 'Xã Hai', level: 'commune', parent: 'P', validFrom: '2025-07-01' },
]);

const AS_IT_WAS: UnitTargetRules = { byUnit: true, level: null, rollup: false, asOf: null };
const day = (iso: string): number => isoDateToDay(iso);

/** The targets as plain `[version, weight, mapped, above versions]`, or the reason. */
function read(r: UnitTargets): unknown {
  if (!r.ok) return r.reason;
  return r.targets.map((t) => [t.version, t.weight, t.mapped, t.above.map((u) => u.code)]);
}

describe('unitTargets', () => {
  it('counts a unit for itself as it was, until its last day', () => {
    const r = unitTargets(AS_IT_WAS, units, 'C', day('2024-05-01'));
    expect(read(r)).toEqual([['C@*', 1, null, []]]);
    expect(r.until).toBe(day('2025-06-30'));
    expect(r.ok && r.date).toBe('2024-05-01');
    const open = unitTargets(AS_IT_WAS, units, 'P', day('2024-05-01'));
    expect(open.until).toBeNull();
  });

  it('leaves out an unknown unit and a unit on a day it no longer exists', () => {
    const unknown = unitTargets(AS_IT_WAS, units, 'ZZ', day('2024-05-01'));
    expect(unknown).toEqual({ ok: false, reason: 'unknown_unit', self: null, until: null });
    const ceased = unitTargets(AS_IT_WAS, units, 'C', day('2025-07-01'));
    expect(ceased).toEqual({ ok: false, reason: 'unknown_unit', self: null, until: null });
    expect(read(unitTargets(AS_IT_WAS, units, 'X1', day('2025-06-30')))).toBe('unknown_unit');
  });

  it('takes a figure with no period as of its unit’s latest version', () => {
    const r = unitTargets(AS_IT_WAS, units, 'X1', null);
    expect(read(r)).toEqual([['X1@2025-07-01', 1, null, []]]);
    expect(r.ok && r.date).toBe('2025-07-01');
  });

  it('lifts to a level, and says whether the unit is above it or has no ancestor there', () => {
    const province = { ...AS_IT_WAS, level: 'province' } as const;
    expect(read(unitTargets(province, units, 'C', day('2024-05-01')))).toEqual([['P@*', 1, null, []]]);
    const district = { ...AS_IT_WAS, level: 'district' } as const;
    expect(read(unitTargets(district, units, 'C', day('2024-05-01')))).toEqual([['D@*', 1, null, []]]);
    const above = unitTargets(district, units, 'P', day('2024-05-01'));
    expect(above).toMatchObject({ ok: false, reason: 'above_level', self: { code: 'P' }, until: null });
    // A 2025 commune hangs under the province directly: it has no district to count for.
    expect(read(unitTargets(district, units, 'X1', day('2025-08-01')))).toBe('unknown_unit');
  });

  it('apportions a split by its weights with asOf, and adds the parts again where they meet', () => {
    const asOf = { ...AS_IT_WAS, asOf: '2026-01-01' };
    expect(read(unitTargets(asOf, units, 'D', day('2024-05-01')))).toEqual([
      ['X1@2025-07-01', 0.25, 'D', []],
      ['X2@2025-07-01', 0.75, 'D', []],
    ]);
    expect(read(unitTargets({ ...asOf, level: 'province' }, units, 'D', day('2024-05-01')))).toEqual([['P@*', 1, 'D', []]]);
    // Not grouped by unit: one target whatever the units.
    const one = unitTargets({ ...asOf, byUnit: false }, units, 'D', day('2024-05-01'));
    expect(one.ok && one.targets.map((t) => t.weight)).toEqual([1]);
    // The answer still ends with the figure's own unit version.
    expect(unitTargets(asOf, units, 'D', day('2024-05-01')).until).toBe(day('2025-06-30'));
  });

  it('refuses a split without weights and a merged unit pushed back onto old boundaries', () => {
    const r = unitTargets({ ...AS_IT_WAS, asOf: '2026-01-01' }, units, 'E', day('2024-05-01'));
    expect(r).toMatchObject({ ok: false, reason: 'not_restatable', self: { code: 'E' }, until: day('2025-06-30') });
    expect(read(unitTargets({ ...AS_IT_WAS, asOf: '2020-01-01' }, units, 'X1', day('2026-02-01')))).toBe('not_restatable');
  });

  it('with rollup gives the leaf and its chain above, nearest first, whatever the level', () => {
    const rollup = { ...AS_IT_WAS, rollup: true, level: 'province' } as const;
    expect(read(unitTargets(rollup, units, 'C', day('2024-05-01')))).toEqual([['C@*', 1, null, ['D', 'P']]]);
    expect(read(unitTargets({ ...rollup, asOf: '2026-01-01' }, units, 'C', day('2024-05-01')))).toBe('not_restatable');
    expect(read(unitTargets({ ...rollup, asOf: '2026-01-01' }, units, 'D', day('2024-05-01')))).toEqual([
      ['X1@2025-07-01', 0.25, 'D', ['P']],
      ['X2@2025-07-01', 0.75, 'D', ['P']],
    ]);
  });
});
