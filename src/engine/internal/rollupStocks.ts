import type { Cell } from './cells';
import { DENSE_LIMIT, type RollupLink } from './expandRollup';
import { addLevel, type Finished } from './finalize';
import { newSums, sumsValue, type Sums } from './sums';

/**
 * The stock rows of a rollup without period buckets, walked straight from the leaves: each
 * subtotal (a leaf group at one unit version) takes the levels of the leaves below it, as
 * `expandRollup` would gather them into a cell and the stock walk would then add them (its one
 * bucket, nothing carried in: in the same order, so the same sums), with no cell holding a copy
 * of each level per unit above and no map of levels per subtotal.
 *
 * @param leaves - the stock leaf cells
 * @param groups - per leaf: its group id (the same for leaves that differ only by unit)
 * @param links - per leaf: the units it is added into, its own first
 * @param versions - how many unit version ids there are (every `vid` is below)
 * @param end - the last day the rows stand for (a level whose unit ceased before it is left out)
 * @returns the rows, each with its subtotal's cell, or `null` when the general path is needed: a
 *   leaf with levels carried in from before a window, with restated units or in a bucket other
 *   than the one, or a subtotal meeting one series in two leaves (the later level would replace
 *   the earlier there)
 */
export function rollupStocks(leaves: readonly Cell[], groups: ArrayLike<number>, links: readonly (readonly RollupLink[])[], versions: number, end: number): Finished[] | null {
  let nGroups = 0;
  for (let li = 0; li < leaves.length; li++) {
    const leaf = leaves[li] as Cell;
    if (leaf.kind !== 'stock' || leaf.obs === null || leaf.mapped !== null || (leaf.bucket ?? 0) !== 0) return null; // levels carried in (BEFORE, -1) or another bucket
    nGroups = Math.max(nGroups, (groups[li] as number) + 1);
  }
  // A subtotal would meet one series twice only when two leaves of its group hold it (a leaf
  // holds each series once); units are numbered, so that a subtotal's units are counted by numbers.
  const seriesNo = new Map<string, number>();
  const seriesSeen = new Set<number>();
  const unitNo = new Map<string, number>();
  for (let li = 0; li < leaves.length; li++) {
    const g = groups[li] as number;
    for (const o of (leaves[li] as Cell).obs?.values() ?? []) {
      let sn = seriesNo.get(o.series);
      if (sn === undefined) {
        sn = seriesNo.size;
        seriesNo.set(o.series, sn);
      }
      const sk = sn * nGroups + g;
      if (seriesSeen.has(sk)) return null;
      seriesSeen.add(sk);
      if (!unitNo.has(o.unit)) unitNo.set(o.unit, unitNo.size);
    }
  }
  const nUnits = unitNo.size;
  const size = nGroups * versions;
  const dense = size <= DENSE_LIMIT ? new Int32Array(size) : null;
  const sparse = dense === null ? new Map<number, number>() : null;
  // Per subtotal: its cell (whose running sums are the walk's), and its units heard from.
  const cells: Cell[] = [];
  const units: number[] = [];
  // The (subtotal, unit) pairs counted.
  const unitSeen = new Set<number>();
  for (let li = 0; li < leaves.length; li++) {
    const leaf = leaves[li] as Cell;
    const obs = leaf.obs as NonNullable<Cell['obs']>;
    const base = (groups[li] as number) * versions;
    for (const t of links[li] as readonly RollupLink[]) {
      const k = base + t.vid;
      let ci = dense !== null ? (dense[k] as number) - 1 : (sparse?.get(k) ?? -1);
      if (ci < 0) {
        ci = cells.length;
        // The fields `expandRollup` gives a subtotal's cell (the row reads its dimensions, level,
        // version and joint figures); no unit set, as none is tracked for stock subtotals.
        cells.push({
          key: null,
          dims: { ...leaf.dims, unit: t.code },
          bucket: leaf.bucket,
          indicator: leaf.indicator,
          uom: leaf.uom,
          kind: leaf.kind,
          level: t.level,
          version: t.version,
          total: newSums(),
          own: newSums(),
          children: newSums(),
          units: null,
          joint: 0,
          chain: null,
          mapped: null,
          obs: null,
        });
        units.push(0);
        if (dense !== null) dense[k] = ci + 1;
        else sparse?.set(k, ci);
      }
      const cell = cells[ci] as Cell;
      const own = cell.own as Sums;
      const children = cell.children as Sums;
      cell.joint += leaf.joint;
      for (const o of obs.values()) {
        if (!addLevel(cell.total, own, children, t.own, o.value, o.qualifier, o.until, end)) continue;
        const uk = ci * nUnits + (unitNo.get(o.unit) as number);
        if (!unitSeen.has(uk)) {
          unitSeen.add(uk);
          units[ci] = (units[ci] as number) + 1;
        }
      }
    }
  }
  const out: Finished[] = [];
  for (let ci = 0; ci < cells.length; ci++) {
    const cell = cells[ci] as Cell;
    out.push({ cell, bucket: null, total: sumsValue(cell.total), units: units[ci] as number, carried: 0, own: sumsValue(cell.own as Sums), children: sumsValue(cell.children as Sums) });
  }
  return out;
}
