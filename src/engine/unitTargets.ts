/**
 * Where a figure's unit counts: the rule that turns a unit code on one day into the units its
 * figure is added to. The in-process aggregator and the SQL crosswalk both read it here, each
 * adding only its own fields (the aggregator its cell keys and the days the answer holds, the SQL
 * adapters the rollup rows and the spans of days), so that the two cannot drift apart.
 */
import type { AdminUnit } from '../schema/AdminUnitSchema';
import { UNIT_LEVELS, type UnitLevel } from '../schema/UnitLevel';
import { isoDateToDay } from '../period/isoDateToDay';
import type { UnitRegistry } from '../units/UnitRegistry';
import { unitVersionId } from '../units/unitVersionId';
import { walkUnitHistory } from '../units/walkUnitHistory';
import type { ExclusionReason } from './AggregateRow';

/** The aggregation options that decide where a figure's unit counts. */
export interface UnitTargetRules {
  /** Whether figures are grouped by unit; if not, every target is one (the parts of a split add up). */
  readonly byUnit: boolean;
  /** The level to lift each figure to (its ancestor at that level), or `null`. */
  readonly level: UnitLevel | null;
  /** Whether each figure also counts for every unit above it. */
  readonly rollup: boolean;
  /** The restatement date, or `null` for units as they were. */
  readonly asOf: string | null;
}

/** One unit a figure counts for (as its own unit; with rollup, the leaf of its chain). */
interface UnitTarget {
  /** The unit version; not grouped by unit, the first of the units merged into this one target. */
  readonly unit: AdminUnit;
  /** `unitVersionId(unit)`. */
  readonly version: string;
  /** Share of the figure (the parts of a split that land here again add up); 1 otherwise. */
  readonly weight: number;
  /** With asOf: the figure's own unit code when its territory moved or was shared; else `null`. */
  readonly mapped: string | null;
  /** With rollup: the units above `unit`, nearest first; else empty. */
  readonly above: readonly AdminUnit[];
}

/** The units a figure of one unit on one day counts for, or why it is left out. */
export type UnitTargets =
  | {
      readonly ok: false;
      readonly reason: ExclusionReason;
      /** The figure's unit version, when the registry has one on that day. */
      readonly self: AdminUnit | null;
      /** Last day of the figure's unit version, `null` when open or unknown. */
      readonly until: number | null;
    }
  | {
      readonly ok: true;
      readonly targets: readonly UnitTarget[];
      readonly self: AdminUnit;
      /** The date the unit was looked up on (for a figure with no period, its latest version's). */
      readonly date: string;
      readonly until: number | null;
    };

/**
 * The units a figure of `unit` on `day` counts for under `rules`: itself as it was (or, with
 * `asOf`, the units its territory belongs to then), lifted to `level`, or as the leaf of its chain
 * with `rollup`; parts of a split that land in one unit again are one target with their shares
 * added.
 *
 * @param rules - the options that decide it
 * @param registry - the units registry
 * @param unit - the figure's unit code
 * @param day - the figure's day, `null` for a figure with no period
 * @returns the targets in walk order, or the reason the figure is left out
 */
export function unitTargets(rules: UnitTargetRules, registry: UnitRegistry, unit: string, day: number | null): UnitTargets {
  const walk = walkUnitHistory(registry, unit, day, rules.asOf);
  const { self } = walk;
  const until = self === null || self.validTo === undefined ? null : isoDateToDay(self.validTo);
  if (self === null) return { ok: false, reason: 'unknown_unit', self, until };
  if (!walk.ok) return { ok: false, reason: walk.reason, self, until };
  const want = rules.rollup ? null : rules.level;
  const targets: UnitTarget[] = [];
  for (const base of walk.bases) {
    const { chain } = base;
    const at = chain[0];
    let hit = at;
    if (want !== null) {
      const h = chain.find((u) => u.level === want);
      if (h === undefined) return { ok: false, reason: UNIT_LEVELS.indexOf(at.level) < UNIT_LEVELS.indexOf(want) ? 'above_level' : 'unknown_unit', self, until };
      hit = h;
    }
    const version = unitVersionId(hit);
    // Parts of a split that land in one unit again (a province above both parts) add their shares.
    const i = rules.byUnit ? targets.findIndex((t) => t.version === version && t.unit.code === hit.code) : targets.length - 1;
    const prev = targets[i];
    if (prev === undefined) targets.push({ unit: hit, version, weight: base.weight, mapped: base.mapped, above: rules.rollup ? chain.slice(1) : [] });
    else targets[i] = { ...prev, weight: prev.weight + base.weight, mapped: prev.mapped ?? base.mapped };
  }
  return { ok: true, targets, self, date: walk.date, until };
}
