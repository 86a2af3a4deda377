/**
 * Stage two of extraction: a candidate number read as a quantity, with the qualifier before it
 * ("trên", "gần", "hàng trăm"), its unit or classifier word, an "x/y" share's whole, and the
 * words around it that later stages read (the head after it, the word before it).
 */

import { makeIssue } from '../../errors/makeIssue';
import type { Issue } from '../../errors/Issue';
import { isSpaceAt } from '../../text/viText';
import type { ViQuantity } from '../../viNumber/parseViQuantity';
import { parseViQuantity } from '../../viNumber/parseViQuantity';
import { QUALIFIER_WORDS } from '../../viNumber/viWords';
import type { Qualifier } from '../../quantity/Qualifier';
import type { Candidate, Chunk, Cursor } from './candidates';
import { digitsEnd } from './candidates';
import { canonicalLower, isWordChar, tokenAtOrAfter } from './text';

/** Qualifier words in canonical form, longest first. */
const QUALIFIERS_CANON: readonly { readonly phrase: string; readonly qualifier: Qualifier | 'from' }[] = QUALIFIER_WORDS.map((q) => ({
  phrase: canonicalLower(q.phrase),
  qualifier: q.qualifier,
}));

/** A candidate read as a quantity, with the offsets and tokens the later stages need. */
export interface ReadNumber {
  readonly candidate: Candidate;
  /** The quantity as parsed from the qualifier on. */
  readonly v: ViQuantity;
  /** Start of the qualifier, or of the number when there is none. */
  readonly qs: number;
  /** The qualifier word (canonical), or null. */
  readonly qualifierWord: string | null;
  /** End of the number, and end of its unit word (the number's end when there is none). */
  readonly numberEnd: number;
  readonly unitEnd: number;
  /** Tokens of the words after the number (or its unit word): `[headFrom, headTo)`, at most 12, up to the next number or hard break. */
  readonly headFrom: number;
  readonly headTo: number;
  /** The first token at or after the sentence's end. */
  readonly sentenceEndTok: number;
  /** The first token of the number (or of its qualifier). */
  readonly numTok: number;
  /** The token just ahead of the qualifier or number, or -1 when it is not in the sentence. */
  readonly beforeTok: number;
  /** No noun after the number: the sentence ends, a break or a comma follows, or another number. */
  readonly noHead: boolean;
}

/**
 * Reads a candidate as a quantity, or returns null: a range ("từ 10 đến 15 người") or a number
 * that cannot be read becomes a warning in `issues` (dates and day-month pairs silently give
 * nothing). Moves `cursor` past what it read.
 */
export function readQuantity(chunk: Chunk, cand: Candidate, cursor: Cursor, issues: Issue[]): ReadNumber | null {
  const { body, lower, tokens, base } = chunk;
  const { ns, ne, vague, sentence: sent } = cand;
  let qs = ns;
  let qualWord: string | null = null;
  if (!vague) {
    let q = ns;
    while (q > sent.start && isSpaceAt(body, q - 1)) q--;
    for (const w of QUALIFIERS_CANON) {
      const at = q - w.phrase.length;
      if (at >= sent.start && q < ns && lower.startsWith(w.phrase, at) && (at === 0 || !isWordChar(lower, at - 1))) {
        qs = at;
        qualWord = w.phrase;
        break;
      }
    }
  }
  const windowEnd = Math.min(sent.end, ne + (body.charAt(ne) === '/' ? 160 : 64));
  let parsed = parseViQuantity(body.slice(qs, windowEnd));
  if (!parsed.ok && qs !== ns) {
    const code0 = parsed.issues[0]?.code;
    if (code0 === 'range_not_supported' && qualWord === 'từ') {
      issues.push(makeIssue('range_not_supported', 'warning', 'A range of numbers is not read as a figure', 'Một khoảng số không được đọc thành số liệu', { position: base + ns }));
      // … past a scale word of the first end ("từ 10 triệu đến 20 triệu đồng").
      const m = /^\s*(?:(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)\s+)?(?:đến|tới|-|–)\s*/u.exec(lower.slice(ne, ne + 20));
      cursor.consumedUntil = m === null ? ne : digitsEnd(body, ne + m[0].length);
      return null;
    }
    qs = ns;
    qualWord = null;
    parsed = parseViQuantity(body.slice(ns, windowEnd));
  }
  if (!parsed.ok) {
    const issue = parsed.issues[0];
    const c = issue?.code ?? 'expected_number';
    if (c !== 'looks_like_date' && !(c === 'part_exceeds_whole' && looksLikeDayMonth(body, ns, ne))) {
      issues.push(makeIssue(c, 'warning', 'A number could not be read as a figure', 'Không đọc được một số thành số liệu', { position: base + qs + (issue?.position ?? 0) }));
    }
    cursor.consumedUntil = c === 'range_not_supported' ? digitsEnd(body, skipDash(body, ne)) : ne;
    return null;
  }
  const v = parsed.value;
  const numberEnd = qs + v.numberEnd;
  const unitEnd = qs + v.end;
  cursor.consumedUntil = Math.max(numberEnd, ne);
  const unitStart = v.unitWord === null ? numberEnd : unitEnd - v.unitWord.length;
  const headFrom = tokenAtOrAfter(tokens, v.unitWord === null ? numberEnd : unitStart);
  let headTo = headFrom;
  const sentenceEndTok = tokenAtOrAfter(tokens, sent.end);
  while (headTo < sentenceEndTok && headTo < headFrom + 12 && tokens.numeric[headTo] !== 1 && !(headTo > headFrom && tokens.hardBefore[headTo] === 1)) headTo++;
  if (headTo === headFrom && headFrom < sentenceEndTok && tokens.numeric[headFrom] !== 1) headTo = headFrom + 1;
  const beforeTok = tokenAtOrAfter(tokens, qs) - 1;
  const noHead = headFrom >= sentenceEndTok || tokens.hardBefore[headFrom] === 1 || tokens.commaBefore[headFrom] === 1 || tokens.numeric[headFrom] === 1;
  return {
    candidate: cand,
    v,
    qs,
    qualifierWord: qualWord,
    numberEnd,
    unitEnd,
    headFrom,
    headTo,
    sentenceEndTok,
    numTok: tokenAtOrAfter(tokens, qs),
    beforeTok: beforeTok >= 0 && (tokens.end[beforeTok] as number) > sent.start ? beforeTok : -1,
    noHead,
  };
}

/** End offset of the phrase of a number whose words run to token `toTok` (at least its unit word). */
export function phraseTo(chunk: Chunk, n: ReadNumber, toTok: number): number {
  return Math.max(n.unitEnd, toTok > n.headFrom ? (chunk.tokens.end[toTok - 1] as number) : n.unitEnd);
}

/** "19/8": a day and a month written without a year or a context word. */
function looksLikeDayMonth(s: string, ns: number, ne: number): boolean {
  if (s.charAt(ne) !== '/') return false;
  const e = digitsEnd(s, ne + 1);
  const d = Number(s.slice(ns, ne));
  const m = Number(s.slice(ne + 1, e));
  return Number.isInteger(d) && Number.isInteger(m) && d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

function skipDash(s: string, i: number): number {
  let j = i;
  while (j < s.length && (isSpaceAt(s, j) || s.charAt(j) === '-' || s.charAt(j) === '–' || s.charAt(j) === '—')) j++;
  return j;
}
