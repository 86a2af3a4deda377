import { getISOWeek, getISOWeekYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../src/errors/isAntqError';
import { PERIOD_GRANULARITIES } from '../../src/period/PeriodGranularity';
import type { PeriodGranularity } from '../../src/period/PeriodGranularity';
import { dayToIsoDate } from '../../src/period/dayToIsoDate';
import { dayToPeriodKey } from '../../src/period/dayToPeriodKey';
import { isoDateToDay } from '../../src/period/isoDateToDay';
import { periodContaining } from '../../src/period/periodContaining';
import { periodFromKey } from '../../src/period/periodFromKey';

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isAntqError(e) ? e.code : 'not-antq';
  }
  return undefined;
}

describe('dayToPeriodKey / periodFromKey / periodContaining', () => {
  it.each<[string, PeriodGranularity, number, string, string, string]>([
    ['2023-05-24', 'year', 2023, '2023', '2023-01-01', '2023-12-31'],
    ['2023-05-24', 'half', 20231, '2023-H1', '2023-01-01', '2023-06-30'],
    ['2023-07-01', 'half', 20232, '2023-H2', '2023-07-01', '2023-12-31'],
    ['2023-05-24', 'quarter', 20232, '2023-Q2', '2023-04-01', '2023-06-30'],
    ['2024-02-10', 'month', 202402, '2024-02', '2024-02-01', '2024-02-29'],
    ['2023-05-24', 'week', 202321, '2023-W21', '2023-05-22', '2023-05-28'],
    ['2021-01-03', 'week', 202053, '2020-W53', '2020-12-28', '2021-01-03'],
    ['2024-12-30', 'week', 202501, '2025-W01', '2024-12-30', '2025-01-05'],
    ['2023-05-24', 'day', 19501, '2023-05-24', '2023-05-24', '2023-05-24'],
    ['2023-05-14', 'official_month', 202305, 'official:2023-05', '2023-04-15', '2023-05-14'],
    ['2023-05-15', 'official_month', 202306, 'official:2023-06', '2023-05-15', '2023-06-14'],
    ['2022-12-15', 'official_month', 202301, 'official:2023-01', '2022-12-15', '2023-01-14'],
    ['2022-12-14', 'official_year', 2022, 'official:2022', '2021-12-15', '2022-12-14'],
    ['2022-12-15', 'official_year', 2023, 'official:2023', '2022-12-15', '2023-12-14'],
    ['2023-12-31', 'official_year', 2024, 'official:2024', '2023-12-15', '2024-12-14'],
  ])('%s at %s → %i (%s)', (iso, g, key, id, start, end) => {
    expect(dayToPeriodKey(isoDateToDay(iso), g)).toBe(key);
    const p = periodFromKey(key, g);
    expect(p).toMatchObject({ kind: g, id, start, end });
    expect(p.startDay).toBe(isoDateToDay(start));
    expect(p.endDay).toBe(isoDateToDay(end));
    expect(periodContaining(iso, g)).toEqual(p);
  });

  it('every day lies in the period of its key, at every granularity', () => {
    fc.assert(
      fc.property(fc.integer({ min: isoDateToDay('1900-01-01'), max: isoDateToDay('2100-12-31') }), fc.constantFrom(...PERIOD_GRANULARITIES), (day, g) => {
        const p = periodFromKey(dayToPeriodKey(day, g), g);
        expect(day >= p.startDay && day <= p.endDay).toBe(true);
        // Neighbouring periods tile the timeline: the day after the end starts the next key.
        expect(dayToPeriodKey(p.endDay + 1, g)).toBeGreaterThan(dayToPeriodKey(p.endDay, g));
        expect(dayToPeriodKey(p.startDay - 1, g)).toBeLessThan(dayToPeriodKey(p.startDay, g));
      }),
      { numRuns: 1000 },
    );
  });

  it('ISO weeks agree with date-fns', () => {
    fc.assert(
      fc.property(fc.integer({ min: isoDateToDay('1901-01-01'), max: isoDateToDay('2099-12-31') }), (day) => {
        const [y, m, d] = dayToIsoDate(day).split('-').map(Number) as [number, number, number];
        // Oracle only: a local date at noon has the same calendar fields in every zone.
        const local = new Date(y, m - 1, d, 12);
        expect(dayToPeriodKey(day, 'week')).toBe(getISOWeekYear(local) * 100 + getISOWeek(local));
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects keys that name no period', () => {
    expect(code(() => periodFromKey(202313, 'month'))).toBe('invalid_argument');
    expect(code(() => periodFromKey(20235, 'quarter'))).toBe('invalid_argument');
    expect(code(() => periodFromKey(20233, 'half'))).toBe('invalid_argument');
    expect(code(() => periodFromKey(202353, 'week'))).toBe('invalid_argument');
    expect(code(() => periodFromKey(202053, 'week'))).toBeUndefined();
    expect(code(() => periodFromKey(2023.5, 'year'))).toBe('invalid_argument');
    expect(code(() => periodFromKey(0, 'year'))).toBe('invalid_argument');
    expect(code(() => periodFromKey(1, 'official_year'))).toBe('invalid_argument');
    expect(code(() => periodFromKey(999912, 'official_month'))).toBeUndefined();
    expect(code(() => periodFromKey(999952, 'week'))).toBe('invalid_argument');
    expect(code(() => periodFromKey('2023' as unknown as number, 'year'))).toBe('invalid_argument');
    expect(code(() => periodFromKey(2023, 'decade' as PeriodGranularity))).toBe('invalid_argument');
  });

  it('rejects bad days and granularities', () => {
    expect(code(() => dayToPeriodKey(1.5, 'year'))).toBe('invalid_argument');
    expect(code(() => dayToPeriodKey(3e6, 'year'))).toBe('invalid_argument');
    expect(code(() => dayToPeriodKey(0, 'fortnight' as PeriodGranularity))).toBe('invalid_argument');
    expect(code(() => periodContaining('2023-02-30', 'year'))).toBe('invalid_argument');
    expect(code(() => periodContaining('0001-01-05', 'official_year'))).toBe('invalid_argument');
  });
});
