import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Qualifier } from '../../src/quantity/Qualifier';
import type { Uom } from '../../src/quantity/Uom';
import { parseViQuantity } from '../../src/viNumber/parseViQuantity';

type Row = readonly [text: string, value: number, qualifier: Qualifier, uom: Uom, noun: string];

function read(text: string): unknown {
  const r = parseViQuantity(text);
  if (!r.ok) return r.issues.map((i) => [i.code, i.position]);
  return [r.value.quantity.value, r.value.quantity.qualifier, r.value.quantity.uom, r.value.noun];
}

// Every figure phrase of the Hà Tĩnh review (examples/ha-tinh/review.vi.txt words some nouns differently).
const SEED: readonly Row[] = [
  ['35 đợt tuần hành xuống đường', 35, 'exact', 'count', 'tuần hành xuống đường'],
  ['11.200 cán bộ, hội viên', 11200, 'exact', 'count', 'cán bộ, hội viên'],
  ['2.412 buổi tuyên truyền', 2412, 'exact', 'count', 'tuyên truyền'],
  ['12.347 cuộc tuyên truyền, vận động', 12347, 'exact', 'count', 'tuyên truyền, vận động'],
  ['trên 127 khẩu súng quân dụng', 127, 'over', 'piece', 'súng quân dụng'],
  ['366 khẩu súng săn', 366, 'exact', 'piece', 'súng săn'],
  ['9.235 khẩu súng tự chế', 9235, 'exact', 'piece', 'súng tự chế'],
  ['20 quả bom bi', 20, 'exact', 'piece', 'bom bi'],
  ['12.320 viên đạn', 12320, 'exact', 'piece', 'đạn'],
  ['767 lưỡi lê', 767, 'exact', 'count', 'lưỡi lê'],
  ['1.202 hộp xịt', 1202, 'exact', 'box', 'xịt'],
  ['985 đôi côn gỗ', 985, 'exact', 'pair', 'côn gỗ'],
  ['17.543 kg thuốc nổ công nghiệp', 17543, 'exact', 'kg', 'thuốc nổ công nghiệp'],
  ['6.501 kíp nổ…', 6501, 'exact', 'count', 'kíp nổ…'],
  ['366 đợt phát động phong trào', 366, 'exact', 'count', 'phát động phong trào'],
  ['gần 15.000 lượt người tham gia…', 15000, 'nearly', 'person_times', 'tham gia…'],
  ['hơn 81 nghìn lượt đơn thư khiếu nại, tố cáo', 81000, 'over', 'count', 'đơn thư khiếu nại, tố cáo'],
  ['gần 121.200 nguồn tin có giá trị', 121200, 'nearly', 'count', 'nguồn tin có giá trị'],
  ['50 loại mô hình tự phòng, tự quản', 50, 'exact', 'count', 'loại mô hình tự phòng, tự quản'],
  ['2.100 điểm trên toàn tỉnh', 2100, 'exact', 'count', 'điểm trên toàn tỉnh'],
  ['hơn 41 nghìn diễn đàn', 41000, 'over', 'count', 'diễn đàn'],
  ['gần 4 triệu ý kiến đóng góp', 4000000, 'nearly', 'count', 'ý kiến đóng góp'],
  ['9 tập thể', 9, 'exact', 'count', 'tập thể'],
  ['15 cá nhân', 15, 'exact', 'count', 'cá nhân'],
  ['10 tập thể', 10, 'exact', 'count', 'tập thể'],
];

