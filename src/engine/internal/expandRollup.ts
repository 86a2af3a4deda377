import { addObservation, newCell, padBucket, SEP, type Cell } from './cells';
import { addSums } from './sums';
import { UnitBits, type UnitInterner } from './UnitBits';

/**
 * Hierarchy subtotals from leaf cells: each leaf (a unit version with the chain above it) is
 * added into its own unit's row as "own" and into every unit above as "children". Leaves are far
 * fewer than figures, so this costs little next to adding every figure at every level.
 */
export function expandRollup(leaves: readonly Cell[], interner: UnitInterner, onlyTrack: ReadonlySet<string> | null = null): Cell[] {
  // Cells by everything but the unit, then by unit version: one string key per leaf, and the
  // unit versions (interned strings from the registry) for the levels above it.
  const groups = new Map<string, Map<string, Cell>>();
  const out: Cell[] = [];
  for (const leaf of leaves) {
    // A leaf that tracks no units heard from its own unit only.
    // Without coverage (`onlyTrack` set), only ratios and their parts count their units.
    const track = onlyTrack === null || onlyTrack.has(leaf.indicator);
    const ids = !track ? [] : leaf.units === null ? [interner.id(leaf.dims.unit ?? '')] : leaf.units.ids();
    const head = `${leaf.dims.program ?? ''}${SEP}${leaf.dims.indicator ?? ''}${SEP}${leaf.dims.category ?? ''}${SEP}`;
    const tail = `${SEP}${leaf.dims.reporter ?? ''}${SEP}${leaf.bucket === null ? '' : padBucket(leaf.bucket)}${SEP}${leaf.uom}`;
    const targets = [
      { code: leaf.dims.unit ?? '', version: leaf.version, level: leaf.level, own: true },
      ...(leaf.chain ?? []).map((l) => ({ code: l.code, version: l.version, level: l.level, own: false })),
    ];
    let group = groups.get(head + tail);
    if (group === undefined) {
      group = new Map();
      groups.set(head + tail, group);
    }
    for (const t of targets) {
      const unitKey = t.version ?? t.code;
      let cell = group.get(unitKey);
      if (cell === undefined) {
        cell = newCell(head + unitKey + tail, { ...leaf.dims, unit: t.code }, leaf.bucket, leaf.indicator, leaf.uom, leaf.kind, true);
        cell.level = t.level;
        cell.version = t.version;
        group.set(unitKey, cell);
        out.push(cell);
      }
      // The total of a rollup cell is its own part plus its children's (see cellTotal).
      addSums(t.own ? (cell.own ?? cell.total) : (cell.children ?? cell.total), leaf.total);
      if (track) {
        const bits = cell.units ?? (cell.units = new UnitBits());
        for (const id of ids) bits.add(id);
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
