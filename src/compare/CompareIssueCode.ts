/**
 * The codes of the notes (warnings) period comparisons attach: `baseline_shortened`,
 * `periods_overlap`, `lengths_differ` (from {@link alignPeriods}), `window_straddled`,
 * `coverage_differs`, `series_break` and `territory_changed`.
 *
 * @example
 * ```ts
 * alignPeriods('2023', '2023-H1').notes.map((n) => n.code as CompareIssueCode);
 * // => ['periods_overlap', 'lengths_differ']
 * ```
 * @category Comparison
 */
export type CompareIssueCode = 'baseline_shortened' | 'periods_overlap' | 'lengths_differ' | 'window_straddled' | 'coverage_differs' | 'series_break' | 'territory_changed';
