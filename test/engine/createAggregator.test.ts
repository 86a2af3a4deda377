import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../src/errors/isAntqError';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';

const units = createUnitRegistry([
  { code: 'P', name: 'P', level: 'province' },
  { code: 'D', name: 'D', level: 'district', parent: 'P' },
  { code: 'E', name: 'E', level: 'district', parent: 'P' },
]);
const figures: Figure[] = [
  { unit: 'D', indicator: 'disputes_mediated', value: 10, period: '2023' },
  { unit: 'D', indicator: 'disputes_mediated_successfully', value: 4, period: '2023' },
  { unit: 'D', indicator: 'mediation_success_rate', value: 40, period: '2023' },
  { unit: 'E', indicator: 'disputes_mediated', value: 10, period: '2023' },
  { unit: 'E', indicator: 'disputes_mediated_successfully', value: 6, period: '2023' },
  { unit: 'E', indicator: 'mediation_success_rate', value: 60, period: '2023' },
];

describe('createAggregator', () => {
  it('refuses a list holding a value that is not a figure and keeps nothing of it, wherever the value stands', () => {
    // 80,000 distinct units: the list's first table stops early (its dictionaries grow too
    // large), so the value at the end is not among the figures that table read.
    const many: Figure[] = Array.from({ length: 80_000 }, (_, i) => ({ unit: `u${i}`, indicator: 'marches', value: 1, period: '2024' }));
    for (const at of [0, 10, 79_999]) {
      const agg = createAggregator({ by: ['indicator'] });
      agg.add({ unit: 'u0', indicator: 'marches', value: 5, period: '2024' });
      const list: unknown[] = [...many];
      list.splice(at, 0, 7);
      let caught: unknown;
      try {
        agg.addAll(list as Figure[]);
      } catch (e) {
        caught = e;
      }
      expect(isAntqError(caught) && caught.code).toBe('invalid_argument');
      // The message names the value's place in the list, inside the first table or past it.
      expect(caught instanceof Error && caught.message).toBe(`addAll: figure ${at} is not an object (number)`);
      const [row] = agg.result().rows;
      expect([row?.value, row?.figures]).toEqual([5, 1]);
    }
  });

  it('gives the same subtotals for figures added one at a time as for a batch (ratios among them)', () => {
    const options = { by: ['indicator', 'unit'] as const, units, rollup: true };
    const agg = createAggregator({ ...options, by: [...options.by] });
    for (const f of figures) agg.add(f);
    const one = agg.result();
    expect(one).toEqual(aggregate(figures, { ...options, by: [...options.by] }));
    // The province's rate is recomputed from its parts: 10 of 20 disputes.
    const rate = one.rows.find((r) => r.indicator === 'mediation_success_rate' && r.unit === 'P');
    expect(rate?.value).toBe(50);
    expect(rate?.reason).toBeUndefined();
  });
});
