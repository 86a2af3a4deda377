import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const read = (text: string): [number, string, string | null][] =>
  extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator, f.category ?? null]);

describe('wording of reports the rules were not written with', () => {
  it('a comma ends a catalogue phrase that has none', () => {
    expect(read('Năm 2024, các tổ đã tiếp nhận 176 vụ việc, hòa giải thành 151 vụ.')).toContainEqual([151, 'disputes_mediated_successfully', null]);
  });

  it('the subject stands before a number with no noun after it', () => {
    expect(read('Năm 2024, trong đó tin có giá trị: 1.240.')).toEqual([[1240, 'valuable_tips_received', null]]);
  });

  it('a list of places carries its activity', () => {
    expect(read('Năm 2024, toàn tỉnh tổ chức Ngày hội tại 124 xã, phường và 2.315 ấp, khóm.').map((f) => f[1])).toEqual(['festivals', 'festivals']);
  });

  it('models: sites of a named kind carry its name, new ones when the words say so', () => {
    expect(read('Năm 2024, mô hình “Camera an ninh” được nhân rộng tại 120 điểm.')).toEqual([[120, 'model_sites', 'named:Camera an ninh']]);
    expect(read('Năm 2024, xây dựng mới 27 mô hình “Camera an ninh”, 9 mô hình “Bến đò an toàn”.')).toEqual([
      [27, 'models_established', 'named:Camera an ninh'],
      [9, 'models_established', 'named:Bến đò an toàn'],
    ]);
    expect(read('Năm 2024, toàn huyện duy trì 56 mô hình tự quản.')).toEqual([[56, 'model_sites', null]]);
  });

  it('people after an attendance verb are the attendance of the activity named', () => {
    expect(read('Năm 2024, xã tổ chức Ngày hội toàn dân bảo vệ ANTQ, thu hút trên 700 người dân tham dự.')).toContainEqual([700, 'movement_participants', null]);
    expect(read('Năm 2024, trường tổ chức chương trình ngoại khóa cho hơn 1.500 học sinh và 80 giáo viên.').map((f) => f[1])).toEqual([
      'propaganda_attendance',
      'propaganda_attendance',
    ]);
  });

  it('people in a list of recipients are individuals; two kinds together leave the recipient open', () => {
    expect(read('Năm 2024, Tỉnh đoàn trao Giấy khen cho 7 tập thể và 12 đoàn viên.').map((f) => f[2])).toEqual([
      '*.certificate_of_commendation.collective',
      '*.certificate_of_commendation.individual',
    ]);
    expect(read('Năm 2024, Ủy ban MTTQ tặng Giấy khen cho 1.260 tập thể, cá nhân.')).toEqual([[1260, 'commendations', 'front_committee.certificate_of_commendation']]);
  });

  it('a lone "một" is a number inside a list of numbers, and the article elsewhere', () => {
    expect(read('Năm 2024, cựu chiến binh giao nộp 9 khẩu súng, một quả bom bi và 120 viên đạn.').map((f) => f[0])).toEqual([9, 1, 120]);
    expect(read('Năm 2024, một người dân giao nộp 3 khẩu súng.').map((f) => f[0])).toEqual([3]);
  });
});

describe('a people noun in the next sentence makes no count of people', () => {
  it('a bare number ending its sentence keeps its own subject', () => {
    const text = 'Năm 2024, toàn tỉnh nâng tổng số điểm mô hình tự quản lên 2.480. Người dân đã giao nộp 35 khẩu súng.';
    const figs = extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.uom, f.indicator]);
    expect(figs).toEqual([
      [2480, 'count', 'model_sites'],
      [35, 'piece', 'weapons_surrendered'],
    ]);
  });
});
