/**
 * The unit-of-measure ids, in a stable order. These ids are public API.
 *
 * @example
 * ```ts
 * UOMS.includes('kg');
 * // => true
 * ```
 * @category Quantities
 */
export const UOMS = [
  'count',
  'piece',
  'pair',
  'box',
  'person',
  'person_times',
  'household',
  'kg',
  'g',
  'tonne',
  'm',
  'm2',
  'vnd',
  'percent',
] as const;

/**
 * A unit of measure: what one unit of a figure's value is (a piece, a kilogram, a person-time).
 *
 * @category Quantities
 */
export type Uom = (typeof UOMS)[number];
