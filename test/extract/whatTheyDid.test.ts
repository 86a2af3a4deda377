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

  it('the clause runs past a long noun phrase to the verb, and owners and skippers are people', () => {
    expect(rows('Năm 2024, 240 hộ kinh doanh dịch vụ karaoke, quán bar trên các tuyến phố Lê Lợi, Trần Phú ký cam kết.').map((r) => [r[0], r[1], r[2]])).toEqual([[240, 'household', 'pledges_signed']]);
    expect(rows('Năm 2024, có 870 chủ tàu, thuyền trưởng ký cam kết.').map((r) => [r[0], r[1], r[2]])).toEqual([[870, 'person', 'pledges_signed']]);
    expect(rows('Năm 2024, 5.100 học sinh các trường trung học trên địa bàn cũng đã ký cam kết.').map((r) => [r[0], r[1], r[2]])).toEqual([[5100, 'person', 'pledges_signed']]);
  });

  it('households after "với" are the ones the clause\'s verb counts', () => {
    expect(rows('Năm 2024, xã tổ chức ký cam kết không buôn bán pháo với 1.200 hộ gia đình.').map((r) => [r[0], r[1], r[2]])).toEqual([[1200, 'household', 'pledges_signed']]);
  });

  it('"số <households> … là N hộ": the subject after "số" names what the unit counts', () => {
    expect(rows('Năm 2024, số hộ gia đình ký cam kết “Gia đình an toàn” là 3.150 hộ.').map((r) => [r[0], r[1], r[2]])).toEqual([[3150, 'household', 'pledges_signed']]);
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

describe('helping former offenders back: the verb decides', () => {
  it('help, win back, sponsor and coach verbs count people supported (front, women\'s union, youth union)', () => {
    expect(rows('Năm 2024, Hội đã nhận đỡ đầu, cảm hóa 12 thanh niên hư.').map((r) => [r[0], r[2]])).toEqual([[12, 'reintegration_supported']]);
    expect(rows('Năm 2024, Ban công tác Mặt trận kèm cặp, giúp đỡ 9 người sau cai nghiện.').map((r) => [r[0], r[2]])).toEqual([[9, 'reintegration_supported']]);
  });

  it('winning back after a warning is the warning', () => {
    expect(rows('Năm 2024, Công an xã gọi hỏi, răn đe, cảm hóa 30 đối tượng.').map((r) => [r[0], r[2]])).toEqual([[30, 'offenders_warned']]);
  });

  it('helping households is no figure', () => {
    expect(rows('Năm 2024, Hội phụ nữ giúp đỡ 20 hộ nghèo.')).toEqual([]);
  });
});
