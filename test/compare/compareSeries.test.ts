import { describe, expect, it } from 'vitest';
import { compareSeries } from '../../src/compare/compareSeries';
import { programmePhase } from '../../src/period/programmePhase';
import type { Figure } from '../../src/schema/FigureSchema';

const f = (unit: string, indicator: string, value: number, period: string, extra: Partial<Figure> = {}): Figure => ({ unit, indicator, value, period, ...extra });

describe('compareSeries', () => {
  it('gives the change per step and the compound annual growth rate', () => {
    const r = compareSeries([f('42', 'marches', 100, '2021'), f('42', 'marches', 110, '2022'), f('42', 'marches', 121, '2023')], ['2021', '2022', '2023'], { by: ['indicator'] });
    expect(r.years).toBe(2);
    const [row] = r.rows;
    expect(row?.values.map((v) => v?.value)).toEqual([100, 110, 121]);
    expect(row?.steps.map((s) => s.change?.value)).toEqual([10, 11]);
    expect(row?.steps.map((s) => s.percentChange?.value)).toEqual([10, 10]);
    expect(row?.cagr?.value).toBeCloseTo(10, 10);
    expect(row?.cagr?.qualifier).toBe('exact');
    expect(r.periods.map((p) => p.days)).toEqual([365, 365, 365]);
  });

  it('keeps missing periods missing and reasons every null', () => {
    const figures = [
      f('A', 'marches', 0, '2021'),
      f('A', 'marches', 4, '2023'),
      f('B', 'marches', 8, '2021'),
      f('B', 'marches', 9, '2022'),
      f('C', 'marches', 5, '2022'),
    ];
    const r = compareSeries(figures, ['2021', '2022', '2023'], { by: ['indicator', 'unit'] });
    const [a, b, c] = r.rows;
    expect(a?.values.map((v) => v?.value ?? null)).toEqual([0, null, 4]);
    expect(a?.steps.map((s) => s.reason)).toEqual(['missing_current', 'missing_baseline']);
    expect([a?.cagr, a?.cagrReason]).toEqual([null, 'zero_baseline']);
    expect(b?.cagrReason).toBe('missing_current');
    expect(b?.steps[0]?.change?.value).toBe(1);
    expect(c?.steps.map((s) => s.reason)).toEqual(['missing_baseline', 'missing_current']);
    expect(c?.cagrReason).toBe('missing_both');
  });

  it('carries qualifiers into the growth rate with bounds', () => {
    const r = compareSeries([f('42', 'marches', 100, '2021'), f('42', 'marches', 121, '2023', { qualifier: 'over' })], ['2021', '2023'], { by: ['indicator'] });
    const g = r.rows[0]?.cagr;
    expect(g?.qualifier).toBe('over');
    expect(g?.lower).toBeCloseTo(10, 10);
    expect(g?.lowerInclusive).toBe(false);
    expect(g?.upper).toBeNull();
  });

  it('compares phases per year, stocks as levels and ratios in points', () => {
    const p1 = programmePhase('2013-08-01', 0, 5);
    const p2 = programmePhase('2013-08-01', 5, 10);
    const figures = [
      f('42', 'marches', 100, '2013-08-01/2018-07-31'),
      f('42', 'marches', 150, '2018-08-01/2023-07-31'),
      f('42', 'model_sites', 40, '2018-07-31'),
      f('42', 'model_sites', 50, '2023-05-24'),
      f('42', 'mediation_success_rate', 80, '2013-08-01/2018-07-31'),
      f('42', 'mediation_success_rate', 90, '2018-08-01/2023-07-31'),
    ];
    const r = compareSeries(figures, [p1, p2], { by: ['indicator'], rate: 'year' });
    const by = (id: string) => r.rows.find((x) => x.indicator === id);
    expect(by('marches')?.basis).toBe('per_year');
    expect(by('marches')?.values.map((v) => v?.value)).toEqual([20, 30]);
    expect(by('marches')?.cagr?.value).toBeCloseTo(100 * (Math.pow(1.5, 1 / 5) - 1), 10);
    expect(by('model_sites')?.steps[0]?.change?.value).toBe(10);
    expect(by('mediation_success_rate')?.steps[0]?.change?.value).toBe(10);
    expect(by('mediation_success_rate')?.cagrReason).toBe('percentage_points');
  });

  it('gives no growth rate when no time passes, and flags straddling figures', () => {
    const r = compareSeries([f('42', 'marches', 3, '2023'), f('42', 'marches', 2, '2022-12-01/2023-01-31')], ['2023', '2023'], { by: ['indicator'], rate: 'day' });
    expect(r.rows[0]?.cagrReason).toBe('no_elapsed_time');
    expect(r.notes.map((n) => [n.code, n.path])).toEqual([
      ['window_straddled', ['periods', 0]],
      ['window_straddled', ['periods', 1]],
    ]);
  });

  it('marks a ratio without its parts as unknown', () => {
    const figures = [f('A', 'mediation_success_rate', 80, '2022'), f('B', 'mediation_success_rate', 70, '2022'), f('A', 'mediation_success_rate', 90, '2023')];
    const row = compareSeries(figures, ['2022', '2023'], { by: ['indicator'] }).rows[0];
    expect([row?.steps[0]?.reason, row?.cagrReason]).toEqual(['value_unknown', 'value_unknown']);
  });

  it.each([
    ['one period', ['2023'], {}],
    ['a bad period', ['2023', 'x'], {}],
    ['period in by', ['2022', '2023'], { by: ['indicator', 'period'] }],
    ['a bad rate', ['2022', '2023'], { rate: 'week' }],
  ])('throws invalid_argument for %s', (_n, periods, options) => {
    expect(() => compareSeries([], periods, options as never)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
