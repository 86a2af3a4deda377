import { AntqError } from '../errors/AntqError';
import type { Catalogue, IndicatorId } from './Catalogue';
import { hasIndicator } from './hasIndicator';

/**
 * The definition of one indicator, typed by its literal id: custom entries of an extended
 * catalogue come back with their own literal types.
 *
 * @param catalogue - the catalogue to look in
 * @param id - an indicator id of that catalogue (checked at compile time)
 * @returns the indicator's definition
 * @throws {@link AntqError} `unknown_indicator` when `id` is not in the catalogue (only possible
 * through a cast; test untrusted strings with {@link hasIndicator} first)
 * @example
 * ```ts
 * getIndicator(BUILTIN_CATALOGUE, 'model_sites').kind;
 * // => 'stock'
 * ```
 * @category Catalogue
 */
export function getIndicator<C extends Catalogue, I extends IndicatorId<C>>(catalogue: C, id: I): C[I] {
  if (!hasIndicator(catalogue, id)) {
    throw new AntqError('unknown_indicator', `getIndicator: unknown indicator id ${JSON.stringify(id)}`);
  }
  return catalogue[id];
}
