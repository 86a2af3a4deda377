/**
 * The codes of the issues {@link validateCatalogue} and {@link extendCatalogue} report beyond the
 * schema codes of each indicator: `invalid_indicator_id` (not snake_case), `unknown_reference`
 * (`subsetOf`, `pairedWith` or `ratio` naming no indicator), `subset_uom_mismatch`,
 * `indicator_exists`, `invalid_category_target` and `category_exists`.
 *
 * @example
 * ```ts
 * const issues = validateCatalogue({ ...BUILTIN_CATALOGUE, BadId: BUILTIN_CATALOGUE.weapons_surrendered });
 * issues[0]?.code as CatalogueIssueCode;
 * // => 'invalid_indicator_id'
 * ```
 * @category Catalogue
 */
export type CatalogueIssueCode = 'invalid_indicator_id' | 'unknown_reference' | 'subset_uom_mismatch' | 'indicator_exists' | 'invalid_category_target' | 'category_exists';
