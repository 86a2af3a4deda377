/**
 * The codes of the issues {@link parsePeriod} reports: `period_empty`, `period_invalid_format`,
 * `period_invalid_date` (a day that does not exist), `period_out_of_range` (year 0000, month 13,
 * week 54, …) and `period_range_reversed` (an interval that ends before it starts).
 *
 * @example
 * ```ts
 * const r = parsePeriod('2023-13');
 * r.ok ? null : (r.issues[0]?.code as PeriodIssueCode);
 * // => 'period_out_of_range'
 * ```
 * @category Periods
 */
export type PeriodIssueCode = 'period_empty' | 'period_invalid_format' | 'period_invalid_date' | 'period_out_of_range' | 'period_range_reversed';
