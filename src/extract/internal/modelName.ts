/** The name of a model kind a figure counts: the quoted name beside the number or earlier in its sentence. */

import type { Tokens } from './text';
import { NUMBER_WORD_STARTS } from './vocabulary';

const QUOTE_MARKS = /["“”«»]/u;

/** Tokens `[from, to)` of the quoted run ending at token `last` (a quote mark between two tokens ends a run). */
function runBack(body: string, tokens: Tokens, last: number, floor: number): number {
  let from = last;
  while (from > floor && tokens.quoted[from - 1] === 1 && !QUOTE_MARKS.test(body.slice(tokens.end[from - 1], tokens.start[from]))) from--;
  return from;
}

function runForward(body: string, tokens: Tokens, first: number, limit: number): number {
  let to = first + 1;
  while (to < limit && tokens.quoted[to] === 1 && !QUOTE_MARKS.test(body.slice(tokens.end[to - 1], tokens.start[to]))) to++;
  return to;
}

/** Whether a number stands right before the quoted run at `from` ("24 “A”", "2 mô hình “A”"): the run names that count. */
function countedBefore(tokens: Tokens, from: number): boolean {
  const isNumber = (k: number): boolean => tokens.numeric[k] === 1 || NUMBER_WORD_STARTS.has(tokens.key[k] ?? '');
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) if (isNumber(k) || tokens.hardBefore[k + 1] === 1) return isNumber(k);
  return false;
}

/** Whether "mô hình" stands in tokens `[from, to)`, other than "mô hình này" (this model). */
function saysModel(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (tokens.key[k] === 'mô' && tokens.key[k + 1] === 'hình' && tokens.key[k + 2] !== 'này') return true;
  return false;
}

/**
 * The name of the model kind counted by the number at token `numTok`: a quoted run within the two
 * words after the number ("27 mô hình “Camera an ninh”", "45 “Địa chỉ tin cậy”"), else the last
 * quoted run between `sentenceTok` and the number ("mô hình “Xóm không có ma túy” tại 5 xóm"), else,
 * when the sentence says "mô hình" bare, the model named last in its paragraph (from `paragraphTok`).
 * Returns the name as written, or null when there is none.
 */
export function modelNameOf(body: string, tokens: Tokens, sentenceTok: number, numTok: number, headFrom: number, sentenceEndTok: number, paragraphTok: number = sentenceTok): string | null {
  for (let k = headFrom; k < Math.min(headFrom + 3, sentenceEndTok); k++) {
    if (tokens.quoted[k] === 1) {
      if (k > headFrom && tokens.hardBefore[k] === 1) break;
      const to = runForward(body, tokens, k, sentenceEndTok);
      // Two names joined ("2 mô hình “A” và “B”", "“A”, “B”") are kinds of no one name.
      const and = tokens.key[to] === 'và' && tokens.quoted[to] !== 1 && tokens.quoted[to + 1] === 1;
      const comma = tokens.quoted[to] === 1 && tokens.commaBefore[to] === 1;
      if (to < sentenceEndTok && (and || comma)) return null;
      return body.slice(tokens.start[k], tokens.end[to - 1]);
    }
  }
  for (let k = numTok - 1; k >= sentenceTok; k--) {
    if (tokens.quoted[k] !== 1) continue;
    const from = runBack(body, tokens, k, sentenceTok);
    // The name of another count ("xây dựng mới 2 mô hình “A”, nâng tổng số mô hình tự quản lên 9"):
    // a count that names "mô hình" again after it is of models of every kind.
    if (countedBefore(tokens, from) && saysModel(tokens, k + 1, numTok)) return null;
    return body.slice(tokens.start[from], tokens.end[k]);
  }
  // "… nhân rộng mô hình ra 6 điểm": a bare "mô hình" refers back to the model named last in the
  // paragraph, after "mô hình" ("Mô hình “Tổ dân phố an toàn” ra mắt … . Đến nay, phường đã nhân rộng mô hình ra 6 điểm").
  let bare = false;
  for (let k = sentenceTok; k + 1 < numTok && !bare; k++) bare = tokens.key[k] === 'mô' && tokens.key[k + 1] === 'hình';
  if (!bare) return null;
  for (let k = sentenceTok - 1; k >= Math.max(paragraphTok, sentenceTok - 80); k--) {
    if (tokens.quoted[k] !== 1) continue;
    const from = runBack(body, tokens, k, paragraphTok);
    return tokens.key[from - 1] === 'hình' && tokens.key[from - 2] === 'mô' ? body.slice(tokens.start[from], tokens.end[k]) : null;
  }
  return null;
}
