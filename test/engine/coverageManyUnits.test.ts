import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import type { Figure } from '../../src/schema/FigureSchema';

// Coverage over more than 65,536 unit ids: a row's units turn from a window of bits into blocks
// (sorted lists, bitmaps); counts and the ratio's check on its parts must not change.
const N = 140_000;

function figures(ratioUnits: readonly string[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < N; i++) {
    const unit = `U${i}`;
    out.push({ unit, indicator: 'marches', value: 1, period: '2023' });
    if (i % 2 === 0) out.push({ unit, indicator: 'disputes_mediated', value: 10, period: '2023' });
    // Every fourth unit of the first 65,536, and one far ahead, also settle some (no settled
    // disputes among ids 65,536 to 131,071: a block the set of units lacks).
    if ((i % 4 === 0 && i < 65_536) || i === N - 2) out.push({ unit, indicator: 'disputes_mediated_successfully', value: 4, period: '2023' });
  }
  for (const unit of ratioUnits) out.push({ unit, indicator: 'mediation_success_rate', value: 40, period: '2023' });
  return out;
}

const row = (rows: ReturnType<typeof aggregate>['rows'], indicator: string) => rows.find((r) => r.indicator === indicator);

describe('coverage with units spread over more than 65,536 ids', () => {
  it('counts each row’s distinct units, whole or in batches', () => {
    const all = figures([]);
    const { rows } = aggregate(all, { by: ['indicator'] });
    expect(row(rows, 'marches')?.coverage.reported).toBe(N);
    expect(row(rows, 'disputes_mediated')?.coverage.reported).toBe(N / 2);
    expect(row(rows, 'disputes_mediated_successfully')?.coverage.reported).toBe(16_384 + 1);
    // The same figures again in small batches (the column pass's windows of bits), and twice.
    const agg = createAggregator({ by: ['indicator'] });
    for (let at = 0; at < all.length; at += 5000) agg.addAll(all.slice(at, at + 5000));
    agg.addAll(all.slice(0, 1000));
    const again = agg.result().rows;
    expect(row(again, 'marches')?.coverage.reported).toBe(N);
    expect(row(again, 'disputes_mediated_successfully')?.coverage.reported).toBe(16_384 + 1);
  });

  it('recomputes a ratio only when every unit that reported it reported its parts, however far apart their ids', () => {
    // Units 0, 65,532 and 139,998 reported both parts (ids far apart, in different blocks).
    const covered = row(aggregate(figures(['U0', 'U65532', `U${N - 2}`]), { by: ['indicator'] }).rows, 'mediation_success_rate');
    expect(covered?.value).not.toBeNull();
    // Unit 70,002 reported disputes mediated but none settled (nor did any unit of its block of
    // ids): the ratio is not recomputed.
    const uncovered = row(aggregate(figures(['U0', 'U70002']), { by: ['indicator'] }).rows, 'mediation_success_rate');
    expect(uncovered?.value).toBeNull();
    // Without coverage, the ratio's check is the same.
    expect(row(aggregate(figures(['U0', 'U70002']), { by: ['indicator'], coverage: false }).rows, 'mediation_success_rate')?.value).toBeNull();
    expect(row(aggregate(figures(['U0', `U${N - 2}`]), { by: ['indicator'], coverage: false }).rows, 'mediation_success_rate')?.value).not.toBeNull();
  });
});
