// A frozen copy of the engine as it was before the columnar work (commit 7b02b19), kept as
// the reference the differential property test compares the engine with. Not shipped.
import type { Figure } from '../../../src/schema/FigureSchema';
import type { AggregateOptions } from './AggregateOptions';
import type { AggregateResult } from './AggregateRow';
import { createAggregator } from './createAggregator';

/**
 * Aggregates figures in one pass with the right rule for each indicator: flows sum, stocks take
 * the latest value at or before the period end (never a sum over time), ratios are recomputed
 * from their parts. Every figure left out is counted under `excluded` with its reason.
 *
 * @param figures - an array or any iterable of figures
 * @param options - grouping, period window, catalogue and unit hierarchy
 * @returns rows in a stable order, with coverage and exclusions
 * @throws {@link AntqError} `invalid_argument` for options that do not make sense
 * @example
 * ```ts
 * const { rows } = aggregate(
 *   [
 *     { unit: '42', indicator: 'model_sites', value: 1900, period: '2018-12-31' },
 *     { unit: '42', indicator: 'model_sites', value: 2100, period: '2023-05-24' },
 *   ],
 *   { by: ['indicator'], period: '2013/2023' },
 * );
 * rows[0].value; // a stock: the latest level, not 4000
 * // => 2100
 * ```
 * @category Aggregation
 */
export function aggregate(figures: Iterable<Figure>, options: AggregateOptions = {}): AggregateResult {
  const agg = createAggregator(options);
  agg.addAll(figures);
  return agg.result();
}
