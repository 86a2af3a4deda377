import { roundPlainDecimal, toWritableDecimal, writeDecimal } from '../quantity/formatDecimal';
import { scaleDecimal } from './internal/scaleDecimal';

/**
 * Options of {@link formatViNumber}.
 *
 * @category Vietnamese numbers
 */
export interface FormatViNumberOptions {
  /** Round to at most this many fraction digits (half away from zero, in decimal); default: none. */
  readonly maxFractionDigits?: number;
  /**
   * Write with a scale word: `'nghìn'`, `'triệu'`, `'tỷ'`, or `'auto'` (the largest that leaves
   * at most two fraction digits, exactly: 1 200 000 → "1,2 triệu", 17 543 → "17.543").
   * Default `'none'`.
   */
  readonly scale?: 'none' | 'auto' | 'nghìn' | 'triệu' | 'tỷ';
}

/**
 * Writes a number the Vietnamese way, without Intl: `.` between thousands (also for four-digit
 * numbers, as reports do: "2.412"), `,` before decimals, the shortest digits that read back as
 * the same number. The output reads back with {@link parseViNumber}.
 *
 * @param n - a finite number
 * @param options - rounding and scale word
 * @returns the text
 * @throws {@link AntqError} `invalid_number` when `n` is NaN or infinite; `invalid_option` for a
 *   bad `maxFractionDigits` or `scale`
 * @example
 * ```ts
 * formatViNumber(17543);
 * // => '17.543'
 * formatViNumber(2.2);
 * // => '2,2'
 * formatViNumber(1200000);
 * // => '1.200.000'
 * formatViNumber(1200000, { scale: 'auto' });
 * // => '1,2 triệu'
 * ```
 * @category Vietnamese numbers
 */
export function formatViNumber(n: number, options: FormatViNumberOptions = {}): string {
  let d = toWritableDecimal('formatViNumber', n, options.maxFractionDigits);
  const scaled = scaleDecimal('formatViNumber', d, options.scale ?? 'none');
  d = scaled.d;
  const word = scaled.word;
  if (options.maxFractionDigits !== undefined) d = roundPlainDecimal(d, options.maxFractionDigits);
  const text = writeDecimal(d, ',', '.');
  return word === '' ? text : `${text} ${word}`;
}
