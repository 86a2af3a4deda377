import { describe, expectTypeOf, it } from 'vitest';
import { comparePeriods } from '../../src/compare/comparePeriods';
import type { ComparisonRow } from '../../src/compare/ComparisonRow';
import { aggregate } from '../../src/engine/aggregate';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { AggregateRow, AggregateResult } from '../../src/engine/AggregateRow';
import type { PartialAggregate } from '../../src/engine/PartialAggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import type { Qualifier } from '../../src/quantity/Qualifier';
import type { Uom } from '../../src/quantity/Uom';

describe('engine and comparison types', () => {
  it('gives typed rows whose missing values are null, never undefined', () => {
    const r = aggregate([{ unit: '42', indicator: 'marches', value: 1 }]);
    expectTypeOf(r).toEqualTypeOf<AggregateResult>();
    expectTypeOf<AggregateRow['value']>().toEqualTypeOf<number | null>();
    expectTypeOf<AggregateRow['upper']>().toEqualTypeOf<number | null>();
    expectTypeOf<AggregateRow['qualifier']>().toEqualTypeOf<Qualifier>();
    expectTypeOf<AggregateRow['uom']>().toEqualTypeOf<Uom>();
    expectTypeOf<AggregateRow['coverage']['expected']>().toEqualTypeOf<number | null>();
  });

  it('refuses unknown dimensions and granularities at compile time', () => {
    // @ts-expect-error 'colour' is not a dimension
    const bad: AggregateOptions = { by: ['colour'] };
    // @ts-expect-error 'decade' is not a granularity
    const bad2: AggregateOptions = { granularity: 'decade' };
    void bad;
    void bad2;
  });

  it('makes partials plain data', () => {
    const p = createAggregator().partial();
    expectTypeOf(p).toEqualTypeOf<PartialAggregate>();
    expectTypeOf(p.format).toEqualTypeOf<'antq.partial/1'>();
  });

  it('types comparison rows with nullable sides and changes', () => {
    const c = comparePeriods([], { current: '2023', baseline: '2022' });
    expectTypeOf(c.rows).toEqualTypeOf<readonly ComparisonRow[]>();
    expectTypeOf<ComparisonRow['percentChange']>().toMatchTypeOf<{ value: number } | null>();
    expectTypeOf<ComparisonRow['ratio']>().toEqualTypeOf<number | null>();
  });
});
