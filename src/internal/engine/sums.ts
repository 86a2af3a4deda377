import { combineQualifiers } from '../../quantity/combineQualifiers';
import type { Qualifier } from '../../quantity/Qualifier';
import type { PartialSums } from '../../engine/PartialAggregate';
import type { AggregateValue } from '../../engine/AggregateRow';
import { addExact, exactJson, exactValue, mergeExact, type Exact } from './exact';

/** Mutable running sums of one cell part. */
export interface Sums {
  n: number;
  sum: Exact;
  lowerDelta: Exact;
  upperDelta: Exact;
  unbounded: number;
  lowerExclusive: number;
  upperExclusive: number;
  qualifier: Qualifier;
}

export function newSums(): Sums {
  return { n: 0, sum: [0, 0], lowerDelta: [0, 0], upperDelta: [0, 0], unbounded: 0, lowerExclusive: 0, upperExclusive: 0, qualifier: 'exact' };
}

/**
 * Adds one stated value with its qualifier. The bounds follow the convention of `quantity`
 * (docs/quantities.md): nearly = [0.9v, v), about = [0.9v, 1.1v], over = (v, ∞),
 * at_least and vague = [v, ∞), under = [0, v).
 */
export function addToSums(s: Sums, value: number, q: Qualifier): void {
  s.n++;
  addExact(s.sum, value);
  if (q === 'exact') return;
  s.qualifier = combineQualifiers(s.qualifier, q);
  switch (q) {
    case 'over':
      s.lowerExclusive++;
      s.unbounded++;
      break;
    case 'at_least':
    case 'vague':
      s.unbounded++;
      break;
    case 'nearly':
      addExact(s.lowerDelta, -value / 10);
      s.upperExclusive++;
      break;
    case 'about':
      addExact(s.lowerDelta, -value / 10);
      addExact(s.upperDelta, value / 10);
      break;
    case 'under':
      addExact(s.lowerDelta, -value);
      s.upperExclusive++;
      break;
  }
}

export function mergeSums(s: Sums, o: PartialSums): void {
  s.n += o.n;
  mergeExact(s.sum, o.sum);
  mergeExact(s.lowerDelta, o.lowerDelta);
  mergeExact(s.upperDelta, o.upperDelta);
  s.unbounded += o.unbounded;
  s.lowerExclusive += o.lowerExclusive;
  s.upperExclusive += o.upperExclusive;
  s.qualifier = combineQualifiers(s.qualifier, o.qualifier);
}

export function sumsJson(s: Sums): PartialSums {
  return {
    n: s.n,
    sum: exactJson(s.sum),
    lowerDelta: exactJson(s.lowerDelta),
    upperDelta: exactJson(s.upperDelta),
    unbounded: s.unbounded,
    lowerExclusive: s.lowerExclusive,
    upperExclusive: s.upperExclusive,
    qualifier: s.qualifier,
  };
}

export function sumsFromJson(o: PartialSums): Sums {
  const s = newSums();
  mergeSums(s, o);
  return s;
}

/** The finished value of running sums. */
export function sumsValue(s: Sums): AggregateValue {
  const value = exactValue(s.sum);
  const lower = value + exactValue(s.lowerDelta);
  return {
    value,
    qualifier: s.qualifier,
    lower: lower === 0 ? 0 : lower,
    lowerInclusive: s.lowerExclusive === 0,
    upper: s.unbounded > 0 ? null : value + exactValue(s.upperDelta),
    upperInclusive: s.unbounded === 0 && s.upperExclusive === 0,
    figures: s.n,
  };
}
