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
