import { addMonths } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIsoDate } from '../../src/period/dayToIsoDate';
import { isoDateToDay } from '../../src/period/isoDateToDay';
import { lastMonths } from '../../src/period/lastMonths';
import { thisYear } from '../../src/period/thisYear';
import { yearToDate } from '../../src/period/yearToDate';

describe('yearToDate / thisYear / lastMonths', () => {
  it('year to date runs from 1 January to the reference date', () => {
    expect(yearToDate('2023-05-24')).toMatchObject({ kind: 'range', id: '2023-01-01/2023-05-24' });
    expect(yearToDate('2023-01-01').id).toBe('2023-01-01/2023-01-01');
    expect(yearToDate('2023-12-31').id).toBe('2023/2023');
    expect(yearToDate(isoDateToDay('2024-02-29')).end).toBe('2024-02-29');
    expect(() => yearToDate('2023-02-29')).toThrow(/^yearToDate:/);
  });

  it('this year is the calendar year of the reference date', () => {
    expect(thisYear('2023-05-24')).toMatchObject({ kind: 'year', id: '2023' });
    expect(() => thisYear('24/5/2023')).toThrow(/^thisYear:/);
  });

  it.each([
    ['2023-05-24', 12, 'rolling', '2022-05-25/2023-05-24'],
    ['2023-05-24', 1, 'rolling', '2023-04-25/2023-05-24'],
    ['2023-03-31', 1, 'rolling', '2023-03-01/2023-03-31'],
    ['2024-02-29', 12, 'rolling', '2023-03-01/2024-02-29'],
    ['2023-05-24', 12, 'whole_months', '2022-05-01/2023-04-30'],
    ['2023-01-10', 3, 'whole_months', '2022-10-01/2022-12-31'],
  ] as const)('last months of %s, n=%i, %s → %s', (ref, n, mode, id) => {
    expect(lastMonths(ref, n, { mode }).id).toBe(id);
  });

  it('rolling windows start one day after date-fns addMonths(ref, -n)', () => {
    fc.assert(
      fc.property(fc.integer({ min: isoDateToDay('1950-01-01'), max: isoDateToDay('2090-12-31') }), fc.integer({ min: 1, max: 60 }), (ref, n) => {
        const [y, m, d] = dayToIsoDate(ref).split('-').map(Number) as [number, number, number];
        // Oracle only: local noon keeps calendar fields stable in every zone.
        const back = addMonths(new Date(y, m - 1, d, 12), -n);
        const iso = `${back.getFullYear()}-${String(back.getMonth() + 1).padStart(2, '0')}-${String(back.getDate()).padStart(2, '0')}`;
        expect(lastMonths(ref, n).startDay).toBe(isoDateToDay(iso) + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects bad arguments', () => {
    expect(() => lastMonths('2023-05-24', 0)).toThrow(/^lastMonths:/);
    expect(() => lastMonths('2023-05-24', 2.5)).toThrow(/^lastMonths:/);
    expect(() => lastMonths('0001-05-24', 12)).toThrow(/^lastMonths:/);
    expect(() => lastMonths('2023-05-24', 1, { mode: 'weekly' as 'rolling' })).toThrow(/^lastMonths:/);
  });
});
