import type { IsoDate } from './IsoDateSchema';
import { dayArg } from './args';

/**
 * Converts an ISO date `YYYY-MM-DD` to its day number (days since 1970-01-01 in the proleptic
 * Gregorian calendar), with pure integer arithmetic: no `Date`, so the host time zone never
 * matters.
 *
 * @param iso - a real calendar date between 0001-01-01 and 9999-12-31
 * @returns the day number (negative before 1970)
 * @throws {@link AntqError} `invalid_argument` when `iso` is not a real `YYYY-MM-DD` date
 * (validate user data first, e.g. with {@link parsePeriod} or the ISO date schema)
 * @example
 * ```ts
 * isoDateToDay('1970-01-02');
 * // => 1
 * isoDateToDay('2013-08-01');
 * // => 15918
 * ```
 * @category Periods
 */
export function isoDateToDay(iso: IsoDate): number {
  // Numbers are not accepted here even though dayArg would: the input is a date string.
  return dayArg('isoDateToDay', typeof iso === 'string' ? iso : null);
}
