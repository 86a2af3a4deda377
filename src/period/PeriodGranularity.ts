/**
 * The granularities a day can be bucketed at with {@link dayToPeriodKey}, in a stable order.
 *
 * @example
 * ```ts
 * PERIOD_GRANULARITIES.length;
 * // => 8
 * ```
 * @category Periods
 */
export const PERIOD_GRANULARITIES = [
  'day',
  'week',
  'month',
  'quarter',
  'half',
  'year',
  'official_month',
  'official_year',
] as const;

/**
 * A calendar granularity: every day belongs to exactly one period of each granularity.
 *
 * @category Periods
 */
export type PeriodGranularity = (typeof PERIOD_GRANULARITIES)[number];
