import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../src/errors/isAntqError';
import { PERIOD_GRANULARITIES } from '../../src/period/PeriodGranularity';
import { formatPeriod } from '../../src/period/formatPeriod';
import { isoDateToDay } from '../../src/period/isoDateToDay';
import { parsePeriod } from '../../src/period/parsePeriod';
import { periodContaining } from '../../src/period/periodContaining';
import { dateRange } from '../../src/period/dateRange';

describe('parsePeriod', () => {
  it.each([
    ['2023', 'year', '2023', '2023-01-01', '2023-12-31'],
    ['2023-Q2', 'quarter', '2023-Q2', '2023-04-01', '2023-06-30'],
    ['2023-q4', 'quarter', '2023-Q4', '2023-10-01', '2023-12-31'],
    ['2023-H1', 'half', '2023-H1', '2023-01-01', '2023-06-30'],
    ['2023-h2', 'half', '2023-H2', '2023-07-01', '2023-12-31'],
    ['2023-05', 'month', '2023-05', '2023-05-01', '2023-05-31'],
    ['2024-02', 'month', '2024-02', '2024-02-01', '2024-02-29'],
    ['2023-W21', 'week', '2023-W21', '2023-05-22', '2023-05-28'],
    ['2020-w53', 'week', '2020-W53', '2020-12-28', '2021-01-03'],
    ['2023-05-24', 'day', '2023-05-24', '2023-05-24', '2023-05-24'],
    ['2024-02-29', 'day', '2024-02-29', '2024-02-29', '2024-02-29'],
    ['2013-08-01/2023-05-24', 'range', '2013-08-01/2023-05-24', '2013-08-01', '2023-05-24'],
    ['2013/2023', 'range', '2013/2023', '2013-01-01', '2023-12-31'],
    ['2023/2025', 'range', '2023/2025', '2023-01-01', '2025-12-31'],
    ['2013-01-01/2023-12-31', 'range', '2013/2023', '2013-01-01', '2023-12-31'],
    ['2023-Q1/2023-Q3', 'range', '2023-01-01/2023-09-30', '2023-01-01', '2023-09-30'],
    ['2023/2023', 'range', '2023/2023', '2023-01-01', '2023-12-31'],
    ['official:2023', 'official_year', 'official:2023', '2022-12-15', '2023-12-14'],
    ['OFFICIAL:2023-05', 'official_month', 'official:2023-05', '2023-04-15', '2023-05-14'],
    ['  2023-Q2\n', 'quarter', '2023-Q2', '2023-04-01', '2023-06-30'],
  ])('%j → %s %s', (text, kind, id, start, end) => {
    const r = parsePeriod(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ kind, id, start, end });
    expect(r.value.startDay).toBe(isoDateToDay(start));
    expect(r.value.endDay).toBe(isoDateToDay(end));
    expect(formatPeriod(r.value)).toBe(id);
  });

  it.each([
    ['', 'period_empty', 0],
    ['   ', 'period_empty', 0],
    ['Q2-2023', 'period_invalid_format', 0],
    ['23', 'period_invalid_format', 0],
    ['2023-5', 'period_invalid_format', 0],
    ['2023-05-24/', 'period_invalid_format', 11],
    ['2013/2018/2023', 'period_invalid_format', 5],
    ['official:2023-Q2', 'period_invalid_format', 14],
    ['official:2023-05-01', 'period_invalid_format', 14],
    [' 2023-13', 'period_out_of_range', 6],
    ['2023-00', 'period_out_of_range', 5],
    ['2023-Q5', 'period_out_of_range', 6],
    ['2023-H3', 'period_out_of_range', 6],
    ['2023-W53', 'period_out_of_range', 6],
    ['2023-W00', 'period_out_of_range', 6],
    ['0000', 'period_out_of_range', 0],
    ['official:0001', 'period_out_of_range', 0],
    ['2023-02-29', 'period_invalid_date', 8],
    ['2023-04-31', 'period_invalid_date', 8],
    ['2023/2013', 'period_range_reversed', 4],
    ['2023-05-24/2023-05-23', 'period_range_reversed', 10],
    ['9999-W52/9999', 'period_out_of_range', 6],
    ['2023/9999-W52', 'period_out_of_range', 11],
    ['x'.repeat(100_000), 'period_invalid_format', 0],
  ])('%j fails with %s at %i', (text, code, position) => {
    const r = parsePeriod(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code, position, severity: 'error' });
    expect(r.issues[0]?.messageVi.length).toBeGreaterThan(0);
  });

  it('throws only for a non-string', () => {
    expect(() => parsePeriod(2023 as unknown as string)).toThrow(/^parsePeriod:/);
    try {
      parsePeriod(null as unknown as string);
    } catch (e) {
      expect(isAntqError(e)).toBe(true);
    }
  });

  it('never throws and never yields NaN on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9QHWqhw/:-]{0,24}$/)), (s) => {
        const r = parsePeriod(s);
        if (r.ok) {
          expect(Number.isInteger(r.value.startDay) && Number.isInteger(r.value.endDay)).toBe(true);
          expect(r.value.startDay).toBeLessThanOrEqual(r.value.endDay);
        } else {
          expect(r.issues.length).toBe(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('prints and parses back every calendar period and range', () => {
    const day = fc.integer({ min: isoDateToDay('1900-01-01'), max: isoDateToDay('2100-12-31') });
    fc.assert(
      fc.property(day, fc.constantFrom(...PERIOD_GRANULARITIES), (d, g) => {
        const p = periodContaining(d, g);
        expect(parsePeriod(formatPeriod(p))).toEqual({ ok: true, value: p });
      }),
      { numRuns: 800 },
    );
    fc.assert(
      fc.property(day, fc.nat(8000), (d, n) => {
        const p = dateRange(d, d + n);
        expect(parsePeriod(formatPeriod(p))).toEqual({ ok: true, value: p });
      }),
      { numRuns: 400 },
    );
  });
});
