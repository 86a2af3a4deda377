import type { IsoDate } from './IsoDateSchema';
import { misuse } from '../errors/misuse';
import type { Period } from './Period';
import { dayArg } from './args';
import { rangePeriod } from './build';

/**
 * A range of days from `start` to `end`, both included (kind `range`). Its id is the ISO interval
 * `start/end`, or `YYYY/YYYY` when it runs from 1 January to 31 December.
 *
 * @param start - first day (ISO date or day number)
 * @param end - last day (ISO date or day number), not before `start`
 * @returns the range
 * @throws {@link AntqError} `invalid_argument` for an invalid date or when `end` is before `start`
 * @example
 * ```ts
 * dateRange('2013-08-01', '2023-05-24').id;
 * // => '2013-08-01/2023-05-24'
 * dateRange('2013-01-01', '2023-12-31').id;
 * // => '2013/2023'
 * ```
 * @category Periods
 */
export function dateRange(start: IsoDate | number, end: IsoDate | number): Period {
  const s = dayArg('dateRange', start, 'start');
  const e = dayArg('dateRange', end, 'end');
  const p = rangePeriod(s, e);
  if (p === null) throw misuse('dateRange', 'end is before start');
  return p;
}
