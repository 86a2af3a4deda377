import type { Catalogue } from './Catalogue';
import { getIndicator } from './getIndicator';
import { hasIndicator } from './hasIndicator';
import type { Issue } from '../errors/Issue';
import { IndicatorSchema } from '../schema/IndicatorSchema';
import { ID_PATTERN } from '../schema/patterns';
import { catalogueIssue } from './internal/issues';
import { fromZodIssues } from '../errors/fromZodIssues';

/**
 * Checks a whole catalogue: ids are snake_case, every definition passes {@link IndicatorSchema},
 * and every relation (`subsetOf`, `pairedWith`, `ratio`) points at an indicator of the same
 * catalogue with the same units of measure where they are compared.
 *
 * Codes: `invalid_indicator_id`, the schema codes (`invalid_value`, `invalid_type`, …) with the
 * id first in `path`, `unknown_reference`, `subset_uom_mismatch`.
 *
 * @param catalogue - the catalogue to check
 * @returns all issues found (empty for a sound catalogue)
 * @example
 * ```ts
 * validateCatalogue(BUILTIN_CATALOGUE);
 * // => []
 * ```
 * @category Validation
 */
export function validateCatalogue(catalogue: Catalogue): Issue[] {
  const issues: Issue[] = [];
  // A plain boolean: the type guard would narrow a missing id to `never` in the messages below.
  const has = (id: string): boolean => hasIndicator(catalogue, id);
  for (const [id, def] of Object.entries<Catalogue[string]>(catalogue)) {
    if (!ID_PATTERN.test(id)) {
      issues.push(
        catalogueIssue('invalid_indicator_id', 'error', { id }, { path: [id] }),
      );
    }
    const parsed = IndicatorSchema.safeParse(def);
    if (!parsed.success) for (const issue of fromZodIssues(parsed.error.issues, { prefix: [id] })) issues.push(issue);
    const refs: [string, string][] = [];
    if (def.subsetOf !== undefined) refs.push(['subsetOf', def.subsetOf]);
    (def.pairedWith ?? []).forEach((p) => refs.push(['pairedWith', p]));
    if (def.ratio !== undefined) refs.push(['ratio', def.ratio.numerator], ['ratio', def.ratio.denominator]);
    for (const [field, target] of refs) {
      if (!has(target)) {
        issues.push(
          catalogueIssue('unknown_reference', 'error', { id, field, target }, { path: [id, field] }),
        );
      }
    }
    if (def.subsetOf !== undefined && hasIndicator(catalogue, def.subsetOf)) {
      const sup = getIndicator(catalogue, def.subsetOf);
      if (!def.uoms.every((u) => sup.uoms.includes(u))) {
        issues.push(
          catalogueIssue('subset_uom_mismatch', 'error', { id, superset: def.subsetOf }, { path: [id, 'uoms'] }),
        );
      }
    }
  }
  return issues;
}
