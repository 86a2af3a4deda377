import { joinArith } from './internal/qualifierLattice';
import type { Qualifier } from './Qualifier';

/** The qualifier of −x: the side flips (over ↔ under, nearly → over, at_least → under). */
function negated(q: Qualifier): Exclude<Qualifier, 'vague'> {
  switch (q) {
    case 'over':
    case 'at_least':
    case 'vague':
      return 'under';
    case 'nearly':
    case 'under':
      return 'over';
    default:
      return q;
  }
}

/**
 * The qualifier of a difference `a − b`: exact only when both sides are exact. Subtracting flips
 * the side of `b` (its true value above the stated one pulls the difference below: exact − over
 * = under; exact − nearly = over) and the result is then joined as in {@link combineQualifiers}.
 * `at_least` on the right gives `under`, the nearest id to "at most".
 *
 * @param a - qualifier of the minuend
 * @param b - qualifier of the subtrahend
 * @returns the qualifier of the difference
 * @example
 * ```ts
 * differenceQualifier('exact', 'exact');
 * // => 'exact'
 * differenceQualifier('over', 'exact');
 * // => 'over'
 * differenceQualifier('exact', 'over');
 * // => 'under'
 * differenceQualifier('over', 'over');
 * // => 'about'
 * ```
 * @category Quantities
 */
export function differenceQualifier(a: Qualifier, b: Qualifier): Qualifier {
  return joinArith(a === 'vague' ? 'at_least' : a, negated(b));
}
