import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import { finalizePartial } from '../../src/engine/finalizePartial';
import { encodeFigures } from '../../src/table/encodeFigures';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';

// A sum past the largest finite double is a coded reason on its row, never Infinity or NaN.

const huge = [
  { unit: 'C1', indicator: 'funds_mobilized', value: 1e308, period: '2023' },
  { unit: 'C2', indicator: 'funds_mobilized', value: 1e308, period: '2023' },
  { unit: 'C1', indicator: 'marches', value: 3, period: '2023' },
];

const numbers = (x: unknown): number[] =>
  typeof x === 'number' ? [x] : Array.isArray(x) ? x.flatMap(numbers) : typeof x === 'object' && x !== null ? Object.values(x).flatMap(numbers) : [];

describe('sum_overflow', () => {
  it('marks the row whose sum overflows, with its group, and leaves the others alone', () => {
    const { rows } = aggregate(huge, { by: ['indicator', 'period'] });
    const funds = rows.find((r) => r.indicator === 'funds_mobilized');
    expect(funds).toMatchObject({ indicator: 'funds_mobilized', period: '2023', value: null, lower: null, upper: null, reason: 'sum_overflow', figures: 2 });
    const marches = rows.find((r) => r.indicator === 'marches');
    expect(marches?.value).toBe(3);
    expect(marches?.reason).toBeUndefined();
    expect(numbers(rows).every(Number.isFinite)).toBe(true);
  });

  it('a single figure of 1e308 is still a number; bounds that overflow are caught too', () => {
    expect(aggregate([huge[0] as (typeof huge)[number]], { by: ['indicator'] }).rows[0]?.value).toBe(1e308);
    // "about" 1.7e308: the value fits, its upper bound (1.1 × v) does not.
    const { rows } = aggregate([{ unit: 'C1', indicator: 'funds_mobilized', value: 1.7e308, qualifier: 'about' }], { by: ['indicator'] });
    expect(rows[0]).toMatchObject({ value: null, upper: null, reason: 'sum_overflow' });
  });

  it('in rollup parts, from a table, and through a partial written as JSON', () => {
    const units = createUnitRegistry([
      { code: 'P', name: 'P', level: 'province' },
      { code: 'C1', name: 'C1', level: 'commune', parent: 'P' },
      { code: 'C2', name: 'C2', level: 'commune', parent: 'P' },
    ]);
    const { rows } = aggregate(encodeFigures(huge), { by: ['indicator', 'unit'], units, rollup: true });
    const p = rows.find((r) => r.unit === 'P' && r.indicator === 'funds_mobilized');
    expect(p).toMatchObject({ value: null, reason: 'sum_overflow', children: { value: null, reason: 'sum_overflow' } });
    expect(rows.find((r) => r.unit === 'C1' && r.indicator === 'funds_mobilized')?.value).toBe(1e308);
    expect(numbers(rows).every(Number.isFinite)).toBe(true);
    const agg = createAggregator({ by: ['indicator'] });
    agg.addAll(huge);
    const again = finalizePartial(JSON.parse(JSON.stringify(agg.partial())), { by: ['indicator'] });
    expect(again.rows.find((r) => r.indicator === 'funds_mobilized')).toMatchObject({ value: null, reason: 'sum_overflow' });
  });
});
