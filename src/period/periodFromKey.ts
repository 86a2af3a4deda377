import type { Period } from './Period';
import { misuse } from '../errors/misuse';
import type { PeriodGranularity } from './PeriodGranularity';
import { granularityArg } from './args';
import { periodOfKey } from './build';

/**
 * Turns an integer bucket key made by {@link dayToPeriodKey} back into its period.
 *
 * @param key - the key, in the encoding of {@link dayToPeriodKey}
 * @param granularity - the granularity the key was made at
 * @returns the period the key names
 * @throws {@link AntqError} `invalid_argument` when the key names no period at that granularity
 * (e.g. month 13, week 53 of a 52-week year) or the period leaves 0001-01-01..9999-12-31
 * @example
 * ```ts
 * periodFromKey(20232, 'quarter').id;
 * // => '2023-Q2'
 * periodFromKey(202305, 'official_month').start;
 * // => '2023-04-15'
 * ```
 * @category Periods
 */
export function periodFromKey(key: number, granularity: PeriodGranularity): Period {
  const g = granularityArg('periodFromKey', granularity);
  const p = typeof key === 'number' ? periodOfKey(key, g) : null;
  if (p === null) throw misuse('periodFromKey', `${String(key)} is not a ${g} key`);
  return p;
}
