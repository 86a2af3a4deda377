/**
 * Rules that make a number of the text something other than a figure, each a small predicate
 * over the tokens around the number. The extractor keeps such numbers in `unclassified`.
 */

import type { Tokens } from './text';
import { canonicalLower } from './text';

function set(items: readonly string[]): ReadonlySet<string> {
  return new Set(items.map((w) => canonicalLower(w)));
}

/** Words that make what follows a plan, a target or a proposal, not something done. */
const PLAN_WORDS: readonly (readonly string[])[] = [['phấn', 'đấu'], ['đề', 'nghị'], ['dự', 'kiến'], ['chỉ', 'tiêu'], ['mục', 'tiêu'], ['sẽ']].map((r) =>
  r.map((w) => canonicalLower(w)),
);

/** Words that make a number an amount per item ("mỗi suất 2 triệu đồng", "mỗi tuần hai buổi"). */
const PER_ITEM_WORDS: ReadonlySet<string> = set(['mỗi', 'từng']);

function seqAt(tokens: Tokens, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (tokens.key[at + k] !== words[k]) return false;
    if (k > 0 && tokens.hardBefore[at + k] === 1) return false;
  }
  return true;
}

/**
 * Whether the sentence says the number is planned or proposed before it ("phấn đấu xây dựng mới
 * ít nhất 10 mô hình", "đề nghị khen thưởng 6 tập thể", "dự kiến còn 65 xã"): tokens
 * `[from, numTok)` are the sentence up to the number (the caller bounds them, so that a text of
 * one endless sentence stays linear).
 */
export function isPlanned(tokens: Tokens, from: number, numTok: number): boolean {
  for (let i = from; i < numTok; i++) {
    for (const w of PLAN_WORDS) if (i + w.length <= numTok && seqAt(tokens, i, w)) return true;
  }
  return false;
}

/**
 * Whether the number is an amount per item: "mỗi" or "từng" among the six words before it in the
 * same clause ("mỗi suất 2 triệu đồng", "mỗi tuần các tổ tuần tra hai buổi"), or a rate written
 * with a slash after its unit ("1,5 triệu đồng/người/tháng", "500.000 đồng/tháng").
 */
export function isPerItem(tokens: Tokens, text: string, numTok: number, unitEnd: number): boolean {
  for (let i = numTok - 1; i >= 0 && i >= numTok - 6; i--) {
    // "mỗi năm", "từng năm" make a yearly average, which is a figure.
    if (PER_ITEM_WORDS.has(tokens.key[i] as string) && tokens.key[i + 1] !== 'năm') return true;
    if (tokens.hardBefore[i] === 1 || tokens.commaBefore[i] === 1) break;
  }
  return text.charAt(unitEnd) === '/' && /\p{L}/u.test(text.charAt(unitEnd + 1));
}

/**
 * Whether a number is a year standing alone: a whole number from 1900 to 2100 written in digits,
 * with no qualifier and no noun after it ("trước Tết Bính Ngọ 2026", "… năm học 2024-2025").
 */
export function isBareYear(digits: string, hasQualifier: boolean, noHead: boolean): boolean {
  if (hasQualifier || !noHead || !/^\d{4}$/u.test(digits)) return false;
  const y = Number(digits);
  return y >= 1900 && y <= 2100;
}

/** Words just before a number that make it a phone number ("số điện thoại 0239 …", "đường dây nóng 069 …"). */
const PHONE_BEFORE: readonly (readonly string[])[] = [['điện', 'thoại'], ['dây', 'nóng'], ['hotline'], ['số', 'máy']].map((r) => r.map((w) => canonicalLower(w)));

/**
 * End of a phone number starting at `ns` (digits from `ns` to `ne`), or -1 when it is not one: the
 * digits start with 0 ("0239 3875 114", "069 2.926.445"), or a phone word stands among the three
 * words before it. The end takes in the digit groups that follow on the same line.
 */
export function phoneNumberEnd(text: string, tokens: Tokens, numTok: number, ns: number, ne: number): number {
  let phone = text.charAt(ns) === '0' && ne - ns >= 3 && /^\d+$/u.test(text.slice(ns, ne));
  for (let i = numTok - 1; i >= 0 && i >= numTok - 3 && !phone; i--) {
    for (const w of PHONE_BEFORE) if (i + w.length <= numTok && seqAt(tokens, i, w)) phone = true;
    if (tokens.hardBefore[i] === 1) break;
  }
  if (!phone) return -1;
  let end = ne;
  for (let k = ne; k < text.length; k++) {
    const c = text.charAt(k);
    if (c >= '0' && c <= '9') end = k + 1;
    else if (c !== ' ' && c !== '.' && c !== '-') break;
  }
  return end;
}
