import { AntqError } from './AntqError';
import type { Issue } from './Issue';

/**
 * Thrown by the `parseX` functions when data does not validate; it carries every issue found,
 * not only the first. The `safeParseX` twins return the same issues without throwing.
 *
 * @example
 * ```ts
 * const e = new ValidationError([]);
 * e.code;
 * // => 'validation_failed'
 * ```
 * @category Errors
 */
export class ValidationError extends AntqError {
  /**
   * Creates the error from every issue found; its message names the first error.
   *
   * @param issues - all issues found (errors and warnings)
   * @param context - what was being validated, for the message (e.g. `parseFigures`)
   */
  constructor(issues: readonly Issue[], context = 'validation') {
    const errors = issues.filter((i) => i.severity === 'error');
    const first = errors[0];
    const head = first ? `: ${first.message}` : '';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    super('validation_failed', `${context}: ${errors.length} error(s)${head}${more}`, issues);
    this.name = 'ValidationError';
  }
}
