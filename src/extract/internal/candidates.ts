/**
 * Stage one of extraction: the candidate numbers of a chunk, in text order. A candidate is a
 * number written in digits, in words ("ba mươi lăm", "hơn một nghìn") or as a vague magnitude
 * ("hàng trăm"), inside a sentence, that is not part of a date, a code, a name, a heading or a
 * phone number (the rules of notFigure.ts that make a number no quantity at all).
 */

import { readViNumberWords } from '../../viNumber/readViNumberWords';
import type { DateScan } from './periods';
import { afterAbbreviation, endsName, isCode, isHeadingNumber, isOrdinal, phoneNumberEnd } from './notFigure';
import type { Sentence, Tokens } from './text';
import { isDigit, isWordChar, tokenAtOrAfter } from './text';
import { NUMBER_WORD_STARTS, TEN_QUALIFIERS, VAGUE_MAGNITUDES, YEAR_NEIGHBOURS } from './vocabulary';

/** One chunk of text as every stage reads it. */
export interface Chunk {
  /** The chunk (NFC, header line blanked out); offsets count from its start. */
  readonly body: string;
  /** `canonicalLower(body)`, same length. */
  readonly lower: string;
  readonly tokens: Tokens;
  readonly sentences: readonly Sentence[];
  readonly dates: DateScan;
  /** Offset of the chunk in the whole document. */
  readonly base: number;
}

/**
 * Where the reading stands in a chunk. Later stages move `consumedUntil` past what they read (a
 * quantity's words, a range), so that the candidates stage does not offer the same number twice.
 */
export interface Cursor {
  consumedUntil: number;
  /** Index of the sentence and of the date span reached (both only move forward). */
  sentence: number;
  dateSpan: number;
}

/** A number of the text that may be a figure. */
export interface Candidate {
  /** Its first token. */
  readonly ti: number;
  /** Start and end of the number itself (`ns === ne` for a vague magnitude). */
  readonly ns: number;
  readonly ne: number;
  /** "hàng trăm", "hàng nghìn": a magnitude word, no number. */
  readonly vague: boolean;
  /** Written in words ("hai", "ba mươi lăm"). */
  readonly inWords: boolean;
  readonly sentenceIndex: number;
  readonly sentence: Sentence;
}

/** The candidate numbers of a chunk, in text order; reads and moves `cursor`. Linear. */
export function* candidateNumbers(chunk: Chunk, cursor: Cursor): Generator<Candidate> {
  const { body, tokens, sentences, dates } = chunk;
  for (let ti = 0; ti < tokens.length; ti++) {
    const tStart = tokens.start[ti] as number;
    if (tStart < cursor.consumedUntil) continue;
    let vague = false;
    let wordsEnd = -1;
    if (tokens.numeric[ti] === 1) {
      if (gluedToWord(body, tStart)) continue;
    } else if (tokens.key[ti] === 'hàng' && VAGUE_MAGNITUDES.has(tokens.key[ti + 1] ?? '') && tokens.hardBefore[ti + 1] !== 1) {
      vague = true;
    } else if (NUMBER_WORD_STARTS.has(tokens.key[ti] as string)) {
      wordsEnd = numberWordsEnd(body, tokens, ti);
      if (wordsEnd === -1) continue;
    } else continue;

    const ns = tStart;
    const ne = vague ? ns : wordsEnd !== -1 ? wordsEnd : digitsEnd(body, ns);
    while (cursor.dateSpan < dates.spans.length && (dates.spans[cursor.dateSpan] as readonly [number, number])[1] <= ns) cursor.dateSpan++;
    const ds = dates.spans[cursor.dateSpan];
    if (ds !== undefined && ds[0] <= ns && ns < ds[1]) {
      cursor.consumedUntil = ds[1];
      continue;
    }
    while (cursor.sentence < sentences.length && (sentences[cursor.sentence] as Sentence).end <= ns) cursor.sentence++;
    const sent = sentences[cursor.sentence];
    if (sent === undefined || sent.start > ns) continue;
    if (!vague && ((wordsEnd === -1 && isCode(body, ns, ne)) || isOrdinal(tokens, ti) || afterAbbreviation(body, tokens, ti) || (wordsEnd === -1 && endsName(body, tokens, ti, ne)))) {
      cursor.consumedUntil = ne;
      continue;
    }
    if (!vague && wordsEnd === -1 && isHeadingNumber(body, ns, ne)) {
      cursor.consumedUntil = ne;
      continue;
    }
    const phoneEnd = vague || wordsEnd !== -1 ? -1 : phoneNumberEnd(body, tokens, ti, ns, ne);
    if (phoneEnd !== -1) {
      cursor.consumedUntil = phoneEnd;
      continue;
    }
    yield { ti, ns, ne, vague, inWords: wordsEnd !== -1, sentenceIndex: cursor.sentence, sentence: sent };
  }
}

