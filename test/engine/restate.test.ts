import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import type { AggregateRow } from '../../src/engine/AggregateRow';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { vnProvinceRegistry } from '../../src/units/vnProvinceRegistry';
import { VN_PROVINCE_CROSSWALK_2025 } from '../../src/units/data/VN_PROVINCE_CROSSWALK_2025';

const vn = vnProvinceRegistry();
const f = (unit: string, value: number, period: string, extra: Partial<Figure> = {}): Figure => ({ unit, indicator: 'marches', value, period, ...extra });
const only = (rows: readonly AggregateRow[], unit: string): AggregateRow[] => rows.filter((r) => r.unit === unit);

describe('aggregate across the 2025 reform', () => {
  const figures = [
    f('44', 10, '2019'), // Quảng Bình, code 44 before the reform
    f('45', 5, '2019'), // Quảng Trị (old)
    f('44', 7, '2023'),
    f('45', 3, '2023'),
    f('44', 20, '2026'), // the merged Quảng Trị, code 44 after the reform
    f('42', 1, '2019'), // Hà Tĩnh, unchanged
    f('42', 2, '2026'),
  ];

  it('as it was: one code, two territories, two rows', () => {
    const { rows } = aggregate(figures, { by: ['indicator', 'unit'], units: vn });
    const rows44 = only(rows, '44');
    expect(rows44.map((r) => [r.unitVersion, r.value])).toEqual([
      ['44@*', 17],
      ['44@2025-07-01', 20],
    ]);
    expect(only(rows, '45').map((r) => r.value)).toEqual([8]);
  });

  it('restated onto 2026 boundaries: Quảng Bình and old Quảng Trị land in today’s Quảng Trị, with the mapping on the row', () => {
    const { rows } = aggregate(figures, { by: ['indicator', 'unit', 'period'], units: vn, asOf: '2026-01-01' });
    const qt = only(rows, '44');
    expect(qt.map((r) => [r.period, r.value, r.unitVersion, r.restatedFrom])).toEqual([
      ['2019', 15, '44@2025-07-01', ['44', '45']],
      ['2023', 10, '44@2025-07-01', ['44', '45']],
      ['2026', 20, '44@2025-07-01', undefined],
    ]);
    expect(only(rows, '45')).toEqual([]);
    // Hà Tĩnh is unchanged and passes through untouched.
    expect(only(rows, '42').map((r) => [r.period, r.value, r.restatedFrom])).toEqual([
      ['2019', 1, undefined],
      ['2026', 2, undefined],
    ]);
  });

  it('passes the 11 unchanged provinces through untouched', () => {
    const unchanged = VN_PROVINCE_CROSSWALK_2025.filter((r) => r.relation === 'unchanged');
    expect(unchanged).toHaveLength(11);
    const figs = unchanged.map((r, i) => f(r.oldCode, i + 1, '2020'));
    const asItWas = aggregate(figs, { by: ['indicator', 'unit'], units: vn }).rows;
    const restated = aggregate(figs, { by: ['indicator', 'unit'], units: vn, asOf: '2026-01-01' }).rows;
    expect(restated.map((r) => [r.unit, r.value])).toEqual(asItWas.map((r) => [r.unit, r.value]));
    expect(restated.every((r) => r.restatedFrom === undefined)).toBe(true);
  });

  it('refuses to push a merged unit back onto old boundaries', () => {
    const r = aggregate([f('44', 20, '2026')], { by: ['indicator', 'unit'], units: vn, asOf: '2020-01-01' });
    expect(r.rows).toEqual([]);
    expect(r.excluded.not_restatable).toEqual({ count: 1, rows: [0] });
  });

  it('conserves totals through every restatement of the 63 provinces', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...VN_PROVINCE_CROSSWALK_2025.map((r) => r.oldCode)), fc.integer({ min: 0, max: 1000 })), { maxLength: 80 }), (pairs) => {
        const figs = pairs.map(([code, v]) => f(code, v, '2021'));
        const total = figs.reduce((s, x) => s + x.value, 0);
        const rows = aggregate(figs, { by: ['indicator', 'unit'], units: vn, asOf: '2025-12-31' }).rows;
        expect(rows.reduce((s, r) => s + (r.value ?? 0), 0)).toBe(total);
        expect(rows.every((r) => r.unitVersion === undefined || VN_PROVINCE_CROSSWALK_2025.some((c) => c.newCode === r.unit))).toBe(true);
      }),
    );
  });
});

describe('splits and districts', () => {
  const units = createUnitRegistry([
    { code: 'P', name: 'Tỉnh', level: 'province' },
    { code: 'D', name: 'Huyện', level: 'district', parent: 'P', validTo: '2025-06-30', successors: [{ code: 'X1', weight: 0.25 }, { code: 'X2', weight: 0.75 }] },
    { code: 'E', name: 'Huyện E', level: 'district', parent: 'P', validTo: '2025-06-30', successors: [{ code: 'X1' }, { code: 'X2' }] },
    { code: 'C', name: 'Xã', level: 'commune', parent: 'D', validTo: '2025-06-30' },
    { code: 'X1', name: 'Xã Một', level: 'commune', parent: 'P', validFrom: '2025-07-01' },
    { code: 'X2', name: 'Xã Hai', level: 'commune', parent: 'P', validFrom: '2025-07-01' },
  ]);

  it('apportions a split by its weights and keeps totals at the parent', () => {
    const { rows } = aggregate([f('D', 100, '2024')], { by: ['indicator', 'unit'], units, asOf: '2026-01-01' });
    expect(rows.map((r) => [r.unit, r.value, r.restatedFrom])).toEqual([
      ['X1', 25, ['D']],
      ['X2', 75, ['D']],
    ]);
    const up = aggregate([f('D', 100, '2024')], { by: ['indicator', 'unit'], units, asOf: '2026-01-01', level: 'province' }).rows;
    expect(up.map((r) => [r.unit, r.value, r.figures])).toEqual([['P', 100, 1]]);
  });

  it('refuses a split without weights', () => {
    const r = aggregate([f('E', 100, '2024')], { by: ['indicator', 'unit'], units, asOf: '2026-01-01' });
    expect(r.excluded.not_restatable?.count).toBe(1);
  });

  it('keeps a district series as it was, and refuses it below the province in 2026 boundaries without a commune crosswalk', () => {
    const asItWas = aggregate([f('C', 4, '2024')], { by: ['indicator', 'unit'], units, level: 'district' });
    expect(asItWas.rows.map((r) => [r.unit, r.value])).toEqual([['D', 4]]);
    const restated = aggregate([f('C', 4, '2024')], { by: ['indicator', 'unit'], units, level: 'district', asOf: '2026-01-01' });
    expect(restated.rows).toEqual([]);
    expect(restated.excluded.not_restatable?.count).toBe(1);
  });

  it('needs a registry and a real date', () => {
    expect(() => aggregate([], { asOf: '2026-01-01' })).toThrow(/units registry/);
    expect(() => aggregate([], { units, asOf: '2026-13-01' })).toThrow(/asOf/);
  });
});
