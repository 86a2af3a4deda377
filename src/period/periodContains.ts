import type { IsoDate } from './IsoDateSchema';
import type { Period } from './Period';
import { dayArg, periodArg } from './args';

/**
 * Whether a period contains a day (ISO date or day number) or lies wholly inside another period.
 *
 * @param period - the enclosing period
 * @param item - an ISO date, a day number, or a period
 * @returns `true` when every day of `item` is in `period`
 * @throws {@link AntqError} `invalid_argument` for an invalid period or date
 * @example
 * ```ts
 * const y = periodFromKey(2023, 'year');
 * periodContains(y, '2023-05-24');
 * // => true
 * periodContains(y, periodFromKey(2023, 'official_year')); // starts 15 Dec 2022
 * // => false
 * ```
 * @category Periods
 */
export function periodContains(period: Period, item: IsoDate | number | Period): boolean {
  const p = periodArg('periodContains', period);
  const raw: unknown = item; // JavaScript callers can pass anything, null included
  if (typeof raw === 'object' && raw !== null) {
    const q = periodArg('periodContains', raw, 'item');
    return q.startDay >= p.startDay && q.endDay <= p.endDay;
  }
  const day = dayArg('periodContains', item, 'item');
  return day >= p.startDay && day <= p.endDay;
}
