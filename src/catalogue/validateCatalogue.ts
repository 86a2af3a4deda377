import type { Catalogue } from './Catalogue';
import type { Issue } from '../errors/Issue';
import { IndicatorSchema } from '../schema/IndicatorSchema';
import { ID_PATTERN } from '../schema/patterns';
import { makeIssue } from '../errors/makeIssue';
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
  const has = (id: string): boolean => Object.prototype.hasOwnProperty.call(catalogue, id);
  for (const [id, def] of Object.entries<Catalogue[string]>(catalogue)) {
    if (!ID_PATTERN.test(id)) {
      issues.push(
        makeIssue('invalid_indicator_id', 'error', `indicator id ${JSON.stringify(id)} is not snake_case`, `Mã chỉ tiêu ${JSON.stringify(id)} không đúng dạng snake_case`, { path: [id] }),
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
          makeIssue('unknown_reference', 'error', `${id}.${field} refers to unknown indicator ${target}`, `${id}.${field} tham chiếu chỉ tiêu không tồn tại ${target}`, { path: [id, field] }),
        );
      }
    }
    if (def.subsetOf !== undefined && has(def.subsetOf)) {
      const sup = catalogue[def.subsetOf] as Catalogue[string];
      if (!def.uoms.every((u) => sup.uoms.includes(u))) {
        issues.push(
          makeIssue('subset_uom_mismatch', 'error', `${id} has units of measure its superset ${def.subsetOf} lacks`, `${id} có đơn vị tính mà chỉ tiêu cha ${def.subsetOf} không có`, { path: [id, 'uoms'] }),
        );
      }
    }
  }
  return issues;
}
