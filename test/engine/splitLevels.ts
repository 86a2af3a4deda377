import type { PartialAggregate, PartialCell, PartialObservation } from '../../src/engine/PartialAggregate';

/** A stock level as the stock walker takes it: its cell's key and the level. */
export type KeyedLevel = [string, PartialObservation];

/**
 * A partial cut the way antq/sql hands it to the stock walker: its cells without their levels,
 * and the levels by cell key, each group's together (a group: the cells that differ only by
 * bucket), the cells of a group in bucket order.
 *
 * @param partial - the partial to cut
 * @param levelsOf - a cell's levels as they are handed over (in some order, or with more levels)
 * @param groupsReversed - whether the groups are handed over last first
 * @returns the bare partial and the levels
 */
export function splitLevels(
  partial: PartialAggregate,
  levelsOf: (key: string, observations: readonly PartialObservation[]) => KeyedLevel[],
  groupsReversed = false,
): { bare: PartialAggregate; levels: KeyedLevel[] } {
  const cells: PartialCell[] = [];
  const byGroup = new Map<string, { bucket: number; levels: KeyedLevel[] }[]>();
  for (const { observations, ...cell } of partial.cells) {
    cells.push(cell);
    if (observations === undefined) continue;
    const group = JSON.stringify([cell.dims, cell.version ?? null, cell.uom]);
    const list = byGroup.get(group) ?? [];
    byGroup.set(group, list);
    list.push({ bucket: cell.bucket ?? 0, levels: levelsOf(cell.key, observations) });
  }
  const groups = [...byGroup.values()];
  if (groupsReversed) groups.reverse();
  const levels = groups.flatMap((list) => list.sort((a, b) => a.bucket - b.bucket).flatMap((c) => c.levels));
  return { bare: { ...partial, cells }, levels };
}
