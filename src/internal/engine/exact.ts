// Exact, order-independent sums of decimal values: an integer part and a part in millionths,
// each an integer added exactly while below 2^53. So shards summed in any order give the same
// bits, which a plain float sum of 2.2 + 17.543 + … does not.

export const MICRO = 1_000_000;

/** The sum as a number, rounded to millionths. */
export function exactValue(acc: readonly [number, number]): number {
  const carry = Math.trunc(acc[1] / MICRO);
  const i = acc[0] + carry;
  const m = acc[1] - carry * MICRO;
  const v = m === 0 ? i : i + m / MICRO;
  return v === 0 ? 0 : v; // no -0
}

/** A compact, canonical copy for partial aggregates (carry folded in). */
export function exactJson(acc: readonly [number, number]): [number, number] {
  const carry = Math.trunc(acc[1] / MICRO);
  const i = acc[0] + carry;
  const m = acc[1] - carry * MICRO;
  return [i === 0 ? 0 : i, m === 0 ? 0 : m];
}
