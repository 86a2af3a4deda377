import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../../src/compare/comparePeriods';
import { rankByChange } from '../../src/compare/rankByChange';
import type { Figure } from '../../src/schema/FigureSchema';

const f = (unit: string, indicator: string, value: number, period: string): Figure => ({ unit, indicator, value, period });

// Changes 2022 → 2023: A +5, B +7, C +7, D +3 (from 0), E missing in 2023; tips: A +1, B −2.
const figures = [
  f('A', 'marches', 10, '2022'), f('A', 'marches', 15, '2023'),
  f('B', 'marches', 10, '2022'), f('B', 'marches', 17, '2023'),
  f('C', 'marches', 20, '2022'), f('C', 'marches', 27, '2023'),
  f('D', 'marches', 0, '2022'), f('D', 'marches', 3, '2023'),
  f('E', 'marches', 4, '2022'),
  f('A', 'tips_received', 4, '2022'), f('A', 'tips_received', 5, '2023'),
  f('B', 'tips_received', 4, '2022'), f('B', 'tips_received', 2, '2023'),
];
const { rows } = comparePeriods(figures, { current: '2023', baseline: '2022', by: ['indicator', 'unit'] });

describe('rankByChange', () => {
  it('ranks units within each indicator, ties shared (1, 1, 3, 4), missing last', () => {
    const ranked = rankByChange(rows);
    expect(ranked.map((r) => [r.indicator, r.unit, r.rank])).toEqual([
      ['marches', 'B', 1],
      ['marches', 'C', 1],
      ['marches', 'A', 3],
      ['marches', 'D', 4],
      ['marches', 'E', null],
      ['tips_received', 'A', 1],
      ['tips_received', 'B', 2],
    ]);
  });

  it('ranks smallest first, and by percent change (a zero baseline has none)', () => {
    expect(rankByChange(rows, { order: 'asc' }).filter((r) => r.indicator === 'marches').map((r) => [r.unit, r.rank])).toEqual([
      ['D', 1],
      ['A', 2],
      ['B', 3],
      ['C', 3],
      ['E', null],
    ]);
    // percent: A 50, B 70, C 35
    expect(rankByChange(rows, { by: 'percentChange' }).filter((r) => r.indicator === 'marches').map((r) => [r.unit, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 3],
      ['D', null],
      ['E', null],
    ]);
  });

  it('does not change its input', () => {
    const copy = JSON.parse(JSON.stringify(rows));
    rankByChange(rows);
    expect(rows).toEqual(copy);
  });

  it.each([
    ['an unknown by', { by: 'ratio' }],
    ['an unknown order', { order: 'up' }],
  ])('throws invalid_argument for %s', (_n, options) => {
    expect(() => rankByChange(rows, options as never)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
