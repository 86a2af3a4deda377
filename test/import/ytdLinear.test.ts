import { describe, expect, it } from 'vitest';
import { createFigureValidator } from '../../src/import/createFigureValidator';

describe('year-to-date series check', () => {
  it('is constant time per row: 40k points of one series check about as fast as 40k series', () => {
    const day = (d: number): string => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    // 40k distinct periods of 2023 (start, end), in order of their end: one year-to-date series.
    const periods: { period: string; end: number }[] = [];
    for (let e = 0; e < 365 && periods.length < 40_000; e++) for (let s = 0; s <= e && periods.length < 40_000; s++) periods.push({ period: `${day(s)}/${day(e)}`, end: e });
    const time = (seriesOf: (i: number) => string): { ms: number; warnings: number } => {
      const v = createFigureValidator({ maxTrackedKeys: 1_000_000 });
      let warnings = 0;
      const t0 = performance.now();
      periods.forEach((p, i) => {
        const value = p.end === 250 ? 0 : p.end;
        const r = v.check({ unit: seriesOf(i), indicator: 'marches', value, period: p.period, statistic: 'ytd' }, { row: i + 1 });
        warnings += r.issues.filter((x) => x.code === 'ytd_decreasing').length;
      });
      return { ms: performance.now() - t0, warnings };
    };
    const many = time((i) => `U${i}`);
    const one = time(() => 'U');
    expect(many.warnings).toBe(0);
    expect(one.warnings).toBeGreaterThan(0);
    // Scanning the whole series for every row made the single series hundreds of times slower.
    expect(one.ms).toBeLessThan(many.ms * 5 + 500);
  }, 60_000);

  it('still warns when a later point is below an earlier one, in either order', () => {
    const v = createFigureValidator();
    const a = v.check({ unit: '42', indicator: 'marches', value: 10, period: '2023-01-01/2023-03-31', statistic: 'ytd' }, { row: 1 });
    const b = v.check({ unit: '42', indicator: 'marches', value: 8, period: '2023-01-01/2023-06-30', statistic: 'ytd' }, { row: 2 });
    // A late row is checked against its neighbours by end date: February's 9 fits under March's 10,
    // February's 11 does not.
    const c = v.check({ unit: '42', indicator: 'marches', value: 9, period: '2023-01-01/2023-02-28', statistic: 'ytd' }, { row: 3 });
    const d = v.check({ unit: '42', indicator: 'marches', value: 11, period: '2023-01-01/2023-02-15', statistic: 'ytd' }, { row: 4 });
    expect(a.issues.map((i) => i.code)).toEqual([]);
    expect(b.issues.map((i) => i.code)).toEqual(['ytd_decreasing']);
    expect(c.issues.map((i) => i.code)).toEqual([]);
    expect(d.issues.map((i) => i.code)).toEqual(['ytd_decreasing']);
  });
});
