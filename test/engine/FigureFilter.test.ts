import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../../src/compare/comparePeriods';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import { mergePartials } from '../../src/engine/mergePartials';
import { isAntqError } from '../../src/errors/isAntqError';
import { buildReport } from '../../src/report/buildReport';
import type { Figure } from '../../src/schema/FigureSchema';

const figures: Figure[] = [
  { unit: '42', indicator: 'weapons_surrendered', category: 'gun.military', value: 127, period: '2023', reporter: 'police+front' },
  { unit: '42', indicator: 'weapons_surrendered', category: 'gun', value: 3, period: '2023', reporter: 'police' },
  { unit: '42', indicator: 'weapons_surrendered', category: 'explosive', value: 20, period: '2023', reporter: 'front' },
  { unit: '40', indicator: 'weapons_surrendered', category: 'gun.military', value: 5, period: '2023', reporter: 'police' },
  { unit: '42', indicator: 'marches', value: 7, period: '2022' },
];

const total = (filter: Parameters<typeof aggregate>[1]): (number | null)[] => aggregate(figures, { by: ['indicator'], ...filter }).rows.map((r) => r.value);

describe('the filter option', () => {
  it('keeps figures by indicator, unit, category (with the ones below) and any reporter', () => {
    expect(total({ filter: { indicator: ['marches'] } })).toEqual([7]);
    expect(total({ filter: { unit: ['42'], category: ['gun'] } })).toEqual([130]);
    expect(total({ filter: { category: ['gun.military'] } })).toEqual([132]);
    expect(total({ filter: { reporter: ['front'] } })).toEqual([147]);
    expect(total({ filter: { unit: [] } })).toEqual([]);
  });

  it('does not count the figures it leaves out as read or excluded, but keeps input positions', () => {
    const r = aggregate([{ unit: '40', indicator: 'marches', value: 1, period: '2023' }, { unit: '42', indicator: 'nope', value: 1, period: '2023' }], { filter: { unit: ['42'] } });
    expect([r.read, r.used, r.excluded.unknown_indicator?.count]).toEqual([1, 0, 1]);
    expect(r.excluded.unknown_indicator?.rows).toEqual([1]);
  });

  it('reaches comparePeriods and buildReport', () => {
    const cmp = comparePeriods(figures, { current: '2023', baseline: '2022', by: ['indicator'], filter: { unit: ['40'] } });
    expect(cmp.rows.map((r) => [r.indicator, r.current?.value ?? null])).toEqual([['weapons_surrendered', 5]]);
    const report = buildReport(figures, { filter: { indicator: ['marches'] }, lang: 'en' });
    expect(report.sections.flatMap((s) => s.rows.map((r) => r.indicator))).toEqual(['marches']);
  });

  it('is part of a partial\'s options: shards with different filters do not merge', () => {
    const a = createAggregator({ filter: { unit: ['42'] } });
    const b = createAggregator({ filter: { unit: ['40'] } });
    expect(() => mergePartials([a.partial(), b.partial()])).toThrow();
    const c = createAggregator({ filter: { unit: ['42'] } });
    expect(() => mergePartials([a.partial(), c.partial()])).not.toThrow();
  });

  it.each([[{ units: ['42'] }], [{ unit: '42' }], [{ unit: [42] }], ['42']])('refuses the filter %j with invalid_argument', (filter) => {
    try {
      aggregate(figures, { filter: filter as never });
      expect.unreachable();
    } catch (e) {
      expect(isAntqError(e) && e.code).toBe('invalid_argument');
    }
  });
});
