import type { Qualifier } from '../Qualifier';

/** Qualifiers that arithmetic can produce (`vague` is read as `at_least`). */
export type Arith = Exclude<Qualifier, 'vague'>;

/** Which side of the stated value the truth lies on: up, down, or either. */
function side(q: Arith): 'up' | 'down' | null {
  if (q === 'at_least' || q === 'over') return 'up';
  if (q === 'nearly' || q === 'under') return 'down';
  return null;
}

/**
 * The join of the qualifier lattice (exact < at_least < over; exact < nearly < under; all <
 * about), after reading `vague` as `at_least`.
 */
export function joinArith(a: Arith, b: Arith): Arith {
  if (a === b || b === 'exact') return a;
  if (a === 'exact') return b;
  if (a === 'about' || b === 'about') return 'about';
  const sa = side(a);
  if (sa !== side(b)) return 'about';
  if (sa === 'up') return a === 'over' || b === 'over' ? 'over' : 'at_least';
  return a === 'under' || b === 'under' ? 'under' : 'nearly';
}

