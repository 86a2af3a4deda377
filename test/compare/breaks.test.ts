import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../../src/compare/comparePeriods';
import type { Figure } from '../../src/schema/FigureSchema';
import { vnProvinceRegistry } from '../../src/units/vnProvinceRegistry';

const vn = vnProvinceRegistry();
const f = (unit: string, indicator: string, value: number, period: string): Figure => ({ unit, indicator, value, period });
const figures = [f('44', 'marches', 10, '2019'), f('45', 'marches', 5, '2019'), f('44', 'marches', 20, '2026'), f('42', 'marches', 3, '2019'), f('42', 'marches', 4, '2026')];

describe('comparisons across the 2025 reform', () => {
  it('refuses to compare a code that names another territory, and flags the break', () => {
    const r = comparePeriods(figures, { current: '2026', baseline: '2019', by: ['indicator', 'unit'], units: vn });
    const qt = r.rows.find((x) => x.unit === '44');
    expect(qt).toMatchObject({ reason: 'territory_changed', change: null, percentChange: null, unitVersions: { current: '44@2025-07-01', baseline: '44@*' }, seriesBreaks: ['vn_admin_reform_2025'] });
    const ht = r.rows.find((x) => x.unit === '42');
    expect(ht?.change?.value).toBe(1);
    expect(ht?.seriesBreaks).toEqual(['vn_admin_reform_2025']);
    expect(r.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['series_break', 'territory_changed']));
  });

  it('compares once both sides are restated onto today’s boundaries', () => {
    const r = comparePeriods(figures, { current: '2026', baseline: '2019', by: ['indicator', 'unit'], units: vn, asOf: '2026-01-01' });
    const qt = r.rows.find((x) => x.unit === '44');
    expect([qt?.baseline?.value, qt?.current?.value, qt?.change?.value, qt?.reason]).toEqual([15, 20, 5, undefined]);
    expect(r.rows.find((x) => x.unit === '45')).toBeUndefined();
  });

  it('flags indicator breaks on national totals but not boundary breaks', () => {
    const r = comparePeriods([f('42', 'security_teams', 5, '2024-01-01'), f('42', 'security_teams', 7, '2025-01-01'), f('42', 'marches', 1, '2024'), f('42', 'marches', 2, '2026')], {
      current: '2025/2026',
      baseline: '2024',
      by: ['indicator'],
    });
    expect(r.rows.find((x) => x.indicator === 'security_teams')?.seriesBreaks).toEqual(['vn_security_teams_merged_2024']);
    expect(r.rows.find((x) => x.indicator === 'marches')?.seriesBreaks).toBeUndefined();
  });
});
