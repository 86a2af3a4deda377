import { AntqError } from '../errors/AntqError';
import type { AggregateOptions } from './AggregateOptions';
import type { AggregateResult } from './AggregateRow';
import type { PartialAggregate } from './PartialAggregate';
import type { PartialObservation } from './PartialAggregate';
import { addObservation, cellFromJson, isPartialAggregate, type Cell, type Obs } from './internal/cells';
import { checkLevel, checkPartialCell, checkPartialHead, specShape } from './internal/checkPartialCell';
import { baseKey, finalizeCells, stockGroupWalk, type Finished, type StockGroupWalk } from './internal/finalize';
import type { Spec } from './internal/spec';
import { addUnit, UnitInterner } from './internal/UnitBits';
import { newSeriesColumns } from './internal/SeriesColumns';
import { normalizeSpec } from './internal/spec';
import { tooManyGroups } from './createAggregator';

/**
 * Finishes a (merged) partial aggregate into rows: stocks take their latest levels, ratios are
 * recomputed from their parts, coverage is counted.
 *
 * @param partial - a partial aggregate from {@link Aggregator.partial} or {@link mergePartials}
 * @param options - the options the partial was made with (the catalogue and units registry are
 *   needed again, as they are not serialised)
 * @returns the aggregation result
 * @throws {@link AntqError} `invalid_argument` when `options` differ from those of the partial,
 *   a field of the partial or of one of its cells is not of the type and range antq writes
 *   (counts, exact sums, known kinds, qualifiers, units of measure; the key the one of the cell's
 *   dimensions) or disagrees with the others or the options as no partial antq writes does
 *   (counts that do not add up, sums beside no figures, a stock cell with sums or without
 *   levels, dimensions not those grouped by, cells out of key order; the message names the
 *   cell's position and the field), or a stock level's day,
 *   value or last day is not a finite number, its value is negative or its qualifier not one of
 *   `QUALIFIERS`
 * @example
 * ```ts
 * const agg = createAggregator({ by: ['indicator'] });
 * agg.add({ unit: '42', indicator: 'marches', value: 35 });
 * const json = JSON.parse(JSON.stringify(agg.partial()));
 * finalizePartial(json, { by: ['indicator'] }).rows[0].value;
 * // => 35
 * ```
 * @category Aggregation
 */
export function finalizePartial(partial: PartialAggregate, options: AggregateOptions = {}): AggregateResult {
  return finalizeWithUnitIds(partial, options, [], []);
}

/**
 * {@link finalizePartial} for cells whose units heard from come as numbers (`antq/sql`'s bitmaps
 * of units): `unitIds[i]`, when given, holds cell `i`'s units as positions in `unitCodes` (its
 * `units` then lists none), so that no code is looked up or interned per cell and unit. The codes
 * of `unitCodes` are distinct.
 *
 * @param partial - as for {@link finalizePartial}
 * @param options - as for {@link finalizePartial}
 * @param unitCodes - the unit codes the ids stand for, each id its position
 * @param unitIds - per cell (by position in `partial.cells`), its units' ids, or `null`/absent
 * @returns the aggregation result
 * @throws {@link AntqError} `invalid_argument` as {@link finalizePartial}, and when a code of
 *   `unitCodes` repeats or an id is not a position in it
 */
export function finalizeWithUnitIds(partial: PartialAggregate, options: AggregateOptions, unitCodes: readonly string[], unitIds: readonly (readonly number[] | null)[]): AggregateResult {
  const { spec, cells } = cellsWithUnitIds(partial, options, unitCodes, unitIds, false);
  return finalizeCells(spec, cells, partial.read, partial.used, partial.excluded);
}

/**
 * The checked spec and the cells of {@link finalizeWithUnitIds}; `sqlCells`: the cells are those
 * `antq/sql` hands the stock level walker (see `PartialShape.sqlCells`), checked as such.
 */
