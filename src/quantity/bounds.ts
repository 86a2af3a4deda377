import type { Qualifier } from './Qualifier';

/** The interval part of a quantity; `null` is an unbounded end. */
export interface Bounds {
  readonly lower: number | null;
  readonly lowerInclusive: boolean;
  readonly upper: number | null;
  readonly upperInclusive: boolean;
}

/**
 * The default interval a qualifier stands for (docs/quantities.md). Factors are applied as
 * `v * 9 / 10` so that integer values give exact bounds more often than `v * 0.9` would.
 */
export function defaultBounds(value: number, qualifier: Qualifier): Bounds {
  switch (qualifier) {
    case 'exact':
      return { lower: value, lowerInclusive: true, upper: value, upperInclusive: true };
    case 'over':
      return { lower: value, lowerInclusive: false, upper: null, upperInclusive: false };
    case 'at_least':
    case 'vague':
      return { lower: value, lowerInclusive: true, upper: null, upperInclusive: false };
    case 'nearly':
      return { lower: (value * 9) / 10, lowerInclusive: true, upper: value, upperInclusive: false };
    case 'about':
      return { lower: (value * 9) / 10, lowerInclusive: true, upper: (value * 11) / 10, upperInclusive: true };
    case 'under':
      return { lower: 0, lowerInclusive: true, upper: value, upperInclusive: false };
  }
}

/** Sum of two interval ends; `null` (unbounded) absorbs. */
export function addEnds(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

/** Whether an interval holds at least one number. */
export function isNonEmpty(b: Bounds): boolean {
  if (b.lower === null || b.upper === null) return true;
  if (b.lower < b.upper) return true;
  return b.lower === b.upper && b.lowerInclusive && b.upperInclusive;
}

/** Whether `x` lies in the closure of the interval (its ends counted in). */
export function inClosure(b: Bounds, x: number): boolean {
  return (b.lower === null || b.lower <= x) && (b.upper === null || x <= b.upper);
}
