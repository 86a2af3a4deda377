// Regression tests for the findings of a review of the engine and comparisons.
import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/compare/compareResults';
import { alignPeriods } from '../../src/compare/alignPeriods';
import { aggregate } from '../../src/engine/aggregate';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { vnProvinceRegistry } from '../../src/units/vnProvinceRegistry';

const f = (unit: string, indicator: string, value: number, period: string | undefined, extra: Partial<Figure> = {}): Figure =>
  period === undefined ? { unit, indicator, value, ...extra } : { unit, indicator, value, period, ...extra };

describe('engine review findings', () => {
  it('recomputes an area ratio from stock parts without grouping by period', () => {
    const figs = [
      f('A', 'areas_meeting_security_standard_count', 9, '2023-12-31'),
      f('A', 'areas_assessed', 10, '2023-12-31'),
      f('B', 'areas_meeting_security_standard_count', 0, '2023-12-31'),
      f('B', 'areas_assessed', 10, '2023-12-31'),
      f('A', 'areas_meeting_security_standard', 90, '2023-12-31'),
      f('B', 'areas_meeting_security_standard', 0, '2023-12-31'),
    ];
    for (const options of [{ by: ['indicator'] as const }, { by: ['indicator'] as const, period: '2023' }]) {
      const row = aggregate(figs, options).rows.find((r) => r.indicator === 'areas_meeting_security_standard');
      expect(row).toMatchObject({ value: 45, qualifier: 'exact' });
    }
  });

  it('does not count a ratio as recomputed when some of its units lack the parts', () => {
    const r = aggregate(
      [f('A', 'disputes_mediated', 10, '2023'), f('A', 'disputes_mediated_successfully', 8, '2023'), f('A', 'mediation_success_rate', 80, '2023'), f('B', 'mediation_success_rate', 20, '2023')],
      { by: ['indicator'] },
    );
    expect(r.rows.find((x) => x.indicator === 'mediation_success_rate')).toMatchObject({ value: null, reason: 'ratio_parts_missing' });
  });

  it('derives the qualifier of a recomputed ratio from its bounds', () => {
    const r = aggregate(
      [f('A', 'disputes_mediated', 10, '2023'), f('A', 'disputes_mediated_successfully', 8, '2023', { qualifier: 'over' }), f('A', 'mediation_success_rate', 80, '2023')],
      { by: ['indicator'] },
    );
    expect(r.rows.find((x) => x.indicator === 'mediation_success_rate')).toMatchObject({ value: 80, qualifier: 'over', upper: null, lowerInclusive: false });
  });

  it('stops carrying the level of a unit that merged into another', () => {
    const units = createUnitRegistry([
      { code: 'P', name: 'P', level: 'province' },
      { code: 'c1', name: 'c1', level: 'commune', parent: 'P', validTo: '2025-06-30', successors: [{ code: 'c3' }] },
      { code: 'c2', name: 'c2', level: 'commune', parent: 'P', validTo: '2025-06-30', successors: [{ code: 'c3' }] },
      { code: 'c3', name: 'c3', level: 'commune', parent: 'P', validFrom: '2025-07-01' },
    ]);
    const figs = [f('c1', 'model_sites', 10, '2024-12-31'), f('c2', 'model_sites', 20, '2024-12-31'), f('c3', 'model_sites', 30, '2025-12-31')];
    const byYear = aggregate(figs, { by: ['indicator', 'period'], units });
    expect(byYear.rows.map((r) => [r.period, r.value])).toEqual([
      ['2024', 30],
      ['2025', 30],
    ]);
    expect(aggregate(figs, { by: ['indicator'], units, period: '2025-H2' }).rows[0]?.value).toBe(30);
    expect(aggregate(figs, { by: ['indicator', 'unit'], units, level: 'province', period: '2025' }).rows[0]?.value).toBe(30);
  });

  it('fills buckets between levels, and gives a row for levels carried into the window', () => {
    const gaps = aggregate([f('A', 'security_teams', 5, '2021-12-31'), f('A', 'security_teams', 6, '2023-12-31')], { by: ['indicator', 'period'] });
    expect(gaps.rows.map((r) => [r.period, r.value, r.carriedForward])).toEqual([
      ['2021', 5, 0],
      ['2022', 5, 1],
      ['2023', 6, 0],
    ]);
    const before = aggregate([f('A', 'security_teams', 5, '2021-12-31')], { by: ['indicator', 'period'], period: '2023' });
    expect(before.rows.map((r) => [r.period, r.value, r.carriedForward])).toEqual([['2023', 5, 1]]);
  });

  it('gives one row for dated and undated levels of a stock, whatever the order', () => {
    const a = [f('A', 'model_sites', 5, undefined), f('A', 'model_sites', 7, '2023-12-31')];
    const r1 = aggregate(a, { by: ['indicator'] }).rows;
    const r2 = aggregate([...a].reverse(), { by: ['indicator'] }).rows;
    expect(r1).toEqual(r2);
    expect(r1.map((r) => r.value)).toEqual([7]);
  });

  it('leaves out the own and children parts of a rolled-up ratio', () => {
    const units = createUnitRegistry([
      { code: 'P', name: 'P', level: 'province' },
      { code: 'c1', name: 'c1', level: 'commune', parent: 'P' },
      { code: 'c2', name: 'c2', level: 'commune', parent: 'P' },
    ]);
    const rows = aggregate([f('c1', 'mediation_success_rate', 80, '2023'), f('c2', 'mediation_success_rate', 50, '2023')], { by: ['indicator', 'unit'], units, rollup: true }).rows;
    const p = rows.find((r) => r.unit === 'P');
    expect(p?.value).toBeNull();
    expect(p?.own).toBeUndefined();
    expect(p?.children).toBeUndefined();
  });

  it('counts expected units of a unit version as it was', () => {
    const units = createUnitRegistry([
      { code: 'X', name: 'X old', level: 'province', validTo: '2025-06-30', successors: [{ code: 'X' }] },
      { code: 'X', name: 'X new', level: 'province', validFrom: '2025-07-01' },
      { code: 'a', name: 'a', level: 'commune', parent: 'X', validTo: '2025-06-30', successors: [{ code: 'n1' }] },
      { code: 'b', name: 'b', level: 'commune', parent: 'X', validTo: '2025-06-30', successors: [{ code: 'n1' }] },
      { code: 'n1', name: 'n1', level: 'commune', parent: 'X', validFrom: '2025-07-01' },
    ]);
    const rows = aggregate([f('a', 'marches', 1, '2025-03'), f('n1', 'marches', 2, '2025-09')], { by: ['indicator', 'unit'], units, level: 'province', reportingLevel: 'commune', period: '2025' }).rows;
    expect(rows.map((r) => [r.unitVersion, r.value, r.coverage])).toEqual([
      ['X@*', 1, { reported: 1, expected: 2 }],
      ['X@2025-07-01', 2, { reported: 1, expected: 1 }],
    ]);
  });

  it('keeps decimals exact and bounds exact', () => {
    expect(aggregate([f('A', 'fireworks_surrendered', 7.089731, '2023', { uom: 'kg' })], { by: ['indicator'] }).rows[0]?.value).toBe(7.089731);
    const r = aggregate([f('A', 'fireworks_surrendered', 2.2, '2023', { uom: 'kg', qualifier: 'nearly' })], { by: ['indicator'] }).rows[0];
    expect([r?.value, r?.lower, r?.upper]).toEqual([2.2, 1.98, 2.2]);
    const u = aggregate([f('A', 'fireworks_surrendered', 0.0000025, '2023', { uom: 'kg', qualifier: 'under' })], { by: ['indicator'] }).rows[0];
    expect(u?.lower).toBe(0);
  });

  it('does not lose a figure whose reporter is only separators', () => {
    const r = aggregate([f('A', 'marches', 3, '2023', { reporter: '+' })], { by: ['indicator', 'reporter'] });
    expect(r.rows.map((x) => [x.reporter, x.value])).toEqual([['', 3]]);
  });
});

describe('comparison review findings', () => {
  it('keeps both territories of one code when a window spans the reform', () => {
    const vn = vnProvinceRegistry();
    const periods = alignPeriods('2025', '2024');
    const figs = [f('44', 'marches', 1, '2025-03'), f('44', 'marches', 2, '2025-09'), f('44', 'marches', 4, '2024')];
    const cur = aggregate(figs, { by: ['indicator', 'unit'], units: vn, period: periods.current });
    const base = aggregate(figs, { by: ['indicator', 'unit'], units: vn, period: periods.baseline });
    const rows = compareResults(cur, base, periods).rows;
    expect(rows.map((r) => [r.current?.value ?? null, r.baseline?.value ?? null, r.reason])).toEqual([
      [1, null, 'territory_changed'],
      [2, null, 'territory_changed'],
      [null, 4, 'territory_changed'],
    ]);
  });
});
