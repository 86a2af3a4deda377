import { describe, expect, it } from 'vitest';
import type { AdminUnit } from '../../src/schema/AdminUnitSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { referenceProvinces } from '../../src/units/referenceProvinces';

const T: readonly AdminUnit[] = [
  { code: 'P', name: 'P', level: 'province' },
  { code: 'T1', name: 'T1', level: 'commune', parent: 'P', validFrom: '2021-01-01' },
  { code: 'T2', name: 'T2', level: 'commune', parent: 'P', validFrom: '2021-01-01' },
];

function issuesOf(extra: readonly unknown[]): [string, string, readonly (string | number)[]][] {
  return createUnitRegistry([...T, ...(extra as AdminUnit[])])
    .validate()
    .map((i) => [i.code, i.severity, i.path]);
}

describe('UnitRegistry.validate', () => {
  it('finds nothing in consistent data', () => {
    expect(issuesOf([{ code: 'S', name: 'S', level: 'commune', parent: 'P', validTo: '2020-12-31', successors: [{ code: 'T1', weight: 0.5 }, { code: 'T2', weight: 0.5 }] }])).toEqual([]);
  });

  it.each([
    ['invalid_date', { code: 'S', name: 'S', level: 'commune', parent: 'P', validFrom: '2020-02-30' }, [3, 'validFrom'], 'error'],
    ['invalid_validity_interval', { code: 'S', name: 'S', level: 'commune', parent: 'P', validFrom: '2021-01-01', validTo: '2020-01-01' }, [3, 'validTo'], 'error'],
    ['unknown_parent', { code: 'S', name: 'S', level: 'commune', parent: 'Q' }, [3, 'parent'], 'error'],
    ['parent_not_valid', { code: 'S', name: 'S', level: 'village', parent: 'T1', validFrom: '2020-01-01' }, [3, 'parent'], 'error'],
    ['parent_not_valid', { code: 'S', name: 'S', level: 'village', parent: 'T1' }, [3, 'parent'], 'error'],
    ['parent_level_not_above', { code: 'S', name: 'S', level: 'province', parent: 'P' }, [3, 'parent'], 'warning'],
    ['parent_cycle', { code: 'S', name: 'S', level: 'commune', parent: 'S' }, [3, 'parent'], 'error'],
    ['successor_without_end', { code: 'S', name: 'S', level: 'commune', parent: 'P', validFrom: '2019-01-01', successors: [{ code: 'T1' }] }, [3, 'successors'], 'error'],
    ['successor_not_found', { code: 'S', name: 'S', level: 'commune', parent: 'P', validTo: '2019-12-31', successors: [{ code: 'T1' }] }, [3, 'successors', 0, 'code'], 'error'],
    ['split_without_weights', { code: 'S', name: 'S', level: 'commune', parent: 'P', validTo: '2020-12-31', successors: [{ code: 'T1' }, { code: 'T2' }] }, [3, 'successors'], 'warning'],
    ['crosswalk_loses_territory', { code: 'S', name: 'S', level: 'commune', parent: 'P', validTo: '2020-12-31', successors: [{ code: 'T1', weight: 0.5 }, { code: 'T2', weight: 0.3 }] }, [3, 'successors'], 'error'],
    ['crosswalk_loses_territory', { code: 'S', name: 'S', level: 'commune', parent: 'P', validTo: '2020-12-31', successors: [{ code: 'T1', weight: 0.5 }] }, [3, 'successors'], 'error'],
    ['crosswalk_double_counts', { code: 'S', name: 'S', level: 'commune', parent: 'P', validTo: '2020-12-31', successors: [{ code: 'T1', weight: 0.6 }, { code: 'T2', weight: 0.6 }] }, [3, 'successors'], 'error'],
    ['crosswalk_double_counts', { code: 'S', name: 'S', level: 'commune', parent: 'P', validTo: '2020-12-31', successors: [{ code: 'T1' }, { code: 'T1' }] }, [3, 'successors'], 'error'],
    ['unit_without_successor', { code: 'S', name: 'S', level: 'commune', parent: 'P', validTo: '2020-12-31' }, [3, 'successors'], 'warning'],
    ['unit_versions_overlap', { code: 'T1', name: 'T1 bis', level: 'commune', parent: 'P', validFrom: '2022-01-01' }, [3, 'validFrom'], 'error'],
  ] as const)('reports %s', (code, unit, path, severity) => {
    expect(issuesOf([unit])).toEqual([[code, severity, path]]);
  });

  it('does not ask for successors when the whole level ends (the district level after 1 Jul 2025)', () => {
    expect(issuesOf([{ code: 'D', name: 'D', level: 'district', parent: 'P', validTo: '2025-06-30' }])).toEqual([]);
  });

  it('warns when a parent code denotes another territory during the unit’s life (a district left open past the reform)', () => {
    const issues = createUnitRegistry([...referenceProvinces(), { code: 'D-DH', name: 'Đồng Hới', level: 'district', parent: '44' }]).validate();
    expect(issues.map((i) => [i.code, i.severity, i.path])).toEqual([['parent_version_changes', 'warning', [88, 'parent']]]);
  });

  it('reports a cycle among several units once', () => {
    const issues = createUnitRegistry([
      { code: 'A', name: 'A', level: 'commune', parent: 'B' },
      { code: 'B', name: 'B', level: 'district', parent: 'C' },
      { code: 'C', name: 'C', level: 'province', parent: 'A' },
    ]).validate();
    expect(issues.filter((i) => i.code === 'parent_cycle')).toHaveLength(1);
  });

  it('gives every issue an English and a Vietnamese message', () => {
    const issues = issuesOf([{ code: 'S', name: 'S', level: 'commune', parent: 'Q', validTo: '2020-12-31', successors: [{ code: 'T1', weight: 0.5 }] }]);
    expect(issues.map((i) => i[0])).toEqual(['unknown_parent', 'crosswalk_loses_territory']);
    for (const i of createUnitRegistry([{ code: 'S', name: 'S', level: 'commune', parent: 'Q' }]).validate()) {
      expect(i.message.length).toBeGreaterThan(0);
      expect(i.messageVi.length).toBeGreaterThan(0);
    }
  });
});
