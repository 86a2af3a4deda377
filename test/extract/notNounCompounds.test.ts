import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string, string | null][] =>
  extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator, f.category ?? null]);

describe('a catalogue noun that begins another word is not that noun', () => {
  it('"cung cấp" (provide) is not a bow: a subject before the number keeps its own noun or none', () => {
    for (const text of [
      'Năm 2024, số nguồn tin do quần chúng cung cấp là 1.318.',
      'Trong năm, tổng số tin báo người dân cung cấp đạt 642.',
      'Năm 2024, số tin báo có giá trị do các tổ cung cấp ít nhất là 57.',
      'Năm 2024, các hộ kinh doanh cung ứng 300 suất quà.',
    ]) {
      expect(rows(text).filter(([, , category]) => category === 'crude.bow'), text).toEqual([]);
    }
  });

  it('a bow handed in is still a bow', () => {
    expect(rows('Năm 2024, người dân giao nộp 14 chiếc cung, nỏ.')).toEqual([[14, 'weapons_surrendered', 'crude.bow']]);
  });

  it('"xã hội" (society) is not a commune, "giáo dục" (educate) not a blade', () => {
    const text = 'Năm 2024, Hội Cựu chiến binh giúp 12 người nghiện ma túy tái hòa nhập xã hội và giáo dục 9 thanh niên.';
    expect(rows(text).filter(([, , category]) => category === 'commune' || category === 'crude.blade')).toEqual([]);
  });

  it('"điểm cầu" (a site a video meeting links to) is no site', () => {
    const text = 'Năm 2024, hội nghị trực tuyến sơ kết phong trào được kết nối tới 45 điểm cầu tỉnh, thành phố.';
    expect(rows(text)).toEqual([]);
    expect(rows('Năm 2024, mô hình tự quản được nhân rộng ra 45 điểm.')).toEqual([[45, 'model_sites', null]]);
  });
});
