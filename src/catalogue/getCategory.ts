import type { CategoryDef, IndicatorDef } from './Catalogue';

/**
 * Looks up one category of an indicator. Explicit categories are read as defined; a faceted code
 * (commendations: `issuer.award.recipient`, or a prefix of it) is resolved segment by segment and
 * its labels and nouns are joined in facet order.
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
 * getCategory(BUILTIN_CATALOGUE.marches, 'gun');
 * // => undefined
 * ```
 * @category Catalogue
 */
export function getCategory(indicator: IndicatorDef, code: string): CategoryDef | undefined {
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
    if (values === undefined || !Object.prototype.hasOwnProperty.call(values, seg)) return undefined;
    parts.push(values[seg] as CategoryDef);
  }
  if (parts.length === 1) return parts[0];
  return {
    labelVi: parts.map((p) => p.labelVi).join(', '),
    labelEn: parts.map((p) => p.labelEn).join(', '),
    nounVi: parts.map((p) => p.nounVi).join(' '),
    nounEn: parts.map((p) => p.nounEn).join(' '),
  };
}
