import { AntqError } from '../errors/AntqError';
import { defaultBounds, inClosure, isNonEmpty } from './bounds';
import type { Qualifier } from './Qualifier';
import { QUALIFIERS } from './Qualifier';
import type { Uom } from './Uom';
import { UOMS } from './Uom';

/**
 * A figure's value with its qualifier and the interval it stands for. Plain readonly data that
 * survives `JSON.stringify`: an unbounded end is `null`, never `Infinity`.
 *
 * `lower`/`upper` bound the true value; `lowerInclusive`/`upperInclusive` say whether the end
 * itself is possible (an unbounded end is never inclusive). Quantities built by {@link quantity}
 * or parsed from text have `value >= 0` and a numeric `lower`; only a difference
 * ({@link subtractQuantities}) can have a negative value or an unbounded (`null`) lower end.
 *
 * @category Quantities
 */
export interface Quantity<U extends Uom = Uom> {
  /** The number as stated ("trên 127" → 127; "hàng nghìn" → 1000). */
  readonly value: number;
  /** How exact the stated number is. */
  readonly qualifier: Qualifier;
  /** What one unit of `value` is. */
  readonly uom: U;
  /** Smallest possible true value, or `null` when unbounded below (differences only). */
  readonly lower: number | null;
  /** Whether `lower` itself is possible. */
  readonly lowerInclusive: boolean;
  /** Largest possible true value, or `null` when unbounded above. */
  readonly upper: number | null;
  /** Whether `upper` itself is possible. */
  readonly upperInclusive: boolean;
  /** The phrase the quantity was read from, when it was read from text. */
  readonly raw?: string;
}

/**
 * Overrides for {@link quantity}: any bound given replaces the qualifier's default one.
 *
 * @category Quantities
 */
export interface QuantityOptions {
  /** Smallest possible true value. */
  readonly lower?: number;
  /** Whether `lower` itself is possible. */
  readonly lowerInclusive?: boolean;
  /** Largest possible true value; `null` for unbounded. */
  readonly upper?: number | null;
  /** Whether `upper` itself is possible (ignored and `false` when `upper` is `null`). */
  readonly upperInclusive?: boolean;
  /** The source phrase, kept for provenance. */
  readonly raw?: string;
}

/** Magnitudes a vague quantity can have: 10, 100, 1000, … (powers of ten from 10 up). */
function isMagnitude(v: number): boolean {
  if (v < 10 || !Number.isSafeInteger(v)) return false;
  const s = String(v);
  return /^10+$/.test(s);
}

/**
 * Builds a quantity, filling the interval from the qualifier by the documented convention:
 * exact = [v, v], over = (v, ∞), at_least = [v, ∞), nearly = [0.9v, v), about = [0.9v, 1.1v],
 * under = [0, v), vague = [v, ∞) where v is the magnitude (10, 100, 1000, …).
 *
 * @param value - the stated number, finite and >= 0 (a power of ten from 10 up for `vague`)
 * @param uom - the unit of measure
 * @param qualifier - how exact the number is; `exact` when omitted
 * @param options - bounds that replace the defaults, and the raw phrase
 * @returns the quantity, plain data
 * @throws {@link AntqError} `invalid_quantity` when the value is negative or not finite, the
 *   uom or qualifier is unknown, a vague value is not a magnitude, or the interval is empty or
 *   does not contain the value in its closure (e.g. `quantity(0, 'count', 'under')`)
 * @example
 * ```ts
 * quantity(127, 'piece', 'over');
 * // => { value: 127, qualifier: 'over', uom: 'piece', lower: 127, lowerInclusive: false, upper: null, upperInclusive: false }
 * quantity(15000, 'person_times', 'nearly').lower;
 * // => 13500
 * quantity(15000, 'person_times', 'nearly', { lower: 14000 }).lower;
 * // => 14000
 * ```
 * @category Quantities
 */
export function quantity<U extends Uom>(
  value: number,
  uom: U,
  qualifier: Qualifier = 'exact',
  options: QuantityOptions = {},
): Quantity<U> {
  const fail = (why: string): never => {
    throw new AntqError('invalid_quantity', `quantity: ${why}`);
  };
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(`value must be a finite number >= 0, got ${String(value)}`);
  }
  if (!(UOMS as readonly string[]).includes(uom)) fail(`unknown uom ${String(uom)}`);
  if (!(QUALIFIERS as readonly string[]).includes(qualifier)) fail(`unknown qualifier ${String(qualifier)}`);
  if (qualifier === 'vague' && !isMagnitude(value)) fail(`a vague value must be 10, 100, 1000, …; got ${value}`);
  const d = defaultBounds(value, qualifier);
  const upper = options.upper !== undefined ? options.upper : d.upper;
  const bounds = {
    lower: options.lower ?? d.lower,
    lowerInclusive: options.lowerInclusive ?? d.lowerInclusive,
    upper,
    upperInclusive: upper === null ? false : (options.upperInclusive ?? d.upperInclusive),
  };
  for (const end of [bounds.lower, bounds.upper]) {
    if (end !== null && (typeof end !== 'number' || !Number.isFinite(end))) fail('bounds must be finite numbers or null');
  }
  if (!isNonEmpty(bounds)) fail(`the interval of ${qualifier} ${value} is empty`);
  if (!inClosure(bounds, value)) fail(`the value ${value} lies outside its bounds`);
  const q: { -readonly [K in keyof Quantity<U>]: Quantity<U>[K] } = {
    value: value === 0 ? 0 : value,
    qualifier,
    uom,
    lower: bounds.lower,
    lowerInclusive: bounds.lowerInclusive,
    upper: bounds.upper,
    upperInclusive: bounds.upperInclusive,
  };
  if (options.raw !== undefined) q.raw = options.raw;
  return q;
}
