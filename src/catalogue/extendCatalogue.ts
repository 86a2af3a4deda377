import { AntqError } from '../errors/AntqError';
import type { Issue } from '../errors/Issue';
import { catalogueIssue } from './internal/issues';
import { validateCatalogue } from './validateCatalogue';
import type { Catalogue, CategoryDef, IndicatorDef } from './Catalogue';
import { getIndicator } from './getIndicator';
import { hasIndicator } from './hasIndicator';

/**
 * What a team adds to a catalogue: new indicators keyed by new ids, and new categories for
 * existing (or new) indicators keyed by indicator id and then by dotted code.
 *
 * @category Catalogue
 */
export interface CatalogueExtension<
  N extends Catalogue = Catalogue<never>,
  X extends { readonly [id: string]: { readonly [code: string]: CategoryDef } } = Record<never, never>,
> {
  /** New indicators; their ids must not exist in the base catalogue. */
  readonly indicators?: N;
  /** New categories per indicator id; codes must not exist yet, and their parent codes must. */
  readonly categories?: X;
}

/**
 * The catalogue type produced by {@link extendCatalogue}: the base's ids, the new ids, and the
 * added categories merged into their indicators, all as literal types.
 *
 * @category Catalogue
 */
export type ExtendedCatalogue<B extends Catalogue, N extends Catalogue, X> = {
  readonly [K in keyof B | keyof N]: K extends keyof N
    ? K extends keyof X
      ? Omit<N[K], 'categories'> & {
          readonly categories: (N[K] extends { readonly categories: infer M } ? M : unknown) & X[K];
        }
      : N[K]
    : K extends keyof B
      ? K extends keyof X
        ? Omit<B[K], 'categories'> & {
            readonly categories: (B[K] extends { readonly categories: infer M } ? M : unknown) & X[K];
          }
        : B[K]
      : never;
};

/**
 * Returns a new catalogue with a team's indicators and categories added to a base catalogue.
 * Built from literals, the result's id type is the union of the literal ids, so a misspelt
 * indicator id is a compile error everywhere the catalogue is used. Neither input is changed.
 *
 * @param base - the catalogue to extend, e.g. {@link BUILTIN_CATALOGUE}
 * @param extension - new indicators and new categories
 * @returns the merged catalogue
 * @throws {@link AntqError} `invalid_catalogue` when an added id already exists (built-in ids
 * never change meaning), categories are added to an unknown indicator or one with faceted
 * categories, a category code exists already, or the merged catalogue fails
 * {@link validateCatalogue} (unknown references, a category without its parent, …); `issues`
 * lists every problem
 * @example
 * ```ts
 * const mine = extendCatalogue(BUILTIN_CATALOGUE, {
 *   indicators: {
 *     drug_users_treated: {
 *       labelVi: 'Người nghiện được cai', labelEn: 'Drug users treated', nounVi: 'người nghiện',
 *       nounEn: 'drug users', synonymsVi: ['cai nghiện'], uoms: ['person'], defaultUom: 'person',
 *       kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
 *     },
 *   },
 *   categories: {
 *     weapons_surrendered: {
 *       'gun.airsoft': { labelVi: 'Súng airsoft', labelEn: 'Airsoft guns', nounVi: 'súng airsoft', nounEn: 'airsoft guns', classifierVi: 'khẩu' },
 *     },
 *   },
 * });
 * mine.drug_users_treated.kind;
 * // => 'flow'
 * mine.weapons_surrendered.categories['gun.airsoft'].classifierVi;
 * // => 'khẩu'
 * ```
 * @category Catalogue
 */
export function extendCatalogue<
  const B extends Catalogue,
  const N extends Catalogue = Catalogue<never>,
  const X extends { readonly [id: string]: { readonly [code: string]: CategoryDef } } = Record<never, never>,
>(
  base: B,
  extension: CatalogueExtension<N, X> & {
    readonly categories?: { readonly [K in Exclude<keyof X, keyof B | keyof N>]: never };
  },
): ExtendedCatalogue<B, N, X> {
  const issues: Issue[] = [];
  const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
  const out: Record<string, IndicatorDef> = { ...base };
  for (const [id, def] of Object.entries<IndicatorDef>(extension.indicators ?? {})) {
    if (hasIndicator(base, id)) {
      issues.push(
        catalogueIssue('indicator_exists', 'error', { id }, { path: ['indicators', id] }),
      );
      continue;
    }
    out[id] = def;
  }
  for (const [id, cats] of Object.entries(extension.categories ?? {}) as [string, Record<string, CategoryDef>][]) {
    const def = hasIndicator(out, id) ? getIndicator(out, id) : undefined;
    if (def === undefined || def.categoryFacets !== undefined) {
      issues.push(catalogueIssue('invalid_category_target', 'error', { id, faceted: def !== undefined }, { path: ['categories', id] }));
      continue;
    }
    const existing = def.categories ?? {};
    for (const code of Object.keys(cats)) {
      if (own(existing, code)) {
        issues.push(
          catalogueIssue('category_exists', 'error', { id, category: code }, { path: ['categories', id, code] }),
        );
      }
    }
    out[id] = { ...def, categories: { ...existing, ...cats } };
  }
  if (issues.length === 0) for (const issue of validateCatalogue(out)) issues.push(issue);
  if (issues.length > 0) {
    throw new AntqError('invalid_catalogue', `extendCatalogue: ${issues.length} problem(s): ${issues[0]?.message ?? ''}`, issues);
  }
  return out as ExtendedCatalogue<B, N, X>;
}
