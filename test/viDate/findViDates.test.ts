import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ViDateMatch } from '../../src/viDate/findViDates';
import { findViDates } from '../../src/viDate/findViDates';
import { parseViDate } from '../../src/viDate/parseViDate';
import { parseViPeriod } from '../../src/viDate/parseViPeriod';

const REF = { refDate: '2023-05-24' };

function summary(m: ViDateMatch): string {
  if (m.kind === 'date') return `${m.text}=${m.date}${m.inferredYear ? '?' : ''}`;
  if (m.kind === 'period') return `${m.text}=${m.period.id}${m.inferredYear ? '?' : ''}${m.relative ? '~' : ''}`;
  return `${m.text}!${m.issue.code}`;
}

function find(text: string, withRef = true): string[] {
  return findViDates(text, withRef ? REF : {}).map(summary);
}

describe('findViDates', () => {
  it('finds the dates of the programme sentence and not the programme number', () => {
    const text =
      'chương trình phối hợp số 09/CTr-BCA-MTTW ngày 1/8/2013 giữa Bộ Công an với Ban Thường trực UBTƯ MTTQ Việt Nam về "Đẩy mạnh phong trào" giai đoạn 2013-2023.';
    const found = findViDates(text);
    expect(found.map((m) => m.text)).toEqual(['1/8/2013', '2013-2023']);
    for (const m of found) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    expect(found[1]).toMatchObject({ kind: 'period', period: { id: '2013/2023' } });
  });

  it('reads a news excerpt full of figures', () => {
    const seed =
      'Sáng 24/5, Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh cùng nhìn lại Chương trình phối hợp ' +
      'số 09/CTr-BCA-MTTW ngày 1/8/2013 trong giai đoạn 2013-2023.\n' +
      'Hai bên mở 2.412 buổi tuyên truyền pháp luật và 12.347 cuộc tuyên truyền, vận động. Người dân đã chủ ' +
      'động nộp lại trên 127 khẩu súng quân dụng, 366 khẩu súng săn, 9.235 khẩu súng tự chế, 20 quả bom bi, ' +
      '12.320 viên đạn, 767 lưỡi lê, 1.202 hộp xịt, 985 đôi côn gỗ, 17.543 kg thuốc nổ công nghiệp và 6.501 kíp ' +
      'nổ, có gần 15.000 lượt người tham gia; 1.042/1.165 khu dân cư đạt tiêu chuẩn; 10 năm qua.';
    expect(find(seed)).toEqual(['24/5=2023-05-24?', '1/8/2013=2013-08-01', '2013-2023=2013/2023']);
  });

  // [text, expected summaries]
  it.each<[string, string[]]>([
    ['Sáng 24/5, hội nghị', ['24/5=2023-05-24?']],
    ['đạt 9/9 xã, 1.042/1.165 khu dân cư', []],
    ['ngày 9/9 tổ chức', ['9/9=2023-09-09?']],
    ['Nghị định 09/2019/NĐ-CP ngày 24/01/2019', ['24/01/2019=2019-01-24']],
    ['số 1/8/2013/QĐ', []],
    ['thu 12.320 viên đạn, 17.543 kg thuốc nổ, 2.412 buổi', []],
    ['tăng từ 1500 đến 2000 người', []],
    ['từ 1.500 đến 2.000 người', []],
    ['khoảng 1500-2000 người', []],
    ['giai đoạn (2013 -2023) và 2019 – 2024', ['2013 -2023=2013/2023', '2019 – 2024=2019/2024']],
    ['quý III/2009 và quý IV', ['quý III/2009=2009-Q3', 'quý IV=2023-Q4?']],
    ['6 tháng đầu năm 2025, 6 tháng cuối năm', ['6 tháng đầu năm 2025=2025-H1', '6 tháng cuối năm=2023-H2?']],
    ['từ đầu năm đến nay đã có', ['từ đầu năm đến nay=2023-01-01/2023-05-24?~']],
    ['năm 2022 và 10 năm qua', ['năm 2022=2022']],
    ['ngày 01 tháng 7 năm 2025 sáp nhập', ['ngày 01 tháng 7 năm 2025=2025-07-01']],
    ['từ 1.7.2024, tổ bảo vệ', ['1.7.2024=2024-07-01']],
    ['ngày 1-8-2013, ngày 17/10/2023', ['1-8-2013=2013-08-01', '17/10/2023=2023-10-17']],
    ['ngày 31/2/2023', ['31/2/2023!vi_date_invalid']],
    ['ngày 1/8/13', ['1/8/13!vi_date_two_digit_year']],
    ['2013-2023-2033', []],
    ['mã 2013-2023X', []],
    ['2023-2013', []],
    ['năm 2023-2013', ['năm 2023-2013!vi_date_range_reversed']],
    ['1800-1900 và 1990-2200', []],
    ['tỷ lệ 72,6% năm', []],
    ['kỳ báo cáo tháng 5/2023', ['kỳ báo cáo tháng 5/2023=official:2023-05']],
  ])('%j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('reports a date without a year as invalid when no reference date is given', () => {
    expect(find('Sáng 24/5, hội nghị', false)).toEqual(['24/5!vi_date_needs_reference']);
    const m = findViDates('Sáng 24/5')[0];
    expect(m?.kind === 'invalid' && m.issue.position).toBe(5);
  });

  it('agrees with the whole-text parsers on each match', () => {
    const text = 'ngày 1/8/2013; quý III/2009; giai đoạn 2013-2023; Sáng 24/5; từ đầu năm đến nay';
    for (const m of findViDates(text, REF)) {
      if (m.kind === 'date') expect(parseViDate(m.text, REF)).toMatchObject({ ok: true, value: { date: m.date } });
      if (m.kind === 'period') expect(parseViPeriod(m.text, REF)).toMatchObject({ ok: true, value: { period: m.period } });
    }
  });

  it('returns spans that are in order, inside the text and not overlapping', () => {
    const piece = fc.constantFrom(
      'ngày 1/8/2013',
      ' ',
      '9/9',
      '2013-2023',
      'quý II/2024',
      '/',
      '-',
      '.',
      'Sáng 24/5',
      '1.042',
      'năm',
      'từ',
      'đến nay',
      'x',
      '2023',
      '(',
      ')',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        let last = 0;
        for (const m of findViDates(text, REF)) {
          expect(m.span[0]).toBeGreaterThanOrEqual(last);
          expect(m.span[1]).toBeGreaterThan(m.span[0]);
          expect(m.span[1]).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
          last = m.span[1];
        }
      }),
      { numRuns: 500 },
    );
  });

  it('throws for programmer misuse only', () => {
    expect(() => findViDates(null as unknown as string)).toThrow(/^findViDates:/);
    expect(() => findViDates('x', { refDate: 'today' })).toThrow(/^findViDates:/);
  });
});

