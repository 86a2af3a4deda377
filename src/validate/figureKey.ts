/** The two 32-bit hashes of one part of a figure key, worked out once per distinct value. */
export interface KeyPart {
  readonly h1: number;
  readonly h2: number;
}

/**
 * The hashes of one part of a figure key (a unit code, a period text, …): two FNV-1a-style
 * passes with different constants, each finished by a full avalanche.
 *
 * @param text - the part's text
 * @returns its two 32-bit hashes
 */
export function keyPart(text: string): KeyPart {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return { h1: avalanche(a), h2: avalanche(b) };
}

/**
 * The one identity of a figure for the cross-row checks (duplicates, conflicts, subsets,
 * year-to-date series), as a 64-bit fingerprint of its parts in this order: programme
 * (normalised), unit, reporters (canonical: split, deduplicated, sorted), period (or a series key
 * such as `year:2023`), indicator, category (or `''`), the unit of measure the row actually has
 * (its own, or its indicator's default when it omits one) and statistic (`total` when absent).
 * A subset row looks its superset up by the same key with only the indicator swapped, so both
 * sides are compared in the same unit of measure. Each part is hashed once per distinct value
 * ({@link keyPart}); a row only combines eight pairs of numbers.
 *
 * @param out - receives the fingerprint: `out[0]` and `out[1]` (never 0)
 * @returns nothing; the fingerprint is in `out`
 */
export function figureKey(program: KeyPart, unit: KeyPart, reporter: KeyPart, period: KeyPart, indicator: KeyPart, category: KeyPart, uom: KeyPart, statistic: KeyPart, out: Uint32Array): void {
  let a = 0x3c6ef372;
  let b = 0xa54ff53a;
  a = step(a, program.h1, 0x9e3779b1);
  b = step(b, program.h2, 0x85ebca6b);
  a = step(a, unit.h1, 0x9e3779b1);
  b = step(b, unit.h2, 0x85ebca6b);
  a = step(a, reporter.h1, 0x9e3779b1);
  b = step(b, reporter.h2, 0x85ebca6b);
  a = step(a, period.h1, 0x9e3779b1);
  b = step(b, period.h2, 0x85ebca6b);
  a = step(a, indicator.h1, 0x9e3779b1);
  b = step(b, indicator.h2, 0x85ebca6b);
  a = step(a, category.h1, 0x9e3779b1);
  b = step(b, category.h2, 0x85ebca6b);
  a = step(a, uom.h1, 0x9e3779b1);
  b = step(b, uom.h2, 0x85ebca6b);
  a = step(a, statistic.h1, 0x9e3779b1);
  b = step(b, statistic.h2, 0x85ebca6b);
  out[0] = avalanche(a);
  out[1] = avalanche(b) | 1;
}

/** One order-dependent, invertible mixing step of a part's hash into the running state. */
function step(state: number, part: number, k: number): number {
  const s = (state << 7) | (state >>> 25);
  return Math.imul(s ^ part, k);
}

/** The final mix of a 32-bit hash. */
function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
