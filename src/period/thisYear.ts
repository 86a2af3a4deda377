import type { IsoDate } from './IsoDateSchema';
import type { Period } from './Period';
import { dayArg } from './args';
import { periodOfKey } from './build';
import { packedFromDay, packedYear } from './civil';

/**
 * The calendar year of a reference date ("năm nay"), as a `year` period.
 *
 * @param refDate - the report date (ISO date or day number)
 * @returns the whole year containing `refDate`
 * @throws {@link AntqError} `invalid_argument` for an invalid date
 * @example
 * ```ts
 * thisYear('2023-05-24').id;
 * // => '2023'
 * ```
 * @category Periods
 */
export function thisYear(refDate: IsoDate | number): Period {
  const ref = dayArg('thisYear', refDate, 'refDate');
  // A year of a supported day is always a supported period.
  return periodOfKey(packedYear(packedFromDay(ref)), 'year') as Period;
}
