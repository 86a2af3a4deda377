import { describe, expect, it } from 'vitest';
import { createAggregator, finalizePartial, mergePartials, type PartialAggregate } from '../../src/index';

// A partial aggregate is plain data that users may keep, send and edit. When the observations of
// one stock series name different units from one bucket to the next, the unit a row counts as
// reported is the one of the level it sums: the series' latest.
describe('stocks in a partial whose series changes unit', () => {
  it('counts the unit of the latest level, not of the first one met', () => {
    const options = { by: ['indicator', 'period'] as const };
    const agg = createAggregator(options);
    agg.addAll([
      { indicator: 'clubs', unit: 'A', period: '2021', value: 1, uom: 'count' },
      { indicator: 'clubs', unit: 'A', period: '2022', value: 2, uom: 'count' },
      { indicator: 'clubs', unit: 'B', period: '2022', value: 5, uom: 'count' },
    ]);
    const partial = JSON.parse(JSON.stringify(agg.partial())) as { cells: { bucket: number | null; observations?: { series: string; unit: string }[] }[] };
    let edited = 0;
    for (const cell of partial.cells) {
      for (const o of cell.observations ?? []) {
        if (o.series.startsWith('A') && cell.bucket === 2022) {
          o.unit = 'B';
          edited++;
        }
      }
    }
    expect(edited).toBe(1);
    const rows = finalizePartial(mergePartials([partial as unknown as PartialAggregate]), options).rows;
    const y2022 = rows.find((r) => r.period === '2022');
    expect(y2022?.value).toBe(7);
    // Both levels of 2022 now name unit B: one unit reported.
    expect(y2022?.coverage.reported).toBe(1);
    expect(rows.find((r) => r.period === '2021')?.coverage.reported).toBe(1);
  });
});
