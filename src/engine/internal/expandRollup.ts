import type { UnitLevel } from '../../schema/UnitLevel';
import { addObservation, newCell, type Cell } from './cells';
import { addSums } from './sums';
import { addUnit, newUnitBits, unitIds, type UnitInterner } from './UnitBits';

/** A unit a rollup leaf is added into: its own unit version (own) or one above it. */
export interface RollupLink {
  /** Small integer id of the unit version (one per distinct version in the aggregation). */
  readonly vid: number;
  readonly code: string;
  readonly version: string;
  readonly level: UnitLevel;
  readonly own: boolean;
}

/**
 * A link, made by one literal in this module-level function: the rows read links, and a shape
 * made by a literal in one aggregation's closure (or a field at a time) is held by V8 only while
 * such an object lives, so the rows' compiled code was thrown away after each full collection.
 */
export function rollupLink(vid: number, code: string, version: string, level: UnitLevel, own: boolean): RollupLink {
  return { vid, code, version, level, own };
}

/** Largest dense index of (group, unit version) before a Map is used. */
export const DENSE_LIMIT = 1 << 22;

/**
 * Hierarchy subtotals from leaf cells: each leaf (a unit version with the chain above it) is
 * added into its own unit's row as "own" and into every unit above as "children". Leaves are far
 * fewer than figures, so this costs little next to adding every figure at every level. Cells are
 * found by numbers: the leaf's group (everything but the unit, as a small integer) and the unit
 * version id, never by a string key.
 *
 * @param leaves - the leaf cells
 * @param groups - per leaf: its group id (the same for leaves that differ only by unit)
 * @param links - per leaf: the units it is added into, its own first
 * @param versions - how many unit version ids there are (every `vid` is below)
 */
export function expandRollup(
  leaves: readonly Cell[],
  groups: ArrayLike<number>,
  links: readonly (readonly RollupLink[])[],
  versions: number,
  interner: UnitInterner,
  onlyTrack: ReadonlySet<string> | null = null,
): Cell[] {
  let nGroups = 0;
  for (let i = 0; i < leaves.length; i++) nGroups = Math.max(nGroups, (groups[i] as number) + 1);
  const size = nGroups * versions;
  const dense = size <= DENSE_LIMIT ? new Int32Array(size) : null;
  const sparse = dense === null ? new Map<number, number>() : null;
  const out: Cell[] = [];
  for (let li = 0; li < leaves.length; li++) {
    const leaf = leaves[li] as Cell;
    // A leaf that tracks no units heard from its own unit only.
    // Without coverage (`onlyTrack` set), only ratios and their parts count their units.
    const track = onlyTrack === null || onlyTrack.has(leaf.indicator);
    const ids = !track ? [] : leaf.units === null ? [interner.id(leaf.dims.unit ?? '')] : unitIds(leaf.units);
    const base = (groups[li] as number) * versions;
    for (const t of links[li] as readonly RollupLink[]) {
      const k = base + t.vid;
      let ci = dense !== null ? (dense[k] as number) - 1 : (sparse?.get(k) ?? -1);
      if (ci < 0) {
        const cell = newCell(null, { ...leaf.dims, unit: t.code }, leaf.bucket, leaf.indicator, leaf.uom, leaf.kind, true);
        cell.level = t.level;
        cell.version = t.version;
        ci = out.length;
        out.push(cell);
        if (dense !== null) dense[k] = ci + 1;
        else sparse?.set(k, ci);
      }
      const cell = out[ci] as Cell;
      // The total of a rollup cell is its own part plus its children's (see cellTotal).
      addSums(t.own ? (cell.own ?? cell.total) : (cell.children ?? cell.total), leaf.total);
      if (track) {
        const bits = cell.units ?? (cell.units = newUnitBits());
        for (const id of ids) addUnit(bits, id);
      }
      cell.joint += leaf.joint;
      if (leaf.mapped !== null) {
        const m = cell.mapped ?? (cell.mapped = new Set());
        for (const u of leaf.mapped) m.add(u);
      }
      if (leaf.obs !== null) for (const o of leaf.obs.values()) addObservation(cell, o.own === t.own ? o : { ...o, own: t.own });
    }
  }
  return out;
}
