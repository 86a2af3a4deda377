import type { Period } from './Period';
import { misuse } from '../errors/misuse';
import { periodArg } from './args';
import { keyOfDay, periodOfKey, rangePeriod } from './build';
import { addYearsClamped } from './civil';

/**
 * The same period one year earlier, for year-on-year comparisons: `2023-Q2` → `2022-Q2`,
 * `official:2023-05` → `official:2022-05`, `2023-W21` → `2022-W21`. Week 53 becomes week 52 when
 * the previous ISO year has no week 53. A day or range end on 29 February moves to 28 February
 * (so `2024-02-29` → `2023-02-28`, and the range `2023-03-01/2024-02-29` → `2022-03-01/2023-02-28`).
 * The name of a named phase is not carried over.
 *
 * @param period - the period
 * @returns the corresponding period of the previous year
 * @throws {@link AntqError} `invalid_argument` when `period` is invalid or the result would begin
 * before 0001-01-01
 * @example
 * ```ts
 * samePeriodLastYear(periodFromKey(20232, 'quarter')).id;
 * // => '2022-Q2'
 * samePeriodLastYear(dateRange('2024-02-29', '2024-02-29')).id;
 * // => '2023-02-28/2023-02-28'
 * ```
 * @category Periods
 */
export function samePeriodLastYear(period: Period): Period {
  const p = periodArg('samePeriodLastYear', period);
  let result: Period | null;
  if (p.kind === 'range' || p.kind === 'day') {
    const s = addYearsClamped(p.startDay, -1);
    const e = addYearsClamped(p.endDay, -1);
    result = p.kind === 'day' ? periodOfKey(s, 'day') : rangePeriod(s, e);
  } else {
    const key = keyOfDay(p.startDay, p.kind);
    const step = p.kind === 'year' || p.kind === 'official_year' ? 1 : p.kind === 'quarter' || p.kind === 'half' ? 10 : 100;
    result = periodOfKey(key - step, p.kind);
    if (result === null && p.kind === 'week' && key % 100 === 53) result = periodOfKey(key - 101, 'week');
  }
  if (result === null) throw misuse('samePeriodLastYear', `no period a year before ${p.id} in the supported range`);
  return result;
}
