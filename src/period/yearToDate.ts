import type { IsoDate } from './IsoDateSchema';
import type { Period } from './Period';
import { dayArg } from './args';
import { makePeriod, rangeId } from './build';
import { daysFromCivil, packedFromDay, packedYear } from './civil';

/**
 * Year to date ("từ đầu năm đến nay"): from 1 January of the reference date's year to the
 * reference date, both included, as a `range`. The reference date is explicit: antq never reads
 * the clock.
 *
 * @param refDate - the report date (ISO date or day number)
 * @returns the range 1 January..`refDate`
 * @throws {@link AntqError} `invalid_argument` for an invalid date
 * @example
 * ```ts
 * yearToDate('2023-05-24').id;
 * // => '2023-01-01/2023-05-24'
 * ```
 * @category Periods
 */
export function yearToDate(refDate: IsoDate | number): Period {
  const ref = dayArg('yearToDate', refDate, 'refDate');
  const start = daysFromCivil(packedYear(packedFromDay(ref)), 1, 1);
  return makePeriod('range', rangeId(start, ref), start, ref);
}
