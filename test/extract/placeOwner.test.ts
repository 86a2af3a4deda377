import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string, string][] => extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.uom, f.indicator]);

describe('a place before "có" owns what is counted, it is not the count', () => {
  it('claims no count of places for what a commune, ward or hamlet has', () => {
    expect(rows('Năm 2024, phường có 17 tổ.')).toEqual([]);
    expect(rows('Năm 2023, thôn có 9 chiếc.')).toEqual([]);
  });

  it('reads the counted noun instead (Front, police portal)', () => {
    expect(rows('Năm 2024, toàn xã có 52 mắt camera.')).toEqual([[52, 'piece', 'security_cameras']]);
    expect(rows('Năm 2024, toàn phường có 12 tổ tự quản.')).toEqual([[12, 'count', 'security_teams']]);
  });

  it('still counts places that the words say are counted', () => {
    expect(rows('Năm 2024, toàn huyện có 14 xã đạt chuẩn an toàn về an ninh, trật tự.').map((r) => r[0])).toEqual([14]);
  });
});
