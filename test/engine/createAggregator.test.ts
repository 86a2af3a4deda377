import { describe, expect, it } from 'vitest';
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
