import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const cats = (text: string): [number, string | null][] =>
  extractFigures(text, { date: '2024-12-31' })
    .figures.filter((f) => f.indicator === 'commendations')
    .map((f) => [f.value, f.category ?? null]);

describe('who gave an award', () => {
  it('the giver of a clause governs every recipient after it, award by award', () => {
    expect(cats('Năm 2024, Chủ tịch UBND tỉnh tặng Cờ thi đua cho 3 tập thể và Bằng khen cho 41 tập thể, 66 cá nhân.')).toEqual([
      [3, 'provincial_peoples_committee_chair.emulation_flag.collective'],
      [41, 'provincial_peoples_committee_chair.certificate_of_merit.collective'],
      [66, 'provincial_peoples_committee_chair.certificate_of_merit.individual'],
    ]);
  });

  it('a clause after a semicolon that opens with the award verb has the clause before as its giver', () => {
    expect(cats('Năm 2024, Giám đốc Công an tỉnh tặng giấy khen cho 20 tập thể, 31 cá nhân; tặng bằng khen cho 4 tập thể.')).toEqual([
      [20, 'provincial_police_director.certificate_of_commendation.collective'],
      [31, 'provincial_police_director.certificate_of_commendation.individual'],
      [4, 'provincial_police_director.certificate_of_merit.collective'],
    ]);
  });

  it('a clause with a giver of its own keeps it, and one whose giver the catalogue does not know stays open', () => {
    expect(cats('Năm 2024, Giám đốc Công an tỉnh tặng giấy khen cho 20 tập thể; Ủy ban MTTQ tỉnh tặng bằng khen cho 6 tập thể.')).toEqual([
      [20, 'provincial_police_director.certificate_of_commendation.collective'],
      [6, 'front_committee.certificate_of_merit.collective'],
    ]);
    expect(cats('Năm 2024, Giám đốc Công an tỉnh tặng giấy khen cho 20 tập thể; Đoàn xã khen thưởng 6 đoàn viên.')).toEqual([
      [20, 'provincial_police_director.certificate_of_commendation.collective'],
      [6, '*.*.individual'],
    ]);
  });

  it('the passive after the recipients names their own giver and award, not the clause before', () => {
    expect(cats('Năm 2024, Hội tặng giấy khen cho 14 tập thể; 2 tập thể được Bộ trưởng Bộ Công an tặng Bằng khen.')).toEqual([
      [14, '*.certificate_of_commendation.collective'],
      [2, 'ministry_of_public_security.certificate_of_merit.collective'],
    ]);
  });

  it('a city chair who gives certificates of commendation is at district level; with certificates of merit, at province level', () => {
    expect(cats('Năm 2024, Chủ tịch UBND thành phố trao giấy khen cho 6 tập thể.')).toEqual([[6, 'district_peoples_committee.certificate_of_commendation.collective']]);
    expect(cats('Năm 2024, Chủ tịch UBND TP tặng bằng khen cho 6 tập thể.')).toEqual([[6, 'provincial_peoples_committee_chair.certificate_of_merit.collective']]);
  });
});
