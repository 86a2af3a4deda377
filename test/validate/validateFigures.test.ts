import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../src/errors/isAntqError';
import { ValidationError } from '../../src/errors/ValidationError';
import { checkFigureRow } from '../../src/validate/checkFigureRow';
import type { Issue } from '../../src/errors/Issue';
import { QUALIFIERS } from '../../src/quantity/Qualifier';
import { UOMS } from '../../src/quantity/Uom';
import type { AdminUnit } from '../../src/schema/AdminUnitSchema';
import { FigureSchema } from '../../src/schema/FigureSchema';
import type { Programme } from '../../src/schema/ProgrammeSchema';
import { STATISTICS } from '../../src/schema/Statistic';
import { parseFigures } from '../../src/validate/parseFigures';
import { safeParseFigures } from '../../src/validate/safeParseFigures';
import { validateFigures } from '../../src/validate/validateFigures';

const P = '2013-08-01/2023-05-24';
const base = { program: '09/CTr-BCA-MTTW', unit: '42', reporter: 'police+front', period: P } as const;
const codes = (issues: readonly Issue[]): [string, string, number | undefined, string | undefined][] =>
  issues.map((i) => [i.code, i.severity, i.row, i.column]);

const p09: Programme = {
  code: '09/CTr-BCA-MTTW', titleVi: 'x', parties: ['bca'], signedOn: '2013-08-01', period: { start: '2013-08-01', end: '2023-12-31' },
};
const units: AdminUnit[] = [
  { code: '42', name: 'Hà Tĩnh', level: 'province' },
  { code: '44', name: 'Quảng Bình', level: 'province', validTo: '2025-06-30' },
  { code: '44', name: 'Quảng Trị', level: 'province', validFrom: '2025-07-01' },
  { code: '4201', name: 'Huyện X', level: 'district', validFrom: '2020-01-01', validTo: '2025-06-30' },
];

describe('validateFigures: one row at a time', () => {
  it.each([
    ['a non-object row', 'x', 'invalid_row', undefined],
    ['a missing unit', { indicator: 'marches', value: 1, period: '2023' }, 'missing_field', 'unit'],
    ['a string value', { ...base, indicator: 'marches', value: '35' }, 'invalid_type', 'value'],
    ['a negative value', { ...base, indicator: 'marches', value: -3 }, 'negative_value', 'value'],
    ['an infinite value', { ...base, indicator: 'marches', value: Number.POSITIVE_INFINITY }, 'non_finite_value', 'value'],
    ['NaN', { ...base, indicator: 'marches', value: Number.NaN }, 'non_finite_value', 'value'],
    ['an unknown indicator', { ...base, indicator: 'parades', value: 3 }, 'unknown_indicator', 'indicator'],
    ['an unknown category', { ...base, indicator: 'weapons_surrendered', category: 'gun.laser', value: 3 }, 'unknown_category', 'category'],
    ['a category of another indicator', { ...base, indicator: 'marches', category: 'gun', value: 3 }, 'unknown_category', 'category'],
    ['kg of guns', { ...base, indicator: 'weapons_surrendered', category: 'gun.military', value: 3, uom: 'kg' }, 'uom_not_allowed', 'uom'],
    ['pairs of military guns', { ...base, indicator: 'weapons_surrendered', category: 'gun.military', value: 3, uom: 'pair' }, 'uom_not_allowed', 'uom'],
    ['a default uom the category forbids', { ...base, indicator: 'explosives_surrendered', category: 'detonator', value: 3 }, 'uom_not_allowed', 'uom'],
    ['an unreadable period', { ...base, period: '2023-13', indicator: 'marches', value: 3 }, 'invalid_period', 'period'],
    ['a malformed reporter', { ...base, reporter: 'Police', indicator: 'marches', value: 3 }, 'invalid_format', 'reporter'],
    ['a vague value that is not a power of ten', { ...base, indicator: 'marches', value: 250, qualifier: 'vague' }, 'vague_value', 'value'],
  ])('rejects %s', (_name, row, code, column) => {
    const r = validateFigures([row]);
    expect(r.figures).toEqual([]);
    expect(r.rejectedRows).toEqual([0]);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.column, i.path])).toEqual([
      [code, column, column === undefined ? [0] : [0, column]],
    ]);
  });

  it('keeps a figure without a period, with a warning', () => {
    const r = validateFigures([{ unit: '42', indicator: 'marches', value: 3 }]);
    expect(r.figures).toEqual([{ unit: '42', indicator: 'marches', value: 3 }]);
    expect(codes(r.issues)).toEqual([['missing_period', 'warning', 0, 'period']]);
  });

  it('numbers rows from firstRow', () => {
    const r = validateFigures([{ ...base, indicator: 'marches', value: 1 }, { ...base, indicator: 'marches', value: -1 }], { firstRow: 1 });
    expect(r.rejectedRows).toEqual([2]);
    expect(r.issues[0]).toMatchObject({ code: 'negative_value', row: 2, path: [1, 'value'] });
  });

  it('returns new plain objects and leaves the input alone', () => {
    const row = { ...base, indicator: 'marches', value: 35, extra: 'x', note: undefined };
    const copy = { ...row };
    const [f] = validateFigures([row]).figures;
    expect(f).toEqual({ ...base, indicator: 'marches', value: 35 });
    expect(f).not.toBe(row);
    expect(Object.keys(f ?? {})).not.toContain('note');
    expect(row).toEqual(copy);
  });
});

