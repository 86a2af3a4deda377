/**
 * Stage three of extraction: the rules that make a quantity no figure, in the order they are
 * tried. Each is a named predicate of notFigure.ts; a rule with a reason keeps the number in
 * `unclassified` with that reason, one without drops it (a year, a duration).
 */

import type { Candidate, Chunk } from './candidates';
import type { Lexicon } from './lexicon';
import { isBareSum, isBareYear, isChange, isMakeUp, isDuration, isPerItem, isPlanned } from './notFigure';
import type { ReadNumber } from './quantity';
import { tokenAtOrAfter } from './text';

/** Why a quantity is kept aside rather than made a figure (the reasons of this stage). */
type NotFigureReason = 'comparison' | 'plan' | 'per_item';

/** One rule: its name, the reason it gives (null: the number is dropped), and its test. */
export interface NotFigureRule {
  readonly name: string;
  readonly reason: NotFigureReason | null;
  readonly applies: (chunk: Chunk, n: ReadNumber, lex: Lexicon) => boolean;
}

const digitsOnly = (c: Candidate): boolean => !c.vague && !c.inWords;

/** The rules, in order: the first that applies decides. */
export const NOT_FIGURE_RULES: readonly NotFigureRule[] = [
  {
    name: 'bare year',
    reason: null,
    applies: (chunk, n) => digitsOnly(n.candidate) && isBareYear(chunk.body.slice(n.candidate.ns, n.candidate.ne), n.qs !== n.candidate.ns, n.noHead && n.v.unitWord === null),
  },
  {
    name: 'duration or age',
    reason: null,
    applies: (chunk, n, lex) => n.v.unitWord === null && !n.candidate.vague && isDuration(lex, chunk.tokens, n.headFrom, n.candidate.sentence.end),
  },
  { name: 'change', reason: 'comparison', applies: (chunk, n) => isChange(chunk.tokens, n.beforeTok, n.qualifierWord) },
  {
    name: 'plan or proposal',
    reason: 'plan',
    applies: (chunk, n) => isPlanned(chunk.tokens, clauseStart(chunk, Math.max(tokenAtOrAfter(chunk.tokens, n.candidate.sentence.start), n.numTok - 30), n.numTok), n.numTok),
  },
  {
    name: 'sum of money without its currency',
    reason: null,
    applies: (chunk, n) => n.v.unitWord === null && isBareSum(chunk.tokens, n.numTok, tokenAtOrAfter(chunk.tokens, n.numberEnd) - 1, n.noHead),
  },
  {
    name: 'make-up of a place',
    reason: null,
    applies: (chunk, n) =>
      !n.candidate.vague && isMakeUp(chunk.tokens, tokenAtOrAfter(chunk.tokens, n.candidate.sentence.start), n.beforeTok, n.headFrom, Math.min(n.headTo + 2, n.sentenceEndTok)),
  },
  { name: 'amount per item', reason: 'per_item', applies: (chunk, n) => isPerItem(chunk.tokens, chunk.body, n.numTok, n.unitEnd) },
];

/** The first rule that makes the quantity no figure, or null when it may be one. */
export function notFigureRule(chunk: Chunk, n: ReadNumber, lex: Lexicon): NotFigureRule | null {
  for (const rule of NOT_FIGURE_RULES) if (rule.applies(chunk, n, lex)) return rule;
  return null;
}

/** The first token after the last semicolon in tokens `[from, to)`: a plan in an earlier clause ("đề nghị …; nhận giúp đỡ 14 người") is not this one's. */
function clauseStart(chunk: Chunk, from: number, to: number): number {
  const { tokens, body } = chunk;
  for (let k = to - 1; k > from; k--) if (tokens.hardBefore[k] === 1 && body.slice(tokens.end[k - 1], tokens.start[k]).includes(';')) return k;
  return from;
}
