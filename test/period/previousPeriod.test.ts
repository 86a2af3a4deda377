import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIOD_GRANULARITIES } from '../../src/period/PeriodGranularity';
import type { Period } from '../../src/period/Period';
import { dateRange } from '../../src/period/dateRange';
import { isoDateToDay } from '../../src/period/isoDateToDay';
import { namedPhase } from '../../src/period/namedPhase';
import { parsePeriod } from '../../src/period/parsePeriod';
import { periodContaining } from '../../src/period/periodContaining';
import { periodLength } from '../../src/period/periodLength';
import { previousPeriod } from '../../src/period/previousPeriod';

function p(id: string): Period {
  const r = parsePeriod(id);
  if (!r.ok) throw new Error(id);
  return r.value;
}

describe('previousPeriod', () => {
  it.each([
    ['2023', '2022'],
    ['2023-H1', '2022-H2'],
    ['2023-Q1', '2022-Q4'],
    ['2023-03', '2023-02'],
    ['2023-01', '2022-12'],
    ['2021-W01', '2020-W53'],
    ['2023-W01', '2022-W52'],
    ['2024-03-01', '2024-02-29'],
    ['official:2023', 'official:2022'],
    ['official:2023-01', 'official:2022-12'],
    ['2023-01-01/2023-05-24', '2022-08-10/2022-12-31'],
    ['2018/2023', '2012/2017'],
    ['2023/2023', '2022/2022'],
  ])('before %s comes %s', (id, prev) => {
    expect(previousPeriod(p(id)).id).toBe(prev);
  });

  it('ends the day before it starts, and keeps the kind', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: isoDateToDay('1900-01-01'), max: isoDateToDay('2100-12-31') }),
        fc.constantFrom(...PERIOD_GRANULARITIES),
        (day, g) => {
          const cur = periodContaining(day, g);
          const prev = previousPeriod(cur);
          expect(prev.kind).toBe(g);
          expect(prev.endDay).toBe(cur.startDay - 1);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.integer({ min: isoDateToDay('1900-01-01'), max: isoDateToDay('2100-12-31') }), fc.nat(5000), (s, n) => {
        const cur = dateRange(s, s + n);
        const prev = previousPeriod(cur);
        expect(prev.endDay).toBe(cur.startDay - 1);
        expect(prev.kind).toBe('range');
        // Whole-year ranges step back by whole years; all others keep their length exactly.
        if (!/^\d{4}\/\d{4}$/.test(cur.id)) expect(periodLength(prev)).toBe(periodLength(cur));
      }),
      { numRuns: 500 },
    );
  });

  it('drops the name of a named phase', () => {
    const prev = previousPeriod(namedPhase('giai đoạn 2', '2018-08-01', '2023-07-31'));
    expect(prev.name).toBeUndefined();
    expect('name' in prev).toBe(false);
  });

  it('throws at the start of the supported range', () => {
    expect(() => previousPeriod(p('0001'))).toThrow(/^previousPeriod:/);
    expect(() => previousPeriod(p('0001/0003'))).toThrow(/^previousPeriod:/);
    expect(() => previousPeriod(p('0001-01-01/0001-02-01'))).toThrow(/^previousPeriod:/);
    expect(() => previousPeriod({} as Period)).toThrow(/^previousPeriod:/);
  });
});
