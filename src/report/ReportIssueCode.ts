/**
 * The codes of the notes {@link buildReport} attaches to a report beyond those of the comparison
 * it includes: `figures_excluded` (figures left out of the totals, with the reason and rows),
 * `default_period` (no period given for a unit's report: the figures' whole span is used) and
 * `no_figures_for_unit` (no figure is for the unit asked for).
 *
 * @example
 * ```ts
 * const code: ReportIssueCode = 'figures_excluded';
 * code;
 * // => 'figures_excluded'
 * ```
 * @category Reports
 */
export type ReportIssueCode = 'figures_excluded' | 'default_period' | 'no_figures_for_unit';