function cellsWithUnitIds(partial: PartialAggregate, options: AggregateOptions, unitCodes: readonly string[], unitIds: readonly (readonly number[] | null)[], sqlCells: boolean): { spec: Spec; cells: Cell[] } {
  const spec = normalizeSpec('finalizePartial', options);
  if (!isPartialAggregate(partial)) throw new AntqError('invalid_argument', 'finalizePartial: not a partial aggregate (format antq.partial/1)');
  checkPartialHead('finalizePartial', partial, null, sqlCells);
  if (partial.spec !== spec.key) throw new AntqError('invalid_argument', 'finalizePartial: options differ from those the partial was made with');
  if (partial.cells.length > spec.maxGroups) throw tooManyGroups(spec.maxGroups);
  const interner = new UnitInterner();
  // Interned first and in order, the codes take their positions as ids.
  for (let i = 0; i < unitCodes.length; i++) {
    if (interner.id(unitCodes[i]) !== i) throw new AntqError('invalid_argument', 'finalizePartial: a unit code repeats');
  }
  const shape = specShape(spec, sqlCells);
  const cells = partial.cells.map((c, i) => {
    checkPartialCell('finalizePartial', c, null, i, shape, partial.cells[i - 1]);
    const ids = unitIds[i];
    if (ids === null || ids === undefined) return cellFromJson(c, interner);
    // An observation that names its unit's last day is taken as it is (no copy per observation).
    const { observations, ...rest } = c;
    const cell = cellFromJson(rest, interner);
    if (observations !== undefined) for (const o of observations) addObservation(cell, o.until === undefined ? { ...o, until: Number.MAX_SAFE_INTEGER } : (o as Obs));
    if (cell.units !== null) {
      for (const id of ids) {
        if (!(id >= 0 && id < unitCodes.length && Number.isInteger(id))) throw new AntqError('invalid_argument', `finalizePartial: unit id ${id} is not a position in the unit codes`);
        addUnit(cell.units, id);
      }
    }
    return cell;
  });
  return { spec, cells };
}

/** The stock group a walker is reading: its walk, its cells in bucket order, how many of them have given the walk their own levels, and the bucket of the last level added. */
interface Walking {
  readonly key: string;
  readonly cells: Cell[];
  readonly walk: StockGroupWalk;
  given: number;
  last: number;
}

/**
 * Takes the stock levels of a partial's cells a few at a time, and walks each stock series group
 * (the cells that differ only in their bucket) as soon as its levels are all in, keeping only its
 * finished rows: the levels of one group at a time are held, not all of them.
 */
export interface StockLevelWalker {
  /**
   * Adds a series' level to the cell whose key is `key` (a cell the partial does not have, or
   * not a stock's, takes none, as in the partial's own `observations`). The levels of one group
   * come together and in bucket order: each level is taken into its series' latest level as it
   * comes (the buckets before it walked first), and once a level of another group is added, the
   * group before is walked to its end. A group holds one level per series, not its buckets',
   * as columns: the level's fields are copied, so the caller may reuse its object.
   *
   * @throws {@link AntqError} `invalid_argument` when the level's day, value or last day is not a
   *   finite number or its qualifier not one of `QUALIFIERS`, when a group's levels come again
   *   after another group's, a bucket's after a later bucket's, or after {@link StockLevelWalker.finish}
   */
  add(key: string, level: PartialObservation): void;
  /**
   * Walks the groups not walked yet (those with no levels among them too) and makes the rows.
   *
   * @throws {@link AntqError} `invalid_argument` when called a second time
   */
  finish(): AggregateResult;
}

