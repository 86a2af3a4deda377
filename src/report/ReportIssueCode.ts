/**
 * The codes of the notes {@link buildReport} attaches to a report beyond those of the comparison
 * it includes: `figures_excluded` (figures left out of the totals, with the reason and rows).
 *
 * @example
 * ```ts
 * const code: ReportIssueCode = 'figures_excluded';
 * code;
 * // => 'figures_excluded'
 * ```
 * @category Reports
 */
export type ReportIssueCode = 'figures_excluded';