describe('validateFigures: programmes and units', () => {
  it.each([
    ['a 2013 programme dated 2030', '2030', 'period_outside_program', 'error'],
    ['a period running past the programme', '2023/2024', 'period_partly_outside_program', 'warning'],
    ['a period inside it', P, undefined, undefined],
  ])('flags %s', (_name, period, code, severity) => {
    const r = validateFigures([{ ...base, period, indicator: 'marches', value: 3 }], { programs: [p09] });
    expect(codes(r.issues)).toEqual(code === undefined ? [] : [[code, severity, 0, 'period']]);
  });

  it('matches programme codes after normalising them, and warns on unknown ones', () => {
    const rows = [
      { ...base, program: '09/Ctr-BCA-TTTW', period: '2030', indicator: 'marches', value: 3 },
      { ...base, program: '07/CTrPH-BCA-MTTW', indicator: 'marches', value: 3 },
    ];
    expect(codes(validateFigures(rows, { programs: [p09] }).issues)).toEqual([
      ['period_outside_program', 'error', 0, 'period'],
      ['unknown_program', 'warning', 1, 'program'],
    ]);
  });

  it.each([
    ['a unit not in the table', '99', '2023', [['unit_not_in_table', 'error', 0, 'unit']]],
    ['a district after the 2025 reform', '4201', '2026', [['unit_outside_validity', 'error', 0, 'unit']]],
    ['a district before it existed', '4201', '2013/2023', [['unit_partly_outside_validity', 'warning', 0, 'unit']]],
    ['code 44 across its two lives', '44', '2025', [['unit_partly_outside_validity', 'warning', 0, 'unit']]],
    ['code 44 in one life', '44', '2026', []],
    ['an open-ended unit', '42', P, []],
  ])('checks %s', (_name, unit, period, expected) => {
    expect(codes(validateFigures([{ unit, period, indicator: 'marches', value: 3 }], { units }).issues)).toEqual(expected);
  });
});

