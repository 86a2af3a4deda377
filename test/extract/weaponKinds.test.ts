import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string, string | null][] =>
  extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator, f.category ?? null]);

describe('weapons handed in: the kind named by its model or make', () => {
  it('a rifle or pistol named by its model is a military gun (police portal, border guard)', () => {
    expect(rows('Năm 2024, người dân tự nguyện giao nộp 2 khẩu súng K54.')).toEqual([[2, 'weapons_surrendered', 'gun.military']]);
    expect(rows('Năm 2024, bà con giao nộp 1 khẩu súng CKC.')).toEqual([[1, 'weapons_surrendered', 'gun.military']]);
  });

  it('a hunting kind made at home, or a modified toy gun, is a home-made gun (veterans, school reports)', () => {
    expect(rows('Năm 2024, Nhân dân giao nộp 5 khẩu súng kíp tự chế.')).toEqual([[5, 'weapons_surrendered', 'gun.homemade']]);
    expect(rows('Năm 2024, học sinh giao nộp 3 khẩu súng bắn bi cải tiến.')).toEqual([[3, 'weapons_surrendered', 'gun.homemade']]);
  });

  it('mortar and artillery shells are ordnance, not rounds', () => {
    expect(rows('Năm 2024, Nhân dân giao nộp 6 quả đạn cối.')).toEqual([[6, 'weapons_surrendered', 'ordnance']]);
    expect(rows('Năm 2024, Nhân dân giao nộp 31 quả lựu đạn, bom, đạn pháo.')).toEqual([[31, 'weapons_surrendered', 'ordnance']]);
    expect(rows('Năm 2024, Nhân dân giao nộp 240 viên đạn các loại.')).toEqual([[240, 'weapons_surrendered', 'ammunition']]);
  });

  it('a row naming home-made guns among hunting kinds is home-made; hunting kinds alone stay hunting', () => {
    expect(rows('Năm 2024, Nhân dân giao nộp 64 khẩu súng kíp, súng tự chế.')).toEqual([[64, 'weapons_surrendered', 'gun.homemade']]);
    expect(rows('Năm 2024, Nhân dân giao nộp 19 khẩu súng kíp, súng hơi.')).toEqual([[19, 'weapons_surrendered', 'gun.hunting']]);
    expect(rows('Năm 2024, Nhân dân giao nộp 8 khẩu súng tự chế, súng quân dụng.')).toEqual([[8, 'weapons_surrendered', 'gun']]);
  });
});

describe('a kind named right before its count by classifier', () => {
  it('is the count\'s kind (tables written as prose: "súng các loại 215 khẩu; đạn 1.764 viên")', () => {
    const f = extractFigures('Năm 2024, Nhân dân giao nộp súng các loại 21 khẩu; đạn 176 viên; bình xịt hơi cay 8 chiếc.', { date: '2024-12-31' }).figures;
    expect(f.map((x) => [x.value, x.indicator, x.category])).toEqual([
      [21, 'weapons_surrendered', 'gun'],
      [176, 'weapons_surrendered', 'ammunition'],
      [8, 'support_tools_surrendered', 'spray'],
    ]);
  });
});

describe('rounds named by the gun model they fit', () => {
  it('rounds for AK, K54 or CKC guns are military ammunition; rounds of no model stay ammunition', () => {
    const cats = (text: string): (string | null)[] => extractFigures(text, { date: '2024-12-31' }).figures.map((f) => f.category ?? null);
    expect(cats('Năm 2024, bà con giao nộp 640 viên đạn AK và 35 viên đạn K54.')).toEqual(['ammunition.military', 'ammunition.military']);
    expect(cats('Năm 2024, bà con giao nộp 640 viên đạn.')).toEqual(['ammunition']);
  });
});
