import type { AggregateValue, Coverage, Exclusions, RowGroup } from '../engine/AggregateRow';
import type { Issue } from '../errors/Issue';
import type { Period } from '../period/Period';
import type { Qualifier } from '../quantity/Qualifier';

/**
 * How two periods are lined up before they are compared: `calendar` compares the periods as
 * given; `elapsed` cuts the baseline to the same elapsed span as the current period (year to
 * date against the same days last year); `rate` divides flows by each period's length (per day
 * or per year) so that periods of different length compare.
 *
 * @category Comparison
 */
export type Alignment = 'calendar' | 'elapsed' | 'rate';

/**
 * What a row's change measures: `total` (flows, summed over each period), `level` (stocks, as of
 * each period end), `percentage_points` (ratios, recomputed from their parts), `per_day` or
 * `per_year` (flows under the `rate` alignment).
 *
 * @category Comparison
 */
export type ComparisonBasis = 'total' | 'level' | 'percentage_points' | 'per_day' | 'per_year';

/**
 * Why a change, percent change or ratio is `null`: a side has no figures (`missing_current`,
 * `missing_baseline`, `missing_both`), a side's value cannot be computed, e.g. a ratio without its
 * parts (`value_unknown`), the baseline is 0 (`zero_baseline`), the indicator is a ratio whose
 * change is given in percentage points only (`percentage_points`), or the periods give no time to
 * grow over (`no_elapsed_time`, growth rates only).
 *
 * @category Comparison
 */
export type ComparisonReason =
  | 'missing_current'
  | 'missing_baseline'
  | 'missing_both'
  | 'value_unknown'
  | 'zero_baseline'
  | 'percentage_points'
  | 'no_elapsed_time'
  | 'territory_changed';

/**
 * A signed change with its qualifier and the interval of every possible true change: "over 127"
 * against 100 is `{ value: 27, qualifier: 'over', lower: 27, lowerInclusive: false, upper: null }`.
 * An unbounded end is `null`, never `Infinity`.
 *
 * @category Comparison
 */
export interface Change {
  /** The change between the stated values. */
  readonly value: number;
  /** How exact the change is (inexact when either side is). */
  readonly qualifier: Qualifier;
  /** Smallest possible true change, or `null` when unbounded below. */
  readonly lower: number | null;
  /** Whether `lower` itself is possible. */
  readonly lowerInclusive: boolean;
  /** Largest possible true change, or `null` when unbounded above. */
  readonly upper: number | null;
  /** Whether `upper` itself is possible. */
  readonly upperInclusive: boolean;
}

/**
 * One side of a comparison row: the aggregated value with its coverage. Under the `rate`
 * alignment a flow's value and bounds are per day or per year and `total` keeps the stated total.
 *
 * @category Comparison
 */
export interface ComparedValue extends AggregateValue {
  /** Units heard from versus expected on this side. */
  readonly coverage: Coverage;
  /** Stocks: how many series took their level from before the period. */
  readonly carriedForward?: number;
  /** Rate alignment, flows: the total over the period before dividing by its length. */
  readonly total?: number | null;
}

/**
 * One row of a period comparison: the group's key fields, both sides, the change, the percent
 * change and the ratio, the two periods' lengths and whether coverage differs. A side without
 * figures is `null` (missing), never 0.
 *
 * @category Comparison
 */
export interface ComparisonRow extends RowGroup {
  /** What the change measures. */
  readonly basis: ComparisonBasis;
  /** The current period's value, or `null` when it has no figures for this group. */
  readonly current: ComparedValue | null;
  /** The baseline period's value, or `null` when it has no figures for this group. */
  readonly baseline: ComparedValue | null;
  /** `current − baseline` (percentage points for ratios), or `null` with `reason`. */
  readonly change: Change | null;
  /** `100 × (current − baseline) / baseline`, or `null` with `reason`. */
  readonly percentChange: Change | null;
  /** `current / baseline` of the stated values, or `null` with `reason`. */
  readonly ratio: number | null;
  /** Why `change`, `percentChange` or `ratio` is `null`. */
  readonly reason?: ComparisonReason;
  /** Length of the current window in days. */
  readonly currentDays: number;
  /** Length of the baseline window in days. */
  readonly baselineDays: number;
  /** Whether the two sides heard from different numbers of units (or expected different numbers). */
  readonly coverageDiffers: boolean;
  /**
   * Known series breaks (ids of `VN_SERIES_BREAKS`, or of the breaks given) between the start of
   * the earlier period and the end of the later one that apply to this row's level and indicator.
   */
  readonly seriesBreaks?: readonly string[];
  /**
   * The unit versions of the two sides, when they differ: the same code names a different
   * territory (a merged province). Such a row has no change (`reason: 'territory_changed'`)
   * unless both sides are restated onto one set of boundaries (`asOf`). When one side's window
   * holds two territories under one code, each is a row of its own with the other side `null`.
   */
  readonly unitVersions?: { readonly current?: string; readonly baseline?: string };
}

/**
 * One period of a comparison as it was used: the window figures were aggregated over, the
 * period asked for, its length, and what the aggregation read, used and left out (a flow that
 * straddles the window's edge is left out and counted under `excluded.straddles_window`).
 *
 * @category Comparison
 */
export interface ComparisonSide {
  /** The window the side was aggregated over (after alignment). */
  readonly period: Period;
  /** The period as given, before alignment. */
  readonly requested: Period;
  /** Length of `period` in days. */
  readonly days: number;
  /** Length of `period` in years, counted by anniversaries (2013-08-01..2018-07-31 is 5). */
  readonly years: number;
  /** Figures read for this side. */
  readonly read: number;
  /** Figures that took part on this side. */
  readonly used: number;
  /** Figures left out on this side, by reason. */
  readonly excluded: Exclusions;
}

/**
 * The result of comparing two periods: one row per group in a stable order, both sides as used,
 * the alignment, and warnings (`notes`) a reader of the comparison must see.
 *
 * @category Comparison
 */
export interface PeriodComparison {
  /** One row per group found on either side, sorted by key. */
  readonly rows: readonly ComparisonRow[];
  /** The current side. */
  readonly current: ComparisonSide;
  /** The baseline side. */
  readonly baseline: ComparisonSide;
  /** How the periods were lined up. */
  readonly align: Alignment;
  /** Warnings: `periods_overlap`, `lengths_differ`, `baseline_shortened`, `window_straddled`, `coverage_differs`, `series_break`, `territory_changed`. */
  readonly notes: readonly Issue[];
}
