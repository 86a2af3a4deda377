import type { IsoDate } from './IsoDateSchema';
import { misuse } from '../errors/misuse';
import type { Period } from './Period';
import { dayArg, intArg } from './args';
import { rangePeriod } from './build';
import { anniversary } from './civil';

/**
 * A phase counted in whole years from a programme's start date: from the `fromYears`-th
 * anniversary to the day before the `toYears`-th. "The first 5 years of programme 09" (started
 * 2013-08-01) is `programmePhase('2013-08-01', 0, 5)` = 2013-08-01..2018-07-31. An anniversary of
 * 29 February falls on 1 March in a non-leap year.
 *
 * @param start - the programme's start date (ISO date or day number)
 * @param fromYears - whole years from the start to the phase's first day (0 for the beginning)
 * @param toYears - whole years from the start to the day after the phase; greater than `fromYears`
 * @param name - optional name of the phase
 * @returns the phase as a `range`
 * @throws {@link AntqError} `invalid_argument` for an invalid date, negative or non-integer years,
 * `toYears <= fromYears`, or a phase beyond 9999-12-31
 * @example
 * ```ts
 * programmePhase('2013-08-01', 0, 5).id;
 * // => '2013-08-01/2018-07-31'
 * programmePhase('2013-08-01', 5, 10, 'giai đoạn 2').end;
 * // => '2023-07-31'
 * ```
 * @category Periods
 */
export function programmePhase(start: IsoDate | number, fromYears: number, toYears: number, name?: string): Period {
  const s = dayArg('programmePhase', start, 'start');
  const from = intArg('programmePhase', fromYears, 'fromYears', 0, 9998);
  const to = intArg('programmePhase', toYears, 'toYears', from + 1, 9999);
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) {
    throw misuse('programmePhase', 'name must be a non-empty string when given');
  }
  const p = rangePeriod(anniversary(s, from), anniversary(s, to) - 1, name);
  if (p === null) throw misuse('programmePhase', 'the phase ends after 9999-12-31');
  return p;
}
