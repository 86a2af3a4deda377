import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonthsEndAligned, formatDay, MAX_DAY, MIN_DAY, nextIsoDay, parseIsoDay, yearsBetween } from '../../src/period/civil';

const day = (iso: string): number => {
  const d = parseIsoDay(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
};

describe('period/civil: the one calendar', () => {
  it('nextIsoDay gives the following date and null (never NaN text) for anything else', () => {
    expect(nextIsoDay('2024-02-28')).toBe('2024-02-29');
    expect(nextIsoDay('2023-02-28')).toBe('2023-03-01');
    expect(nextIsoDay('2024-12-31')).toBe('2025-01-01');
    expect(nextIsoDay('2023-02-29')).toBeNull();
    expect(nextIsoDay('not a date')).toBeNull();
    expect(nextIsoDay('')).toBeNull();
    expect(nextIsoDay('9999-12-31')).toBeNull();
  });

  it('addMonthsEndAligned keeps month ends on month ends', () => {
    expect(formatDay(addMonthsEndAligned(day('2023-03-31'), -1))).toBe('2023-02-28');
    expect(formatDay(addMonthsEndAligned(day('2024-03-31'), -1))).toBe('2024-02-29');
    expect(formatDay(addMonthsEndAligned(day('2023-04-30'), -1))).toBe('2023-03-31');
    expect(formatDay(addMonthsEndAligned(day('2023-01-15'), 13))).toBe('2024-02-15');
  });

  it('yearsBetween counts anniversaries, the rest as a fraction of its year', () => {
    expect(yearsBetween(day('2013-08-01'), day('2018-08-01'))).toBe(5);
    expect(yearsBetween(day('2024-01-01'), day('2024-07-02'))).toBeCloseTo(183 / 366, 12);
    expect(yearsBetween(day('2020-01-01'), day('2019-01-01'))).toBe(0);
  });

  it('yearsBetween is finite, non-negative and whole on anniversaries', () => {
    const days = fc.integer({ min: MIN_DAY, max: MAX_DAY - 366 * 20 });
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 366 * 20 }), (from, span) => {
        const y = yearsBetween(from, from + span);
        return Number.isFinite(y) && y >= 0 && y <= 21;
      }),
    );
  });
});
