import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string, string, string][] =>
  extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.uom, f.indicator, f.note]);

describe('households or people counted before what they did', () => {
  it('a pledge signed later in the clause (farmers\' union, youth union, city news)', () => {
    expect(rows('Năm 2024, Đoàn trường vận động hơn 3.000 học sinh, phụ huynh ký cam kết không sử dụng pháo.')).toEqual([
      [3000, 'person', 'pledges_signed', 'hơn 3.000 học sinh, phụ huynh ký cam kết'],
    ]);
    expect(rows('Năm 2024, 215 hộ kinh doanh trên tuyến phố đã ký cam kết.')).toEqual([[215, 'household', 'pledges_signed', '215 hộ kinh doanh trên tuyến phố đã ký cam kết']]);
  });

  it('people after an activity stay its attendance', () => {
    expect(rows('Năm 2024, tổ chức 12 buổi tuyên truyền cho 900 học sinh tham gia.').map((r) => r[2])).toEqual(['propaganda_sessions', 'propaganda_attendance']);
  });
});

describe('"trường hợp" counts people', () => {
  it('cases after a verb for people are persons (commune review, police portal)', () => {
    expect(rows('Năm 2024, Công an xã đưa ra kiểm điểm trước dân 12 trường hợp.').map((r) => [r[0], r[1], r[2]])).toEqual([[12, 'person', 'offenders_reviewed_publicly']]);
    expect(rows('Năm 2024, xã ra quyết định giáo dục tại cộng đồng 8 trường hợp.').map((r) => [r[0], r[1], r[2]])).toEqual([[8, 'person', 'offenders_educated_in_community']]);
  });

  it('cases with no indicator\'s words are no figure, and never a count of places', () => {
    expect(rows('Năm 2024, phường có 46 trường hợp đua xe.')).toEqual([]);
    expect(rows('Năm 2024, xã đã xử lý 4 trường hợp.')).toEqual([]);
  });
});
