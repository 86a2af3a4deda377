// Exact, order-independent sums of decimal values: an integer part and a part in millionths,
// each an integer added exactly while below 2^53. So shards summed in any order give the same
// bits, which a plain float sum of 2.2 + 17.543 + … does not.

export const MICRO = 1_000_000;

/** Below this integer part, `i * 1e6 + m` is an exact integer and one division rounds once. */
const SAFE_MICRO = Math.floor(Number.MAX_SAFE_INTEGER / MICRO);

/**
 * The sum as a number: the nearest double to the exact decimal while the integer part is below
 * 9 × 10^9 (one rounding); above that (sums of VND), integer part plus millionths.
 */
export function exactNumber(whole: number, micro: number): number {
  const carry = Math.trunc(micro / MICRO);
  const i = whole + carry;
  const m = micro - carry * MICRO;
  const v = m === 0 ? i : Math.abs(i) < SAFE_MICRO ? (i * MICRO + m) / MICRO : i + m / MICRO;
  return v === 0 ? 0 : v; // no -0
}

/** `x` rounded to an integer symmetrically about zero (Math.round rounds −2.5 up to −2). */
export function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** A compact, canonical copy for partial aggregates (carry folded in). */
export function exactJson(acc: readonly [number, number]): [number, number] {
  const carry = Math.trunc(acc[1] / MICRO);
  const i = acc[0] + carry;
  const m = acc[1] - carry * MICRO;
  return [i === 0 ? 0 : i, m === 0 ? 0 : m];
}
