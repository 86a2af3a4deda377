// A frozen copy of the engine as it was before the columnar work (commit 7b02b19), kept as
// the reference the differential property test compares the engine with. Not shipped.
import type { Figure } from '../../../src/schema/FigureSchema';
import type { AggregateOptions } from './AggregateOptions';
import type { AggregateResult } from './AggregateRow';
import { createAggregator } from './createAggregator';

/**
 * Aggregates figures from an async source (a stream of parsed rows) in constant memory: only the
 * cells are kept, never the figures.
 *
 * @param figures - an async iterable (or plain iterable) of figures, or of batches of figures
 * @param options - grouping, period window, catalogue and unit hierarchy
 * @returns a promise of the rows, coverage and exclusions
 * @throws {@link AntqError} `invalid_argument` for options that do not make sense
 * @example
 * ```ts
 * async function* source() {
 *   yield { unit: '42', indicator: 'marches', value: 35, period: '2023' };
 * }
 * (await aggregateAsync(source(), { by: ['indicator'] })).rows[0].value;
 * // => 35
 * ```
 * @category Aggregation
 */
export async function aggregateAsync(
  figures: AsyncIterable<Figure | readonly Figure[]> | Iterable<Figure | readonly Figure[]>,
  options: AggregateOptions = {},
): Promise<AggregateResult> {
  const agg = createAggregator(options);
  for await (const item of figures) {
    if (Array.isArray(item)) agg.addAll(item as readonly Figure[]);
    else agg.add(item as Figure);
  }
  return agg.result();
}
