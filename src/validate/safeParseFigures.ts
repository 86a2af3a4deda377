import type { ParseResult } from '../errors/ParseResult';
import type { Figure } from '../schema/FigureSchema';
import { type ValidateFiguresOptions, validateFigures } from './validateFigures';

/**
 * Validates a data set of figures and never throws: `ok` when no row has an error (warnings ride
 * along in `issues`), otherwise every issue. To keep the good rows of a data set with bad ones,
 * use {@link validateFigures}.
 *
 * @param rows - the figures (anything; bad rows are reported)
 * @param options - catalogue, programmes, units table, first row number
 * @returns the figures, or the issues that kept the data set from validating
 * @example
 * ```ts
 * safeParseFigures([{ unit: '42', period: '2023', indicator: 'marches', value: -1 }]).ok;
 * // => false
 * ```
 * @category Validation
 */
export function safeParseFigures(rows: readonly unknown[], options: ValidateFiguresOptions = {}): ParseResult<Figure[]> {
  const r = validateFigures(rows, options);
  if (r.rejectedRows.length > 0) return { ok: false, issues: r.issues };
  return r.issues.length > 0 ? { ok: true, value: r.figures, issues: r.issues } : { ok: true, value: r.figures };
}
