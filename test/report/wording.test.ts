import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import { enPhrase, scaleFor, valueCell, viPhrase, wordsFor } from '../../src/report/internal/wording';
import type { Qualifier } from '../../src/quantity/Qualifier';
import type { Uom } from '../../src/quantity/Uom';

describe('report wording', () => {
  it.each([
    [15_000, 'person_times', 'none'],
    [19_000, 'count', 'none'],
    [20_000, 'count', 'nghìn'],
    [81_000, 'count', 'nghìn'],
    [121_200, 'count', 'none'],
    [1_200_000, 'count', 'triệu'],
    [4_000_000, 'count', 'triệu'],
    [1_234_000, 'count', 'nghìn'],
    [81_000, 'kg', 'none'],
    [81_000.5, 'count', 'none'],
  ] as const)('scaleFor(%d, %s) is %s', (value, uom, scale) => {
    expect(scaleFor(value, uom)).toBe(scale);
  });

  const cases: [indicator: string, category: string | undefined, value: number, uom: Uom, qualifier: Qualifier, vi: string, en: string][] = [
    ['march_participants', undefined, 11_200, 'person', 'exact', '11.200 người tham gia tuần hành', '11,200 participants'],
    ['march_participants', undefined, 11_200, 'person_times', 'about', 'khoảng 11.200 lượt người tham gia tuần hành', 'about 11,200 participants'],
    ['offenders_warned', undefined, 5, 'person', 'exact', '5 đối tượng được gọi hỏi, răn đe', '5 offenders warned'],
    ['pledges_signed', undefined, 300, 'household', 'exact', '300 hộ ký cam kết', '300 pledges'],
    ['weapons_surrendered', 'crude.nunchaku', 40, 'piece', 'exact', '40 chiếc côn', '40 nunchaku'],
    ['fireworks_surrendered', 'firework.explosive', 12, 'box', 'exact', '12 hộp pháo nổ', '12 boxes of firecrackers'],
    ['movement_participants', undefined, 1000, 'person_times', 'vague', 'hàng nghìn lượt người tham gia phong trào', 'thousands of participations'],
    ['movement_participants', undefined, 1100, 'person_times', 'vague', 'ít nhất 1.100 lượt người tham gia phong trào', 'at least 1,100 participations'],
    ['forum_opinions', undefined, 1_200_000, 'count', 'over', 'hơn 1,2 triệu ý kiến đóng góp', 'over 1.2 million opinions'],
    ['poppy_destroyed', undefined, 2500.5, 'm2', 'exact', '2.500,5 m² cây thuốc phiện', '2,500.5 m² of opium poppy'],
    ['areas_free_of_crime', 'commune', 72.6, 'percent', 'exact', '72,6% xã, phường, thị trấn', '72.6% of communes'],
    ['my_custom', undefined, 7, 'count', 'exact', '7 my custom', '7 my custom'],
  ];
  it.each(cases)('%s %s %d %s %s', (indicator, category, value, uom, qualifier, vi, en) => {
    const w = wordsFor(BUILTIN_CATALOGUE, indicator, category);
    const v = { value, uom, qualifier };
    expect(viPhrase(v, w.nounVi, w.classifierVi)).toBe(vi);
    expect(enPhrase(v, w.nounEn)).toBe(en);
  });

  it('labels an unknown category with its code and writes empty values as "—"', () => {
    expect(wordsFor(BUILTIN_CATALOGUE, 'weapons_surrendered', 'gun.laser').categoryLabel).toEqual({ vi: 'gun.laser', en: 'gun.laser' });
    expect(valueCell(null)).toEqual({ vi: '—', en: '—' });
    expect(valueCell({ value: 72.6, qualifier: 'nearly', uom: 'percent' })).toEqual({ vi: 'gần 72,6%', en: 'nearly 72.6%' });
  });
});
