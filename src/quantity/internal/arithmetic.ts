import type { Issue } from '../../errors/Issue';
import type { Qualifier } from '../Qualifier';
import type { Quantity } from '../quantity';
import type { Uom } from '../Uom';
import { quantityIssue } from './issues';
import { addEnds } from '../bounds';
import { joinArith } from './qualifierLattice';

/** Sums quantities already in one unit (the fold documented on combineQualifiers). */
export function sumAligned<U extends Uom>(items: readonly Quantity[], uom: U): Quantity<U> {
  let value = 0;
  let qualifier: Exclude<Qualifier, 'vague'> = 'exact';
  let lower: number | null = 0;
  let lowerInclusive = true;
  let upper: number | null = 0;
  let upperInclusive = true;
  for (const q of items) {
    value += q.value;
    qualifier = joinArith(qualifier, q.qualifier === 'vague' ? 'at_least' : q.qualifier);
    lower = addEnds(lower, q.lower);
    lowerInclusive = lowerInclusive && q.lowerInclusive;
    upper = addEnds(upper, q.upper);
    upperInclusive = upperInclusive && q.upperInclusive;
  }
  return {
    value,
    qualifier,
    uom,
    lower,
    lowerInclusive: lower !== null && lowerInclusive,
    upper,
    upperInclusive: upper !== null && upperInclusive,
  };
}

/** The `uom_not_additive` issue for percentages, or nothing. */
export function notAdditive(items: readonly Quantity[]): Issue[] {
  const issues: Issue[] = [];
  items.forEach((q, i) => {
    if (q.uom === 'percent') {
      issues.push(
        quantityIssue('uom_not_additive', 'error', {}, { path: [i] }),
      );
    }
  });
  return issues;
}
