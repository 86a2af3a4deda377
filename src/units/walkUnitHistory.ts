import { dayToIsoDate } from '../period/dayToIsoDate';
import type { AdminUnit } from '../schema/AdminUnitSchema';
import type { UnitRegistry } from './UnitRegistry';

/** One unit a figure lands in, with its chain on the day the chains are read. */
interface UnitWalkBase {
  /** The share of the figure (a split gives parts below 1). */
  readonly weight: number;
  /** The figure's own unit code when its territory moved (merge, split) or was shared; else `null`. */
  readonly mapped: string | null;
  /** The unit itself, then every unit above it. */
  readonly chain: readonly [AdminUnit, ...AdminUnit[]];
}

/** Where a figure of one unit on one day lands in the registry, or why it lands nowhere. */
export type UnitWalk =
  | { readonly ok: false; readonly reason: 'unknown_unit' | 'not_restatable'; readonly self: AdminUnit | null; readonly date: string }
  | { readonly ok: true; readonly self: AdminUnit; readonly date: string; readonly bases: readonly UnitWalkBase[] };

/**
 * The unit-history walk shared by the in-process aggregator and the SQL crosswalk: the version of
 * `unit` on `day` (a figure with no period: its latest version), and the units its figure lands
 * in — itself as it was, or with `asOf` the units its territory belongs to on that date — each
 * with its chain of units above, read on the day the chains are read.
 *
 * @param registry - the units registry
 * @param unit - the figure's unit code
 * @param day - the figure's day, `null` for a figure with no period
 * @param asOf - the restatement date, or `null`
 * @returns the landing units, or the reason there are none
 */
export function walkUnitHistory(registry: UnitRegistry, unit: string, day: number | null, asOf: string | null): UnitWalk {
  let date: string;
  if (day === null) {
    const versions = registry.versionsOf(unit);
    const last = versions[versions.length - 1];
    date = last?.validFrom ?? last?.validTo ?? '1970-01-01';
  } else date = dayToIsoDate(day);
  const self = registry.get(unit, date);
  if (self === null) return { ok: false, reason: 'unknown_unit', self, date };
  let landing: { code: string; weight: number; mapped: string | null }[];
  let chainDate = date;
  if (asOf !== null) {
    const r = registry.restate(unit, date, asOf);
    if (!r.ok) return { ok: false, reason: 'not_restatable', self, date };
    chainDate = asOf;
    // Renames and type changes keep the territory; merges and splits move it.
    const moved = r.value.path.some((step) => step.kind !== 'succession');
    landing = r.value.targets.map((t) => ({ code: t.code, weight: t.weight, mapped: moved || t.weight !== 1 ? unit : null }));
  } else landing = [{ code: unit, weight: 1, mapped: null }];
  const bases: UnitWalkBase[] = [];
  for (const base of landing) {
    const at = registry.get(base.code, chainDate);
    if (at === null) return { ok: false, reason: 'unknown_unit', self, date };
    bases.push({ weight: base.weight, mapped: base.mapped, chain: [at, ...registry.ancestorsAt(base.code, chainDate)] });
  }
  return { ok: true, self, date, bases };
}