const MORE: readonly Row[] = [
  // qualifiers
  ['khoảng 200 người', 200, 'about', 'person', ''],
  ['xấp xỉ 3 tấn pháo', 3, 'about', 'tonne', 'pháo'],
  ['ít nhất 50 hộ dân', 50, 'at_least', 'household', 'dân'],
  ['tối thiểu 10 buổi', 10, 'at_least', 'count', ''],
  ['ít nhất là 312 tin', 312, 'at_least', 'count', 'tin'],
  ['tối thiểu là 8 buổi', 8, 'at_least', 'count', ''],
  ['không dưới 5 vụ', 5, 'at_least', 'count', ''],
  ['từ 50 hộ trở lên', 50, 'at_least', 'household', ''],
  ['từ 1.000 người tham gia trở lên', 1000, 'at_least', 'person', 'tham gia'],
  ['100 hộ trở lên', 100, 'at_least', 'household', ''],
  ['dưới 5 người', 5, 'under', 'person', ''],
  ['chưa đến 100 vụ', 100, 'under', 'count', ''],
  ['chưa tới 2 tấn', 2, 'under', 'tonne', ''],
  ['ngót 300 lượt', 300, 'nearly', 'person_times', ''],
  ['đạt 89,4%', 89.4, 'exact', 'percent', ''],
  ['Trên 127 KHẨU súng', 127, 'over', 'piece', 'súng'],
  ['HƠN 81 NGHÌN lượt đơn thư', 81000, 'over', 'count', 'đơn thư'],
  // "lượt" before any word for people counts person-times (member organisations, border posts, schools)
  ['1.240 lượt chi hội trưởng', 1240, 'exact', 'person_times', 'chi hội trưởng'],
  ['hơn 3.500 lượt chị em', 3500, 'over', 'person_times', 'chị em'],
  ['gần 900 lượt ngư dân, chủ tàu', 900, 'nearly', 'person_times', 'ngư dân, chủ tàu'],
  ['420 lượt thành viên tổ bảo vệ an ninh', 420, 'exact', 'person_times', 'thành viên tổ bảo vệ an ninh'],
  ['khoảng 2.000 lượt phụ huynh', 2000, 'about', 'person_times', 'phụ huynh'],
  ['75 lượt cựu chiến binh', 75, 'exact', 'person_times', 'cựu chiến binh'],
  ['hơn 600 lượt bà con', 600, 'over', 'person_times', 'bà con'],
  ['300 lượt tuần tra', 300, 'exact', 'count', 'tuần tra'],
  // vague
  ['hàng nghìn lượt người', 1000, 'vague', 'person_times', ''],
  ['hàng trăm khẩu súng', 100, 'vague', 'piece', 'súng'],
  ['hàng triệu lượt người', 1000000, 'vague', 'person_times', ''],
  ['hàng chục nghìn người', 10000, 'vague', 'person', ''],
  ['hàng chục vụ', 10, 'vague', 'count', ''],
  ['hàng trăm tỷ đồng', 100000000000, 'vague', 'vnd', ''],
  // units and scale words
  ['2,2kg', 2.2, 'exact', 'kg', ''],
  ['2,2 kg ma túy', 2.2, 'exact', 'kg', 'ma túy'],
  ['500 g', 500, 'exact', 'g', ''],
  ['3 tạ pháo', 300, 'exact', 'kg', 'pháo'],
  ['1,5 tấn', 1.5, 'exact', 'tonne', ''],
  ['72,6%', 72.6, 'exact', 'percent', ''],
  ['72,6 %', 72.6, 'exact', 'percent', ''],
  ['50 phần trăm', 50, 'exact', 'percent', ''],
  ['1,2 triệu đồng', 1200000, 'exact', 'vnd', ''],
  ['35 tỷ đồng', 35000000000, 'exact', 'vnd', ''],
  ['613 ngàn đồng', 613000, 'exact', 'vnd', ''],
  ['500.000đ', 500000, 'exact', 'vnd', ''],
  ['2 triệu 500 nghìn đồng', 2500000, 'exact', 'vnd', ''],
  ['120 m dây nổ', 120, 'exact', 'm', 'dây nổ'],
  ['2 km', 2000, 'exact', 'm', ''],
  ['1.500 m2 cây thuốc phiện', 1500, 'exact', 'm2', 'cây thuốc phiện'],
  ['1.500 m² cây thuốc phiện', 1500, 'exact', 'm2', 'cây thuốc phiện'],
  ['1,2 ha', 12000, 'exact', 'm2', ''],
  ['12 cặp', 12, 'exact', 'pair', ''],
  ['40 thùng pháo', 40, 'exact', 'box', 'pháo'],
  ['7 chiếc camera', 7, 'exact', 'piece', 'camera'],
  ['200 lượt cán bộ', 200, 'exact', 'person_times', 'cán bộ'],
  ['12 lớp tập huấn', 12, 'exact', 'count', 'tập huấn'],
  ['02 vụ', 2, 'exact', 'count', ''],
  ['2000 người', 2000, 'exact', 'person', ''],
  ['5 mô hình', 5, 'exact', 'count', 'mô hình'],
  ['3 mẫu', 3, 'exact', 'count', 'mẫu'],
  ['12 đội dân phòng', 12, 'exact', 'count', 'đội dân phòng'],
  ['8 gia đình', 8, 'exact', 'count', 'gia đình'],
];

