import type { PeriodGranularity } from './PeriodGranularity';
import { misuse } from '../errors/misuse';
import { granularityArg } from './args';
import { keyOfDay } from './build';
import { isSupportedDay } from './civil';

/**
 * Maps a day number to the integer key of the period containing it at a granularity, without
 * building strings or objects, so an aggregator can bucket millions of rows quickly. Keys sort
 * chronologically within one granularity; turn a key back into a period with
 * {@link periodFromKey}.
 *
 * Encoding: `year` and `official_year` → `yyyy`; `half` → `yyyy * 10 + h`; `quarter` →
 * `yyyy * 10 + q`; `month` and `official_month` → `yyyy * 100 + mm`; `week` → ISO week-year
 * `* 100 + ww`; `day` → the day number itself. An official month `yyyy-mm` runs from the 15th of
 * the previous month to the 14th of `mm`; an official year from 15 December of the previous year
 * to 14 December.
 *
 * @param day - an integer day number for 0001-01-01..9999-12-31
 * @param granularity - one of {@link PERIOD_GRANULARITIES}
 * @returns the integer bucket key
 * @throws {@link AntqError} `invalid_argument` for a non-integer or out-of-range day or an unknown
 * granularity
 * @example
 * ```ts
 * const day = isoDateToDay('2023-05-24');
 * dayToPeriodKey(day, 'quarter');
 * // => 20232
 * dayToPeriodKey(day, 'week');
 * // => 202321
 * dayToPeriodKey(isoDateToDay('2023-12-20'), 'official_year');
 * // => 2024
 * ```
 * @category Periods
 */
export function dayToPeriodKey(day: number, granularity: PeriodGranularity): number {
  if (!isSupportedDay(day)) throw misuse('dayToPeriodKey', `day must be an integer day number in range, got ${String(day)}`);
  return keyOfDay(day, granularityArg('dayToPeriodKey', granularity));
}
