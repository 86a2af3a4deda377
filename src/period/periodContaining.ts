import type { IsoDate } from './IsoDateSchema';
import { misuse } from '../errors/misuse';
import type { Period } from './Period';
import type { PeriodGranularity } from './PeriodGranularity';
import { dayArg, granularityArg } from './args';
import { keyOfDay, periodOfKey } from './build';

/**
 * The calendar or official period of a granularity that contains a date.
 *
 * @param date - an ISO date or a day number
 * @param granularity - one of {@link PERIOD_GRANULARITIES}
 * @returns the containing period
 * @throws {@link AntqError} `invalid_argument` for an invalid date or granularity, or when the
 * containing period leaves 0001-01-01..9999-12-31
 * @example
 * ```ts
 * periodContaining('2023-05-24', 'half').id;
 * // => '2023-H1'
 * periodContaining('2022-12-20', 'official_year').id;
 * // => 'official:2023'
 * ```
 * @category Periods
 */
export function periodContaining(date: IsoDate | number, granularity: PeriodGranularity): Period {
  const day = dayArg('periodContaining', date);
  const g = granularityArg('periodContaining', granularity);
  const p = periodOfKey(keyOfDay(day, g), g);
  if (p === null) throw misuse('periodContaining', `the ${g} containing ${String(date)} is outside 0001-01-01..9999-12-31`);
  return p;
}
