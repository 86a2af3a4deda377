import { AntqError } from '../errors/AntqError';
import type { AggregateOptions } from './AggregateOptions';
import type { AggregateResult } from './AggregateRow';
import type { PartialAggregate } from './PartialAggregate';
import { cellFromJson, isPartialAggregate } from './internal/cells';
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
  const spec = normalizeSpec('finalizePartial', options);
  if (!isPartialAggregate(partial)) throw new AntqError('invalid_argument', 'finalizePartial: not a partial aggregate (format antq.partial/1)');
  if (partial.spec !== spec.key) throw new AntqError('invalid_argument', 'finalizePartial: options differ from those the partial was made with');
  if (partial.cells.length > spec.maxGroups) throw tooManyGroups(spec.maxGroups);
  const interner = new UnitInterner();
  return finalizeCells(spec, partial.cells.map((c) => cellFromJson(c, interner)), partial.read, partial.used, partial.excluded);
}