/** Whether the digits at `at` continue a word or another number ("A15", "1.2.3", "x-15"). */
function gluedToWord(body: string, at: number): boolean {
  if (at === 0) return false;
  const b = body.charAt(at - 1);
  return isWordChar(body, at - 1) || ((b === '.' || b === ',' || b === '/' || b === '-') && (isDigit(body, at - 2) || isWordChar(body, at - 2)));
}

/** End of the digits of a number starting at `i`: digits with . and , between digit groups. */
export function digitsEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    if (isDigit(s, j)) j++;
    else if ((s.charAt(j) === '.' || s.charAt(j) === ',') && isDigit(s, j + 1)) j++;
    else break;
  }
  return j;
}

/**
 * End of a number written in words starting at token `ti` ("ba mươi lăm tổ", "hơn một nghìn
 * lượt"), or -1 when the words are not read as a number here: a lone "một" (the article "a",
 * unless it is an item of a list of numbers: "9 khẩu súng, một quả bom bi"), a
 * capitalised word inside a sentence (a name: "Hai Bà Trưng", "Năm Căn"), or a word followed by
 * digits ("năm 2024").
 */
function numberWordsEnd(body: string, tokens: Tokens, ti: number): number {
  const start = tokens.start[ti] as number;
  // "chục" alone is ten only after a qualifier ("hơn chục vụ"); "cả chục", "vài chục" are vague.
  if (tokens.key[ti] === 'chục') return ti > 0 && tokens.hardBefore[ti] !== 1 && TEN_QUALIFIERS.has(tokens.key[ti - 1] as string) ? (tokens.end[ti] as number) : -1;
  const w = readViNumberWords(body, start);
  if (w === null) return -1;
  const lone = w.end === tokens.end[ti];
  if (lone && tokens.key[ti] === 'một' && !inNumberList(tokens, ti)) return -1;
  // "10 năm", "5 năm": a word after a number is its unit, not another number.
  if (ti > 0 && tokens.hardBefore[ti] !== 1 && tokens.numeric[ti - 1] === 1) return -1;
  // "năm" alone is most often "year": "trong năm", "năm qua", "năm học".
  if (lone && tokens.key[ti] === 'năm' && (YEAR_NEIGHBOURS.has(tokens.key[ti + 1] ?? '') || (ti > 0 && tokens.hardBefore[ti] !== 1 && YEAR_NEIGHBOURS.has(tokens.key[ti - 1] as string)))) return -1;
  const c = body.charAt(start);
  if (c !== c.toLowerCase() && tokens.hardBefore[ti] !== 1) return -1;
  const after = tokenAtOrAfter(tokens, w.end);
  if (tokens.numeric[after] === 1 && tokens.hardBefore[after] !== 1 && (tokens.start[after] as number) - w.end <= 1) return -1;
  return w.end;
}

/** Whether token `ti` is an item of a list of numbers: after a comma, with a number among the six words before it ("9 khẩu súng, một quả bom bi"). */
function inNumberList(tokens: Tokens, ti: number): boolean {
  if (tokens.commaBefore[ti] !== 1) return false;
  for (let k = ti - 1; k >= 0 && k >= ti - 6; k--) {
    if (tokens.numeric[k] === 1) return true;
    if (tokens.hardBefore[k] === 1) return false;
  }
  return false;
}
