import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFigureValidator } from '../../src/import/createFigureValidator';
import { validateFigures } from '../../src/validate/validateFigures';
import type { AdminUnit } from '../../src/schema/AdminUnitSchema';
import type { Programme } from '../../src/schema/ProgrammeSchema';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import type { IndicatorDef } from '../../src/catalogue/Catalogue';
import { extendCatalogue } from '../../src/catalogue/extendCatalogue';

const base = { unit: '42', indicator: 'marches', value: 35, period: '2023' };

function codes(rows: readonly unknown[], options: Parameters<typeof createFigureValidator>[0] = {}): [number, string][] {
  const v = createFigureValidator(options);
  return rows.flatMap((r, i) => v.check(r, { row: i + 1 }).issues.map((x): [number, string] => [x.row ?? -1, x.code]));
}

describe('createFigureValidator', () => {
  it.each([
    ['not an object', 'x', 'invalid_row'],
    ['missing unit', { indicator: 'marches', value: 1, period: '2023' }, 'missing_field'],
    ['negative', { ...base, value: -1 }, 'negative_value'],
    ['unknown indicator', { ...base, indicator: 'marchs' }, 'unknown_indicator'],
    ['uom not allowed', { ...base, uom: 'kg' }, 'uom_not_allowed'],
    ['unknown category', { ...base, indicator: 'weapons_surrendered', category: 'gun.laser', uom: 'piece' }, 'unknown_category'],
    ['invalid period', { ...base, period: '2023-13' }, 'invalid_period'],
    ['missing period', { unit: '42', indicator: 'marches', value: 1 }, 'missing_period'],
    ['stock summed', { unit: '42', indicator: 'model_sites', value: 5, period: '2013/2023' }, 'stock_summed_over_time'],
  ])('reports %s', (_, row, code) => {
    expect(codes([row]).map((c) => c[1])).toContain(code);
  });

  it('points issues at the cell, row and line', () => {
    const v = createFigureValidator();
    const r = v.check({ ...base, value: -1 }, { row: 3, line: 4, columns: ['unit', 'indicator', 'value'] });
    expect(r.figure).toBeUndefined();
    expect(r.issues[0]).toMatchObject({ code: 'negative_value', row: 3, line: 4, column: 'value', path: ['cells', 2] });
  });

  it('rejects the later of two duplicate or conflicting rows', () => {
    expect(codes([base, base, { ...base, value: 36 }])).toEqual([
      [2, 'duplicate_figure'],
      [3, 'conflicting_figure'],
    ]);
  });

  it('checks subsets against supersets in either order', () => {
    const tips = { unit: '42', indicator: 'tips_received', value: 10, period: '2023' };
    const valuable = { unit: '42', indicator: 'valuable_tips_received', value: 12, period: '2023' };
    expect(codes([tips, valuable])).toEqual([[2, 'subset_exceeds_superset']]);
    expect(codes([valuable, tips])).toEqual([[2, 'subset_exceeds_superset']]);
    expect(codes([{ ...tips, qualifier: 'over' }, valuable])).toEqual([[2, 'subset_may_exceed_superset']]);
    expect(codes([tips, { ...valuable, value: 9 }])).toEqual([]);
  });

  it('warns when a year-to-date series falls, whichever row comes first', () => {
    const a = { unit: '42', indicator: 'marches', value: 10, period: '2023-01-01/2023-03-31', statistic: 'ytd' };
    const b = { ...a, value: 8, period: '2023-01-01/2023-06-30' };
    expect(codes([a, b])).toEqual([[2, 'ytd_decreasing']]);
    expect(codes([b, a])).toEqual([[2, 'ytd_decreasing']]);
    expect(codes([a, { ...b, value: 12 }])).toEqual([]);
  });

  it('checks programmes and the units table', () => {
    const programs = [{ code: '09/CTr-BCA-MTTW', period: { start: '2013-08-01', end: '2023-12-31' } }] as unknown as Programme[];
    const units: AdminUnit[] = [{ code: '42', name: 'Hà Tĩnh', level: 'province', validFrom: '2020-01-01' }];
    expect(codes([{ ...base, program: '09/CTr-BCA-MTTW', period: '2010' }], { programs })).toEqual([[1, 'period_outside_program']]);
    expect(codes([{ ...base, program: '09/CTr-BCA-MTTW', period: '2013' }], { programs })).toEqual([[1, 'period_partly_outside_program']]);
    expect(codes([{ ...base, program: '07/X' }], { programs })).toEqual([[1, 'unknown_program']]);
    expect(codes([{ ...base, unit: '44' }], { units })).toEqual([[1, 'unit_not_in_table']]);
    expect(codes([{ ...base, period: '2010' }], { units })).toEqual([[1, 'unit_outside_validity']]);
    expect(codes([{ ...base, period: '2019/2021' }], { units })).toEqual([[1, 'unit_partly_outside_validity']]);
  });

  it('keeps a bounded number of keys and says when the budget is spent', () => {
    const v = createFigureValidator({ maxTrackedKeys: 2 });
    const out = [2014, 2015, 2016, 2017].map((y, i) => v.check({ ...base, period: String(y) }, { row: i + 1 }).issues.map((x) => x.code));
    expect(out).toEqual([[], [], ['cross_row_checks_limited'], []]);
    expect(v.trackedKeys).toBe(2);
    // Keys remembered before the budget ran out are still checked.
    expect(v.check({ ...base, period: '2014' }, { row: 5 }).issues.map((x) => x.code)).toEqual(['duplicate_figure']);
  });

  it('refuses a bad budget', () => {
    expect(() => createFigureValidator({ maxTrackedKeys: -1 })).toThrow(/createFigureValidator/);
  });

  // A custom catalogue whose subset and superset have different default units of measure.
  const helper = {
    labelVi: 'Người tham gia', labelEn: 'Helpers', nounVi: 'người', nounEn: 'helpers', synonymsVi: [],
    uoms: ['count', 'person'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  } as const satisfies IndicatorDef;
  const custom = extendCatalogue(BUILTIN_CATALOGUE, {
    indicators: { helpers: helper, helpers_trained: { ...helper, labelEn: 'Helpers trained', defaultUom: 'person', subsetOf: 'helpers' } },
  });

  it('compares a subset with its superset in the unit of measure each row has', () => {
    const sup = { unit: '42', indicator: 'helpers', value: 10, period: '2023' };
    const sub = { unit: '42', indicator: 'helpers_trained', value: 12, period: '2023' };
    // Without a uom the two rows are in different units (count and person): not comparable.
    for (const rows of [[sup, sub], [sub, sup]]) {
      expect(codes(rows, { catalogue: custom })).toEqual([]);
      expect(validateFigures(rows, { catalogue: custom, firstRow: 1 }).issues).toEqual([]);
    }
    // In the same unit they are.
    const same = [sup, { ...sub, uom: 'count' }];
    expect(codes(same, { catalogue: custom })).toEqual([[2, 'subset_exceeds_superset']]);
    expect(validateFigures(same, { catalogue: custom, firstRow: 1 }).issues.map((i) => [i.row, i.code])).toEqual([[2, 'subset_exceeds_superset']]);
  });

  it('accepts and rejects the same rows as validateFigures, with the same issues', () => {
    const programs = [{ code: '09/CTr-BCA-MTTW', period: { start: '2013-08-01', end: '2023-06-30' } }] as unknown as Programme[];
    const units: AdminUnit[] = [
      { code: '42', name: 'Hà Tĩnh', level: 'province' },
      { code: '44', name: 'Quảng Bình', level: 'province', validTo: '2025-06-30' },
      { code: '44', name: 'Quảng Trị', level: 'province', validFrom: '2025-07-01' },
      { code: '45', name: 'Quảng Trị (cũ)', level: 'province', validFrom: '2022-01-01', validTo: '2025-06-30' },
    ];
    const row = fc.record(
      {
        program: fc.constantFrom('09/CTr-BCA-MTTW', '09/CTr-BCA-MTTQ', '07/X'),
        unit: fc.constantFrom('42', '44', '45', '99'),
        reporter: fc.constantFrom('police', 'front', 'police+front', 'front+police'),
        indicator: fc.constantFrom('marches', 'tips_received', 'valuable_tips_received', 'petitions_received', 'petitions_resolved', 'model_sites', 'marchs', 'helpers', 'helpers_trained'),
        category: fc.constantFrom('complaint', 'denunciation'),
        value: fc.oneof(fc.integer({ min: -1, max: 12 }), fc.constant(1000)),
        period: fc.constantFrom('2022', '2023', '2023-06', '2013/2023', '2023-13', '2023-01-01/2023-03-31', '2023-01-01/2023-06-30', '2026'),
        qualifier: fc.constantFrom('over', 'nearly', 'vague', 'under'),
        uom: fc.constantFrom('count', 'person', 'kg'),
        statistic: fc.constantFrom('total', 'ytd', 'as_of'),
      },
      { requiredKeys: ['unit', 'indicator', 'value'] },
    );
    const options = fc.record({ catalogue: fc.constant(custom), programs: fc.constant(programs), units: fc.constant(units) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), options, (rows, opts) => {
        const batch = validateFigures(rows, { ...opts, firstRow: 1 });
        const v = createFigureValidator(opts);
        const checked = rows.map((r, i) => v.check(r, { row: i + 1 }));
        expect(checked.flatMap((c) => (c.figure === undefined ? [] : [c.figure]))).toEqual(batch.figures);
        const mine = checked.flatMap((c) => c.issues.map((i) => `${i.row}:${i.code}:${i.severity}:${i.column ?? ''}:${i.message}:${i.messageVi}`));
        expect(mine).toEqual(batch.issues.map((i) => `${i.row}:${i.code}:${i.severity}:${i.column ?? ''}:${i.message}:${i.messageVi}`));
        expect(batch.rejectedRows).toEqual(checked.flatMap((c, i) => (c.figure === undefined ? [i + 1] : [])));
      }),
      { numRuns: 200 },
    );
  });
});
