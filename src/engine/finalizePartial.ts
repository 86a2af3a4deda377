import { AntqError } from '../errors/AntqError';
import type { AggregateOptions } from './AggregateOptions';
import type { AggregateResult } from './AggregateRow';
import type { PartialAggregate } from './PartialAggregate';
import { addObservation, cellFromJson, isPartialAggregate, type Obs } from './internal/cells';
import { finalizeCells } from './internal/finalize';
import { UnitInterner } from './internal/UnitBits';
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
 * @throws {@link AntqError} `invalid_argument` when `options` differ from those of the partial
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
  const spec = normalizeSpec('finalizePartial', options);
  if (!isPartialAggregate(partial)) throw new AntqError('invalid_argument', 'finalizePartial: not a partial aggregate (format antq.partial/1)');
  if (partial.spec !== spec.key) throw new AntqError('invalid_argument', 'finalizePartial: options differ from those the partial was made with');
  if (partial.cells.length > spec.maxGroups) throw tooManyGroups(spec.maxGroups);
  const interner = new UnitInterner();
  // Interned first and in order, the codes take their positions as ids.
  for (let i = 0; i < unitCodes.length; i++) {
    if (interner.id(unitCodes[i]) !== i) throw new AntqError('invalid_argument', 'finalizePartial: a unit code repeats');
  }
  const cells = partial.cells.map((c, i) => {
    const ids = unitIds[i];
    if (ids === null || ids === undefined) return cellFromJson(c, interner);
    // An observation that names its unit's last day is taken as it is (no copy per observation).
    const { observations, ...rest } = c;
    const cell = cellFromJson(rest, interner);
    if (observations !== undefined) for (const o of observations) addObservation(cell, o.until === undefined ? { ...o, until: Number.MAX_SAFE_INTEGER } : (o as Obs));
    if (cell.units !== null) {
      for (const id of ids) {
        if (!(id >= 0 && id < unitCodes.length && Number.isInteger(id))) throw new AntqError('invalid_argument', `finalizePartial: unit id ${id} is not a position in the unit codes`);
        cell.units.add(id);
      }
    }
    return cell;
  });
  return finalizeCells(spec, cells, partial.read, partial.used, partial.excluded);
}
