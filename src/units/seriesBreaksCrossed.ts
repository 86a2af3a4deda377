import { AntqError } from '../errors/AntqError';
import { parseIsoDay } from '../period/civil';
import type { UnitLevel } from '../schema/UnitLevel';
import { VN_SERIES_BREAKS, type SeriesBreak } from './SeriesBreak';

/**
 * Options of {@link seriesBreaksCrossed}.
 *
 * @category Units
 */
export interface SeriesBreakOptions {
  /** The series' level; breaks limited to other levels are ignored. Omitted: every break counts. */
  readonly level?: UnitLevel;
  /** The series' indicator id; breaks limited to other indicators are ignored. Omitted: every break counts. */
  readonly indicator?: string;
  /** The breaks to check; defaults to {@link VN_SERIES_BREAKS}. */
  readonly breaks?: readonly SeriesBreak[];
}

/**
 * The series breaks a date range crosses: those on a date after `fromDate` and on or before
 * `toDate`, for the given level and indicator. An empty result means the series is comparable
 * across the range.
 *
 * @param fromDate - first day of the range, `YYYY-MM-DD`
 * @param toDate - last day of the range (inclusive), `YYYY-MM-DD`
 * @param options - level, indicator and the breaks to check
 * @returns the breaks crossed, oldest first
 * @throws {@link AntqError} `invalid_argument` when a date is malformed or `toDate < fromDate`
 * @example
 * ```ts
 * seriesBreaksCrossed('2013-08-01', '2023-05-24').length;
 * // => 0
 * seriesBreaksCrossed('2023-01-01', '2025-12-31', { level: 'province', indicator: 'marches' }).map((b) => b.id);
 * // => ['vn_admin_reform_2025']
 * seriesBreaksCrossed('2024-01-01', '2024-12-31', { indicator: 'security_teams' }).map((b) => b.id);
 * // => ['vn_security_teams_merged_2024']
 * ```
 * @category Units
 */
export function seriesBreaksCrossed(fromDate: string, toDate: string, options: SeriesBreakOptions = {}): readonly SeriesBreak[] {
  for (const [name, value] of [
    ['fromDate', fromDate],
    ['toDate', toDate],
  ] as const) {
    if (parseIsoDay(value) === null) {
      throw new AntqError('invalid_argument', `seriesBreaksCrossed: ${name} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
  }
  if (toDate < fromDate) throw new AntqError('invalid_argument', `seriesBreaksCrossed: toDate ${toDate} is before fromDate ${fromDate}`);
  const { level, indicator, breaks = VN_SERIES_BREAKS } = options;
  return breaks
    .filter(
      (b) =>
        fromDate < b.date &&
        b.date <= toDate &&
        (level === undefined || b.levels === undefined || b.levels.includes(level)) &&
        (indicator === undefined || b.indicators === undefined || b.indicators.includes(indicator)),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
