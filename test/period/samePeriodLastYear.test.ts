import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIOD_GRANULARITIES } from '../../src/period/PeriodGranularity';
import type { Period } from '../../src/period/Period';
import { isoDateToDay } from '../../src/period/isoDateToDay';
import { parsePeriod } from '../../src/period/parsePeriod';
import { periodContaining } from '../../src/period/periodContaining';
import { samePeriodLastYear } from '../../src/period/samePeriodLastYear';

function p(id: string): Period {
  const r = parsePeriod(id);
  if (!r.ok) throw new Error(id);
  return r.value;
}

describe('samePeriodLastYear', () => {
  it.each([
    ['2023', '2022'],
    ['2023-H2', '2022-H2'],
    ['2023-Q2', '2022-Q2'],
    ['2023-05', '2022-05'],
    ['2023-W21', '2022-W21'],
    ['2021-W52', '2020-W52'],
    ['2021-W01', '2020-W01'],
    ['2016-W52', '2015-W52'],
    ['2020-W53', '2019-W52'],
    ['2023-05-24', '2022-05-24'],
    ['2024-02-29', '2023-02-28'],
    ['official:2023', 'official:2022'],
    ['official:2023-05', 'official:2022-05'],
    ['2013/2023', '2012/2022'],
    ['2023-03-01/2024-02-29', '2022-03-01/2023-02-28'],
    ['2024-02-29/2024-03-10', '2023-02-28/2023-03-10'],
  ])('%s → %s', (id, expected) => {
    expect(samePeriodLastYear(p(id)).id).toBe(expected);
  });

  it('keeps the kind of calendar periods and moves them back about a year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: isoDateToDay('1900-01-01'), max: isoDateToDay('2100-12-31') }),
        fc.constantFrom(...PERIOD_GRANULARITIES),
        (day, g) => {
          const cur = periodContaining(day, g);
          const last = samePeriodLastYear(cur);
          expect(last.kind).toBe(g);
          const shift = cur.startDay - last.startDay;
          expect(shift).toBeGreaterThanOrEqual(g === 'week' ? 357 : 365);
          expect(shift).toBeLessThanOrEqual(g === 'week' ? 371 : 366);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('throws when the result would leave the supported range', () => {
    expect(() => samePeriodLastYear(p('0001'))).toThrow(/^samePeriodLastYear:/);
    expect(() => samePeriodLastYear(p('0001-05-05'))).toThrow(/^samePeriodLastYear:/);
    expect(() => samePeriodLastYear(p('0001-05-05/0002-01-01'))).toThrow(/^samePeriodLastYear:/);
  });
});
