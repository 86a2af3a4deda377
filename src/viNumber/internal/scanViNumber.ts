import { placePoint, plainDecimalToNumber, samePlainDecimal, toPlainDecimal } from '../../quantity/decimal';
import { isDigitAt, matchFirst, skipSpaces } from '../../text/viText';
import { SCALE_WORDS } from '../viWords';
import { scanViWords } from './scanViWords';

/** A failure while reading a number: stable code and offset. */
export interface ScanFailure {
  readonly ok: false;
  readonly code: 'expected_number' | 'malformed_number' | 'number_too_large' | 'number_too_precise';
  readonly position: number;
}

/** Digits read from the text, separators removed. */
export interface ScannedDigits {
  readonly ok: true;
  readonly int: string;
  readonly frac: string;
  readonly end: number;
}

/**
 * Reads one written number at `pos`: `2000`, `02`, `2.412`, `1.200.000`, `2,2`, `1.234,5` (with
 * `decimal` = ','; with '.' the roles swap). Groups after a thousands separator must have exactly
 * three digits and the first group one to three; a separator followed by a digit after the
 * fraction is malformed (`1,2,3`, `1.7.2024` fails at the short group). One pass, no regex.
 */
export function scanDigits(s: string, pos: number, decimal: ',' | '.'): ScannedDigits | ScanFailure {
  const thousands = decimal === ',' ? '.' : ',';
  if (!isDigitAt(s, pos)) return { ok: false, code: 'expected_number', position: pos };
  let i = pos;
  while (isDigitAt(s, i)) i++;
  let int = s.slice(pos, i);
  const sepFollowedByDigit = (at: number, sep: string): boolean => s.charAt(at) === sep && isDigitAt(s, at + 1);
  if (sepFollowedByDigit(i, thousands)) {
    if (int.length > 3) return { ok: false, code: 'malformed_number', position: i };
    while (sepFollowedByDigit(i, thousands)) {
      const g = i + 1;
      let j = g;
      while (isDigitAt(s, j)) j++;
      if (j - g !== 3) return { ok: false, code: 'malformed_number', position: g };
      int += s.slice(g, j);
      i = j;
    }
  }
  let frac = '';
  if (sepFollowedByDigit(i, decimal)) {
    const f = i + 1;
    let j = f;
    while (isDigitAt(s, j)) j++;
    frac = s.slice(f, j);
    i = j;
  }
  if (sepFollowedByDigit(i, decimal) || sepFollowedByDigit(i, thousands)) {
    return { ok: false, code: 'malformed_number', position: i };
  }
  return { ok: true, int, frac, end: i };
}

/** A number whose written decimal is also its exact double, or why not. */
export type ExactNumber =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly code: 'number_too_large' | 'number_too_precise' };

/** The largest number of digits worth handing to Number(): beyond it nothing is exact anyway. */
const MAX_DIGITS = 40;

/**
 * `int.frac × 10^exp` as a double, only when the double prints back as the same decimal and an
 * integer is a safe integer; otherwise the number would have been rounded, and is refused.
 */
export function exactNumber(int: string, frac: string, exp: number): ExactNumber {
  const d = placePoint(int + frac, int.length + exp);
  if (d.frac === '' && d.int.length > 16) return { ok: false, code: 'number_too_large' };
  const significant = d.int === '0' ? d.frac.replace(/^0+/, '').length : d.int.length + d.frac.length;
  if (significant > MAX_DIGITS) {
    return { ok: false, code: d.int.length > 16 ? 'number_too_large' : 'number_too_precise' };
  }
  const value = plainDecimalToNumber(d);
  if (value > Number.MAX_SAFE_INTEGER) return { ok: false, code: 'number_too_large' };
  if (!samePlainDecimal(toPlainDecimal(value), d)) return { ok: false, code: 'number_too_precise' };
  return { ok: true, value };
}

/** A number with its scale words, read exactly. */
export interface ScannedNumber {
  readonly ok: true;
  readonly value: number;
  /** End of the digits and scale words. */
  readonly end: number;
  /** Whether a scale word was read. */
  readonly scaled: boolean;
}

/**
 * Reads a number with optional scale words (`81 nghìn`, `1,2 triệu`, `1,5 nghìn tỷ`) and
 * compound forms (`2 triệu 500 nghìn`), exactly; with scale words allowed, also a number written
 * in words ("ba mươi lăm", "một nghìn hai trăm"). `extraExp` multiplies by a further power of
 * ten (a unit like "tạ"), applied by the caller through {@link exactNumber}.
 */
export function scanNumber(
  s: string,
  lower: string,
  pos: number,
  decimal: ',' | '.',
  allowScale: boolean,
): ScannedNumber | ScanFailure {
  if (!isDigitAt(s, pos) && allowScale) {
    // A number written in words: "ba mươi lăm", "một nghìn hai trăm".
    const w = scanViWords(lower, pos);
    if (w !== null) return { ok: true, value: w.value, end: w.end, scaled: false };
  }
  const first = scanDigits(s, pos, decimal);
  if (!first.ok) return first;
  let end = first.end;
  let exp = 0;
  let words = 0;
  if (allowScale) {
    for (;;) {
      const at = skipSpaces(lower, end);
      const m = words < 2 ? matchFirst(lower, at, SCALE_WORDS) : null;
      if (m === null) break;
      exp += m.entry.exp;
      end = m.end;
      words++;
    }
  }
  const head = exactNumber(first.int, first.frac, exp);
  if (!head.ok) return { ok: false, code: head.code, position: pos };
  let value = head.value;
  // Compound forms: "2 triệu 500 nghìn" = 2 500 000, each further part smaller than the last scale.
  let lastExp = exp;
  while (words > 0 && Number.isSafeInteger(value) && lastExp > 0) {
    const at = skipSpaces(lower, end);
    if (at === end || !isDigitAt(lower, at)) break;
    const part = scanDigits(s, at, decimal);
    if (!part.ok || part.frac !== '') break;
    const wAt = skipSpaces(lower, part.end);
    const m = matchFirst(lower, wAt, SCALE_WORDS);
    if (m === null || m.entry.exp >= lastExp) break;
    const pv = exactNumber(part.int, '', m.entry.exp);
    if (!pv.ok || pv.value >= 10 ** lastExp) break;
    const total = value + pv.value;
    if (!Number.isSafeInteger(total)) return { ok: false, code: 'number_too_large', position: pos };
    value = total;
    lastExp = m.entry.exp;
    end = m.end;
  }
  return { ok: true, value, end, scaled: words > 0 };
}
