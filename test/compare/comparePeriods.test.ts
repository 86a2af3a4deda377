import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../../src/compare/comparePeriods';
import type { ComparisonRow } from '../../src/compare/ComparisonRow';
import { namedPhase } from '../../src/period/namedPhase';
import { programmePhase } from '../../src/period/programmePhase';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import type { Figure } from '../../src/schema/FigureSchema';
import { syntheticFigures, syntheticUnits } from './syntheticData';

const f = (unit: string, indicator: string, value: number, period: string, extra: Partial<Figure> = {}): Figure => ({ unit, indicator, value, period, ...extra });

function only(rows: readonly ComparisonRow[], indicator: string, unit?: string): ComparisonRow {
  const row = rows.find((r) => r.indicator === indicator && (unit === undefined || r.unit === unit));
  if (row === undefined) throw new Error(`no row ${indicator} ${unit ?? ''}`);
  return row;
}

const codes = (r: { notes: readonly { code: string }[] }): string[] => r.notes.map((n) => n.code);

describe('comparePeriods: calendar alignment', () => {
  it('carries the qualifier into the change: over 127 vs 100 is over 27, with both bounds', () => {
    const r = comparePeriods([f('42', 'weapons_surrendered', 127, '2023', { qualifier: 'over' }), f('42', 'weapons_surrendered', 100, '2022')], {
      current: '2023',
      baseline: '2022',
      by: ['indicator'],
    });
    const row = only(r.rows, 'weapons_surrendered');
    expect(row.basis).toBe('total');
    expect(row.current?.value).toBe(127);
    expect(row.baseline?.value).toBe(100);
    expect(row.change).toEqual({ value: 27, qualifier: 'over', lower: 27, lowerInclusive: false, upper: null, upperInclusive: false });
    expect(row.percentChange).toEqual({ value: 27, qualifier: 'over', lower: 27, lowerInclusive: false, upper: null, upperInclusive: false });
    expect(row.ratio).toBe(1.27);
    expect(row.reason).toBeUndefined();
    expect([row.currentDays, row.baselineDays]).toEqual([365, 365]);
    expect(r.current.period.id).toBe('2023');
    expect(r.baseline.period.id).toBe('2022');
  });

  it('defaults the baseline to the same period last year', () => {
    const r = comparePeriods([f('42', 'marches', 20, '2022-Q2'), f('42', 'marches', 30, '2023-Q2')], { current: '2023-Q2', by: ['indicator'] });
    expect(r.baseline.period.id).toBe('2022-Q2');
    expect(only(r.rows, 'marches').change?.value).toBe(10);
    expect(only(r.rows, 'marches').percentChange?.value).toBe(50);
  });

  it('gives the interval of a change between inexact sides', () => {
    // nearly 100 = [90, 100); about 50 = [45, 55]; difference [35, 55), percent [90/55 − 1, 100/45 − 1)
    const r = comparePeriods([f('42', 'marches', 100, '2023', { qualifier: 'nearly' }), f('42', 'marches', 50, '2022', { qualifier: 'about' })], {
      current: '2023',
      by: ['indicator'],
    });
    const row = only(r.rows, 'marches');
    expect(row.change?.value).toBe(50);
    expect(row.change?.lower).toBe(35);
    expect(row.change?.upper).toBe(55);
    expect(row.change?.qualifier).toBe('about');
    expect(row.percentChange?.value).toBe(100);
    expect(row.percentChange?.lower).toBeCloseTo(100 * (90 / 55 - 1), 9);
    expect(row.percentChange?.upper).toBeCloseTo(100 * (100 / 45 - 1), 9);
    expect(row.percentChange?.upperInclusive).toBe(false);
  });

  it('gives an unbounded baseline a percent change from −100 up', () => {
    const r = comparePeriods([f('42', 'marches', 10, '2023'), f('42', 'marches', 5, '2022', { qualifier: 'at_least' })], { current: '2023', by: ['indicator'] });
    const row = only(r.rows, 'marches');
    expect(row.change).toEqual({ value: 5, qualifier: 'under', lower: null, lowerInclusive: false, upper: 5, upperInclusive: true });
    expect(row.percentChange).toEqual({ value: 100, qualifier: 'under', lower: -100, lowerInclusive: false, upper: 100, upperInclusive: true });
  });

  it('compares 31 March with 30 April as reported, and flags the different lengths', () => {
    const figures = [f('42', 'marches', 300, '2023-03-01/2023-03-30'), f('42', 'marches', 10, '2023-03-31'), f('42', 'marches', 300, '2023-04')];
    const r = comparePeriods(figures, { current: '2023-04', baseline: '2023-03', by: ['indicator'] });
    const row = only(r.rows, 'marches');
    expect([row.current?.value, row.baseline?.value, row.change?.value]).toEqual([300, 310, -10]);
    expect(row.percentChange?.value).toBeCloseTo((-10 / 310) * 100, 12);
    expect([row.currentDays, row.baselineDays]).toEqual([30, 31]);
    expect(codes(r)).toContain('lengths_differ');
  });

  it('uses official 15th-to-14th periods: 20 Dec 2022 belongs to official 2023', () => {
    const r = comparePeriods([f('42', 'marches', 7, '2022-12-20'), f('42', 'marches', 3, '2022-06-01'), f('42', 'marches', 2, '2022-12-14')], {
      current: 'official:2023',
      by: ['indicator'],
    });
    expect(r.baseline.period.id).toBe('official:2022');
    const row = only(r.rows, 'marches');
    expect([row.current?.value, row.baseline?.value, row.change?.value]).toEqual([7, 5, 2]);
  });
});

