import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import { encodeFigures } from '../../src/table/encodeFigures';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { Figure } from '../../src/schema/FigureSchema';
import { aggregate as referenceAggregate } from './reference/aggregate';
import type { AggregateOptions as ReferenceOptions } from './reference/AggregateOptions';

// The column pass has loops made for one case each: sums by indicator, category and period over
// one table, with coverage (every cell counting its units, or only a ratio's parts) and without
// (no cell counting any). Each must give the reference engine's rows, and so must the general
// loops for the cases next to them (no category in the key, a second table whose unit codes are
// not the aggregator's ids). The figures mix what the loops leave to the row loop (stocks, bad
// values, periods and qualifiers) with what they keep (qualified and fractional values).

const FLOWS = ['marches', 'march_participants', 'weapons_surrendered', 'disputes_mediated', 'disputes_mediated_successfully'] as const;
const PERIODS = ['2023', '2024-03', '2024-Q2', '2025-08', '2023/2024', '2024-13', ''] as const;
const CATEGORIES = [undefined, 'gun.military', 'gun.hunting', 'ammunition'] as const;

/** Deterministic figures over `units` units (more than 32, so a cell's bits span several words). */
function figures(units: number, withRatio: boolean, seed: number): Figure[] {
  const out: Figure[] = [];
  let x = seed;
  const next = (m: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % m;
  };
  for (let i = 0; i < 3000; i++) {
    const unit = `U${next(units)}`;
    const period = PERIODS[next(PERIODS.length)] as string;
    const k = next(20);
    if (k === 0) {
      out.push({ unit, indicator: 'model_sites', value: next(9), period: period === '' ? '2024-12-31' : period });
      continue;
    }
    if (k === 1 && withRatio) {
      out.push({ unit, indicator: 'mediation_success_rate', value: next(100), period });
      continue;
    }
    const indicator = FLOWS[next(FLOWS.length)] as string;
    const f: { -readonly [K in keyof Figure]: Figure[K] } = { unit, indicator, value: next(50), period };
    if (indicator === 'weapons_surrendered') {
      const category = CATEGORIES[next(CATEGORIES.length)];
      if (category !== undefined) f.category = category;
    }
    if (k === 2) f.qualifier = 'over';
    if (k === 3) f.value = 2.25;
    if (k === 4) f.value = -1;
    if (k === 5) f.qualifier = 'roughly' as Figure['qualifier'];
    if (k === 6) f.uom = 'kg';
    // Values the loops must leave to the row loop: not finite (NaN is caught by `v >= 0`, infinity only by its own test).
    if (k === 7) f.value = Number.POSITIVE_INFINITY;
    if (k === 8) f.value = Number.NaN;
    out.push(f);
  }
  return out;
}

const same = (figs: readonly Figure[], options: AggregateOptions): void => {
  const got = aggregate(encodeFigures(figs), options);
  const { coverage, ...rest } = options;
  const want = referenceAggregate(figs, rest as ReferenceOptions);
  // The reference has no `coverage: false`: the same rows with `coverage.reported` null.
  const rows = coverage === false ? want.rows.map((r) => ({ ...r, coverage: { ...r.coverage, reported: null } })) : want.rows;
  expect(JSON.stringify(got.rows)).toBe(JSON.stringify(rows));
  expect(got.excluded).toEqual(want.excluded);
  expect([got.read, got.used]).toEqual([want.read, want.used]);
};

describe('the column pass’s loops', () => {
  const byCategory: AggregateOptions = { by: ['indicator', 'category', 'period'], granularity: 'year' };

  it('gives the reference rows by indicator, category and period with coverage', () => {
    same(figures(70, true, 1), byCategory);
    same(figures(300, false, 2), byCategory);
  });

  it('gives them without coverage, with a ratio’s parts counting their units or with no cell counting any', () => {
    same(figures(70, true, 3), { ...byCategory, coverage: false });
    // No ratio nor any of its parts: no cell counts its units.
    same(
      figures(70, false, 4).filter((f) => !f.indicator.startsWith('disputes_')),
      { ...byCategory, coverage: false },
    );
  });

  it('gives them without the category in the key, and by period alone', () => {
    same(figures(70, true, 5), { by: ['indicator', 'period'], granularity: 'year' });
    same(figures(70, true, 6), { by: ['indicator', 'period'], granularity: 'year', coverage: false });
  });

  it('gives them over two tables, the second’s unit codes not the aggregator’s ids', () => {
    const a = figures(70, true, 7);
    const b = figures(140, true, 8).reverse();
    const agg = createAggregator(byCategory);
    agg.addAll(encodeFigures(a));
    agg.addAll(encodeFigures(b));
    const want = referenceAggregate([...a, ...b], byCategory as ReferenceOptions);
    const got = agg.result();
    expect(got.rows).toEqual(want.rows);
    expect(got.excluded).toEqual(want.excluded);
  });

  it('counts each row’s distinct units', () => {
    // Two units, one reporting twice: a row of two units (its bits in different words).
    const { rows } = aggregate(
      encodeFigures([
        { unit: 'U1', indicator: 'marches', value: 1, period: '2023' },
        { unit: 'U1', indicator: 'marches', value: 2, period: '2023-05' },
        ...Array.from({ length: 40 }, (_, i): Figure => ({ unit: `V${i}`, indicator: 'march_participants', value: 3, period: '2024' })),
        { unit: 'U2', indicator: 'marches', value: 4, period: '2023' },
      ]),
      byCategory,
    );
    expect(rows.map((r) => [r.indicator, r.value, r.coverage.reported])).toEqual([
      ['march_participants', 120, 40],
      ['marches', 7, 2],
    ]);
  });
});
