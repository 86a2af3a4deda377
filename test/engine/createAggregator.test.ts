import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../src/errors/isAntqError';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { encodeFigures } from '../../src/table/encodeFigures';

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

describe('createAggregator: each aggregator keeps its own cells', () => {
  const tree = createUnitRegistry([
    { code: 'P', name: 'P', level: 'province' },
    { code: 'D', name: 'D', level: 'district', parent: 'P' },
    { code: 'E', name: 'E', level: 'district', parent: 'P' },
    ...Array.from({ length: 8 }, (_, i) => ({ code: `C${i}`, name: `C${i}`, level: 'commune' as const, parent: i % 2 === 0 ? 'D' : 'E' })),
  ]);
  /** Flows (whole and qualified: leaves left without a cell and leaves with one) and stocks; `salt` varies the units and values. */
  const batch = (salt: number, n: number): Figure[] =>
    Array.from({ length: n }, (_, i): Figure => {
      const unit = `C${(i * 3 + salt) % 8}`;
      if (i % 5 === 0) return { unit, indicator: 'model_sites', value: (i + salt) % 7, period: '2024' };
      if (i % 7 === 0) return { unit, indicator: 'marches', value: 2.5, qualifier: 'about', period: '2024' };
      return { unit, indicator: 'marches', value: (i * salt) % 11, period: '2024' };
    });
  const o = { by: ['indicator', 'unit'], units: tree, rollup: true } as const;
  /** The result of one aggregator given the figures in one table. */
  const alone = (figs: readonly Figure[]): unknown => aggregate(encodeFigures(figs), o);

  it('gives the same rows when two aggregators are fed in turns, one is fed again after its result, and one before threw', () => {
    const a1 = batch(1, 300);
    const a2 = batch(2, 300);
    const b1 = batch(5, 200);
    const b2 = batch(9, 400);
    // An aggregation that stops on too many groups, half-way through its cells.
    const failed = createAggregator({ ...o, maxGroups: 3 });
    expect(() => failed.addAll(encodeFigures(b2))).toThrow(expect.objectContaining({ code: 'too_many_groups' }));
    const a = createAggregator(o);
    const b = createAggregator(o);
    a.addAll(encodeFigures(a1));
    b.addAll(encodeFigures(b1));
    expect(a.result()).toEqual(alone(a1));
    a.addAll(encodeFigures(a2));
    b.addAll(encodeFigures(b2));
    expect(b.result()).toEqual(alone([...b1, ...b2]));
    expect(a.result()).toEqual(alone([...a1, ...a2]));
    // The failed aggregator's cells reached no other aggregator, nor the next one.
    expect(createAggregator(o).result().rows).toEqual([]);
  });
});
