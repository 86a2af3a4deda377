import type { Period } from './Period';
import { periodArg } from './args';

/**
 * Whether two periods share at least one day.
 *
 * @param a - one period
 * @param b - the other period
 * @returns `true` when they have a day in common
 * @throws {@link AntqError} `invalid_argument` when either is not a valid Period
 * @example
 * ```ts
 * periodsOverlap(dateRange('2013-01-01', '2018-12-31'), dateRange('2018-01-01', '2023-12-31'));
 * // => true
 * periodsOverlap(periodFromKey(20231, 'half'), periodFromKey(20232, 'half'));
 * // => false
 * ```
 * @category Periods
 */
export function periodsOverlap(a: Period, b: Period): boolean {
  const p = periodArg('periodsOverlap', a, 'a');
  const q = periodArg('periodsOverlap', b, 'b');
  return p.startDay <= q.endDay && q.startDay <= p.endDay;
}
