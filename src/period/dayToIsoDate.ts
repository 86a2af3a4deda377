import type { IsoDate } from './IsoDateSchema';
import { dayArg } from './args';
import { formatDay } from './civil';

/**
 * Converts a day number (days since 1970-01-01, proleptic Gregorian) back to its ISO date, with
 * pure integer arithmetic.
 *
 * @param day - an integer day number for 0001-01-01..9999-12-31
 * @returns the ISO date `YYYY-MM-DD`
 * @throws {@link AntqError} `invalid_argument` when `day` is not an integer in the supported range
 * @example
 * ```ts
 * dayToIsoDate(0);
 * // => '1970-01-01'
 * dayToIsoDate(19501);
 * // => '2023-05-24'
 * ```
 * @category Periods
 */
export function dayToIsoDate(day: number): IsoDate {
  return formatDay(dayArg('dayToIsoDate', typeof day === 'number' ? day : null, 'day'));
}
