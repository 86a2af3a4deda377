import { isSupportedDay, packedFromDay, packedYear } from './civil';
import { misuse } from '../errors/misuse';

/**
 * The calendar year of a day number, without building a date string (for bucketing many rows).
 *
 * @param day - an integer day number for 0001-01-01..9999-12-31
 * @returns the year, e.g. `2023`
 * @throws {@link AntqError} `invalid_argument` when `day` is not an integer in the supported range
 * @example
 * ```ts
 * dayToYear(19501); // 2023-05-24
 * // => 2023
 * ```
 * @category Periods
 */
export function dayToYear(day: number): number {
  if (!isSupportedDay(day)) throw misuse('dayToYear', `day must be an integer day number in range, got ${String(day)}`);
  return packedYear(packedFromDay(day));
}