describe('comparePeriods: elapsed alignment', () => {
  it('year to date 29 February 2024 against the same days of 2023 (to 28 February)', () => {
    const figures = [
      f('42', 'marches', 50, '2023-01'),
      f('42', 'marches', 40, '2023-02'),
      f('42', 'marches', 99, '2023-03-01'),
      f('42', 'marches', 60, '2024-01'),
      f('42', 'marches', 45, '2024-02'),
      f('42', 'model_sites', 20, '2023-02-28'),
      f('42', 'model_sites', 25, '2023-03-01'),
      f('42', 'model_sites', 30, '2024-02-29'),
    ];
    const r = comparePeriods(figures, { current: '2024-01-01/2024-02-29', baseline: '2023', align: 'elapsed', by: ['indicator'] });
    expect(r.baseline.period.id).toBe('2023-01-01/2023-02-28');
    expect(r.baseline.requested.id).toBe('2023');
    const flow = only(r.rows, 'marches');
    expect([flow.current?.value, flow.baseline?.value, flow.change?.value]).toEqual([105, 90, 15]);
    expect(flow.percentChange?.value).toBeCloseTo(100 / 6, 12);
    expect([flow.currentDays, flow.baselineDays]).toEqual([60, 59]);
    const stock = only(r.rows, 'model_sites');
    expect(stock.basis).toBe('level');
    expect([stock.current?.value, stock.baseline?.value, stock.change?.value]).toEqual([30, 20, 10]);
  });

  it('the whole of April against the whole of March (31 March kept)', () => {
    const figures = [f('42', 'marches', 300, '2023-03-01/2023-03-30'), f('42', 'marches', 10, '2023-03-31'), f('42', 'marches', 300, '2023-04')];
    const r = comparePeriods(figures, { current: '2023-04', baseline: '2023-03', align: 'elapsed', by: ['indicator'] });
    expect(r.baseline.period.end).toBe('2023-03-31');
    expect(only(r.rows, 'marches').baseline?.value).toBe(310);
  });

  it('March to the 30th against April to the 30th; a longer span is cut to the baseline', () => {
    const a = comparePeriods([], { current: '2023-03-01/2023-03-30', baseline: '2023-04', align: 'elapsed' });
    expect(a.baseline.period.id).toBe('2023-04');
    expect(codes(a)).not.toContain('baseline_shortened');
    const b = comparePeriods([], { current: '2023-03-01/2023-05-10', baseline: '2023-04', align: 'elapsed' });
    expect(b.baseline.period.id).toBe('2023-04');
    expect(codes(b)).toContain('baseline_shortened');
  });
});

