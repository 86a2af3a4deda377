/**
 * The codes of the issues quantity arithmetic reports: `uom_mismatch` (units of different
 * dimensions), `uom_not_additive` (percentages do not add up), `empty_sum` (an empty list has no
 * unit).
 *
 * @example
 * ```ts
 * const code: QuantityIssueCode = 'uom_mismatch';
 * code;
 * // => 'uom_mismatch'
 * ```
 * @category Quantities
 */
export type QuantityIssueCode = 'uom_mismatch' | 'uom_not_additive' | 'empty_sum';
