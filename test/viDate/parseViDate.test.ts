import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseViDate } from '../../src/viDate/parseViDate';

const REF = { refDate: '2023-05-24' };

describe('parseViDate', () => {
  // [text, date, inferredYear, span]
  it.each<[string, string, boolean, [number, number]]>([
    ['1/8/2013', '2013-08-01', false, [0, 8]],
    ['ngày 1/8/2013', '2013-08-01', false, [5, 13]],
    ['Ngày 01/8/2013', '2013-08-01', false, [5, 14]],
    ['01/08/2013', '2013-08-01', false, [0, 10]],
    ['1-8-2013', '2013-08-01', false, [0, 8]],
    ['1.7.2024', '2024-07-01', false, [0, 8]],
    ['1.7.2024.', '2024-07-01', false, [0, 8]],
    ['24/5/2023', '2023-05-24', false, [0, 9]],
    ['ngày 01 tháng 7 năm 2025', '2025-07-01', false, [0, 24]],
    ['NGÀY 1 THÁNG 8 NĂM 2013', '2013-08-01', false, [0, 23]],
    ['01 tháng 7 năm 2025', '2025-07-01', false, [0, 19]],
    ['ngày 1 tháng 7', '2023-07-01', true, [0, 14]],
    ['Sáng 24/5', '2023-05-24', true, [5, 9]],
    ['chiều 24-5', '2023-05-24', true, [6, 10]],
    ['24/5', '2023-05-24', true, [0, 4]],
    ['tối 31/12', '2023-12-31', true, [4, 9]],
    ['Sáng thứ Hai, ngày 22/5', '2023-05-22', true, [19, 23]],
    ['chủ nhật 21/5/2023', '2023-05-21', false, [9, 18]],
    ['ngày 24/5 năm 2023', '2023-05-24', false, [5, 18]],
    ['(1/8/2013)', '2013-08-01', false, [1, 9]],
    ['  29/2/2024  ', '2024-02-29', false, [2, 11]],
    ['29/2/2000', '2000-02-29', false, [0, 9]],
    ['12/1/2023', '2023-01-12', false, [0, 9]],
    ['ngày 1/8/2013', '2013-08-01', false, [5, 13]],
    // NFD input (combining marks typed separately) reads the same.
    ['ngày 1/8/2013'.normalize('NFD'), '2013-08-01', false, [6, 14]],
  ])('%j → %s', (text, date, inferredYear, span) => {
    expect(parseViDate(text, REF)).toEqual({ ok: true, value: { date, inferredYear, span } });
  });

  // [text, code, position]
  it.each<[string, string, number]>([
    ['', 'vi_date_empty', 0],
    ['   ', 'vi_date_empty', 0],
    ['31/2/2023', 'vi_date_invalid', 0],
    ['29/2/2023', 'vi_date_invalid', 0],
    ['29/2/1900', 'vi_date_invalid', 0],
    ['31/4/2023', 'vi_date_invalid', 0],
    ['1/13/2023', 'vi_date_invalid', 0],
    ['0/5/2023', 'vi_date_invalid', 0],
    ['ngày 32 tháng 1 năm 2023', 'vi_date_invalid', 5],
    ['1/8/0000', 'vi_date_invalid', 0],
    ['1/8/13', 'vi_date_two_digit_year', 4],
    ['ngày 1 tháng 8 năm 13', 'vi_date_two_digit_year', 19],
    ['hôm 1/8/13', 'vi_date_two_digit_year', 8],
    ['1/8/201', 'vi_date_unrecognized', 0],
    ['1/8/20134', 'vi_date_unrecognized', 0],
    ['1/8-2013', 'vi_date_trailing_text', 3],
    ['1.7', 'vi_date_unrecognized', 0],
    ['8/1/2013 ngày', 'vi_date_trailing_text', 9],
    ['2013-2023', 'vi_date_not_a_date', 0],
    ['quý III/2009', 'vi_date_not_a_date', 0],
    ['hello', 'vi_date_unrecognized', 0],
    ['ngày', 'vi_date_unrecognized', 0],
    ['12.320 viên đạn', 'vi_date_unrecognized', 0],
    ['2023-05-24', 'vi_date_unrecognized', 0],
    ['24/5', 'vi_date_needs_reference', 0],
  ])('%j fails with %s at %i', (text, code, position) => {
    const r = parseViDate(text, code === 'vi_date_needs_reference' ? {} : REF);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code, position, severity: 'error', path: [] });
  });

  it('reads D/M order, never M/D', () => {
    const r = parseViDate('12/1/2023');
    expect(r.ok && r.value.date).toBe('2023-01-12');
    expect(parseViDate('1/12/2023').ok && true).toBe(true);
    const us = parseViDate('5/24/2023');
    expect(us.ok).toBe(false);
  });

  it('reads any real D/M/YYYY it is given', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), fc.constantFrom('/', '-', '.'), (d, sep) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
        const r = parseViDate(`ngày ${day}${sep}${m}${sep}${y}`);
        expect(r.ok && r.value.date).toBe(iso);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9/.\- ngàyáth]{0,20}$/)), (s) => {
        const r = parseViDate(s, REF);
        if (!r.ok) expect(r.issues[0]?.code).toMatch(/^vi_date_/);
        else expect(r.value.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('throws for programmer misuse only', () => {
    expect(() => parseViDate(1 as unknown as string)).toThrow(/^parseViDate:/);
    expect(() => parseViDate('24/5', { refDate: '24/5/2023' })).toThrow(/^parseViDate:/);
  });
});