describe('parseViQuantity', () => {
  it.each(SEED)('reads the seed phrase %j', (text, value, qualifier, uom, noun) => {
    expect(read(text)).toEqual([value, qualifier, uom, noun]);
  });

  it.each(MORE)('reads %j', (text, value, qualifier, uom, noun) => {
    expect(read(text)).toEqual([value, qualifier, uom, noun]);
  });

  it('gives the spans and the unit word', () => {
    const r = parseViQuantity('  hơn 81 nghìn lượt đơn thư');
    expect(r.ok && r.value).toMatchObject({ start: 2, end: 19, numberStart: 6, numberEnd: 14, unitWord: 'lượt', outOf: null, percent: null });
    expect(r.ok && r.value.quantity.raw).toBe('hơn 81 nghìn lượt');
    const h = parseViQuantity('hàng nghìn lượt người tham gia');
    expect(h.ok && [h.value.numberStart, h.value.numberEnd, h.value.unitWord]).toEqual([0, 10, 'lượt người']);
  });

  it('keeps the default interval of the qualifier', () => {
    const r = parseViQuantity('gần 15.000 lượt người');
    expect(r.ok && [r.value.quantity.lower, r.value.quantity.upper, r.value.quantity.upperInclusive]).toEqual([13500, 15000, false]);
  });

  const outOf: readonly [string, number, number, number | null, string][] = [
    ['1.042/1.165 khu dân cư', 1042, 1165, null, 'khu dân cư'],
    ['9/9 xã', 9, 9, null, 'xã'],
    ['1.042/1.165 khu dân cư, đạt 89,4%', 1042, 1165, 89.4, 'khu dân cư'],
    ['1.042/1.165 khu dân cư (89,4%)', 1042, 1165, 89.4, 'khu dân cư'],
    ['1.042/1.165 khu dân cư đạt tỷ lệ 89,44%', 1042, 1165, 89.44, 'khu dân cư'],
    ['9/9 xã, chiếm 100%', 9, 9, 100, 'xã'],
    ['0/12 xã', 0, 12, null, 'xã'],
    ['3/4 hộ', 3, 4, null, ''],
  ];
  it.each(outOf)('reads x/y %j', (text, x, y, percent, noun) => {
    const r = parseViQuantity(text);
    expect(r.ok && [r.value.quantity.value, r.value.outOf, r.value.percent, r.value.noun, r.issues]).toEqual([x, y, percent, noun, undefined]);
  });

  it('warns when a stated percentage does not match x/y', () => {
    const r = parseViQuantity('1.042/1.165 khu dân cư, đạt 50%');
    expect(r.ok && r.issues?.map((i) => [i.code, i.severity])).toEqual([['percent_mismatch', 'warning']]);
  });

  const traps: readonly [string, readonly [string, number]][] = [
    ['', ['empty_input', 0]],
    ['   ', ['empty_input', 0]],
    ['trên địa bàn', ['expected_number', 5]],
    ['súng quân dụng', ['expected_number', 0]],
    ['hàng hóa 5', ['expected_number', 0]],
    ['1/8/2013', ['looks_like_date', 0]],
    ['01/8/2013', ['looks_like_date', 0]],
    ['1/8-2013', ['looks_like_date', 0]],
    ['24/5', ['part_exceeds_whole', 0]],
    ['2013-2023', ['range_not_supported', 4]],
    ['5–10 người', ['range_not_supported', 1]],
    ['từ 5 đến 10 người', ['range_not_supported', 0]],
    ['dưới 0 người', ['empty_interval', 0]],
    ['gần 0 vụ', ['empty_interval', 0]],
    ['1.7.2024', ['malformed_number', 2]],
    ['trên 1.23.4 khẩu', ['malformed_number', 7]],
    ['1,2,3 kg', ['malformed_number', 3]],
    ['9007199254740992 đồng', ['number_too_large', 0]],
    ['10.000.000 tỷ đồng', ['number_too_large', 0]],
    ['1.000/1.23.4 xã', ['malformed_number', 8]],
    ['99999999999999999999/99999999999999999999 xã', ['number_too_large', 0]],
  ];
  it.each(traps)('fails on %j with a code and position', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads every figure of the bundled Hà Tĩnh text where it stands', () => {
    const seed = readFileSync(new URL('../../examples/ha-tinh/review.vi.txt', import.meta.url), 'utf8');
    let found = 0;
    for (const [phrase, value, qualifier, uom] of SEED) {
      // The qualifier, the number and the word after it: the text words the nouns its own way.
      const head = /^(?:(?:trên|hơn|gần) )?[\d.]+(?: (?:nghìn|triệu))?(?: \S+)?/u.exec(phrase)?.[0] ?? phrase;
      const at = seed.indexOf(head.replace(/[,…]$/u, ''));
      if (at === -1) continue;
      found++;
      const r = parseViQuantity(seed.slice(at, at + phrase.length + 40));
      expect(r.ok && [r.value.quantity.value, r.value.quantity.qualifier, r.value.quantity.uom]).toEqual([value, qualifier, uom]);
    }
    expect(found).toBe(SEED.length);
  });

  it('never throws and never returns NaN on arbitrary text (property)', () => {
    const unit = fc.constantFrom('1', '0', '9', '.', ',', '/', '-', ' ', '%', 'trên ', 'gần ', 'hàng ', 'nghìn', 'triệu', 'kg', 'lượt', 'người', 'từ ', 'trở lên', 'đạt ', '(', ')', 'x');
    fc.assert(
      fc.property(fc.string({ unit }), fc.string(), (t, u) => {
        for (const text of [t, u, t + u]) {
          const r = parseViQuantity(text);
          if (r.ok) {
            const q = r.value.quantity;
            expect(Number.isFinite(q.value)).toBe(true);
            expect(q.value).toBeGreaterThanOrEqual(0);
            expect(r.value.end).toBeGreaterThanOrEqual(r.value.numberEnd);
          } else {
            expect(typeof r.issues[0]?.position).toBe('number');
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finishes quickly on adversarial input', () => {
    const inputs = [
      '1'.repeat(100_000),
      '1.'.repeat(50_000),
      `1${'.000'.repeat(25_000)} kg`,
      `1${'/1'.repeat(50_000)}`,
      `trên ${' '.repeat(100_000)}5`,
      `5 ${'trở '.repeat(25_000)}`,
      `từ 5 ${'trở '.repeat(25_000)}`,
      `9/9 ${'('.repeat(50_000)}${'1'.repeat(50_000)}%`,
      `9/9 xã ${'đạt 1,'.repeat(20_000)}5%`,
      `hàng ${'nghìn '.repeat(20_000)}`,
      `5 ${'lượt '.repeat(20_000)}`,
      'số١٢٣ 漢字 ไทย 😀'.repeat(8_000),
      `2 triệu ${'500 nghìn '.repeat(10_000)}`,
    ];
    const t0 = performance.now();
    for (const t of inputs) {
      const r = parseViQuantity(t);
      if (r.ok) expect(Number.isFinite(r.value.quantity.value)).toBe(true);
      else expect(typeof r.issues[0]?.position).toBe('number');
    }
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
