import type { Issue } from '../errors/Issue';
import type { ParseResult } from '../errors/ParseResult';
import type { AdminUnit } from '../schema/AdminUnitSchema';
import type { UnitLevel } from '../schema/UnitLevel';

/**
 * Filters for {@link UnitRegistry.findByName}.
 *
 * @category Units
 */
export interface FindUnitOptions {
  /** Only versions valid on this date (`YYYY-MM-DD`). */
  readonly date?: string;
  /** Only units of this level. */
  readonly level?: UnitLevel;
}

/**
 * Filters for {@link UnitRegistry.descendantsAt}.
 *
 * @category Units
 */
export interface DescendantsOptions {
  /** Only descendants of this level (the walk still passes through the levels in between). */
  readonly level?: UnitLevel;
}

/**
 * One unit version a restatement maps onto, with the share of the source that goes to it.
 *
 * @category Units
 */
export interface RestateTarget {
  /** Unit code at the target date. */
  readonly code: string;
  /** Version id (see {@link unitVersionId}), e.g. `44@2025-07-01`. */
  readonly version: string;
  /** Name of that version, for display. */
  readonly name: string;
  /** Share of the source unit's figures that goes to this target, in (0, 1]. */
  readonly weight: number;
}

/**
 * How one step of a restatement path changed the territory: `merge` (several units into one),
 * `split` (one unit into several, with weights) or `succession` (one unit to one: a rename, a
 * type change or a new code over the same territory; see `changes`).
 *
 * @category Units
 */
export type RestateStepKind = 'merge' | 'split' | 'succession';

/**
 * What differs between the two versions of a restatement step.
 *
 * @category Units
 */
export type UnitChange = 'code' | 'name' | 'type' | 'level';

/**
 * One edge of a restatement path, in the direction of the restatement (forward: old to new;
 * backward: new to old).
 *
 * @category Units
 */
export interface RestateStep {
  /** Version id the step starts from. */
  readonly from: string;
  /** Version id the step goes to. */
  readonly to: string;
  /** The day the change took effect: the first day of the newer version's territory. */
  readonly on: string;
  /** Merge, split or one-to-one succession (always described from old to new). */
  readonly kind: RestateStepKind;
  /** What differs between the two versions (empty when only the territory changed). */
  readonly changes: readonly UnitChange[];
  /** Share of `from` that goes to `to`: the split weight forward, 1 backward and for merges. */
  readonly weight: number;
}

/**
 * The result of {@link UnitRegistry.restate}: where a unit valid on one date lies on the
 * boundaries of another date, and how it got there.
 *
 * @category Units
 */
export interface Restatement {
  /** Version the restatement starts from (valid on `fromDate`). */
  readonly source: Omit<RestateTarget, 'weight'>;
  /** Date the source figures refer to. */
  readonly fromDate: string;
  /** Date whose boundaries the figures are mapped onto. */
  readonly toDate: string;
  /** `forward` (old to new), `backward` (new to old) or `none` (the same version on both dates). */
  readonly direction: 'forward' | 'backward' | 'none';
  /** Target versions sorted by code; weights add up to 1. */
  readonly targets: readonly RestateTarget[];
  /** Every step taken, in the order walked; empty when the unit did not change. */
  readonly path: readonly RestateStep[];
}

/**
 * A set of administrative units with their history, queried by code and date. Built by
 * {@link createUnitRegistry}; immutable (extending gives a new registry).
 *
 * A unit *version* is one entry of `units`, identified by {@link unitVersionId}
 * (`code@validFrom`, `code@*` for an open start). Codes resolve to versions by date, and parent
 * codes resolve at the date asked about, so a district whose parent is `44` belongs to Quảng Bình
 * in 2019. Dates are ISO strings `YYYY-MM-DD`; a malformed date argument is a programmer error and
 * throws an {@link AntqError} with code `invalid_argument`.
 *
 * @example
 * ```ts
 * const reg = vnProvinceRegistry();
 * reg.get('44', '2019-05-01')?.name;
 * // => 'Quảng Bình'
 * reg.get('44', '2026-01-01')?.name;
 * // => 'Quảng Trị'
 * ```
 * @category Units
 */
