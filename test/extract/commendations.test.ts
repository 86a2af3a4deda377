import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string | undefined][] => extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.category]);

describe('commendations take the issuer and award of their own clause', () => {
  it('another clause\'s award is not this one\'s (commune review, after a semicolon)', () => {
    expect(rows('Năm 2024, Giám đốc Công an tỉnh tặng Giấy khen cho tập thể Công an xã; UBND xã khen thưởng 6 tập thể và 11 cá nhân.')).toEqual([
      [6, '*.*.collective'],
      [11, '*.*.individual'],
    ]);
    expect(rows('Năm 2024, Giám đốc Công an tỉnh tặng Bằng khen cho Công an phường; Chủ tịch UBND phường tặng Giấy khen cho 2 tập thể và 5 cá nhân.')).toEqual([
      [2, '*.certificate_of_commendation.collective'],
      [5, '*.certificate_of_commendation.individual'],
    ]);
  });

  it('recipients before a passive "được tặng …" take its issuer and award (decision news)', () => {
    expect(rows('Năm 2024, có 12 tập thể và 30 cá nhân được tặng Giấy khen của Giám đốc Công an tỉnh.')).toEqual([
      [12, 'provincial_police_director.certificate_of_commendation.collective'],
      [30, 'provincial_police_director.certificate_of_commendation.individual'],
    ]);
    expect(rows('Năm 2024, 9 tập thể được Chủ tịch nước tặng thưởng Huân chương Bảo vệ Tổ quốc.')).toEqual([[9, '*.medal.collective']]);
  });
});
