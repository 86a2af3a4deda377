/**
 * Rules that make a number of the text something other than a figure, each a small named
 * predicate over the tokens around the number. Two groups: a number that is part of a name, a
 * code, a heading or a phone number is no quantity at all (checked on the candidate, before it is
 * read); a quantity that is a year, a duration, a change, a plan or an amount per item is no
 * figure (checked once it is read: changes, plans and amounts per item go to `unclassified`).
 */

import { isSpaceAt } from '../../text/viText';
import type { Tokens } from './text';
import { canonicalLower, isDigit, isWordChar, tokenAtOrAfter, tokenSeqAt } from './text';
import { CHANGE_BEFORE, COMPARATIVE_BEFORE_HON, DURATION_AFTER, ORDINAL_BEFORE, SO_AS_COUNT_BEFORE } from './vocabulary';
import type { Lexicon } from './lexicon';

function set(items: readonly string[]): ReadonlySet<string> {
  return new Set(items.map((w) => canonicalLower(w)));
}

/** Words that make what follows a plan, a target or a proposal, not something done. */
const PLAN_WORDS: readonly (readonly string[])[] = [['phấn', 'đấu'], ['đề', 'nghị'], ['dự', 'kiến'], ['chỉ', 'tiêu'], ['mục', 'tiêu'], ['sẽ']].map((r) =>
  r.map((w) => canonicalLower(w)),
);

/** Words that make a number an amount per item ("mỗi suất 2 triệu đồng", "mỗi tuần hai buổi"). */
const PER_ITEM_WORDS: ReadonlySet<string> = set(['mỗi', 'từng']);

/** Words that make a bare "… triệu" or "… tỷ" before them a sum of money ("bỏ tiền hơn 20 triệu"). */
const MONEY_BEFORE: ReadonlySet<string> = set(['tiền', 'phí', 'giá', 'trị']);

/** Magnitude words that end a sum of money written without its currency. */
const MONEY_MAGNITUDES: ReadonlySet<string> = set(['triệu', 'tỷ', 'tỉ']);

/**
 * Whether the number is a sum of money without "đồng": it ends in "triệu" or "tỷ", no noun
 * follows it, and a word of money stands among the four words before it in the same clause
 * ("tự bỏ tiền hơn 20 triệu.", "kinh phí khoảng 1,5 tỷ,"). Such a sum names no counted thing.
 */
export function isBareSum(tokens: Tokens, numTok: number, lastNumberTok: number, noHead: boolean): boolean {
  if (!noHead || !MONEY_MAGNITUDES.has(tokens.key[lastNumberTok] ?? '')) return false;
  for (let k = numTok; k > 0 && k >= numTok - 4; k--) {
    if (MONEY_BEFORE.has(tokens.key[k - 1] as string)) return true;
    if (tokens.hardBefore[k] === 1 || tokens.commaBefore[k] === 1) return false;
  }
  return false;
}

/** Nouns of administrative units: a count of them may say what a place is made of. */
const UNIT_NOUNS: ReadonlySet<string> = set(['xã', 'phường', 'thị', 'thôn', 'xóm', 'ấp', 'bản', 'huyện', 'tỉnh', 'quận']);

/** Words of a merger ("sáp nhập", "hợp nhất"), and of an area ("địa bàn"), that make a list of units the make-up of a territory. */
const MERGER_WORDS: readonly (readonly string[])[] = [['sáp', 'nhập'], ['hợp', 'nhất']].map((r) => r.map((w) => canonicalLower(w)));
const AREA_WORDS: readonly (readonly string[])[] = [...MERGER_WORDS, [canonicalLower('địa'), canonicalLower('bàn')]];

/**
 * Whether a count of administrative units says what a place is made of, not where something was
 * done: the units are "lân cận" ("hợp nhất thị trấn A và 3 xã lân cận"), or "gồm" stands right
 * before the number with a merger or an area among the ten words before it in the sentence
 * ("địa bàn tỉnh mới gồm 96 xã, phường"), or "và" with a merger ("sáp nhập hai huyện và 12 xã"). `beforeTok` is the token just ahead of the number (or
 * its qualifier), `from` the sentence's first token.
 */
