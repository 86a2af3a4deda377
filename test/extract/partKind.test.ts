import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string, string | null][] =>
  extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator, f.category ?? null]);

describe('a part with no kind of its own is of its whole\'s kind', () => {
  it('petitions resolved after the petitions received of one kind are of that kind', () => {
    expect(rows('Năm 2024, Hội tiếp nhận 58 đơn kiến nghị, phản ánh của hội viên, đã phối hợp giải quyết xong 47 đơn.')).toEqual([
      [58, 'petitions_received', 'recommendation'],
      [47, 'petitions_resolved', 'recommendation'],
    ]);
  });

  it('a part after a whole of no one kind, or of another indicator, stays open', () => {
    expect(rows('Năm 2024, Hội tiếp nhận 58 đơn thư, đã giải quyết xong 47 đơn.')).toEqual([
      [58, 'petitions_received', null],
      [47, 'petitions_resolved', null],
    ]);
    expect(rows('Năm 2024, các tổ tiếp nhận 30 tin báo; Hội giải quyết xong 12 đơn.')).toEqual([
      [30, 'tips_received', null],
      [12, 'petitions_resolved', null],
    ]);
  });
});