describe('validateFigures: across rows', () => {
  it('rejects duplicates and conflicting repeats, keeping the first', () => {
    const a = { ...base, indicator: 'marches', value: 35 };
    const r = validateFigures([a, { ...a, reporter: 'front+police', note: 'again' }, { ...a, value: 36 }, { ...a, statistic: 'annual_average', value: 3.5 }]);
    expect(codes(r.issues)).toEqual([
      ['duplicate_figure', 'error', 1, 'value'],
      ['conflicting_figure', 'error', 2, 'value'],
    ]);
    expect(r.figures.map((f) => f.value)).toEqual([35, 3.5]);
  });

  it('treats an absent uom as the default one when looking for duplicates', () => {
    const r = validateFigures([{ ...base, indicator: 'marches', value: 35 }, { ...base, indicator: 'marches', value: 35, uom: 'count' }]);
    expect(codes(r.issues)).toEqual([['duplicate_figure', 'error', 1, 'value']]);
  });

  it.each([
    ['valuable tips above all tips', 120, undefined, 100, undefined, ['subset_exceeds_superset', 'error']],
    ['a hedged subset', 120, 'nearly', 100, undefined, ['subset_may_exceed_superset', 'warning']],
    ['a hedged superset', 120, undefined, 100, 'over', ['subset_may_exceed_superset', 'warning']],
    ['a subset within its superset', 90, undefined, 100, undefined, undefined],
  ])('checks %s', (_name, sub, subQ, sup, supQ, expected) => {
    const rows = [
      { ...base, indicator: 'tips_received', value: sup, ...(supQ === undefined ? {} : { qualifier: supQ }) },
      { ...base, indicator: 'valuable_tips_received', value: sub, ...(subQ === undefined ? {} : { qualifier: subQ }) },
      { ...base, period: '2023', indicator: 'valuable_tips_received', value: 1000 },
    ];
    const r = validateFigures(rows);
    expect(r.issues.map((i) => [i.code, i.severity, i.row])).toEqual(expected === undefined ? [] : [[...expected, 1]]);
  });

  it('compares subsets category by category', () => {
    const rows = [
      { ...base, indicator: 'petitions_received', category: 'complaint', value: 10 },
      { ...base, indicator: 'petitions_resolved', category: 'complaint', value: 12 },
      { ...base, indicator: 'petitions_resolved', category: 'denunciation', value: 12 },
    ];
    expect(codes(validateFigures(rows).issues)).toEqual([['subset_exceeds_superset', 'error', 1, 'value']]);
  });

  it('warns when a stock is summed over several years', () => {
    const rows = [
      { ...base, indicator: 'model_sites', value: 2100 },
      { ...base, indicator: 'model_types', value: 50, statistic: 'as_of' },
      { ...base, period: '2023', indicator: 'security_teams', value: 50 },
      { ...base, indicator: 'marches', value: 35 },
    ];
    expect(codes(validateFigures(rows).issues)).toEqual([['stock_summed_over_time', 'warning', 0, 'statistic']]);
  });

  it('warns when a year-to-date series falls within a year', () => {
    const ytd = (period: string, value: number): object => ({ ...base, period, indicator: 'tips_received', value, statistic: 'ytd' });
    const rows = [ytd('2023-01-01/2023-06-30', 500), ytd('2023-01-01/2023-03-31', 300), ytd('2023-01-01/2023-09-30', 450), ytd('2024-01-01/2024-03-31', 100)];
    expect(codes(validateFigures(rows).issues)).toEqual([['ytd_decreasing', 'warning', 2, 'value']]);
  });
});

