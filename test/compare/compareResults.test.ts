import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignPeriods } from '../../src/compare/alignPeriods';
import { comparePeriods, type ComparePeriodsOptions } from '../../src/compare/comparePeriods';
import { compareResults } from '../../src/compare/compareResults';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import { finalizePartial } from '../../src/engine/finalizePartial';
import { mergePartials } from '../../src/engine/mergePartials';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { Figure } from '../../src/schema/FigureSchema';

const PERIODS = ['2022', '2023', '2022-06', '2023-03', '2022-12-31', '2023-06-30', '2022-12-01/2023-01-31', '2021-12-31'];
const figureArb: fc.Arbitrary<Figure> = fc.record({
  unit: fc.constantFrom('A', 'B', 'C'),
  indicator: fc.constantFrom('marches', 'model_sites', 'propaganda_sessions'),
  value: fc.integer({ min: 0, max: 1000 }),
  period: fc.constantFrom(...PERIODS),
  qualifier: fc.constantFrom('exact', 'over', 'nearly', 'about', 'at_least', 'under'),
}).filter((f) => !(f.qualifier === 'under' && f.value === 0)) as fc.Arbitrary<Figure>;
const figuresArb = fc.array(figureArb, { maxLength: 40 });
const byArb = fc.constantFrom<NonNullable<AggregateOptions['by']>>(['indicator'], ['indicator', 'unit']);
const alignArb = fc.constantFrom('calendar', 'elapsed', 'rate') as fc.Arbitrary<'calendar' | 'elapsed' | 'rate'>;
const periodArb = fc.constantFrom('2022', '2023', '2022-H2', '2023-01-01/2023-05-24', '2018/2023');

describe('compareResults', () => {
  it('compares results aggregated apart, as comparePeriods does', () => {
    const figures: Figure[] = [
      { unit: '42', indicator: 'marches', value: 127, qualifier: 'over', period: '2023' },
      { unit: '42', indicator: 'marches', value: 100, period: '2022' },
    ];
    const periods = alignPeriods('2023', '2022');
    const cur = aggregate(figures, { by: ['indicator'], period: periods.current });
    const base = aggregate(figures, { by: ['indicator'], period: periods.baseline });
    expect(compareResults(cur, base, periods)).toEqual(comparePeriods(figures, { current: '2023', baseline: '2022', by: ['indicator'] }));
  });

  it('rejects results grouped by period and unknown rate units', () => {
    const periods = alignPeriods('2023', '2022');
    const byPeriod = aggregate([{ unit: '42', indicator: 'marches', value: 1, period: '2023' }], { by: ['indicator', 'period'] });
    const empty = aggregate([], {});
    expect(() => compareResults(byPeriod, empty, periods)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => compareResults(empty, empty, periods, { rateUnit: 'week' as never })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});

describe('comparison properties', () => {
  it('comparing a period with itself gives zero change', () => {
    fc.assert(
      fc.property(figuresArb, byArb, periodArb, alignArb, (figures, by, period, align) => {
        const r = comparePeriods(figures, { current: period, baseline: period, by, align });
        for (const row of r.rows) {
          expect(row.current).toEqual(row.baseline);
          expect(row.coverageDiffers).toBe(false);
          if (row.current?.value === null) {
            expect(row.change).toBeNull();
            continue;
          }
          expect(row.change?.value).toBe(0);
          if (row.change?.lower !== null) expect(row.change?.lower).toBeLessThanOrEqual(0);
          if (row.change?.upper !== null) expect(row.change?.upper).toBeGreaterThanOrEqual(0);
          if (row.reason === undefined) {
            expect(row.percentChange?.value).toBe(0);
            expect(row.ratio).toBe(1);
          } else expect(['zero_baseline', 'percentage_points']).toContain(row.reason);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('swapping the sides negates the change and its bounds', () => {
    fc.assert(
      fc.property(figuresArb, byArb, periodArb, periodArb, fc.constantFrom('calendar', 'rate') as fc.Arbitrary<'calendar' | 'rate'>, (figures, by, p, q, align) => {
        const ab = comparePeriods(figures, { current: p, baseline: q, by, align });
        const ba = comparePeriods(figures, { current: q, baseline: p, by, align });
        expect(ab.rows.length).toBe(ba.rows.length);
        ab.rows.forEach((row, i) => {
          const other = ba.rows[i];
          expect(other?.indicator).toBe(row.indicator);
          expect(other?.current).toEqual(row.baseline);
          if (row.change === null) {
            expect(other?.change).toBeNull();
            return;
          }
          const neg = (x: number | null | undefined): number | null => (x === null || x === undefined ? null : x === 0 ? 0 : -x);
          expect(neg(other?.change?.value)).toBe(row.change.value === 0 ? 0 : row.change.value);
          expect(neg(other?.change?.upper)).toBe(row.change.lower === 0 ? 0 : row.change.lower);
          expect(neg(other?.change?.lower)).toBe(row.change.upper === 0 ? 0 : row.change.upper);
          expect(other?.change?.upperInclusive).toBe(row.change.lowerInclusive);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('comparing shards and merging equals comparing the whole', () => {
    fc.assert(
      fc.property(figuresArb, byArb, periodArb, alignArb, fc.array(fc.nat(40), { maxLength: 3 }), (figures, by, period, align, cuts) => {
        const options: ComparePeriodsOptions = { current: period, by, align };
        const whole = comparePeriods(figures, options);
        const periods = alignPeriods(period, undefined, align);
        const bounds = [0, ...cuts.map((c) => Math.min(c, figures.length)).sort((a, b) => a - b), figures.length];
        const side = (window: typeof periods.current) => {
          const partials = [];
          for (let i = 1; i < bounds.length; i++) {
            const from = bounds[i - 1] as number;
            const agg = createAggregator({ by, period: window, rowOffset: from });
            agg.addAll(figures.slice(from, bounds[i]));
            partials.push(JSON.parse(JSON.stringify(agg.partial())));
          }
          return finalizePartial(mergePartials(partials), { by, period: window });
        };
        expect(compareResults(side(periods.current), side(periods.baseline), periods)).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });
});
