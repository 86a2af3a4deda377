import type { Issue } from './Issue';

import { ERROR_BRAND } from './internal/brand';

/**
 * Base class of every error antq throws. Errors carry a brand so that {@link isAntqError} works
 * even when two copies of the library (ESM and CJS) are loaded in one process.
 *
 * @example
 * ```ts
 * const e = new AntqError('misuse', 'parsePeriod: expected a string');
 * e.code;
 * // => 'misuse'
 * ```
 * @category Errors
 */
export class AntqError extends Error {
  /** Stable machine-readable code. */
  readonly code: string;
  /** The issues behind this error, when it reports bad data. */
  readonly issues: readonly Issue[];
  /** @internal */
  readonly [ERROR_BRAND] = true;

  /**
   * Creates an error with a stable code and, for bad data, the issues behind it.
   *
   * @param code - stable machine-readable code
   * @param message - English message, starting with the function name for programmer misuse
   * @param issues - the data issues behind the error, if any
   * @param options - `cause`: the error behind this one (a database driver's, for instance)
   */
  constructor(code: string, message: string, issues: readonly Issue[] = [], options?: ErrorOptions) {
    super(message, options);
    this.name = 'AntqError';
    this.code = code;
    this.issues = issues;
  }
}
