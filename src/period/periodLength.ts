import type { Period } from './Period';
import { periodArg } from './args';

/**
 * The number of days in a period, both ends included.
 *
 * @param period - the period
 * @returns its length in days (at least 1)
 * @throws {@link AntqError} `invalid_argument` when `period` is not a valid Period
 * @example
 * ```ts
 * periodLength(periodFromKey(2024, 'year'));
 * // => 366
 * ```
 * @category Periods
 */
export function periodLength(period: Period): number {
  const p = periodArg('periodLength', period);
  return p.endDay - p.startDay + 1;
}
