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

describe('whoever is counted right after an award verb received it', () => {
  it('people are individuals, teams are collectives, households leave the recipient open', () => {
    expect(rows('Năm 2024, UBND tỉnh tặng bằng khen cho 9 người có uy tín.')).toEqual([[9, 'provincial_peoples_committee.certificate_of_merit.individual']]);
    expect(rows('Năm 2024, UBND xã khen thưởng 6 đoàn viên.')).toEqual([[6, '*.*.individual']]);
    expect(rows('Năm 2024, Chỉ huy trưởng tặng giấy khen cho 2 tổ tự quản và 4 hộ gia đình.')).toEqual([
      [2, '*.certificate_of_commendation.collective'],
      [4, '*.certificate_of_commendation'],
    ]);
  });

  it('a noun that names an indicator with no kinds stays that indicator', () => {
    const f = extractFigures('Năm 2024, các cấp khen thưởng trên 2 nghìn gương điển hình tiên tiến.', { date: '2024-12-31' }).figures;
    expect(f.map((x) => x.indicator)).toEqual(['exemplars']);
  });
});

describe('tips by the verb that reports them', () => {
  it('"trình báo", "báo tin" before the number, also with the receiver between ("báo tin cho Công an")', () => {
    const ind = (t: string): string[] => extractFigures(t, { date: '2024-12-31' }).figures.map((x) => x.indicator);
    expect(ind('Năm 2024, người dân đã trình báo 120 vụ việc có dấu hiệu lừa đảo.')).toEqual(['tips_received']);
    expect(ind('Năm 2024, các tổ đã phát hiện, báo tin cho Công an 18 vụ việc.')).toEqual(['tips_received']);
    expect(ind('Năm 2024, Công an đã phát hiện, làm rõ 47 vụ việc.')).toEqual(['cases_solved_with_public_help']);
  });
});