describe('comparePeriods: rate alignment', () => {
  const phase1 = programmePhase('2013-08-01', 0, 5, 'giai đoạn 1');
  const phase2 = namedPhase('giai đoạn 2', '2018-08-01', '2023-05-24');
  const figures = [f('42', 'propaganda_sessions', 1000, '2013-08-01/2018-07-31'), f('42', 'propaganda_sessions', 1757, '2018-08-01/2023-05-24')];

  it('phases of unequal length, per year (5 years against 4 + 297/365 years)', () => {
    const r = comparePeriods(figures, { current: phase2, baseline: phase1, align: 'rate', by: ['indicator'] });
    expect(r.baseline.years).toBe(5);
    expect(r.current.years).toBeCloseTo(1757 / 365, 12);
    expect([r.current.days, r.baseline.days]).toEqual([1758, 1826]);
    const row = only(r.rows, 'propaganda_sessions');
    expect(row.basis).toBe('per_year');
    expect(row.current?.value).toBeCloseTo(365, 9);
    expect(row.current?.total).toBe(1757);
    expect(row.baseline?.value).toBeCloseTo(200, 9);
    expect(row.baseline?.total).toBe(1000);
    expect(row.change?.value).toBeCloseTo(165, 9);
    expect(row.percentChange?.value).toBeCloseTo(82.5, 9);
    expect(codes(r)).not.toContain('lengths_differ');
    expect(r.current.period.name).toBe('giai đoạn 2');
  });

  it('per day: 31 March against 30 April', () => {
    const r = comparePeriods([f('42', 'marches', 310, '2023-03'), f('42', 'marches', 300, '2023-04')], {
      current: '2023-04',
      baseline: '2023-03',
      align: 'rate',
      rateUnit: 'day',
      by: ['indicator'],
    });
    const row = only(r.rows, 'marches');
    expect(row.basis).toBe('per_day');
    expect(row.current?.value).toBeCloseTo(10, 12);
    expect(row.baseline?.value).toBeCloseTo(10, 12);
    expect(row.change?.value).toBeCloseTo(0, 12);
  });

  it('leaves stocks as levels and ratios in points under rate', () => {
    const r = comparePeriods([f('42', 'model_sites', 10, '2018-07-31'), f('42', 'model_sites', 14, '2023-05-24')], {
      current: phase2,
      baseline: phase1,
      align: 'rate',
      by: ['indicator'],
    });
    const row = only(r.rows, 'model_sites');
    expect(row.basis).toBe('level');
    expect([row.current?.value, row.baseline?.value, row.change?.value]).toEqual([14, 10, 4]);
    expect(row.current?.total).toBeUndefined();
  });
});

