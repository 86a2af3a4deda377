import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIOD_GRANULARITIES } from '../../src/period/PeriodGranularity';
import { dateRange } from '../../src/period/dateRange';
import { formatPeriod } from '../../src/period/formatPeriod';
import { isoDateToDay } from '../../src/period/isoDateToDay';
import { periodContaining } from '../../src/period/periodContaining';
import { parseViPeriod } from '../../src/viDate/parseViPeriod';

const REF = { refDate: '2023-05-24' };

describe('parseViPeriod', () => {
  // [text, kind, id, inferredYear, relative]
  it.each<[string, string, string, boolean, boolean]>([
    ['giai đoạn 2013-2023', 'range', '2013/2023', false, false],
    ['Giai đoạn 2013 - 2023', 'range', '2013/2023', false, false],
    ['(2013 -2023)', 'range', '2013/2023', false, false],
    ['2019 – 2024', 'range', '2019/2024', false, false],
    ['2019—2024', 'range', '2019/2024', false, false],
    ['năm 2013-2023', 'range', '2013/2023', false, false],
    ['từ năm 2013 đến năm 2023', 'range', '2013/2023', false, false],
    ['từ 2013 đến 2023', 'range', '2013/2023', false, false],
    ['thời kỳ 2013 đến 2023', 'range', '2013/2023', false, false],
    ['giai đoạn 2023-2023', 'range', '2023/2023', false, false],
    ['năm 2022', 'year', '2022', false, false],
    ['Năm 2022.', 'year', '2022', false, false],
    ['quý III/2009', 'quarter', '2009-Q3', false, false],
    ['Quý IV năm 2023', 'quarter', '2023-Q4', false, false],
    ['quý 1/2024', 'quarter', '2024-Q1', false, false],
    ['quý 2 - 2024', 'quarter', '2024-Q2', false, false],
    ['quý II', 'quarter', '2023-Q2', true, false],
    ['6 tháng đầu năm 2025', 'half', '2025-H1', false, false],
    ['6 tháng cuối năm 2025', 'half', '2025-H2', false, false],
    ['6 tháng cuối năm', 'half', '2023-H2', true, false],
    ['3 tháng đầu năm 2024', 'quarter', '2024-Q1', false, false],
    ['3 tháng cuối năm 2024', 'quarter', '2024-Q4', false, false],
    ['12 tháng đầu năm 2024', 'year', '2024', false, false],
    ['9 tháng đầu năm 2024', 'range', '2024-01-01/2024-09-30', false, false],
    ['4 tháng cuối năm 2024', 'range', '2024-09-01/2024-12-31', false, false],
    ['tháng 5/2023', 'month', '2023-05', false, false],
    ['tháng 12 năm 2022', 'month', '2022-12', false, false],
    ['tháng 2', 'month', '2023-02', true, false],
    ['tuần 21 năm 2023', 'week', '2023-W21', false, false],
    ['tuần 53/2020', 'week', '2020-W53', false, false],
    ['tuần 1', 'week', '2023-W01', true, false],
    ['kỳ báo cáo năm 2023', 'official_year', 'official:2023', false, false],
    ['kỳ báo cáo tháng 5/2023', 'official_month', 'official:2023-05', false, false],
    ['kỳ báo cáo tháng 1', 'official_month', 'official:2023-01', true, false],
    ['kỳ báo cáo năm', 'official_year', 'official:2023', true, false],
    ['từ đầu năm đến nay', 'range', '2023-01-01/2023-05-24', true, true],
    ['Từ đầu năm đến hiện nay', 'range', '2023-01-01/2023-05-24', true, true],
    ['từ đầu năm 2022 đến nay', 'range', '2022-01-01/2023-05-24', false, true],
    ['từ đầu năm đến ngày 24/5', 'range', '2023-01-01/2023-05-24', true, false],
    ['từ ngày 1/8/2013 đến nay', 'range', '2013-08-01/2023-05-24', false, true],
    ['từ ngày 1/8/2013 đến ngày 24/5/2023', 'range', '2013-08-01/2023-05-24', false, false],
    ['từ 1/8/2013 tới 24/5/2023', 'range', '2013-08-01/2023-05-24', false, false],
    ['từ 15/12 đến 14/1/2024', 'range', '2023-12-15/2024-01-14', true, false],
    ['từ 1/1 đến 24/5/2023', 'range', '2023-01-01/2023-05-24', true, false],
    ['từ 15/12/2022 đến 14/1', 'range', '2022-12-15/2023-01-14', true, false],
    ['từ 15/11/2022 đến 14/12', 'range', '2022-11-15/2022-12-14', true, false],
    ['từ 15/12 đến 14/1', 'range', '2022-12-15/2023-01-14', true, false],
    ['từ tháng 3/2023 đến tháng 5/2023', 'range', '2023-03-01/2023-05-31', false, false],
    ['từ đầu năm 2023 đến cuối năm 2024', 'range', '2023/2024', false, false],
    ['từ năm 2020 đến hiện tại', 'range', '2020-01-01/2023-05-24', false, true],
    ['1/8/2013 - 24/5/2023', 'range', '2013-08-01/2023-05-24', false, false],
    ['ngày 1/8/2013', 'day', '2013-08-01', false, false],
    ['Sáng 24/5', 'day', '2023-05-24', true, false],
  ])('%j → %s %s', (text, kind, id, inferredYear, relative) => {
    const r = parseViPeriod(text, REF);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.period).toMatchObject({ kind, id });
    expect(r.value.inferredYear).toBe(inferredYear);
    expect(r.value.relative).toBe(relative);
  });

  it.each<[string, string, number, boolean]>([
    ['giai đoạn 2023-2013', 'vi_date_range_reversed', 14, true],
    ['từ 24/5/2023 đến 1/8/2013', 'vi_date_range_reversed', 13, true],
    ['quý V/2009', 'vi_date_unrecognized', 0, true],
    ['quý 5/2009', 'vi_date_invalid', 4, true],
    ['tháng 13/2023', 'vi_date_invalid', 6, true],
    ['tuần 53 năm 2023', 'vi_date_invalid', 5, true],
    ['13 tháng đầu năm 2023', 'vi_date_invalid', 0, true],
    ['năm 0000', 'vi_date_invalid', 4, true],
    ['kỳ báo cáo tháng 0/2023', 'vi_date_invalid', 17, true],
    ['kỳ báo cáo năm 0001', 'vi_date_invalid', 15, true],
    ['từ 31/2 đến 1/3/2023', 'vi_date_invalid', 3, true],
    ['từ 1/2/23 đến 1/3/2023', 'vi_date_two_digit_year', 7, true],
    ['từ đầu năm đến nay', 'vi_date_needs_reference', 3, false],
    ['từ 1/8/2013 đến nay', 'vi_date_needs_reference', 16, false],
    ['quý II', 'vi_date_needs_reference', 4, false],
    ['6 tháng đầu năm', 'vi_date_needs_reference', 0, false],
    ['từ 1/1 đến 2/2', 'vi_date_needs_reference', 3, false],
    ['giai đoạn 2013-2023 và 2023-2033', 'vi_date_trailing_text', 20, true],
    ['từ 1500 đến 2000 người', 'vi_date_unrecognized', 0, true],
    ['6 tháng', 'vi_date_unrecognized', 0, true],
    ['', 'vi_date_empty', 0, true],
  ])('%j fails with %s at %i', (text, code, position, withRef) => {
    const r = parseViPeriod(text, withRef ? REF : {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code, position });
  });

  it('reads back every Vietnamese label formatPeriod prints', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: isoDateToDay('1900-01-01'), max: isoDateToDay('2100-12-31') }),
        fc.constantFrom(...PERIOD_GRANULARITIES),
        (day, g) => {
          const p = periodContaining(day, g);
          const r = parseViPeriod(formatPeriod(p, { style: 'vi' }));
          expect(r.ok && r.value.period).toEqual(p);
        },
      ),
      { numRuns: 600 },
    );
    fc.assert(
      fc.property(fc.integer({ min: isoDateToDay('1900-01-01'), max: isoDateToDay('2100-12-31') }), fc.nat(4000), (s, n) => {
        const p = dateRange(s, s + n);
        const r = parseViPeriod(formatPeriod(p, { style: 'vi' }));
        expect(r.ok && r.value.period).toEqual(p);
      }),
      { numRuns: 300 },
    );
  });

  it('throws for programmer misuse only', () => {
    expect(() => parseViPeriod(undefined as unknown as string)).toThrow(/^parseViPeriod:/);
    expect(() => parseViPeriod('năm 2022', { refDate: '2023-02-29' })).toThrow(/^parseViPeriod:/);
  });
});
