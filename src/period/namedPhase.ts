import type { IsoDate } from './IsoDateSchema';
import { misuse } from '../errors/misuse';
import type { Period } from './Period';
import { dayArg } from './args';
import { rangePeriod } from './build';

/**
 * A named phase (giai đoạn): a range of days with a name. Phases may overlap (2013–2018 and
 * 2018–2023 share 2018); the id is the range's id, so two phases with the same dates have the
 * same id and differ only by name.
 *
 * @param name - the phase's name, e.g. `giai đoạn 1` (not empty)
 * @param start - first day (ISO date or day number)
 * @param end - last day (ISO date or day number), not before `start`
 * @returns the range with its `name`
 * @throws {@link AntqError} `invalid_argument` for an empty name, an invalid date or a reversed range
 * @example
 * ```ts
 * const p = namedPhase('giai đoạn 1', '2013-08-01', '2018-07-31');
 * [p.kind, p.id, p.name];
 * // => ['range', '2013-08-01/2018-07-31', 'giai đoạn 1']
 * ```
 * @category Periods
 */
export function namedPhase(name: string, start: IsoDate | number, end: IsoDate | number): Period {
  if (typeof name !== 'string' || name.trim() === '') throw misuse('namedPhase', 'name must be a non-empty string');
  const p = rangePeriod(dayArg('namedPhase', start, 'start'), dayArg('namedPhase', end, 'end'), name);
  if (p === null) throw misuse('namedPhase', 'end is before start');
  return p;
}
