import { combineQualifiers } from '../../quantity/combineQualifiers';
import type { Qualifier } from '../../quantity/Qualifier';
import type { PartialSums } from '../PartialAggregate';
import type { AggregateValue } from '../AggregateRow';
import { exactJson, exactNumber, MICRO, roundHalfAway } from './exact';

/**
 * Mutable running sums of one cell part, flat (no nested arrays: one object per cell part keeps
 * the hot loop to few cache lines). Each sum is exact: an integer part and a part in millionths.
 */
export interface Sums {
  n: number;
  sumI: number;
  sumM: number;
  lowI: number;
  lowM: number;
  upI: number;
  upM: number;
  unbounded: number;
  lowerExclusive: number;
  upperExclusive: number;
  qualifier: Qualifier;
}

export function newSums(): Sums {
  return { n: 0, sumI: 0, sumM: 0, lowI: 0, lowM: 0, upI: 0, upM: 0, unbounded: 0, lowerExclusive: 0, upperExclusive: 0, qualifier: 'exact' };
}

function addLow(s: Sums, v: number): void {
  const i = Math.trunc(v);
  s.lowI += i;
  if (v !== i) s.lowM += roundHalfAway((v - i) * MICRO);
}

function addUp(s: Sums, v: number): void {
  const i = Math.trunc(v);
  s.upI += i;
  if (v !== i) s.upM += roundHalfAway((v - i) * MICRO);
}

/**
 * Adds one stated value with its qualifier. The bounds follow the convention of `quantity`
 * (docs/quantities.md): nearly = [0.9v, v), about = [0.9v, 1.1v], over = (v, ∞),
 * at_least and vague = [v, ∞), under = [0, v).
 */
export function addToSums(s: Sums, value: number, q: Qualifier): void {
  s.n++;
  const i = Math.trunc(value);
  s.sumI += i;
  if (value !== i) s.sumM += roundHalfAway((value - i) * MICRO);
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
      addLow(s, -value / 10);
      s.upperExclusive++;
      break;
    case 'about':
      addLow(s, -value / 10);
      addUp(s, value / 10);
      break;
    case 'under':
      addLow(s, -value);
      s.upperExclusive++;
      break;
  }
}

/**
 * The integer part of an exact sum read back from a partial (checked by `checkPartialCell`): an
 * overflowed sum, written in JSON as `null`, is infinite again, of the sum's sign (`sign`), so that
 * it stays so when merged (never NaN).
 */
function whole(x: number, sign: 1 | -1): number {
  return (x as number | null) === null ? sign * Number.POSITIVE_INFINITY : x;
}

/** Adds the sums of a partial's cell part (checked by `checkPartialCell`) into running sums. */
export function mergeSums(s: Sums, o: PartialSums): void {
  s.n += o.n;
  s.sumI += whole(o.sum[0], 1);
  s.sumM += o.sum[1];
  s.lowI += whole(o.lowerDelta[0], -1);
  s.lowM += o.lowerDelta[1];
  s.upI += whole(o.upperDelta[0], 1);
  s.upM += o.upperDelta[1];
  s.unbounded += o.unbounded;
  s.lowerExclusive += o.lowerExclusive;
  s.upperExclusive += o.upperExclusive;
  s.qualifier = combineQualifiers(s.qualifier, o.qualifier);
}

export function sumsJson(s: Sums): PartialSums {
  return {
    n: s.n,
    sum: exactJson([s.sumI, s.sumM]),
    lowerDelta: exactJson([s.lowI, s.lowM]),
    upperDelta: exactJson([s.upI, s.upM]),
    unbounded: s.unbounded,
    lowerExclusive: s.lowerExclusive,
    upperExclusive: s.upperExclusive,
    qualifier: s.qualifier,
  };
}

/** The finished value of running sums. */
export function sumsValue(s: Sums): AggregateValue {
  return fieldsValue(s.n, s.sumI, s.sumM, s.lowI, s.lowM, s.upI, s.upM, s.unbounded, s.lowerExclusive, s.upperExclusive, s.qualifier);
}

/** {@link sumsValue} of the numbers of running sums given one by one (as typed arrays hold them). */
export function fieldsValue(n: number, sumI: number, sumM: number, lowI: number, lowM: number, upI: number, upM: number, unbounded: number, lowerExclusive: number, upperExclusive: number, qualifier: Qualifier): AggregateValue {
  // Bounds are exact sums too: value + delta added as integers, then rounded once.
  const value = exactNumber(sumI, sumM);
  const lower = exactNumber(sumI + lowI, sumM + lowM);
  return {
    value,
    qualifier,
    lower: lower < 0 ? 0 : lower,
    lowerInclusive: lowerExclusive === 0,
    upper: unbounded > 0 ? null : exactNumber(sumI + upI, sumM + upM),
    upperInclusive: unbounded === 0 && upperExclusive === 0,
    figures: n,
  };
}

/** Adds running sums into others (for a rollup cell's total: its own part and its children's). */
export function addSums(s: Sums, o: Sums): void {
  s.n += o.n;
  s.sumI += o.sumI;
  s.sumM += o.sumM;
  s.lowI += o.lowI;
  s.lowM += o.lowM;
  s.upI += o.upI;
  s.upM += o.upM;
  s.unbounded += o.unbounded;
  s.lowerExclusive += o.lowerExclusive;
  s.upperExclusive += o.upperExclusive;
  s.qualifier = combineQualifiers(s.qualifier, o.qualifier);
}
