import type { Catalogue, IndicatorId } from './Catalogue';

/**
 * Whether a string is an indicator id of the catalogue (a type guard that narrows it to the
 * catalogue's literal ids). Inherited `Object.prototype` keys such as `toString` are not ids.
 *
 * @param catalogue - the catalogue to look in
 * @param id - any string, e.g. a CSV cell
 * @returns `true` when the catalogue defines `id`
 * @example
 * ```ts
 * hasIndicator(BUILTIN_CATALOGUE, 'marches');
 * // => true
 * hasIndicator(BUILTIN_CATALOGUE, 'toString');
 * // => false
 * ```
 * @category Catalogue
 */
export function hasIndicator<C extends Catalogue>(catalogue: C, id: string): id is IndicatorId<C> {
  return Object.prototype.hasOwnProperty.call(catalogue, id);
}
