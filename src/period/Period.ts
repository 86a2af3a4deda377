import { CALENDAR_GRANULARITIES, OFFICIAL_GRANULARITIES } from './internal/granularities';
import type { IsoDate } from './IsoDateSchema';

/**
 * The kinds of period antq knows, in a stable order. These ids are public API.
 *
 * @example
 * ```ts
 * PERIOD_KINDS.includes('official_year');
 * // => true
 * ```
 * @category Periods
 */
export const PERIOD_KINDS = [...CALENDAR_GRANULARITIES, 'range', ...OFFICIAL_GRANULARITIES] as const;

/**
 * What a period is: a calendar `day`, ISO `week`, `month`, `quarter`, `half` (half-year), `year`,
 * an arbitrary `range` of days (ISO interval, named phase, programme phase, year to date), or an
 * official reporting period (`official_month`: 15th of the previous month to the 14th;
 * `official_year`: 15 December of the previous year to 14 December).
 *
 * @category Periods
 */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * A period of whole days in Vietnam's calendar, as plain readonly JSON data. `start` and `end` are
 * inclusive; `startDay`/`endDay` are the same days as integer day numbers (days since 1970-01-01),
 * for fast comparisons. `id` is the canonical text form that {@link parsePeriod} reads back
 * (`2023`, `2023-H1`, `2023-Q2`, `2023-05`, `2023-W21`, `2023-05-24`, `2013-08-01/2023-05-24`,
 * `2013/2023`, `official:2023`, `official:2023-05`). A named phase carries its `name`.
 *
 * @example
 * ```ts
 * const p: Period = {
 *   kind: 'quarter', id: '2023-Q2', start: '2023-04-01', end: '2023-06-30',
 *   startDay: 19448, endDay: 19538,
 * };
 * p.end;
 * // => '2023-06-30'
 * ```
 * @category Periods
 */
export interface Period {
  /** What kind of period this is. */
  readonly kind: PeriodKind;
  /** Canonical id, e.g. `2023-Q2`; parses back to the same period. */
  readonly id: string;
  /** First day, inclusive. */
  readonly start: IsoDate;
  /** Last day, inclusive. */
  readonly end: IsoDate;
  /** First day as a day number (days since 1970-01-01). */
  readonly startDay: number;
  /** Last day as a day number, inclusive. */
  readonly endDay: number;
  /** Name of a named phase (`range` only), e.g. `giai đoạn 1`. */
  readonly name?: string;
}
