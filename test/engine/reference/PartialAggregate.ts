// A frozen copy of the engine as it was before the columnar work (commit 7b02b19), kept as
// the reference the differential property test compares the engine with. Not shipped.
import type { IndicatorKind } from '../../../src/catalogue/Catalogue';
import type { Qualifier } from '../../../src/quantity/Qualifier';
import type { Uom } from '../../../src/quantity/Uom';
import type { UnitLevel } from '../../../src/schema/UnitLevel';
import type { ExclusionReason } from './AggregateRow';
import type { GroupDimension } from './GroupDimension';

/**
 * Running sums of one cell part, in exact form: `[integer part, millionths]` pairs so that sums
 * merged in any order give the same result.
 *
 * @category Aggregation
 */
export interface PartialSums {
  /** Figures added. */
  readonly n: number;
  /** Sum of stated values. */
  readonly sum: readonly [number, number];
  /** Sum of (lower bound − value) over inexact figures. */
  readonly lowerDelta: readonly [number, number];
  /** Sum of (upper bound − value) over inexact figures with a finite upper bound. */
  readonly upperDelta: readonly [number, number];
  /** Figures with no upper bound ("trên", "ít nhất", "hàng nghìn"). */
  readonly unbounded: number;
  /** Figures whose lower bound is excluded. */
  readonly lowerExclusive: number;
  /** Figures whose upper bound is excluded. */
  readonly upperExclusive: number;
  /** Qualifier of the sum so far. */
  readonly qualifier: Qualifier;
}

/**
 * The latest observation of one stock series (a unit, category, reporter and programme) in a cell.
 *
 * @category Aggregation
 */
export interface PartialObservation {
  /** Series key. */
  readonly series: string;
  /** Unit code of the series. */
  readonly unit: string;
  /** Day number of the observation. */
  readonly day: number;
  /** Stated value. */
  readonly value: number;
  /** Qualifier of the value. */
  readonly qualifier: Qualifier;
  /** With rollup: whether the series belongs to the row's own unit (not a unit below it). */
  readonly own: boolean;
  /** Last day (day number) of the series' unit version; absent when open. Not carried past it. */
  readonly until?: number;
}

/**
 * One cell of a partial aggregate.
 *
 * @category Aggregation
 */
export interface PartialCell {
  /** Stable key of the cell. */
  readonly key: string;
  /** Values of the grouping dimensions (absent dimensions left out). */
  readonly dims: { readonly [D in GroupDimension]?: string };
  /** Period bucket key, when grouped by period (see `dayToPeriodKey`); `null` otherwise. */
  readonly bucket: number | null;
  /** Indicator id. */
  readonly indicator: string;
  /** Unit of measure. */
  readonly uom: Uom;
  /** Indicator kind. */
  readonly kind: IndicatorKind;
  /** Level of the cell's unit, when known. */
  readonly level?: UnitLevel;
  /** Version id of the cell's unit (`code@validFrom`), when known. */
  readonly version?: string;
  /** Flow sums of the whole cell. */
  readonly total: PartialSums;
  /** With rollup: flow sums of the unit's own figures. */
  readonly own?: PartialSums;
  /** With rollup: flow sums of the figures of the units below. */
  readonly children?: PartialSums;
  /** Distinct reporting units, sorted. */
  readonly units: readonly string[];
  /** Joint figures credited here. */
  readonly joint: number;
  /** With `asOf`: source units mapped into this cell, sorted. */
  readonly restatedFrom?: readonly string[];
  /** Stocks: the latest observation of each series. */
  readonly observations?: readonly PartialObservation[];
}

/**
 * Mergeable intermediate state of an aggregation: plain JSON, so shards can be aggregated in
 * worker threads, processes or other machines and combined with `mergePartials` in any order.
 *
 * @category Aggregation
 */
export interface PartialAggregate {
  /** Format tag. */
  readonly format: 'antq.partial/1';
  /** Canonical description of the options that shape cells; only equal specs merge. */
  readonly spec: string;
  /** Figures read. */
  readonly read: number;
  /** Figures that took part. */
  readonly used: number;
  /** Figures left out, by reason, with the first row numbers (sorted). */
  readonly excluded: { readonly [R in ExclusionReason]?: { readonly count: number; readonly rows: readonly number[] } };
  /** Cells sorted by key. */
  readonly cells: readonly PartialCell[];
}
