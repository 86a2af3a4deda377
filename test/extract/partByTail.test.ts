import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string][] => extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator]);

describe('a part named by a tail after the whole\'s words (valuable tips, petitions resolved)', () => {
  it('the tail right after the noun', () => {
    expect(rows('Năm 2024, đoàn viên thanh niên cung cấp 17 tin báo có giá trị cho Công an xã.')).toEqual([[17, 'valuable_tips_received']]);
    expect(rows('Năm 2024, Hội Nông dân tiếp nhận 64 nguồn tin có giá trị.')).toEqual([[64, 'valuable_tips_received']]);
  });

  it('the tail in the subject before the number: after a colon, in brackets, or in the clause before', () => {
    expect(rows('Năm 2024, tin báo có giá trị: 86 tin.')).toEqual([[86, 'valuable_tips_received']]);
    expect(rows('- Năm 2024, nguồn tin, tố giác tội phạm: 412 tin (có giá trị: 73 tin).')).toEqual([
      [412, 'tips_received'],
      [73, 'valuable_tips_received'],
    ]);
    expect(rows('Năm 2024, số nguồn tin có giá trị còn thấp, chỉ khoảng 40 tin.')).toEqual([[40, 'valuable_tips_received']]);
  });

  it('the tail of an earlier number\'s phrase is not the next number\'s, nor is one after a comma', () => {
    expect(rows('Năm 2024, Nhân dân cung cấp 300 tin có giá trị, 500 tin báo khác.')).toEqual([
      [300, 'valuable_tips_received'],
      [500, 'tips_received'],
    ]);
    expect(rows('Năm 2024, Ủy ban MTTQ tiếp nhận 156 đơn thư, đã giải quyết, trả lời 141 đơn.').map((r) => r[1])).toEqual(['petitions_received', 'petitions_resolved']);
  });
});

describe('a part named after "là" later in its clause', () => {
  it('"N tin được … xác minh là có giá trị" are valuable tips', () => {
    const f = extractFigures('Năm 2024, ứng dụng ghi nhận 640 tin báo; trong đó 85 tin được Công an xã xác minh là có giá trị.', { date: '2024-12-31' }).figures;
    expect(f.map((x) => [x.value, x.indicator])).toEqual([
      [640, 'tips_received'],
      [85, 'valuable_tips_received'],
    ]);
  });
});
