import type { Period } from './Period';
import { misuse } from '../errors/misuse';
import { periodArg } from './args';
import { keyOfDay, periodOfKey, rangeIsWholeYears, rangePeriod } from './build';
import { MIN_DAY, daysFromCivil, packedFromDay, packedYear } from './civil';

/**
 * The period of the same kind immediately before this one: the previous day, ISO week, month,
 * quarter, half, year or official period. For a range, the range of the same length that ends the
 * day before it starts, except that a whole-year range (`2018/2023`) steps back by its number of
 * years (`2012/2017`) so it stays whole years. The name of a named phase is not carried over.
 *
 * @param period - the period
 * @returns the period just before it
 * @throws {@link AntqError} `invalid_argument` when `period` is invalid or the result would begin
 * before 0001-01-01
 * @example
 * ```ts
 * previousPeriod(periodFromKey(20231, 'quarter')).id;
 * // => '2022-Q4'
 * previousPeriod(dateRange('2023-01-01', '2023-05-24')).id;
 * // => '2022-08-10/2022-12-31'
 * ```
 * @category Periods
 */
export function previousPeriod(period: Period): Period {
  const p = periodArg('previousPeriod', period);
  let result: Period | null;
  if (p.kind === 'range') {
    if (rangeIsWholeYears(p.startDay, p.endDay)) {
      const y1 = packedYear(packedFromDay(p.startDay));
      const y2 = packedYear(packedFromDay(p.endDay));
      const n = y2 - y1 + 1;
      result = y1 - n < 1 ? null : rangePeriod(daysFromCivil(y1 - n, 1, 1), daysFromCivil(y1 - 1, 12, 31));
    } else {
      const length = p.endDay - p.startDay + 1;
      result = rangePeriod(p.startDay - length, p.startDay - 1);
    }
  } else {
    // Calendar and official periods tile the timeline: the previous one contains the day before.
    result = p.startDay <= MIN_DAY ? null : periodOfKey(keyOfDay(p.startDay - 1, p.kind), p.kind);
  }
  if (result === null) throw misuse('previousPeriod', `no period before ${p.id} in the supported range`);
  return result;
}
