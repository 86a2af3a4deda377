import { joinArith } from './internal/qualifierLattice';
import type { Qualifier } from './Qualifier';

/**
 * The qualifier of a sum, from the qualifiers of its two terms: a join on a small lattice, so it
 * is commutative and associative and a fold over millions of values needs no objects.
 *
 * The lattice: `exact` < `at_least` < `over`; `exact` < `nearly` < `under`; everything <
 * `about`. Terms on the same side keep the weaker word (over + at_least = over, nearly + under =
 * under); terms on opposite sides give `about` (over + nearly = about). `vague` ("hàng nghìn") is
 * a reading, not a result: in arithmetic it counts as `at_least`, so vague + exact = at_least.
 *
 * To keep running sums without objects, fold the bounds beside the qualifier with the same rules
 * {@link sumQuantities} uses: `lower = la + lb`, `lowerInclusive = lia && lib`,
 * `upper = ua === null || ub === null ? null : ua + ub`, `upperInclusive = uia && uib`
 * (and `value = va + vb`). Start from `exact`, 0, [0, 0].
 *
 * @param a - qualifier of the running total (or of the first term)
 * @param b - qualifier of the next term
 * @returns the qualifier of the sum
 * @example
 * ```ts
 * combineQualifiers('over', 'exact');
 * // => 'over'
 * combineQualifiers('nearly', 'nearly');
 * // => 'nearly'
 * combineQualifiers('over', 'nearly');
 * // => 'about'
 * combineQualifiers('vague', 'exact');
 * // => 'at_least'
 * ```
 * @category Quantities
 */
export function combineQualifiers(a: Qualifier, b: Qualifier): Qualifier {
  return joinArith(a === 'vague' ? 'at_least' : a, b === 'vague' ? 'at_least' : b);
}
