import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string | null, string][] =>
  extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.category ?? null, f.note]);

describe('kinds named in a row after one number take their common parent', () => {
  it('weapons, fireworks and teams (police portal, youth union, year-end summary)', () => {
    expect(rows('Năm 2024, Nhân dân giao nộp 46 quả lựu đạn, bom, mìn.')).toEqual([[46, 'ordnance', '46 quả lựu đạn, bom, mìn']]);
    expect(rows('Năm 2024, Đoàn viên vận động giao nộp 12 kg pháo, thuốc pháo.')).toEqual([[12, 'firework', '12 kg pháo, thuốc pháo']]);
    expect(rows('Năm 2024, huyện duy trì 1.200 tổ an ninh nhân dân, tổ bảo vệ dân phố.')).toEqual([[1200, 'team', '1.200 tổ an ninh nhân dân, tổ bảo vệ dân phố']]);
    expect(rows('Năm 2024, Nhân dân giao nộp 30 khẩu súng săn, súng hơi.')).toEqual([[30, 'gun.hunting', '30 khẩu súng săn, súng hơi']]);
  });

  it('each number of a list keeps its own kind', () => {
    expect(rows('Năm 2024, Nhân dân giao nộp 20 khẩu súng quân dụng, 5 khẩu súng săn và 3 quả lựu đạn.').map((r) => r[1])).toEqual([
      'gun.military',
      'gun.hunting',
      'ordnance.grenade',
    ]);
  });
});
