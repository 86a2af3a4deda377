/**
 * The codes of the issues {@link parseViNumber} and {@link parseViQuantity} report: `empty_input`,
 * `expected_number`, `malformed_number`, `number_too_large`, `number_too_precise`,
 * `unexpected_text`, `looks_like_date`, `part_exceeds_whole` (x/y with x > y),
 * `range_not_supported` ("từ" without "trở lên"), `empty_interval` ("dưới 0"),
 * `exponent_not_supported` ("1e309"), `space_in_number` ("12 345"), `range_reversed`
 * ("khoảng 5 đến 3") and the warning
 * `percent_mismatch` (a stated percentage that does not match x/y).
 *
 * @example
 * ```ts
 * const r = parseViNumber('1.23');
 * r.ok ? null : (r.issues[0]?.code as ViNumberIssueCode);
 * // => 'malformed_number'
 * ```
 * @category Vietnamese numbers
 */
export type ViNumberIssueCode =
  | 'empty_input'
  | 'expected_number'
  | 'malformed_number'
  | 'number_too_large'
  | 'number_too_precise'
  | 'unexpected_text'
  | 'looks_like_date'
  | 'part_exceeds_whole'
  | 'range_not_supported'
  | 'empty_interval'
  | 'percent_mismatch'
  | 'exponent_not_supported'
  | 'space_in_number'
  | 'range_reversed';
