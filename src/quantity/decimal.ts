/**
 * Exact decimal-string helpers. Numbers cross between text and doubles only through
 * `Number('<digits>e<exp>')` (correctly rounded) and `String(n)` (shortest round trip), so a
 * scale word or a unit conversion never adds binary rounding of its own.
 */

/** A non-negative decimal written out: integer digits (no leading zeros, '0' for zero) and fraction digits (no trailing zeros). */
export interface PlainDecimal {
  readonly negative: boolean;
  readonly int: string;
  readonly frac: string;
}

function stripLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return digits.slice(i);
}

function stripTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return digits.slice(0, end);
}

/** Splits a run of digits at `pointIndex` (may be negative or past the end) into canonical int/frac parts. */
export function placePoint(digits: string, pointIndex: number, negative = false): PlainDecimal {
  let int: string;
  let frac: string;
  if (pointIndex <= 0) {
    int = '0';
    frac = '0'.repeat(-pointIndex) + digits;
  } else if (pointIndex >= digits.length) {
    int = digits + '0'.repeat(pointIndex - digits.length);
    frac = '';
  } else {
    int = digits.slice(0, pointIndex);
    frac = digits.slice(pointIndex);
  }
  int = stripLeadingZeros(int === '' ? '0' : int);
  frac = stripTrailingZeros(frac);
  const isZero = int === '0' && frac === '';
  return { negative: negative && !isZero, int, frac };
}

/** The shortest decimal that reads back as `n` (finite), without exponent notation. */
export function toPlainDecimal(n: number): PlainDecimal {
  const s = String(Math.abs(n));
  const e = s.indexOf('e');
  const mantissa = e === -1 ? s : s.slice(0, e);
  const exp = e === -1 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot === -1 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const pointIndex = (dot === -1 ? mantissa.length : dot) + exp;
  return placePoint(digits, pointIndex, n < 0);
}

/** `d` multiplied by 10^k, as a decimal (exact: only the point moves). */
export function shiftPlainDecimal(d: PlainDecimal, k: number): PlainDecimal {
  return placePoint(d.int + d.frac, d.int.length + k, d.negative);
}

/** The double nearest to the decimal `d`. */
export function plainDecimalToNumber(d: PlainDecimal): number {
  const digits = d.int + d.frac;
  const n = Number(`${digits}e${-d.frac.length}`);
  return d.negative ? -n : n;
}

/** Whether two decimals are the same number. */
export function samePlainDecimal(a: PlainDecimal, b: PlainDecimal): boolean {
  return a.negative === b.negative && a.int === b.int && a.frac === b.frac;
}

/** `n` × 10^k, rounding once (decimal shift of the shortest representation of `n`). */
export function shiftNumber(n: number, k: number): number {
  return plainDecimalToNumber(shiftPlainDecimal(toPlainDecimal(n), k));
}

/** Groups integer digits by three with `sep` ("17543" → "17.543"). */
export function groupThousands(int: string, sep: string): string {
  const head = int.length % 3;
  let out = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) {
    out += (out === '' ? '' : sep) + int.slice(i, i + 3);
  }
  return out;
}
