import { AntqError } from '../errors/AntqError';
import type { PartialAggregate, PartialCell } from './PartialAggregate';
import { checkPartialCell, checkPartialHead, partialShape, type PartialShape } from './internal/checkPartialCell';
import { byKey, cellFromJson, cellJson, isPartialAggregate, mergeCellJson, type Cell } from './internal/cells';
import { Exclusion } from './internal/Exclusion';
import { UnitInterner } from './internal/UnitBits';

/**
 * Merges partial aggregates of shards (worker threads, processes, machines) into one. Merging is
 * associative and commutative: any grouping and order of shards gives the same result as one
 * pass over all figures.
 *
 * @param partials - partial aggregates made with the same options
 * @returns the merged partial aggregate
 * @throws {@link AntqError} `invalid_argument` when the list is empty, a value is not a partial
 *   aggregate, the partials were made with different options, or a field of a partial or of one
 *   of its cells is not of the type and range antq writes or disagrees with the others or the
 *   spec as no partial antq writes does (the message names the partial's and the cell's
 *   positions and the field), or a stock level is not a level (as for `finalizePartial`)
 * @example
 * ```ts
 * const a = createAggregator({ by: ['indicator'] });
 * a.add({ unit: '42', indicator: 'marches', value: 20 });
 * const b = createAggregator({ by: ['indicator'] });
 * b.add({ unit: '40', indicator: 'marches', value: 15 });
 * finalizePartial(mergePartials([a.partial(), b.partial()])).rows[0].value;
 * // => 35
 * ```
 * @category Aggregation
 */
export function mergePartials(partials: readonly PartialAggregate[]): PartialAggregate {
  const first = partials[0];
  if (first === undefined) throw new AntqError('invalid_argument', 'mergePartials: give at least one partial aggregate');
  const cells = new Map<string, Cell>();
  const excluded = new Exclusion();
  const interner = new UnitInterner();
  let read = 0;
  let used = 0;
  // What the spec (the same for all) says of the cells, read from the first partial's.
  let shape: PartialShape | null = null;
  for (let j = 0; j < partials.length; j++) {
    const p = partials[j] as PartialAggregate;
    if (!isPartialAggregate(p)) {
      throw new AntqError('invalid_argument', 'mergePartials: not a partial aggregate (format antq.partial/1)');
    }
    checkPartialHead('mergePartials', p, j);
    if (p.spec !== first.spec) throw new AntqError('invalid_argument', 'mergePartials: the partials were made with different options');
    shape ??= partialShape('mergePartials', p, j);
    read += p.read;
    used += p.used;
    excluded.merge(p.excluded);
    for (let i = 0; i < p.cells.length; i++) {
      const c = p.cells[i] as PartialCell;
      checkPartialCell('mergePartials', c, j, i, shape, p.cells[i - 1]);
      const cell = cells.get(c.key);
      if (cell === undefined) cells.set(c.key, cellFromJson(c, interner));
      else mergeCellJson(cell, c, interner);
    }
  }
  return {
    format: 'antq.partial/1',
    spec: first.spec,
    read,
    used,
    excluded: excluded.json(),
    cells: [...cells.values()].sort(byKey).map((c) => cellJson(c, interner)),
  };
}
