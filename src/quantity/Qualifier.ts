/**
 * The qualifier ids, in a stable order. These ids are public API.
 *
 * @example
 * ```ts
 * QUALIFIERS.includes('over');
 * // => true
 * ```
 * @category Quantities
 */
export const QUALIFIERS = ['exact', 'over', 'nearly', 'about', 'at_least', 'under', 'vague'] as const;

/**
 * How exact a figure is: `exact` (no word, "đạt"), `over` ("trên", "hơn"), `nearly` ("gần"),
 * `about` ("khoảng"), `at_least` ("từ … trở lên", "ít nhất"), `under` ("dưới", "chưa đến") or
 * `vague` ("hàng trăm", "hàng nghìn").
 *
 * @category Quantities
 */
export type Qualifier = (typeof QUALIFIERS)[number];
