import { ValidationError } from '../errors/ValidationError';
import type { Figure } from '../schema/FigureSchema';
import { type ValidateFiguresOptions, validateFigures } from './validateFigures';

/**
 * Validates a data set of figures and returns them, or throws one error carrying every issue.
 *
 * @param rows - the figures (anything; bad rows are reported)
 * @param options - catalogue, programmes, units table, first row number
 * @returns the figures, as new plain objects (warnings are dropped; use {@link safeParseFigures} to see them)
 * @throws {@link ValidationError} `validation_failed` when any row has an error; its `issues`
 * holds all issues (errors and warnings)
 * @example
 * ```ts
 * parseFigures([{ unit: '42', period: '2013-08-01/2023-05-24', indicator: 'marches', value: 35 }]).length;
 * // => 1
 * ```
 * @category Validation
 */
export function parseFigures(rows: readonly unknown[], options: ValidateFiguresOptions = {}): Figure[] {
  const r = validateFigures(rows, options);
  if (r.rejectedRows.length > 0) throw new ValidationError(r.issues, 'parseFigures');
  return r.figures;
}
