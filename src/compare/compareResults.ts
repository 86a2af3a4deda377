import type { AggregateResult } from '../engine/AggregateRow';
import type { AlignedPeriods } from './alignPeriods';
import type { SeriesBreak } from '../units/SeriesBreak';
import type { ComparisonRow, PeriodComparison } from './ComparisonRow';
import { streamComparison } from './streamComparison';

/**
 * Options of {@link compareResults} and {@link comparePeriods} that shape the change.
 *
 * @category Comparison
 */
export interface CompareResultsOptions {
  /** With `align: 'rate'`: flows per `day` or per `year` (default `year`). */
  readonly rateUnit?: 'day' | 'year';
  /** Series breaks to flag rows with; default `VN_SERIES_BREAKS`. */
  readonly breaks?: readonly SeriesBreak[];
}

/**
 * Compares two aggregation results, one per period: the rows are matched by their key (every
 * grouping field and the unit of measure), and each row gets both sides, the change (with its
 * qualifier and bounds), the percent change and the ratio. Use it when the sides were aggregated
 * apart, e.g. in shards merged with `mergePartials`, over the windows of {@link alignPeriods}.
 * A group found on one side only is kept with the other side `null` (missing, not zero).
 *
 * @param current - the aggregation over `periods.current`
 * @param baseline - the aggregation over `periods.baseline`, with the same grouping
 * @param periods - the aligned windows, from {@link alignPeriods}
 * @param options - the rate unit for `align: 'rate'`
 * @returns the comparison rows, both sides and notes
 * @throws {@link AntqError} `invalid_argument` when a result is grouped by period or the rate unit is unknown
 * @example
 * ```ts
 * const periods = alignPeriods('2023', '2022');
 * const cur = aggregate([{ unit: '42', indicator: 'marches', value: 127, qualifier: 'over', period: '2023' }], { by: ['indicator'], period: periods.current });
 * const base = aggregate([{ unit: '42', indicator: 'marches', value: 100, period: '2022' }], { by: ['indicator'], period: periods.baseline });
 * const row = compareResults(cur, base, periods).rows[0];
 * [row.change?.value, row.change?.qualifier, row.change?.lower, row.change?.upper];
 * // => [27, 'over', 27, null]
 * ```
 * @category Comparison
 */
export function compareResults(
  current: AggregateResult,
  baseline: AggregateResult,
  periods: AlignedPeriods,
  options: CompareResultsOptions = {},
): PeriodComparison {
  const stream = streamComparison('compareResults', current, baseline, periods, options);
  const rows: ComparisonRow[] = [];
  for (const row of stream.rows()) rows.push(row);
  return { rows, current: stream.current, baseline: stream.baseline, align: stream.align, notes: stream.notes() };
}
