import { BUILTIN_CATALOGUE } from './builtinCatalogue';
import type { CatalogueExtension, ExtendedCatalogue } from './extendCatalogue';
import { extendCatalogue } from './extendCatalogue';
import type { Catalogue, CategoryDef } from './Catalogue';

/**
 * Returns the built-in catalogue extended with a team's indicators and categories; shorthand for
 * `extendCatalogue(BUILTIN_CATALOGUE, extension)`.
 *
 * @param extension - new indicators and new categories
 * @returns the merged catalogue, with literal id types
 * @throws {@link AntqError} `invalid_catalogue` as {@link extendCatalogue} does
 * @example
 * ```ts
 * const mine = defineCatalogue({
 *   indicators: {
 *     drug_users_treated: {
 *       labelVi: 'Người nghiện được cai', labelEn: 'Drug users treated', nounVi: 'người nghiện',
 *       nounEn: 'drug users', synonymsVi: [], uoms: ['person'], defaultUom: 'person',
 *       kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
 *     },
 *   },
 * });
 * Object.keys(mine).includes('weapons_surrendered');
 * // => true
 * ```
 * @category Catalogue
 */
export function defineCatalogue<
  const N extends Catalogue = Catalogue<never>,
  const X extends { readonly [id: string]: { readonly [code: string]: CategoryDef } } = Record<never, never>,
>(
  extension: CatalogueExtension<N, X> & {
    readonly categories?: { readonly [K in Exclude<keyof X, keyof typeof BUILTIN_CATALOGUE | keyof N>]: never };
  },
): ExtendedCatalogue<typeof BUILTIN_CATALOGUE, N, X> {
  return extendCatalogue<typeof BUILTIN_CATALOGUE, N, X>(BUILTIN_CATALOGUE, extension);
}
