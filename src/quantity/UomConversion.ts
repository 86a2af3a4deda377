import type { Uom } from './Uom';

/**
 * How a unit converts: its dimension and its size as a power of ten of the dimension's base unit
 * (g for mass). Conversions move the decimal point, so they never add binary rounding.
 *
 * @category Quantities
 */
export interface UomConversion {
  /** Units convert only within one dimension. */
  readonly dimension: 'mass';
  /** One unit is 10^exponent base units (g: 0, kg: 3, tonne: 6). */
  readonly exponent: number;
}

/**
 * The unit conversion table: the only units that convert are listed here (g ↔ kg ↔ tonne).
 * Every other unit converts only to itself; money scale words (nghìn, triệu, tỷ đồng) are a matter
 * of reading and writing text, and all money is held in `vnd`.
 *
 * @example
 * ```ts
 * UOM_CONVERSIONS.kg;
 * // => { dimension: 'mass', exponent: 3 }
 * ```
 * @category Quantities
 */
export const UOM_CONVERSIONS: Readonly<Partial<Record<Uom, UomConversion>>> & {
  readonly g: UomConversion;
  readonly kg: UomConversion;
  readonly tonne: UomConversion;
} = {
  g: { dimension: 'mass', exponent: 0 },
  kg: { dimension: 'mass', exponent: 3 },
  tonne: { dimension: 'mass', exponent: 6 },
};
