/**
 * The statistic ids of a figure, in a stable order. These ids are public API.
 *
 * @example
 * ```ts
 * STATISTICS.includes('ytd');
 * // => true
 * ```
 * @category Domain
 */
export const STATISTICS = ['total', 'annual_average', 'ytd', 'as_of'] as const;

/**
 * What a figure's value is over its period: `total` (the default), `annual_average` (per year),
 * `ytd` (year to date, ending at the report date) or `as_of` (a stock's level at the period end).
 *
 * @category Domain
 */
export type Statistic = (typeof STATISTICS)[number];