/**
 * {@link finalizeWithUnitIds} for a partial whose stock cells come without their levels: the
 * levels are added afterwards through the walker, grouped by stock series group (see
 * {@link StockLevelWalker}). The rows are those {@link finalizeWithUnitIds} gives for the same
 * partial with the levels in its cells.
 *
 * @param partial - as for {@link finalizeWithUnitIds}, its cells' `observations` absent (any given
 *   are taken too); cells as `antq/sql` makes them: a stock cell's sums and a rollup cell's total
 *   are not checked against its levels and parts (see `PartialShape.sqlCells`)
 * @param options - as for {@link finalizePartial}
 * @param unitCodes - as for {@link finalizeWithUnitIds}
 * @param unitIds - as for {@link finalizeWithUnitIds}
 * @returns the walker
 * @throws {@link AntqError} `invalid_argument` as {@link finalizeWithUnitIds}
 */
export function stockLevelWalker(partial: PartialAggregate, options: AggregateOptions, unitCodes: readonly string[], unitIds: readonly (readonly number[] | null)[]): StockLevelWalker {
  const { spec, cells } = cellsWithUnitIds(partial, options, unitCodes, unitIds, true);
  const others: Cell[] = [];
  // Each stock cell by its key, and each group's cells by the group's key, in the order first met.
  const stockByKey = new Map<string, { readonly cell: Cell; readonly group: string }>();
  const groups = new Map<string, Cell[]>();
  for (const cell of cells) {
    if (cell.kind !== 'stock') {
      others.push(cell);
      continue;
    }
    const k = baseKey(cell);
    stockByKey.set(cell.key ?? '', { cell, group: k });
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [cell]);
    else g.push(cell);
  }
  const walked: Finished[] = [];
  // The series of the group being read, as columns: one set for every group, one after the other.
  const columns = newSeriesColumns();
  // The group being read.
  let current: Walking | null = null;
  // Gives the current group's walk the levels its cells already had (a partial's own
  // `observations`), those of the buckets up to `upTo`, before the levels that come after them.
  const given = (w: Walking, upTo: number): void => {
    for (; w.given < w.cells.length && ((w.cells[w.given] as Cell).bucket ?? 0) <= upTo; w.given++) {
      const cell = w.cells[w.given] as Cell;
      if (cell.obs !== null) for (const o of cell.obs.values()) w.walk.level(cell.bucket ?? 0, o);
      cell.obs = null;
    }
  };
  const end = (): void => {
    if (current === null) return;
    given(current, Number.MAX_SAFE_INTEGER);
    current.walk.finish();
    current = null;
  };
  const start = (key: string): Walking => {
    const cells = groups.get(key);
    if (cells === undefined) throw new AntqError('invalid_argument', 'finalizePartial: the levels of a stock group came apart (another group came between them)');
    groups.delete(key);
    return (current = { key, cells, walk: stockGroupWalk(spec, cells, walked, true, columns), given: 0, last: Number.NEGATIVE_INFINITY });
  };
  let done = false;
  return {
    add(key, level) {
      if (done) throw new AntqError('invalid_argument', 'finalizePartial: a stock level came after the stock walker had finished');
      const found = stockByKey.get(key);
      if (found === undefined) return;
      checkLevel(level);
      const { cell, group } = found;
      let walking = current;
      if (walking?.key !== group) {
        end();
        walking = start(group);
      }
      // A level of an earlier bucket than the last one's: that bucket has been walked already.
      const bucket = cell.bucket ?? 0;
      if (bucket < walking.last) throw new AntqError('invalid_argument', 'finalizePartial: the levels of a stock group came out of bucket order (a level of an earlier bucket after a later one)');
      walking.last = bucket;
      given(walking, bucket);
      walking.walk.level(bucket, level.until === undefined ? { ...level, until: Number.MAX_SAFE_INTEGER } : (level as Obs));
    },
    finish() {
      if (done) throw new AntqError('invalid_argument', 'finalizePartial: the stock walker has finished already');
      done = true;
      end();
      for (const key of [...groups.keys()]) {
        start(key);
        end();
      }
      return finalizeCells(spec, others, partial.read, partial.used, partial.excluded, null, walked);
    },
  };
}
