import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string, string | null][] =>
  extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator, f.category ?? null]);

describe('which counts of models carry a model\'s name', () => {
  it('a total that names "mô hình" again after new ones of one kind is of every kind', () => {
    expect(rows('Năm 2024, xã xây dựng mới 4 mô hình “Bến đò an toàn”, nâng tổng số mô hình tự quản trên địa bàn lên 17 điểm.')).toEqual([
      [4, 'models_established', 'named:Bến đò an toàn'],
      [17, 'model_sites', null],
    ]);
    expect(rows('Năm 2024, xã xây dựng mới ba mô hình “Bến đò an toàn”, nâng tổng số mô hình lên 17.')).toEqual([
      [3, 'models_established', 'named:Bến đò an toàn'],
      [17, 'model_sites', null],
    ]);
  });

  it('a total of the same kind ("nâng tổng số lên", "mô hình này") keeps the name', () => {
    expect(rows('Năm 2024, xã xây dựng mới 4 mô hình “Bến đò an toàn”, nâng tổng số lên 17 mô hình.')).toEqual([
      [4, 'models_established', 'named:Bến đò an toàn'],
      [17, 'model_sites', 'named:Bến đò an toàn'],
    ]);
    expect(rows('Năm 2024, xã xây dựng mới 4 mô hình “Bến đò an toàn”, nâng tổng số mô hình này lên 17 điểm.')).toEqual([
      [4, 'models_established', 'named:Bến đò an toàn'],
      [17, 'model_sites', 'named:Bến đò an toàn'],
    ]);
  });

  it('one count of two named kinds carries neither name', () => {
    expect(rows('Năm 2024, phường xây dựng mới 2 mô hình “Chợ an toàn” và “Camera an ninh”.')).toEqual([[2, 'models_established', null]]);
    expect(rows('Năm 2024, phường xây dựng mới 2 mô hình “Chợ an toàn”.')).toEqual([[2, 'models_established', 'named:Chợ an toàn']]);
  });
});

describe('two names after one count', () => {
  it('"“A”, “B”" is no one name either', () => {
    expect(rows('Năm 2024, phường xây dựng mới 2 mô hình “Chợ an toàn”, “Camera an ninh”.')).toEqual([[2, 'models_established', null]]);
  });
});
