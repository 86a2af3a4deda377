// A stock row whose every series belongs to a unit that ceased before the row's end: the row is
// kept (its cell holds levels) with an empty sum, `value: 0`, `figures: 0`, `coverage.reported:
// 0`, as in the reference engine (and antq/sql, which walks its levels with the engine's walk).
// Without a window or period grouping the row's end is open: the row is the level now.
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { AggregateRow } from '../../src/engine/AggregateRow';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { aggregate as referenceAggregate } from './reference/aggregate';
import type { AggregateOptions as ReferenceOptions } from './reference/AggregateOptions';

const units = createUnitRegistry([
  { code: 'P', name: 'Tỉnh', level: 'province' },
  { code: 'D', name: 'Huyện', level: 'district', parent: 'P', validTo: '2025-06-30', successors: [{ code: 'X1', weight: 0.25 }, { code: 'X2', weight: 0.75 }] },
  { code: 'X1', name: 'Một', level: 'district', parent: 'P', validFrom: '2025-07-01' },
  { code: 'X2', name: 'Hai', level: 'district', parent: 'P', validFrom: '2025-07-01' },
]);
const f = (unit: string, value: number, period: string): Figure => ({ unit, indicator: 'model_sites', value, period });
const brief = (rows: readonly AggregateRow[]): unknown[] => rows.map((r) => [r.unit, r.period, r.value, r.figures, r.coverage.reported, r.restatedFrom]);

/** The engine's rows, checked against the reference engine's. */
function rows(figures: readonly Figure[], options: AggregateOptions): unknown[] {
  const got = aggregate(figures, options);
  expect(got).toEqual(referenceAggregate(figures, options as ReferenceOptions));
  return brief(got.rows);
}

describe('a stock row whose units all ceased before its end', () => {
  const d = [f('D', 100, '2024-12-31')];

  it('is kept with an empty sum when there is no window and no period grouping (the end is open)', () => {
    expect(rows(d, { by: ['indicator', 'unit'], units })).toEqual([['D', undefined, 0, 0, 0, undefined]]);
    expect(aggregate(d, { by: ['indicator', 'unit'], units }).rows[0]).toMatchObject({ qualifier: 'exact', lower: 0, upper: 0 });
    // Grouped by period or in a window ending on or before D's last day, its level counts.
    expect(rows(d, { by: ['indicator', 'unit', 'period'], units, granularity: 'year' })).toEqual([['D', '2024', 100, 1, 1, undefined]]);
    expect(rows(d, { by: ['indicator', 'unit'], units, period: '2025-H1' })).toEqual([['D', undefined, 100, 1, 1, undefined]]);
    // The total and every rollup row above it are empty sums too: "0 model sites" means none of
    // the units heard from stands at the end, not that the territory has none.
    expect(rows(d, { by: ['indicator'], units })).toEqual([[undefined, undefined, 0, 0, 0, undefined]]);
    expect(rows(d, { by: ['indicator', 'unit'], units, rollup: true })).toEqual([
      ['D', undefined, 0, 0, 0, undefined],
      ['P', undefined, 0, 0, 0, undefined],
    ]);
  });

  it('in a window, is kept when the level lies inside it, and not given when the level was carried in', () => {
    expect(rows([f('D', 100, '2025-03-31')], { by: ['indicator', 'unit'], units, period: '2025' })).toEqual([['D', undefined, 0, 0, 0, undefined]]);
    expect(rows(d, { by: ['indicator', 'unit'], units, period: '2025' })).toEqual([]);
  });

  it('is kept for a bucket holding the level when the unit ceased before the bucket ends; buckets are filled only to the last level', () => {
    const mid = [f('D', 100, '2025-03-31'), f('X1', 30, '2026-12-31')];
    expect(rows(mid, { by: ['indicator', 'unit', 'period'], units, granularity: 'year' })).toEqual([
      ['D', '2025', 0, 0, 0, undefined],
      ['X1', '2026', 30, 1, 1, undefined],
    ]);
    expect(rows(mid, { by: ['indicator', 'unit', 'period'], units, granularity: 'quarter' })).toEqual([
      ['D', '2025-Q1', 100, 1, 1, undefined],
      ['X1', '2026-Q4', 30, 1, 1, undefined],
    ]);
  });

  it('restated as of a later date, stops at the old unit’s last day: the successors report their own levels', () => {
    expect(rows(d, { by: ['indicator', 'unit'], units, asOf: '2026-01-01' })).toEqual([
      ['X1', undefined, 0, 0, 0, ['D']],
      ['X2', undefined, 0, 0, 0, ['D']],
    ]);
    // Carried past D's last day, D's share would be added to X1's own level: counted twice.
    const later = [...d, f('X1', 30, '2025-12-31')];
    expect(rows(later, { by: ['indicator', 'unit'], units, asOf: '2026-01-01' })).toEqual([
      ['X1', undefined, 30, 1, 1, ['D']],
      ['X2', undefined, 0, 0, 0, ['D']],
    ]);
    expect(rows(later, { by: ['indicator'], units, asOf: '2026-01-01' })).toEqual([[undefined, undefined, 30, 1, 1, ['D']]]);
  });
});
