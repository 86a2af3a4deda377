import type { IndicatorKind } from '../catalogue/Catalogue';
import type { Qualifier } from '../quantity/Qualifier';
import type { Uom } from '../quantity/Uom';
import type { UnitLevel } from '../schema/UnitLevel';

/**
 * How many units a cell heard from, against how many it should have.
 *
 * @category Aggregation
 */
export interface Coverage {
  /**
   * Distinct units with at least one figure in the cell (a figure of 0 counts: zero was
   * reported). For stocks: the units whose level is counted, levels carried forward included.
   * `null` when the aggregation ran with `coverage: false`.
   */
  readonly reported: number | null;
  /** Units expected at the reporting level, or `null` when no units table and reporting level were given. */
  readonly expected: number | null;
}

/**
 * A value with its qualifier and bounds, as aggregation gives it. `value` is `null` only when it
 * cannot be computed (a ratio without its parts, a sum past the largest finite number), and
 * `reason` says why.
 *
 * @category Aggregation
 */
export interface AggregateValue {
  /** The total as stated (sum of stated values; latest level for stocks; recomputed ratio). */
  readonly value: number | null;
  /** How exact the total is, derived from its terms (a sum with an "over" term is "over"). */
  readonly qualifier: Qualifier;
  /** Smallest possible true value. */
  readonly lower: number | null;
  /** Whether `lower` itself is possible. */
  readonly lowerInclusive: boolean;
  /** Largest possible true value, or `null` when unbounded. */
  readonly upper: number | null;
  /** Whether `upper` itself is possible. */
  readonly upperInclusive: boolean;
  /** How many figures went into it. */
  readonly figures: number;
  /**
   * Why `value` is `null`: a ratio without its parts (`ratio_parts_missing`), or a sum that left
   * the finite numbers (`sum_overflow`, e.g. two figures of 1e308; the bounds are `null` too).
   */
  readonly reason?: 'ratio_parts_missing' | 'sum_overflow';
}

/**
 * The key fields of a result row: what it is about and in which unit of measure. Fields of
 * dimensions that were not grouped by are absent. {@link AggregateRow} and {@link ComparisonRow}
 * both start with these.
 *
 * @example
 * ```ts
 * const g: RowGroup = { indicator: 'weapons_surrendered', uom: 'piece', kind: 'flow', unit: '42' };
 * g.unit;
 * // => '42'
 * ```
 * @category Aggregation
 */
export interface RowGroup {
  /** Indicator id. */
  readonly indicator: string;
  /** Unit of measure of the value. */
  readonly uom: Uom;
  /** Flow, stock or ratio, from the catalogue. */
  readonly kind: IndicatorKind;
  /** Programme code, when grouped by `program` (empty string: none given). */
  readonly program?: string;
  /** Category code, when grouped by `category` (empty string: none given). */
  readonly category?: string;
  /** Unit code, when grouped by `unit`. */
  readonly unit?: string;
  /** The unit's level, when known from the units table. */
  readonly level?: UnitLevel;
  /** Reporter, when grouped by `reporter` (a joint figure is credited to each of its reporters). */
  readonly reporter?: string;
}

/**
 * One cell of an aggregation: the group's key fields and its value. Fields of dimensions that
 * were not grouped by are absent.
 *
 * @category Aggregation
 */
export interface AggregateRow extends AggregateValue, RowGroup {
  /**
   * The unit's version (`code@validFrom`), when known from the units table: one code can name
   * two territories (code 44 was Quảng Bình until 30 Jun 2025 and is the merged Quảng Trị after).
   */
  readonly unitVersion?: string;
  /** Period id of the bucket, when grouped by `period` (empty string: figures without a period). */
  readonly period?: string;
  /** Units heard from versus expected. */
  readonly coverage: Coverage;
  /** With `reporter`: how many of the figures were joint and are also credited to another reporter. */
  readonly jointFigures?: number;
  /** Stocks: how many series took their value from an earlier bucket. */
  readonly carriedForward?: number;
  /** With `asOf`: the units whose figures were mapped into this row from other boundaries, sorted. */
  readonly restatedFrom?: readonly string[];
  /** With `rollup`: the unit's own figures. */
  readonly own?: AggregateValue;
  /** With `rollup`: the figures of the units below it. */
  readonly children?: AggregateValue;
}

/**
 * Why a figure took no part in an aggregation. `invalid_text`: the figure has no unit, or its
 * unit, or a programme, reporter or category the aggregation reads (to group or filter by), is
 * not text (a JavaScript caller's number, array or object; `null` reads as absent where a field
 * is optional).
 *
 * @category Aggregation
 */
export type ExclusionReason =
  | 'unknown_indicator'
  | 'uom_not_allowed'
  | 'invalid_value'
  | 'no_period'
  | 'invalid_period'
  | 'outside_window'
  | 'straddles_window'
  | 'straddles_bucket'
  | 'unknown_unit'
  | 'above_level'
  | 'not_restatable'
  | 'invalid_text';

/**
 * Figures left out of an aggregation, by reason: how many, and the first row numbers (at most 20,
 * in order). A row number is the figure's 0-based index in the input, counted from `rowOffset`,
 * unless the rows were given to `Aggregator.addAll(figures, rows)` (the CLI gives file rows, the
 * 1-based data rows that validation issues name).
 *
 * @category Aggregation
 */
export type Exclusions = { readonly [R in ExclusionReason]?: { readonly count: number; readonly rows: readonly number[] } };

/**
 * The result of an aggregation: rows sorted by their key, the number of figures read, and every
 * figure that was left out with its reason.
 *
 * @category Aggregation
 */
export interface AggregateResult {
  /** One row per cell, in a stable order. */
  readonly rows: readonly AggregateRow[];
  /** Figures read. */
  readonly read: number;
  /** Figures that took part. */
  readonly used: number;
  /** Figures left out, by reason. */
  readonly excluded: Exclusions;
}
