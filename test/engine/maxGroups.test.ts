import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { aggregatorRows } from '../../src/engine/aggregatorRows';
import { createAggregator } from '../../src/engine/createAggregator';
import { finalizePartial } from '../../src/engine/finalizePartial';
import { AntqError } from '../../src/errors/AntqError';
import { comparePeriods } from '../../src/compare/comparePeriods';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import type { Figure } from '../../src/schema/FigureSchema';

const figures: Figure[] = [
  { unit: 'C1', indicator: 'marches', value: 2, period: '2023' },
  { unit: 'C2', indicator: 'marches', value: 3, period: '2023' },
  { unit: 'C3', indicator: 'marches', value: 1.5, period: '2023', qualifier: 'over' },
  { unit: 'C1', indicator: 'model_sites', value: 7, period: '2023-05-24' },
  { unit: 'C2', indicator: 'areas_assessed', value: 4, period: '2023' },
  { unit: 'C2', indicator: 'areas_meeting_security_standard_count', value: 3, period: '2023' },
  { unit: 'C2', indicator: 'areas_meeting_security_standard', value: 75, period: '2023' },
];

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof AntqError ? e.code : `not an AntqError: ${String(e)}`;
  }
  return undefined;
}

describe('maxGroups', () => {
  it('refuses one group more than the limit with too_many_groups', () => {
    const by = ['indicator', 'unit'] as const;
    expect(aggregate(figures, { by, maxGroups: 7 }).rows).toHaveLength(7);
    expect(code(() => aggregate(figures, { by, maxGroups: 6 }))).toBe('too_many_groups');
    expect(() => aggregate(figures, { by, maxGroups: 6 })).toThrow(/too_many_groups: the aggregation has more than 6 groups/);
    // Groups, not figures: the same figures twice make no new group.
    expect(aggregate([...figures, ...figures], { by, maxGroups: 7 }).rows).toHaveLength(7);
  });

  it('counts the subtotals of a rollup, and the groups of a partial', () => {
    // A national unit, one province and two communes under it.
    const tree: [string, 'national' | 'province' | 'commune', string | undefined][] = [['VN', 'national', undefined], ['P1', 'province', 'VN'], ['C1', 'commune', 'P1'], ['C2', 'commune', 'P1']];
    const units = createUnitRegistry(tree.map(([code, level, parent]) => (parent === undefined ? { code, name: code, level } : { code, name: code, level, parent })));
    const two = figures.slice(0, 2);
    // Two leaves, then C1, C2, P1 and VN: four groups.
    expect(aggregate(two, { by: ['indicator', 'unit'], units, rollup: true, maxGroups: 4 }).rows).toHaveLength(4);
    expect(code(() => aggregate(two, { by: ['indicator', 'unit'], units, rollup: true, maxGroups: 3 }))).toBe('too_many_groups');
    const agg = createAggregator({ by: ['indicator', 'unit'] });
    agg.addAll(figures);
    expect(code(() => finalizePartial(agg.partial(), { by: ['indicator', 'unit'], maxGroups: 6 }))).toBe('too_many_groups');
  });

  it('bounds comparePeriods too', () => {
    const options = { by: ['indicator', 'unit'] as const, current: '2023', baseline: '2022' };
    expect(comparePeriods(figures, { ...options, maxGroups: 7 }).rows.length).toBeGreaterThan(0);
    expect(code(() => comparePeriods(figures, { ...options, maxGroups: 2 }))).toBe('too_many_groups');
  });

  it('must be an integer >= 1', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(code(() => aggregate(figures, { maxGroups: bad }))).toBe('invalid_argument');
    expect(code(() => aggregate(figures, { maxGroups: '5' as unknown as number }))).toBe('invalid_argument');
  });
});

describe('aggregatorRows', () => {
  it('gives the rows of result() one at a time, in the same order', () => {
    for (const by of [['indicator'], ['indicator', 'unit'], ['indicator', 'unit', 'period']] as const) {
      const agg = createAggregator({ by });
      agg.addAll(figures);
      const stream = aggregatorRows(agg);
      const rows = [...stream.rows()];
      expect(rows).toEqual(agg.result().rows);
      expect(JSON.stringify(rows)).toBe(JSON.stringify(agg.result().rows));
      expect(stream.size).toBe(rows.length);
      expect([stream.read, stream.used]).toEqual([agg.result().read, agg.result().used]);
      // A stream can be walked again.
      expect([...stream.rows()]).toEqual(rows);
    }
  });

  it('makes each row when it is asked for', () => {
    const agg = createAggregator({ by: ['indicator', 'unit'] });
    agg.addAll(figures);
    const it1 = aggregatorRows(agg).rows();
    const first = it1.next().value;
    const second = it1.next().value;
    expect(first).not.toBe(second);
    expect(first).toMatchObject({ indicator: 'areas_assessed', unit: 'C2' });
  });

  it('refuses anything but an aggregator', () => {
    expect(code(() => aggregatorRows({} as ReturnType<typeof createAggregator>))).toBe('invalid_argument');
  });
});
