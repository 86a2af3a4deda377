import { NAMED_CATEGORY_PREFIX } from '../schema/patterns';
import type { CategoryDef, IndicatorDef } from './Catalogue';

/** The segment of a faceted category code that leaves its facet open (not given by the source). */
const OPEN_FACET = '*';

/**
 * Looks up one category of an indicator. Explicit categories are read as defined; a faceted code
 * (commendations: `issuer.award.recipient`, or a prefix of it) is resolved segment by segment and
 * its labels and nouns are joined in facet order. A facet may be left open with `*` when the
 * source does not say it (`*.*.collective`: collectives, issuer and award not given); at least one
 * facet must be named, and open facets add nothing to the labels. An indicator with
 * `namedCategories` also reads the name of one kind (`named:Camera an ninh`, see
 * {@link namedCategory}): its labels and nouns carry the name in both languages.
 *
 * @param indicator - the indicator's definition (from {@link getIndicator})
 * @param code - a dotted category code
 * @returns the category's definition, or `undefined` when the indicator has no such category
 * @example
 * ```ts
 * getCategory(BUILTIN_CATALOGUE.weapons_surrendered, 'gun.military')?.nounVi;
 * // => 'súng quân dụng'
 * getCategory(BUILTIN_CATALOGUE.commendations, 'provincial_police_director.certificate_of_merit.individual')?.labelEn;
 * // => 'Provincial Police Director, Certificate of merit, Individuals'
 * getCategory(BUILTIN_CATALOGUE.commendations, '*.certificate_of_merit.collective')?.labelVi;
 * // => 'Bằng khen, Tập thể'
 * getCategory(BUILTIN_CATALOGUE.model_sites, 'named:Camera an ninh')?.labelEn;
 * // => 'Model “Camera an ninh”'
 * getCategory(BUILTIN_CATALOGUE.marches, 'gun');
 * // => undefined
 * ```
 * @category Catalogue
 */
export function getCategory(indicator: IndicatorDef, code: string): CategoryDef | undefined {
  if (code.startsWith(NAMED_CATEGORY_PREFIX)) return indicator.namedCategories === true ? namedDef(indicator, code.slice(NAMED_CATEGORY_PREFIX.length)) : undefined;
  if (indicator.categories !== undefined) {
    return Object.prototype.hasOwnProperty.call(indicator.categories, code) ? indicator.categories[code] : undefined;
  }
  const facets = indicator.categoryFacets;
  if (facets === undefined) return undefined;
  const segments = code.split('.');
  if (segments.length > facets.length) return undefined;
  const parts: CategoryDef[] = [];
  for (let i = 0; i < segments.length; i++) {
    const values = facets[i]?.values;
    const seg = segments[i] as string;
    if (values === undefined) return undefined;
    if (seg === OPEN_FACET) continue;
    if (!Object.prototype.hasOwnProperty.call(values, seg)) return undefined;
    parts.push(values[seg] as CategoryDef);
  }
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  return {
    labelVi: parts.map((p) => p.labelVi).join(', '),
    labelEn: parts.map((p) => p.labelEn).join(', '),
    nounVi: parts.map((p) => p.nounVi).join(' '),
    nounEn: parts.map((p) => p.nounEn).join(' '),
  };
}

/** The words of one named kind: the name in quotation marks beside the indicator's own noun. */
function namedDef(indicator: IndicatorDef, name: string): CategoryDef | undefined {
  if (name === '' || name !== name.trim() || name.includes('.')) return undefined;
  return {
    labelVi: `Mô hình “${name}”`,
    labelEn: `Model “${name}”`,
    nounVi: `${indicator.nounVi} “${name}”`,
    nounEn: `${indicator.nounEn} of “${name}”`,
  };
}