export function isMakeUp(tokens: Tokens, from: number, beforeTok: number, headFrom: number, headTo: number): boolean {
  if (!UNIT_NOUNS.has(tokens.key[headFrom] ?? '')) return false;
  for (let k = headFrom + 1; k + 1 < headTo && k <= headFrom + 3; k++) if (tokens.key[k] === 'lân' && tokens.key[k + 1] === 'cận') return true;
  const before = beforeTok >= 0 ? tokens.key[beforeTok] : undefined;
  const marks = before === 'gồm' ? AREA_WORDS : before === 'và' ? MERGER_WORDS : null;
  if (marks === null) return false;
  for (let i = Math.max(from, beforeTok - 10); i < beforeTok; i++) for (const w of marks) if (tokenSeqAt(tokens, i, w)) return true;
  return false;
}

/**
 * Whether the sentence says the number is planned or proposed before it ("phấn đấu xây dựng mới
 * ít nhất 10 mô hình", "đề nghị khen thưởng 6 tập thể", "dự kiến còn 65 xã"): tokens
 * `[from, numTok)` are the sentence up to the number (the caller bounds them, so that a text of
 * one endless sentence stays linear).
 */
export function isPlanned(tokens: Tokens, from: number, numTok: number): boolean {
  for (let i = from; i < numTok; i++) {
    for (const w of PLAN_WORDS) if (i + w.length <= numTok && tokenSeqAt(tokens, i, w)) return true;
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
    for (const w of PHONE_BEFORE) if (i + w.length <= numTok && tokenSeqAt(tokens, i, w)) phone = true;
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

/**
 * Whether the number at `ns` (digits to `ne`) numbers a heading or a list point: it opens a line
 * and a full stop or a closing parenthesis follows it, then a space and a capital letter
 * ("4. Mô hình tự quản", "2) Kết quả").
 */
export function isHeadingNumber(text: string, ns: number, ne: number): boolean {
  let k = ns - 1;
  while (k >= 0 && (text.charAt(k) === ' ' || text.charAt(k) === '\t')) k--;
  if (k >= 0 && text.charAt(k) !== '\n' && text.charAt(k) !== '\r') return false;
  const mark = text.charAt(ne);
  if (mark !== '.' && mark !== ')') return false;
  const after = text.charAt(ne + 1);
  const first = text.charAt(ne + 2);
  return after === ' ' && first !== '' && first !== first.toLowerCase();
}

function seqEndsAt(tokens: Tokens, last: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = last - (words.length - 1) + k;
    if (t < 0 || tokens.key[t] !== words[k]) return false;
    if (k > 0 && tokens.hardBefore[t] === 1) return false;
  }
  return true;
}

/**
 * Whether the number at token `ti` is a name or an ordinal: an ordinal or name word stands right
 * before it ("lần thứ 3", "Điều 5", "Phường 7", "Đồn 123"), or "số" does ("Tổ liên gia số 5")
 * unless "số" is itself a count ("tổng số 1.200", "với số 300").
 */
export function isOrdinal(tokens: Tokens, ti: number): boolean {
  if (ti === 0 || tokens.hardBefore[ti] === 1) return false;
  const prev = ti - 1;
  if (tokens.key[prev] === 'số') {
    const before = tokens.key[prev - 1];
    return !(prev > 0 && before !== undefined && tokens.hardBefore[prev] !== 1 && SO_AS_COUNT_BEFORE.has(before));
  }
  return ORDINAL_BEFORE.some((w) => seqEndsAt(tokens, prev, w)) && !reportedToUnit(tokens, ti);
}

/** Nouns of what people report to a unit ("nguồn tin", "tin có giá trị", "vụ việc", "thông tin"). */
const REPORTED_NOUNS: ReadonlySet<string> = set(['tin', 'nguồn', 'vụ', 'thông']);

/**
 * Whether the number at token `ti`, right after a unit's name, counts what was reported to that
 * unit: the unit is the receiver after "cho" ("cung cấp cho Đồn 26 tin có giá trị", "báo cho đồn
 * 12 nguồn tin", "cho Công an xã và Đồn Biên phòng 37 nguồn tin") and a noun of reports follows.
 */
export function reportedToUnit(tokens: Tokens, ti: number): boolean {
  const next = ti + 1;
  if (next >= tokens.length || tokens.hardBefore[next] === 1 || !REPORTED_NOUNS.has(tokens.key[next] as string)) return false;
  for (let k = ti - 1; k >= 0 && k >= ti - 8; k--) {
    if (tokens.key[k] === 'cho') return true;
    if (tokens.hardBefore[k] === 1 || tokens.numeric[k] === 1) return false;
  }
  return false;
}

/** Whether the number at token `ti` follows a capitalised abbreviation that names it ("Đồn BP 123", "TDP 5", "QL 1A"). */
export function afterAbbreviation(text: string, tokens: Tokens, ti: number): boolean {
  // A comma between them ends the name ("quý III, 14/16 thôn").
  if (ti === 0 || tokens.hardBefore[ti] === 1 || tokens.commaBefore[ti] === 1) return false;
  const from = tokens.start[ti - 1] as number;
  const to = tokens.end[ti - 1] as number;
  if (to - from < 2 || to - from > 6) return false;
  const word = text.slice(from, to);
  return word === word.toUpperCase() && word !== word.toLowerCase() && !/\d/u.test(word);
}

/**
 * Whether the number at token `ti` ends a name: it follows a capitalised word inside the sentence
 * with nothing between, and nothing but a break follows it ("thôn Tân Hòa 2.", "bản Nà Pò 1)").
 */
export function endsName(text: string, tokens: Tokens, ti: number, ne: number): boolean {
  const prev = ti - 1;
  if (prev < 1 || tokens.hardBefore[ti] === 1 || tokens.hardBefore[prev] === 1) return false;
  const first = text.charAt(tokens.start[prev] as number);
  if (first === first.toLowerCase()) return false;
  const next = tokenAtOrAfter(tokens, ne);
  return next >= tokens.length || tokens.hardBefore[next] === 1;
}

/** Letters glued to a number that are still a unit ("17kg", "2,2kg", "50m2", "500.000đ"). */
const GLUED_UNITS: ReadonlySet<string> = new Set(['kg', 'g', 'm', 'm2', 'km', 'ha', 'đ', 'đồng', 'tấn', 'cm', 'mm', 'vnđ', 'vnd', 'tr', 'ty', 'tỷ']);

/**
 * Whether the digits from `ns` to `ne` are glued to a code: letters before them in the same word
 * ("COVID-19", "A-15"), letters after a slash, dash or underscore ("09/CTr-BCA-MTTW",
 * "144/2021/NĐ-CP"), or letters right after them that are no unit ("10A", but not "17kg").
 */
export function isCode(text: string, ns: number, ne: number): boolean {
  for (let k = ns - 1; k >= 0 && k >= ns - 40; k--) {
    const c = text.charAt(k);
    if (isSpaceAt(text, k) || c === '(' || c === '"' || c === '“' || c === '[' || c === '\'') break;
    if (isWordChar(text, k) && !isDigit(text, k)) return true;
  }
  const c = text.charAt(ne);
  if (c === '/' || c === '-' || c === '_') {
    for (let k = ne + 1; k < text.length && k <= ne + 40; k++) {
      if (isSpaceAt(text, k) || text.charAt(k) === ',' || text.charAt(k) === ';' || text.charAt(k) === ')') break;
      if (isWordChar(text, k) && !isDigit(text, k)) return true;
    }
    return false;
  }
  if (isWordChar(text, ne)) {
    let k = ne;
    while (k < text.length && k < ne + 8 && isWordChar(text, k)) k++;
    if (isWordChar(text, k)) return true;
    const glued = text.slice(ne, k).toLowerCase();
    return !GLUED_UNITS.has(glued);
  }
  return false;
}

/**
 * Whether a number with no unit word is a duration, an age or a time of day: a word of time
 * follows it in the same clause ("10 năm", "kỷ niệm 80 năm", "18 tuổi"), unless a catalogue
 * phrase starts with that word and the next ("3 ngày hội" is three festival days).
 */
export function isDuration(lex: Lexicon, tokens: Tokens, headFrom: number, sentenceEnd: number): boolean {
  const key = tokens.key[headFrom] ?? '';
  if (!DURATION_AFTER.has(key) || tokens.hardBefore[headFrom] === 1 || (tokens.start[headFrom] as number) >= sentenceEnd) return false;
  const next = lex.root.next.get(key)?.next.get(tokens.key[headFrom + 1] ?? '');
  return next === undefined;
}

/**
 * Whether the number is a change, not a level: "tăng" or "giảm" right before it ("tăng 15 vụ",
 * "giảm 3%"; but "mìn chống tăng" is anti-tank), or a comparative before its "hơn" ("cao hơn 5%").
 * `beforeTok` is the token just ahead of the qualifier or the number, or -1.
 */
export function isChange(tokens: Tokens, beforeTok: number, qualifierWord: string | null): boolean {
  const before = beforeTok >= 0 ? tokens.key[beforeTok] : undefined;
  if (before === undefined) return false;
  return (CHANGE_BEFORE.has(before) && tokens.key[beforeTok - 1] !== 'chống') || (qualifierWord === 'hơn' && COMPARATIVE_BEFORE_HON.has(before));
}
