import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import { finalizePartial } from '../../src/engine/finalizePartial';
import type { Figure } from '../../src/schema/FigureSchema';

// Units get a global id only in batches that read it (ratios and their parts, coverage, by unit):
// a batch of plain flows before them must not shift what the ratio check and coverage see.
const flows: Figure[] = [
  { unit: 'A', indicator: 'marches', value: 2, period: '2023' },
  { unit: 'B', indicator: 'marches', value: 3, period: '2023' },
  { unit: 'C', indicator: 'disputes_mediated', value: 9, period: '2023' },
];
const ratioParts: Figure[] = [
  { unit: 'B', indicator: 'disputes_mediated', value: 10, period: '2023' },
  { unit: 'B', indicator: 'disputes_mediated_successfully', value: 4, period: '2023' },
  { unit: 'B', indicator: 'mediation_success_rate', value: 40, period: '2023' },
  { unit: 'A', indicator: 'marches', value: 5, period: '2023' },
];
const orphanRatio: Figure[] = [{ unit: 'D', indicator: 'mediation_success_rate', value: 50, period: '2023' }];

function inBatches(batches: readonly (readonly Figure[])[], coverage: boolean) {
  const agg = createAggregator({ by: ['indicator'], coverage });
  for (const b of batches) agg.addAll(b);
  return agg;
}

describe('unit ids taken only where they are read', () => {
  for (const coverage of [true, false]) {
    it(`batches without ratios or coverage, then with them, give one pass's rows (coverage: ${coverage})`, () => {
      const batches = [flows, ratioParts, orphanRatio];
      const whole = aggregate(batches.flat(), { by: ['indicator'], coverage });
      const agg = inBatches(batches, coverage);
      expect(agg.result()).toEqual(whole);
      expect(finalizePartial(JSON.parse(JSON.stringify(inBatches(batches, coverage).partial())) as ReturnType<ReturnType<typeof createAggregator>['partial']>, { by: ['indicator'], coverage })).toEqual(whole);
      const rate = whole.rows.find((r) => r.indicator === 'mediation_success_rate');
      // Unit D reported the ratio without its parts: the ratio is not recomputed from them.
      expect(rate?.value).toBeNull();
    });
  }

  it('a ratio whose units all reported its parts is recomputed, whatever came before', () => {
    const agg = inBatches([flows, ratioParts], false);
    const rate = agg.result().rows.find((r) => r.indicator === 'mediation_success_rate');
    // 4 settled of the 10 + 9 disputes mediated (unit C's count comes from the first batch).
    expect(rate?.value).toBeCloseTo(400 / 19, 12);
    expect(agg.result().rows.find((r) => r.indicator === 'marches')?.value).toBe(10);
  });
});