describe('comparePeriods: honesty', () => {
  it('a zero baseline gives the change but null percent and ratio with a reason', () => {
    const r = comparePeriods([f('42', 'marches', 5, '2023'), f('42', 'marches', 0, '2022')], { current: '2023', by: ['indicator'] });
    const row = only(r.rows, 'marches');
    expect(row.change?.value).toBe(5);
    expect(row.percentChange).toBeNull();
    expect(row.ratio).toBeNull();
    expect(row.reason).toBe('zero_baseline');
    expect(JSON.stringify(r)).not.toMatch(/Infinity|NaN/);
  });

  it('a missing unit is missing, not zero', () => {
    const r = comparePeriods([f('A', 'marches', 5, '2023'), f('A', 'marches', 4, '2022'), f('B', 'marches', 3, '2022'), f('C', 'marches', 2, '2023')], {
      current: '2023',
      by: ['indicator', 'unit'],
    });
    expect(r.rows.map((x) => x.unit)).toEqual(['A', 'B', 'C']);
    const b = only(r.rows, 'marches', 'B');
    expect(b.current).toBeNull();
    expect(b.baseline?.value).toBe(3);
    expect([b.change, b.percentChange, b.ratio, b.reason]).toEqual([null, null, null, 'missing_current']);
    expect(b.coverageDiffers).toBe(true);
    const c = only(r.rows, 'marches', 'C');
    expect(c.baseline).toBeNull();
    expect(c.reason).toBe('missing_baseline');
    expect(only(r.rows, 'marches', 'A').coverageDiffers).toBe(false);
  });

  it('a stock compares levels as of each period end, not sums', () => {
    const figures = [f('A', 'model_sites', 10, '2022-06-30'), f('A', 'model_sites', 12, '2022-12-31'), f('A', 'model_sites', 15, '2023-06-30'), f('B', 'model_sites', 5, '2021-12-31')];
    const r = comparePeriods(figures, { current: '2023', by: ['indicator'] });
    const row = only(r.rows, 'model_sites');
    expect([row.current?.value, row.baseline?.value, row.change?.value]).toEqual([20, 17, 3]);
    expect(row.current?.carriedForward).toBe(1);
    expect(row.baseline?.carriedForward).toBe(1);
    expect(row.percentChange?.value).toBeCloseTo(300 / 17, 12);
  });

  it('a ratio is recomputed from its parts and compared in percentage points', () => {
    const figures = [
      f('42', 'mediation_success_rate', 75, '2022'),
      f('42', 'disputes_mediated', 50, '2022'),
      f('42', 'disputes_mediated_successfully', 40, '2022'),
      f('42', 'mediation_success_rate', 91, '2023'),
      f('42', 'disputes_mediated', 50, '2023'),
      f('42', 'disputes_mediated_successfully', 45, '2023'),
    ];
    const r = comparePeriods(figures, { current: '2023', by: ['indicator'] });
    const row = only(r.rows, 'mediation_success_rate');
    expect(row.basis).toBe('percentage_points');
    expect([row.current?.value, row.baseline?.value, row.change?.value]).toEqual([90, 80, 10]);
    expect([row.percentChange, row.ratio, row.reason]).toEqual([null, null, 'percentage_points']);
  });

  it('a ratio without its parts has an unknown value, not a change', () => {
    const figures = [f('42', 'mediation_success_rate', 75, '2022'), f('43', 'mediation_success_rate', 80, '2022'), f('42', 'mediation_success_rate', 70, '2023')];
    const row = only(comparePeriods(figures, { current: '2023', by: ['indicator'] }).rows, 'mediation_success_rate');
    expect(row.baseline?.value).toBeNull();
    expect(row.baseline?.reason).toBe('ratio_parts_missing');
    expect([row.change, row.reason]).toEqual([null, 'value_unknown']);
  });

  it('flags rows whose coverage differs (2 of 3 communes against 3 of 3)', () => {
    const units = createUnitRegistry([
      { code: 'P', name: 'Tỉnh', level: 'province' },
      { code: 'C1', name: 'Xã 1', level: 'commune', parent: 'P' },
      { code: 'C2', name: 'Xã 2', level: 'commune', parent: 'P' },
      { code: 'C3', name: 'Xã 3', level: 'commune', parent: 'P' },
    ]);
    const figures = [f('C1', 'marches', 1, '2022'), f('C2', 'marches', 1, '2022'), f('C3', 'marches', 1, '2022'), f('C1', 'marches', 2, '2023'), f('C2', 'marches', 2, '2023')];
    const r = comparePeriods(figures, { current: '2023', by: ['indicator', 'unit'], units, level: 'province', reportingLevel: 'commune' });
    const row = only(r.rows, 'marches', 'P');
    expect(row.current?.coverage).toEqual({ reported: 2, expected: 3 });
    expect(row.baseline?.coverage).toEqual({ reported: 3, expected: 3 });
    expect(row.coverageDiffers).toBe(true);
    expect(row.level).toBe('province');
    expect(codes(r)).toContain('coverage_differs');
  });

  it('surfaces figures that straddle a window edge on each side', () => {
    const r = comparePeriods([f('42', 'marches', 9, '2022-12-01/2023-01-31'), f('42', 'marches', 1, '2023')], { current: '2023', by: ['indicator'] });
    expect(r.current.excluded.straddles_window?.count).toBe(1);
    expect(r.baseline.excluded.straddles_window?.count).toBe(1);
    expect(r.notes.filter((n) => n.code === 'window_straddled').map((n) => n.path)).toEqual([['current'], ['baseline']]);
    expect(only(r.rows, 'marches').reason).toBe('missing_baseline');
  });

  it('warns when the periods overlap (2013–2018 against 2018–2023)', () => {
    const r = comparePeriods([], { current: '2018/2023', baseline: '2013/2018' });
    expect(codes(r)).toContain('periods_overlap');
    expect(r.rows).toEqual([]);
  });

  it('reads the figures once (a generator works)', () => {
    function* gen(): Generator<Figure> {
      yield f('42', 'marches', 3, '2022');
      yield f('42', 'marches', 4, '2023');
    }
    expect(only(comparePeriods(gen(), { current: '2023', by: ['indicator'] }).rows, 'marches').change?.value).toBe(1);
  });
});

