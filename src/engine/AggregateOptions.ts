import type { Catalogue } from '../catalogue/Catalogue';
import type { Period } from '../period/Period';
import type { PeriodGranularity } from '../period/PeriodGranularity';
import type { UnitLevel } from '../schema/UnitLevel';
import type { UnitsOption } from '../units/UnitsOption';
import type { FigureFilter } from './FigureFilter';
import type { GroupDimension } from './GroupDimension';

/**
 * What to aggregate and how: the grouping, the period window, and the unit hierarchy.
 *
 * @category Aggregation
 */
export interface AggregateOptions {
  /** Dimensions to group by; `indicator` is always among them. Default `['indicator', 'category']`. */
  readonly by?: readonly GroupDimension[];
  /**
   * The window: only figures whose period lies inside it count (a flow that straddles its edge
   * is left out and reported as excluded). Stocks take the latest value at or before its end.
   */
  readonly period?: string | Period;
  /** The bucket size when grouping by `period`. Default `year`. */
  readonly granularity?: PeriodGranularity;
  /** Cut dotted category codes to this many segments (`gun.military` at depth 1 is `gun`). */
  readonly categoryDepth?: number;
  /**
   * Roll faceted categories (commendations, `issuer.award.recipient`) up by these facets only: the
   * others are opened to `*` (`['recipient']` groups every commendation into `*.*.collective`,
   * `*.*.individual` and none). Indicators with plain categories are not touched.
   */
  readonly categoryFacets?: readonly string[];
  /** The catalogue that says how each indicator adds up. Default: the built-in catalogue. */
  readonly catalogue?: Catalogue;
  /**
   * The unit hierarchy, for `level`, `rollup`, `asOf` and coverage: a registry from
   * `createUnitRegistry`, or the list of unit versions to build one from (as in `validateFigures`).
   */
  readonly units?: UnitsOption;
  /** Use only the figures this filter keeps (by indicator, category, unit, reporter); the others are not counted at all. */
  readonly filter?: FigureFilter;
  /** Group units at this level: each figure counts for its ancestor at this level (needs `units`). */
  readonly level?: UnitLevel;
  /**
   * Hierarchy subtotals in one pass (like SQL `ROLLUP`): a row for every unit at every level
   * above the figures, with its own figures kept apart from its children's. Needs `units` and
   * `unit` in `by`.
   */
  readonly rollup?: boolean;
  /** The level units report at, for coverage (`expected`): e.g. `commune`. Needs `units`. */
  readonly reportingLevel?: UnitLevel;
  /**
   * Stocks: when a series has no value in a bucket, carry its latest earlier value forward
   * (counted in `carriedForward`). Default `true`.
   */
  readonly carryForward?: boolean;
  /**
   * Restate onto the boundaries of this date (`YYYY-MM-DD`, needs `units`): each figure's unit,
   * valid at the figure's date, is mapped through merges and splits onto the units valid on
   * `asOf` (split shares by weight; a split without weights, or a merged unit pushed back in
   * time, is excluded as `not_restatable`). Without it, figures count in the units as they were.
   */
  readonly asOf?: string;
  /**
   * Count the distinct reporting units of each row (`coverage.reported`); default `true`. With
   * `false` the count is skipped (it is a large share of the work when rows gather many units)
   * and `coverage.reported` is `null`; values, bounds and every other field stay the same.
   */
  readonly coverage?: boolean;
  /**
   * Index of the first figure (default 0), so that excluded rows of a shard are numbered as in the
   * whole input. By default `excluded` names each figure by its 0-based index in the input from
   * `rowOffset`; to name file rows instead, pass them to the aggregator's `addAll(figures, rows)`.
   */
  readonly rowOffset?: number;
  /**
   * Most groups (result rows before stocks are carried forward) the aggregation may hold; one more
   * throws `AntqError` `too_many_groups`, so that memory stays bounded (each group costs a few
   * hundred bytes until the result is taken). Default: no limit. The CLI sets 4,000,000
   * (`--max-groups`).
   */
  readonly maxGroups?: number;
}
