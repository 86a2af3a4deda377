/**
 * One problem found in user data: expected bad input is reported as a value, never thrown.
 *
 * `code` is stable and documented (tests and users branch on it); `message` is English and
 * `messageVi` Vietnamese, both free to improve between releases.
 *
 * @category Errors
 */
export interface Issue {
  /** Stable machine-readable code, e.g. `unknown_indicator`. */
  readonly code: string;
  /** `error` rejects the value or row; `warning` keeps it but flags it. */
  readonly severity: 'error' | 'warning';
  /** Where in the value the problem is: property names and array indexes. */
  readonly path: readonly (string | number)[];
  /** 1-based data row (header excluded) or 0-based array index, when the input is a table. */
  readonly row?: number;
  /** 1-based physical line in a text file, when known (a quoted cell can span lines). */
  readonly line?: number;
  /** The column name, when the input is a table. */
  readonly column?: string;
  /** Character offset in a text input, when the input is a phrase or a line. */
  readonly position?: number;
  /** English message for people. */
  readonly message: string;
  /** Vietnamese message for people. */
  readonly messageVi: string;
}
