import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string, string | null][] =>
  extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator, f.category ?? null]);

describe('festival venues by level', () => {
  it('places after "Ngày hội … ở/tại", communes and villages apart (commune review, Front report)', () => {
    expect(rows('Năm 2024, Ngày hội toàn dân bảo vệ ANTQ diễn ra ở 58 xã, phường và 240 thôn, bản.')).toEqual([
      [58, 'festivals', 'commune'],
      [240, 'festivals', 'village'],
    ]);
    expect(rows('Năm 2024, Ủy ban MTTQ huyện chỉ đạo tổ chức Ngày hội tại 12 xã và 86 thôn, tổ dân phố.')).toEqual([
      [12, 'festivals', 'commune'],
      [86, 'festivals', 'village'],
    ]);
  });

  it('places that are the subject of "tổ chức (xong) Ngày hội" later in the clause (national roll-up, city news)', () => {
    expect(rows('Năm 2025, cả nước có 9.100 xã, phường và 68.400 khu dân cư tổ chức Ngày hội.')).toEqual([
      [9100, 'festivals', 'commune'],
      [68400, 'festivals', 'village'],
    ]);
    expect(rows('Năm 2024, toàn phường có 37 tổ dân phố đồng loạt tổ chức Ngày hội.')).toEqual([[37, 'festivals', 'village']]);
    expect(rows('Năm 2024, đã có trên 2.900 thôn, tổ dân phố trên địa bàn thành phố tổ chức xong Ngày hội.')).toEqual([[2900, 'festivals', 'village']]);
  });

  it('an "x/y" of communes holding the festival is x venues', () => {
    expect(rows('Năm 2024, toàn tỉnh đã có 144/144 xã, phường, thị trấn và 912 ấp, khu phố tổ chức xong Ngày hội.')).toEqual([
      [144, 'festivals', 'commune'],
      [912, 'festivals', 'village'],
    ]);
  });

  it('places with another activity, or with the festival in another clause, are not venues', () => {
    expect(rows('Năm 2024, tại 12 xã đã tổ chức 40 buổi tuyên truyền.')).toEqual([[40, 'propaganda_sessions', null]]);
    expect(rows('Năm 2024, 15 xã được chọn làm điểm; các xã còn lại tổ chức Ngày hội sau.')).toEqual([]);
  });
});

describe('the level said after a venue noun', () => {
  it('"điểm Ngày hội cấp xã" are commune-level venues; plain "điểm Ngày hội" stay village-level', () => {
    const f = extractFigures('Năm 2024, Đoàn tham gia phục vụ tại 108 điểm Ngày hội cấp xã và 560 điểm Ngày hội ở khu dân cư.', { date: '2024-12-31' }).figures;
    expect(f.map((x) => [x.value, x.indicator, x.category])).toEqual([
      [108, 'festivals', 'commune'],
      [560, 'festivals', 'village'],
    ]);
  });
});