describe('adversarial input', () => {
  const big = 100_000;
  const cases: [string, string][] = [
    ['slashes', '/'.repeat(big)],
    ['digits', '1'.repeat(big)],
    ['digit-slash', '1/'.repeat(big / 2)],
    ['digit-dot', '1.'.repeat(big / 2)],
    ['dashes', '2013-'.repeat(big / 5)],
    ['en dashes and spaces', '2013 – '.repeat(big / 7)],
    ['letters', 'a'.repeat(big)],
    ['words', 'ngày '.repeat(big / 5)],
    ['cue chains', 'Sáng thứ Hai, ngày '.repeat(big / 19)],
    ['mixed scripts', 'ngàу１/８/２０１３ 日本 năm Ω 2013 '.repeat(big / 30)],
    ['dates', 'ngày 1/8/2013 '.repeat(big / 14)],
    ['combining marks', 'a\u0301\u0300\u0303'.repeat(big / 4)],
    ['từ chains', 'từ từ đến đến '.repeat(big / 14)],
  ];

  it.each(cases)('%s finish quickly and fail cleanly', (_name, text) => {
    const t0 = performance.now();
    const d = parseViDate(text, REF);
    const p = parseViPeriod(text, REF);
    const found = findViDates(text, REF);
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeLessThan(2000);
    expect(d.ok).toBe(false);
    expect(p.ok).toBe(false);
    if (!d.ok) expect(d.issues[0]?.code).toMatch(/^vi_date_/);
    for (const m of found.slice(0, 50)) expect(m.span[1]).toBeGreaterThan(m.span[0]);
  });

  it('finds every date in a long text', () => {
    const text = 'ngày 1/8/2013 '.repeat(5000);
    expect(findViDates(text).length).toBe(5000);
  });
});
