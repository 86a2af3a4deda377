import { AntqError } from '../errors/AntqError';
import type { PlainDecimal } from './decimal';
import { groupThousands, placePoint, shiftPlainDecimal, toPlainDecimal } from './decimal';

/** Rounds a decimal to at most `digits` fraction digits, half away from zero, in decimal. */
export function roundPlainDecimal(d: PlainDecimal, digits: number): PlainDecimal {
  if (d.frac.length <= digits) return d;
  const keep = d.int + d.frac.slice(0, digits);
  const up = d.frac.charCodeAt(digits) >= 53;
  if (!up) return placePoint(keep, d.int.length, d.negative);
  const chars = keep.split('');
  let i = chars.length - 1;
  while (i >= 0) {
    if (chars[i] === '9') {
      chars[i] = '0';
      i--;
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      break;
    }
  }
  const carried = i < 0 ? `1${chars.join('')}` : chars.join('');
  return placePoint(carried, d.int.length + (i < 0 ? 1 : 0), d.negative);
}

/** Writes a decimal with the given separators. */
export function writeDecimal(d: PlainDecimal, decimalSep: string, groupSep: string): string {
  const body = groupThousands(d.int, groupSep) + (d.frac === '' ? '' : decimalSep + d.frac);
  return d.negative ? `-${body}` : body;
}

/** Checks a number and its rounding option, and turns the number into a decimal (not yet rounded). */
export function toWritableDecimal(fn: string, n: number, maxFractionDigits: number | undefined): PlainDecimal {
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new AntqError('invalid_number', `${fn}: expected a finite number, got ${String(n)}`);
  }
  if (maxFractionDigits !== undefined && (!Number.isInteger(maxFractionDigits) || maxFractionDigits < 0 || maxFractionDigits > 20)) {
    throw new AntqError('invalid_option', `${fn}: maxFractionDigits must be an integer from 0 to 20`);
  }
  return toPlainDecimal(n);
}

/** Scale words by power of ten, largest first. */
export const SCALES_VI: readonly (readonly [number, string])[] = [
  [9, 'tỷ'],
  [6, 'triệu'],
  [3, 'nghìn'],
];

/**
 * Picks the largest scale word that writes `d` exactly with at most `maxDigits` fraction digits
 * (17543 stays unscaled with 2; 1 200 000 becomes 1,2 triệu); returns the scaled decimal and word.
 */
export function autoScale(
  d: PlainDecimal,
  maxDigits: number,
): { readonly d: PlainDecimal; readonly exp: number } {
  for (const [exp] of SCALES_VI) {
    const s = shiftPlainDecimal(d, -exp);
    if (s.int !== '0' && s.frac.length <= maxDigits) return { d: s, exp };
  }
  return { d, exp: 0 };
}
