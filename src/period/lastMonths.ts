import type { IsoDate } from './IsoDateSchema';
import { misuse, oneOfArg } from '../errors/misuse';
import type { Period } from './Period';
import { dayArg, intArg } from './args';
import { rangePeriod } from './build';
import { addMonthsClamped, daysFromCivil, packedFromDay, packedMonth, packedYear } from './civil';

/**
 * Options of {@link lastMonths}.
 *
 * @category Periods
 */
export interface LastMonthsOptions {
  /**
   * `rolling` (default): the `n` months ending on the reference date (2023-05-24, 12 →
   * 2022-05-25..2023-05-24). `whole_months`: the `n` complete calendar months before the
   * reference date's month (2023-05-24, 12 → 2022-05-01..2023-04-30).
   */
  readonly mode?: 'rolling' | 'whole_months';
}

/**
 * The last `n` months before a reference date ("12 tháng qua"), as a `range`. In rolling mode the
 * start is `n` months before the reference date plus one day, with month-end clamping (so
 * 2023-03-31 minus one month is 2023-02-28 and the range starts 2023-03-01).
 *
 * @param refDate - the report date (ISO date or day number)
 * @param n - number of months, 1–1200
 * @param options - `mode: 'rolling' | 'whole_months'`
 * @returns the range
 * @throws {@link AntqError} `invalid_argument` for an invalid date, `n` or mode, or a start before 0001-01-01
 * @example
 * ```ts
 * lastMonths('2023-05-24', 12).id;
 * // => '2022-05-25/2023-05-24'
 * lastMonths('2023-05-24', 12, { mode: 'whole_months' }).id;
 * // => '2022-05-01/2023-04-30'
 * ```
 * @category Periods
 */
export function lastMonths(refDate: IsoDate | number, n: number, options: LastMonthsOptions = {}): Period {
  const ref = dayArg('lastMonths', refDate, 'refDate');
  const months = intArg('lastMonths', n, 'n', 1, 1200);
  const mode = oneOfArg('lastMonths', options.mode ?? 'rolling', 'mode', ['rolling', 'whole_months']);
  let p: Period | null;
  if (mode === 'whole_months') {
    const packed = packedFromDay(ref);
    const firstOfMonth = daysFromCivil(packedYear(packed), packedMonth(packed), 1);
    p = rangePeriod(addMonthsClamped(firstOfMonth, -months), firstOfMonth - 1);
  } else {
    p = rangePeriod(addMonthsClamped(ref, -months) + 1, ref);
  }
  if (p === null) throw misuse('lastMonths', 'the range would start before 0001-01-01');
  return p;
}
