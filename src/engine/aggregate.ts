import { checkArg, checkOptions } from '../errors/checkArgs';
import { AGGREGATE_OPTION_RULES } from './aggregateOptionRules';
import type { Figure } from '../schema/FigureSchema';
import type { AggregateOptions } from './AggregateOptions';
import type { AggregateResult } from './AggregateRow';
import { createAggregator } from './createAggregator';
import type { FigureTable } from '../table/FigureTable';
import { isFigureTable } from '../table/isFigureTable';
import { STREAM_FEEDS } from './internal/streams';

/**
 * Aggregates figures in one pass with the right rule for each indicator: flows sum, stocks take
 * the latest value at or before the period end (never a sum over time), ratios are recomputed
 * from their parts. Every figure left out is counted under `excluded` with its reason.
 *
 * @param figures - an array or any iterable of figures, or a {@link FigureTable} built once with
 *   {@link encodeFigures} (the same result, without reading figure objects again)
 * @param options - grouping, period window, catalogue and unit hierarchy
 * @returns rows in a stable order, with coverage and exclusions
 * @throws {@link AntqError} `invalid_argument` when `figures` is not an iterable (a string is
 *   refused), or for an unknown option, an option of the wrong type or options that do not make sense
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
export function aggregate(figures: Iterable<Figure> | FigureTable, options: AggregateOptions = {}): AggregateResult {
  if (!isFigureTable(figures)) checkArg('aggregate', 'figures', figures, ['iterable']);
  checkOptions('aggregate', options, AGGREGATE_OPTION_RULES);
  const agg = createAggregator(options);
  // An array is added whole (checked first); any other iterable (a generator, a stream of
  // batches' figures) is read a batch at a time, so memory does not grow with its length.
  const feed = STREAM_FEEDS.get(agg);
  if (feed === undefined || Array.isArray(figures) || isFigureTable(figures)) agg.addAll(figures);
  else feed(figures);
  return agg.result();
}
