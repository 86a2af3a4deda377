/**
 * The codes of the issues {@link parseViDate} and {@link parseViPeriod} report: `vi_date_empty`,
 * `vi_date_unrecognized`, `vi_date_trailing_text`, `vi_date_invalid` (a day, month or period that
 * does not exist), `vi_date_two_digit_year`, `vi_date_needs_reference` (no year and no `refDate`),
 * `vi_date_range_reversed` and `vi_date_not_a_date` (a period where one day was expected).
 *
 * @example
 * ```ts
 * const r = parseViDate('ngày 30/02/2023');
 * r.ok ? null : (r.issues[0]?.code as ViDateIssueCode);
 * // => 'vi_date_invalid'
 * ```
 * @category Vietnamese
 */
export type ViDateIssueCode =
  | 'vi_date_empty'
  | 'vi_date_unrecognized'
  | 'vi_date_trailing_text'
  | 'vi_date_invalid'
  | 'vi_date_two_digit_year'
  | 'vi_date_needs_reference'
  | 'vi_date_range_reversed'
  | 'vi_date_not_a_date';
