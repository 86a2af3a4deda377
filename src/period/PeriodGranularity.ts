import { CALENDAR_GRANULARITIES, OFFICIAL_GRANULARITIES } from './internal/granularities';

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
export const PERIOD_GRANULARITIES = [...CALENDAR_GRANULARITIES, ...OFFICIAL_GRANULARITIES] as const;

/**
 * A calendar granularity: every day belongs to exactly one period of each granularity.
 *
 * @category Periods
 */
export type PeriodGranularity = (typeof PERIOD_GRANULARITIES)[number];