export interface UnitRegistry {
  /** Every unit version, in input order. */
  readonly units: readonly AdminUnit[];
  /**
   * The version of a code valid on a date.
   *
   * @param code - unit code
   * @param date - `YYYY-MM-DD`
   * @returns the version, or `null` when the code is unknown or not valid that day
   * @throws {@link AntqError} `invalid_argument` when `date` is not a calendar date
   */
  get(code: string, date: string): AdminUnit | null;
  /**
   * A version by its id.
   *
   * @param id - version id, e.g. `44@2025-07-01`
   * @returns the version, or `null` when there is none
   */
  getVersion(id: string): AdminUnit | null;
  /**
   * All versions of a code, oldest first.
   *
   * @param code - unit code
   * @returns the versions (empty for an unknown code)
   */
  versionsOf(code: string): readonly AdminUnit[];
  /**
   * Checks that a code denotes one version over a date or a date range (a figure's period).
   *
   * @param code - unit code
   * @param date - `YYYY-MM-DD`, the start of the range
   * @param toDate - `YYYY-MM-DD`, the inclusive end of the range (defaults to `date`)
   * @returns the version, or the issues `unknown_unit`, `unit_not_valid_at_date`,
   *   `unit_changes_within_period`
   * @throws {@link AntqError} `invalid_argument` when a date is malformed or `toDate < date`
   */
  resolve(code: string, date: string, toDate?: string): ParseResult<AdminUnit>;
  /**
   * Versions whose name (or `nameEn`) matches, after Unicode normalisation and tone-mark folding;
   * a leading type word ("Tỉnh", "Thành phố", "TP.", "Huyện", "Xã", …) may be left out or added.
   *
   * @param name - the name as written, e.g. `Hòa Bình`
   * @param options - optional `date` and `level` filters
   * @returns the matching versions, oldest first then by code
   * @throws {@link AntqError} `invalid_argument` when `options.date` is malformed
   */
  findByName(name: string, options?: FindUnitOptions): readonly AdminUnit[];
  /**
   * The parent version of a unit on a date.
   *
   * @param code - unit code
   * @param date - `YYYY-MM-DD`
   * @returns the parent, or `null` when the unit or its parent is not valid that day
   * @throws {@link AntqError} `invalid_argument` when `date` is malformed
   */
  parentAt(code: string, date: string): AdminUnit | null;
  /**
   * The chain of parents of a unit on a date, nearest first, for hierarchy subtotals.
   *
   * @param code - unit code
   * @param date - `YYYY-MM-DD`
   * @returns the ancestors (empty when the unit is not valid that day or has no parent)
   * @throws {@link AntqError} `invalid_argument` when `date` is malformed
   */
  ancestorsAt(code: string, date: string): readonly AdminUnit[];
  /**
   * The units whose parent is this unit on a date.
   *
   * @param code - unit code
   * @param date - `YYYY-MM-DD`
   * @returns the children sorted by code (empty when the unit is not valid that day)
   * @throws {@link AntqError} `invalid_argument` when `date` is malformed
   */
  childrenAt(code: string, date: string): readonly AdminUnit[];
  /**
   * Every unit below this unit on a date, breadth first.
   *
   * @param code - unit code
   * @param date - `YYYY-MM-DD`
   * @param options - optional `level` filter
   * @returns the descendants (empty when the unit is not valid that day)
   * @throws {@link AntqError} `invalid_argument` when `date` is malformed
   */
  descendantsAt(code: string, date: string, options?: DescendantsOptions): readonly AdminUnit[];
  /**
   * The versions whose successors lead to this version (the units it was formed from).
   *
   * @param id - version id
   * @returns the predecessor versions, sorted by code
   */
  predecessorsOf(id: string): readonly AdminUnit[];
  /**
   * Maps a unit valid on one date onto the boundaries of another date: forward through
   * successors (merges pass whole, splits by weight), backward through predecessors (a unit
   * formed by a merge cannot be apportioned to its parts and is refused).
   *
   * @param code - unit code as of `fromDate`
   * @param fromDate - `YYYY-MM-DD` the figures refer to
   * @param toDate - `YYYY-MM-DD` whose boundaries to map onto
   * @returns the targets with weights and the path, or issues (`unknown_unit`,
   *   `unit_not_valid_at_date`, `split_without_weights`, `merge_without_weights`,
   *   `unit_ceased_without_successor`, `unit_has_no_predecessor`, `successor_not_found`,
   *   `crosswalk_loses_territory`, `crosswalk_double_counts`)
   * @throws {@link AntqError} `invalid_argument` when a date is malformed
   */
  restate(code: string, fromDate: string, toDate: string): ParseResult<Restatement>;
  /**
   * Checks the units as a whole: dates, overlapping versions, parents, cycles, successors and
   * crosswalk weights. See docs/units-through-time.md for the issue codes.
   *
   * @returns every issue found (empty when the registry is consistent)
   */
  validate(): readonly Issue[];
  /**
   * A new registry with more unit versions added (communes, villages, a user's own reforms).
   *
   * @param units - the versions to add
   * @returns a new registry; this one is unchanged
   */
  extend(units: readonly AdminUnit[]): UnitRegistry;
}