describe('comparePeriods: misuse', () => {
  it.each([
    ['period in by', { current: '2023', by: ['indicator', 'period'] }],
    ['bad current', { current: '2023-13' }],
    ['bad baseline', { current: '2023', baseline: {} }],
    ['bad align', { current: '2023', align: 'weekly' }],
    ['bad rate unit', { current: '2023', align: 'rate', rateUnit: 'month' }],
    ['no options', null],
  ])('%s throws invalid_argument', (_name, options) => {
    expect(() => comparePeriods([], options as never)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});

describe('comparePeriods on the synthetic example', () => {
  const figures = syntheticFigures();
  const units = syntheticUnits();
  const r = comparePeriods(figures, {
    current: '2023',
    baseline: '2022',
    by: ['indicator', 'unit'],
    units,
    level: 'province',
    reportingLevel: 'commune',
  });

  it('compares 2023 with 2022 by province, with coverage', () => {
    const p1 = only(r.rows, 'propaganda_sessions', 'P01');
    const communes = (year: string): number =>
      new Set(figures.filter((x) => x.indicator === 'propaganda_sessions' && x.period === year && x.unit.startsWith('P01')).map((x) => x.unit)).size;
    expect(p1.current?.coverage).toEqual({ reported: communes('2023'), expected: 6 });
    expect(p1.baseline?.coverage).toEqual({ reported: communes('2022'), expected: 6 });
    expect(p1.change?.value).toBe((p1.current?.value ?? 0) - (p1.baseline?.value ?? 0));
    const manual = (year: string): number =>
      figures.filter((x) => x.indicator === 'propaganda_sessions' && x.period === year && x.unit.startsWith('P01')).reduce((s, x) => s + x.value, 0);
    expect(p1.current?.value).toBe(manual('2023'));
    expect(p1.baseline?.value).toBe(manual('2022'));
    const stock = only(r.rows, 'security_teams', 'P02');
    expect(stock.basis).toBe('level');
    expect(r.current.read).toBe(figures.length);
    expect(JSON.stringify(r)).not.toMatch(/Infinity|NaN/);
  });

  it('matches the guide (docs/comparing-periods.md)', () => {
    const pick = (indicator: string, unit: string): unknown[] => {
      const row = only(r.rows, indicator, unit);
      const pct = row.percentChange === null ? null : Number(row.percentChange.value.toFixed(1));
      return [row.baseline?.value, row.current?.value, row.change?.value, row.change?.qualifier, pct, row.coverageDiffers];
    };
    expect(pick('propaganda_sessions', 'P01')).toEqual([302, 282, -20, 'exact', -6.6, false]);
    expect(pick('security_teams', 'P02')).toEqual([128, 123, -5, 'exact', -3.9, false]);
    expect(pick('tips_received', 'P02')).toEqual([480, 191, -289, 'exact', -60.2, false]);
    expect(pick('weapons_surrendered', 'P02')).toEqual([196, 152, -44, 'about', -22.4, false]);
    expect(r.notes.map((n) => n.code)).toEqual([]);
  });
});

describe('the illustrative Hà Tĩnh phase comparison of the guide', () => {
  const figures = [
    f('42', 'propaganda_sessions', 1100, '2013-08-01/2018-07-31'),
    f('42', 'propaganda_sessions', 1312, '2018-08-01/2023-05-24'),
    f('42', 'weapons_surrendered', 60, '2013-08-01/2018-07-31', { category: 'gun.military' }),
    f('42', 'weapons_surrendered', 67, '2018-08-01/2023-05-24', { category: 'gun.military', qualifier: 'over' }),
    f('42', 'model_sites', 1500, '2018-07-31'),
    f('42', 'model_sites', 2100, '2023-05-24'),
  ];
  const options = { current: namedPhase('giai đoạn 2', '2018-08-01', '2023-05-24'), baseline: programmePhase('2013-08-01', 0, 5, 'giai đoạn 1'), by: ['indicator', 'category'] } as const;

  it('per year', () => {
    const r = comparePeriods(figures, { ...options, align: 'rate' });
    const p = only(r.rows, 'propaganda_sessions');
    expect(p.baseline?.value).toBeCloseTo(220, 9);
    expect(p.current?.value).toBeCloseTo((1312 * 365) / 1757, 9);
    expect(p.percentChange?.value).toBeCloseTo(23.9, 1);
    const w = only(r.rows, 'weapons_surrendered');
    expect([w.change?.qualifier, w.change?.upper, w.baseline?.value]).toEqual(['over', null, 12]);
    expect(only(r.rows, 'model_sites').change?.value).toBe(600);
  });

  it('as reported', () => {
    const r = comparePeriods(figures, options);
    expect(only(r.rows, 'propaganda_sessions').change?.value).toBe(212);
    expect(r.notes.map((n) => n.code)).toEqual(['lengths_differ']);
  });
});