describe('parseFigures and safeParseFigures', () => {
  const good = [{ ...base, indicator: 'marches', value: 35 }];
  const bad = [...good, { ...base, indicator: 'marches', value: -1 }, { ...base, indicator: 'parades', value: 1 }];

  it('returns figures or throws one ValidationError with every issue', () => {
    expect(parseFigures(good)).toEqual(good);
    try {
      parseFigures(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect(isAntqError(e) && e.issues.map((i) => i.code)).toEqual(['negative_value', 'unknown_indicator']);
    }
  });

  it('never throws from safeParseFigures', () => {
    expect(safeParseFigures(good)).toEqual({ ok: true, value: good });
    const noPeriod = safeParseFigures([{ unit: '42', indicator: 'marches', value: 1 }]);
    expect(noPeriod.ok && noPeriod.issues?.map((i) => i.code)).toEqual(['missing_period']);
    const r = safeParseFigures(bad);
    expect(r.ok).toBe(false);
    expect(r.issues?.map((i) => i.row)).toEqual([1, 2]);
  });
});

describe('a large data set', () => {
  it('reports exactly the 5 bad rows of 100,000 and keeps the other 99,995', () => {
    const n = 100_000;
    const rows: unknown[] = [];
    for (let i = 0; i < n; i++) {
      rows.push({ program: '09/CTr-BCA-MTTW', unit: String(10_000 + (i % 5000)), reporter: 'police+front', period: String(2014 + Math.floor(i / 5000) % 9), indicator: i % 2 === 0 ? 'marches' : 'propaganda_sessions', category: undefined, value: i % 97, uom: 'count', source: `row ${i}` });
    }
    // Distinct keys: unit (5000) × year (9 values, 20 blocks of 5000 wrap once) × indicator: make the wrap unique.
    for (let i = 45_000; i < n; i++) (rows[i] as { period: string }).period = `${2014 + (Math.floor(i / 5000) % 9)}-H${i < 90_000 ? 1 : 2}`;
    const bad: [number, unknown, string][] = [
      [17, { ...(rows[17] as object), value: -5 }, 'negative_value'],
      [20_001, { ...(rows[20_001] as object), indicator: 'parade' }, 'unknown_indicator'],
      [50_000, { ...(rows[50_000] as object), uom: 'kg' }, 'uom_not_allowed'],
      [77_777, { ...(rows[77_777] as object), period: '2023-02-30' }, 'invalid_period'],
      [99_999, { ...(rows[99_999] as object), value: Number.NaN }, 'non_finite_value'],
    ];
    for (const [i, row] of bad) rows[i] = row;
    const r = validateFigures(rows, { programs: [{ code: '09/CTr-BCA-MTTW', titleVi: 'x', parties: ['bca'], signedOn: '2013-08-01', period: { start: '2013-08-01', end: '2023-12-31' } }] });
    expect(r.issues.map((i) => [i.row, i.code])).toEqual(bad.map(([i, , code]) => [i, code]));
    expect(r.rejectedRows).toEqual(bad.map(([i]) => i));
    expect(r.figures).toHaveLength(99_995);
    const { category: _none, ...row18 } = rows[18] as Record<string, unknown>;
    expect(r.figures[17]).toEqual(row18);
    expect(r.figures.at(-1)?.source).toBe('row 99998');
  }, 60_000);
});

describe('the fast row check agrees with FigureSchema', () => {
  const field = {
    program: fc.option(fc.oneof(fc.constant('09/CTr-BCA-MTTW'), fc.constant(''), fc.integer()), { nil: undefined }),
    unit: fc.option(fc.oneof(fc.constant('42'), fc.constant(''), fc.constant(42)), { nil: undefined }),
    reporter: fc.option(fc.constantFrom('police', 'police+front', 'Police', 'police+', ''), { nil: undefined }),
    period: fc.option(fc.constantFrom('2023', '', 'whenever'), { nil: undefined }),
    indicator: fc.option(fc.constantFrom('marches', 'weapons_surrendered', 'Marches', '1x', ''), { nil: undefined }),
    category: fc.option(fc.constantFrom('gun', 'gun.military', 'gun..x', '.gun', 'Gun'), { nil: undefined }),
    value: fc.option(fc.oneof(fc.double(), fc.constantFrom(10, 100, 1000, 250, -0), fc.constant('12'), fc.constant(null)), { nil: undefined }),
    uom: fc.option(fc.constantFrom(...UOMS, 'khẩu', 7), { nil: undefined }),
    qualifier: fc.option(fc.constantFrom(...QUALIFIERS, 'roughly'), { nil: undefined }),
    statistic: fc.option(fc.constantFrom(...STATISTICS, 'median'), { nil: undefined }),
    note: fc.option(fc.oneof(fc.string(), fc.integer()), { nil: undefined }),
    source: fc.option(fc.oneof(fc.string(), fc.boolean()), { nil: undefined }),
  };
  const row = fc.record(field, { requiredKeys: [] });

  it('accepts and rejects the same rows, on the same fields, with the same output', () => {
    fc.assert(
      fc.property(fc.oneof(row, fc.constantFrom(null, 3, 'x', [] as unknown)), (r) => {
        const issues: Issue[] = [];
        const fast = checkFigureRow(r, 0, 0, issues);
        const slow = FigureSchema.safeParse(r);
        expect(fast !== undefined).toBe(slow.success);
        if (slow.success) expect(fast).toStrictEqual(Object.fromEntries(Object.entries(slow.data).filter(([, v]) => v !== undefined)));
        else {
          const slowFields = [...new Set(slow.error.issues.map((i) => i.path[0]))].sort();
          const fastFields = [...new Set(issues.map((i) => i.path[1]))].sort();
          expect(fastFields).toEqual(slowFields);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
