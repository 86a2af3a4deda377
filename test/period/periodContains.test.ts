import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/period/Period';
import { dateRange } from '../../src/period/dateRange';
import { isoDateToDay } from '../../src/period/isoDateToDay';
import { officialPeriod } from '../../src/period/officialPeriod';
import { parsePeriod } from '../../src/period/parsePeriod';
import { periodContains } from '../../src/period/periodContains';
import { periodLength } from '../../src/period/periodLength';
import { periodsOverlap } from '../../src/period/periodsOverlap';

function p(id: string): Period {
  const r = parsePeriod(id);
  if (!r.ok) throw new Error(id);
  return r.value;
}

describe('periodContains / periodsOverlap / periodLength', () => {
  it('contains days, ISO dates and periods', () => {
    const y = p('2023');
    expect(periodContains(y, '2023-01-01')).toBe(true);
    expect(periodContains(y, '2023-12-31')).toBe(true);
    expect(periodContains(y, '2022-12-31')).toBe(false);
    expect(periodContains(y, isoDateToDay('2023-05-24'))).toBe(true);
    expect(periodContains(y, p('2023-Q2'))).toBe(true);
    expect(periodContains(y, p('2023'))).toBe(true);
    expect(periodContains(y, officialPeriod(2023))).toBe(false);
    expect(periodContains(p('2013/2023'), p('2013-08-01/2023-05-24'))).toBe(true);
    expect(periodContains(officialPeriod(2023), officialPeriod(2023, 1))).toBe(true);
    expect(periodContains(officialPeriod(2023), '2022-12-15')).toBe(true);
  });

  it('overlaps when a day is shared', () => {
    expect(periodsOverlap(p('2013/2018'), p('2018/2023'))).toBe(true);
    expect(periodsOverlap(p('2023-H1'), p('2023-H2'))).toBe(false);
    expect(periodsOverlap(p('2023-W26'), p('2023-H2'))).toBe(true);
    expect(periodsOverlap(officialPeriod(2023), p('2022'))).toBe(true);
  });

  it.each([
    ['2023', 365],
    ['2024', 366],
    ['2024-02', 29],
    ['2023-Q1', 90],
    ['2023-W21', 7],
    ['2023-05-24', 1],
    ['official:2023', 365],
    ['official:2024-03', 29],
    ['2013-08-01/2023-05-24', 3584],
  ])('%s lasts %i days', (id, days) => {
    expect(periodLength(p(id))).toBe(days);
  });

  it('overlap is symmetric and agrees with shared days', () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: 3000 }), fc.nat(400))
      .map(([s, n]) => dateRange(s, s + n));
    fc.assert(
      fc.property(range, range, (a, b) => {
        const shared = Math.max(a.startDay, b.startDay) <= Math.min(a.endDay, b.endDay);
        expect(periodsOverlap(a, b)).toBe(shared);
        expect(periodsOverlap(b, a)).toBe(shared);
        if (periodContains(a, b)) expect(periodsOverlap(a, b)).toBe(true);
      }),
    );
  });

  it('throws on bad arguments', () => {
    expect(() => periodContains(p('2023'), '2023-02-30')).toThrow(/^periodContains:/);
    expect(() => periodContains(p('2023'), { kind: 'year' } as Period)).toThrow(/^periodContains:/);
    expect(() => periodsOverlap(p('2023'), null as unknown as Period)).toThrow(/^periodsOverlap:/);
    expect(() => periodLength({ ...p('2023'), endDay: 0 })).toThrow(/^periodLength:/);
  });
});
