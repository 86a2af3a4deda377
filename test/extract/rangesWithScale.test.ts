import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

describe('a range whose ends carry a scale word is one warning, not a figure of its second end', () => {
  it('reads neither end of "từ 10 triệu đến 20 triệu đồng" or "từ 2 nghìn đến 3 nghìn lượt người"', () => {
    for (const text of ['Năm 2024, hành vi này có thể bị phạt tiền từ 15 triệu đến 25 triệu đồng.', 'Năm 2024, mỗi đợt thu hút từ 2 nghìn đến 3 nghìn lượt người tham gia.']) {
      const r = extractFigures(text, { date: '2024-12-31' });
      expect(r.figures, text).toEqual([]);
      expect(r.issues.map((i) => i.code), text).toEqual(['range_not_supported']);
    }
  });

  it('a single sum with a scale word is still read', () => {
    expect(extractFigures('Năm 2024, Hội vận động 25 triệu đồng.', { date: '2024-12-31' }).figures.map((f) => f.value)).toEqual([25_000_000]);
  });
});
