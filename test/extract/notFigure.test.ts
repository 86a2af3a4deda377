import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const reasons = (text: string): [number, string][] => extractFigures(text, { date: '2024-12-31' }).unclassified.map((u) => [u.value, u.reason]);
const figures = (text: string): number[] => extractFigures(text, { date: '2024-12-31' }).figures.map((f) => f.value);

describe('not-a-figure rules', () => {
  it('plan: a target or a proposal is not something done', () => {
    expect(figures('Năm 2025, Ban Chỉ đạo phấn đấu xây dựng mới ít nhất 10 mô hình tự quản.')).toEqual([]);
    expect(reasons('Ủy ban MTTQ huyện đã đề nghị khen thưởng cho 6 tập thể, 10 cá nhân.')).toEqual([
      [6, 'plan'],
      [10, 'plan'],
    ]);
    expect(figures('Năm 2024, Ủy ban MTTQ huyện khen thưởng 6 tập thể.')).toEqual([6]);
  });

  it('per_item: an amount per item or a rate is not a total', () => {
    expect(reasons('Đồn trao 10 suất học bổng, mỗi suất 2 triệu đồng.')).toContainEqual([2_000_000, 'per_item']);
    expect(reasons('Mỗi em được hỗ trợ 500.000 đồng/tháng.')).toEqual([[500_000, 'per_item']]);
    expect(reasons('Chế độ cho tổ viên có nơi chưa đến 1,5 triệu đồng/người/tháng.')).toEqual([[1_500_000, 'per_item']]);
    expect(figures('Năm 2024, Hội vận động ủng hộ hơn 850 triệu đồng.')).toEqual([850_000_000]);
  });

  it('money is the funds indicator whatever the words, and a count of places needs its indicator words', () => {
    expect(extractFigures('Năm 2024, Hội hỗ trợ vốn với tổng số tiền hơn 850 triệu đồng.').figures.map((f) => f.indicator)).toEqual(['funds_mobilized']);
    expect(figures('Năm 2024, hướng dẫn Ủy ban MTTQ tại 65 xã, phường chuẩn bị.')).toEqual([]);
  });

  it('a phone number is never a figure, with or without a phone word', () => {
    expect(figures('Người dân báo tin qua số điện thoại 0239 3875 114 hoặc đường dây nóng 069 2.926.445.')).toEqual([]);
    expect(reasons('Gọi đường dây nóng 113 khi cần.')).toEqual([]);
    expect(figures('Năm 2024, Nhân dân cung cấp 120 tin báo.')).toEqual([120]);
  });

  it('a year standing alone is never a figure', () => {
    expect(figures('Công an vận động giao nộp pháo trước Tết Bính Ngọ 2026.')).toEqual([]);
    expect(reasons('Đón Tết 2025, xã tổ chức tuyên truyền.')).toEqual([]);
    expect(figures('Năm 2024, tin có giá trị: 1.240.')).toEqual([1240]);
  });

  it('a heading or list number is never a figure', () => {
    expect(figures('Kết quả năm 2024.\n4. Mô hình tự quản\nToàn huyện duy trì 56 mô hình tự quản.')).toEqual([56]);
    expect(figures('Năm 2024:\n2) Kết quả giao nộp 12 khẩu súng.')).toEqual([12]);
  });
});
