import type { Period } from './Period';
import { misuse } from '../errors/misuse';
import { intArg } from './args';
import { periodOfKey } from './build';

/**
 * An official reporting period of state bodies (Decree 09/2019/NĐ-CP): with a month, the monthly
 * period from the 15th of the previous month to the 14th of that month (id `official:2023-05`);
 * without, the yearly period from 15 December of the previous year to 14 December (id
 * `official:2023`).
 *
 * @param year - the reporting year, 1–9999 (official year 1 would start in year 0, so 2–9999 for
 * the yearly period and for January)
 * @param month - the reporting month 1–12, or omitted for the yearly period
 * @returns the official period
 * @throws {@link AntqError} `invalid_argument` for a year or month out of range
 * @example
 * ```ts
 * const y = officialPeriod(2023);
 * [y.id, y.start, y.end];
 * // => ['official:2023', '2022-12-15', '2023-12-14']
 * officialPeriod(2023, 1).start;
 * // => '2022-12-15'
 * ```
 * @category Periods
 */
export function officialPeriod(year: number, month?: number): Period {
  const y = intArg('officialPeriod', year, 'year', 1, 9999);
  const p =
    month === undefined
      ? periodOfKey(y, 'official_year')
      : periodOfKey(y * 100 + intArg('officialPeriod', month, 'month', 1, 12), 'official_month');
  if (p === null) throw misuse('officialPeriod', `the official period of ${y} starts before 0001-01-01`);
  return p;
}
