/**
 * Stage four of extraction: the indicator and category of a quantity. It reads the number's
 * context (its clause, or its list's head: "giao nộp …, …, … kíp nổ"), pairs an attendance with
 * its activity ("35 đợt tuần hành với 11.200 người"), takes the subject before a number with no
 * noun ("tin có giá trị: 1.240"), and reads an "x/y" share as a ratio's two counts.
 */

import type { Catalogue } from '../../catalogue/Catalogue';
import type { Chunk } from './candidates';
import type { Classification } from './classify';
import { activityBefore, classify, coverageParts, nounEnd, phraseEnd } from './classify';
import type { LexHit, Lexicon } from './lexicon';
import { scanRange } from './lexicon';
import type { ReadNumber } from './quantity';
import { phraseTo } from './quantity';
import type { Tokens } from './text';
import { canonicalLower, tokenAtOrAfter, tokenSeqAt } from './text';
import { LINK_WORDS, LIST_GLUE, PEOPLE_HEADS, PLACE_NOUNS } from './vocabulary';

/** The previous number of the chunk that had words to read: a list's later items share its context. */
export interface Prev {
  readonly indicator: string | null;
  readonly category: string | null;
  readonly sentence: number;
  /** Offset where the words of the previous number end. */
  readonly end: number;
  /** The context it was read with, `[ctxFrom, ctxTo)`: a list's later items share it. */
  readonly ctxFrom: number;
  readonly ctxTo: number;
  /** For a number of no indicator linked to the figure before it ("27 tổ … với 312 tàu cá"), that figure: the list's later items pair with it. */
  readonly pairHead?: { readonly indicator: string; readonly category: string | null };
}

/** What stage four decided about a quantity. */
export type IndicatorReading =
  | {
      readonly kind: 'figure';
      readonly result: Classification;
      /** For an "x/y" share read as a ratio's two counts: the indicator of the whole `y`. */
      readonly outOfIndicator: string | null;
      /** First token of the context the number was read with. */
      readonly ctxFrom: number;
      /** End offset of the figure's phrase (its note). */
      readonly end: number;
    }
  | { readonly kind: 'unclassified'; readonly reason: 'coverage' | 'no_indicator'; readonly end: number };

/** The indicator of sites where models operate, when the catalogue has it. */
const MODEL_SITES = 'model_sites';
/** The indicator of models newly set up. */
const MODELS_ESTABLISHED = 'models_established';

/** Words right before a count of people that make it an attendance ("thu hút 4.300 lượt người", "cho hơn 1.500 học sinh"). */
const ATTENDANCE_BEFORE: ReadonlySet<string> = new Set(['hút', 'cho', 'của']);
/** The activity an attendance belongs to when the sentence only says that something was held. */
const DEFAULT_ACTIVITY = 'propaganda_sessions';

/**
 * Reads the indicator and category of a quantity. `prev` is the previous number of the chunk;
 * the returned `prev` replaces it.
 */
export function readIndicator(
  chunk: Chunk,
  lex: Lexicon,
  catalogue: Catalogue,
  n: ReadNumber,
  prev: Prev | null,
): { readonly reading: IndicatorReading; readonly prev: Prev | null } {
  const { body, tokens } = chunk;
  const { candidate: cand, v, qs, headFrom, headTo, numTok, sentenceEndTok } = n;
  const sent = cand.sentence;
  const sIndex = cand.sentenceIndex;
  const shortHead = Math.min(headTo, headFrom + 6);
  const beforeKey = n.beforeTok >= 0 ? tokens.key[n.beforeTok] : undefined;

  // Context: since the previous figure of the sentence, or that figure's own context for a list item.
  const samePrev: Prev | null = prev !== null && prev.sentence === sIndex ? prev : null;
  let ctxFromOffset: number = samePrev === null ? sent.start : samePrev.end;
  let ctxToOffset = qs;
  let listOf: string | null = null;
  let listCategory: string | null = null;
  if (samePrev !== null && onlyGlue(tokens, samePrev.end, qs)) {
    ctxFromOffset = samePrev.ctxFrom;
    ctxToOffset = samePrev.ctxTo;
    listOf = samePrev.indicator;
    listCategory = samePrev.category;
  }
  // A share refers back to what the sentence counted ("hòa giải thành 1.215 vụ, đạt tỷ lệ 84,8%").
  if (v.quantity.uom === 'percent') ctxFromOffset = sent.start;
  const ctxTo = tokenAtOrAfter(tokens, ctxToOffset);
  const ctxFrom = Math.max(tokenAtOrAfter(tokens, ctxFromOffset), ctxTo - 30);
  let pairedFrom: string | null = null;
  if (samePrev !== null && samePrev.indicator !== null) {
    const gapFrom = tokenAtOrAfter(tokens, samePrev.end);
    const gap = numTok - gapFrom;
    // "với" right before the number binds it to the previous figure across a longer gap ("614 tổ … theo Luật …, với 16.842 thành viên").
    // … unless the gap names another activity ("24 buổi tuyên truyền và … cuộc diễu hành … với hàng nghìn người").
    // (an activity joined by "và" is a second one; "hưởng ứng Ngày hội" only says what the first answered).
    let and = -1;
    for (let k = gapFrom; k < numTok && and === -1; k++) if (tokens.key[k] === 'và') and = k;
    const between = and === -1 ? null : activityBefore(lex, tokens, and + 1, numTok);
    let linked = (gap <= 12 || (gap <= 24 && tokens.key[numTok - 1] === 'với')) && (between === null || between === samePrev.indicator);
    // A break right before the number ends the link ("… 1.380 thành viên; 45 “Địa chỉ tin cậy”").
    if (tokens.hardBefore[numTok] === 1 && gapFrom < numTok) linked = false;
    for (let k = gapFrom; k < numTok && linked; k++) if (k > gapFrom && tokens.hardBefore[k] === 1) linked = false;
    let linkWord = gap <= 2;
    for (let k = gapFrom; k < numTok && !linkWord; k++) linkWord = LINK_WORDS.has(tokens.key[k] as string);
    if (linked && linkWord) pairedFrom = samePrev.indicator;
  }
  // The next item of a list after "với" whose first item named no indicator pairs with what the
  // list was linked to ("27 tổ đoàn kết với 312 tàu cá, 1.146 ngư dân tham gia": the teams' members).
  let pairedCategory = pairedFrom === null ? null : (samePrev?.category ?? null);
  const head = samePrev?.indicator === null ? samePrev.pairHead : undefined;
  if (pairedFrom === null && head !== undefined && onlyGlue(tokens, samePrev?.end ?? qs, qs)) {
    pairedFrom = head.indicator;
    pairedCategory = head.category;
  }
  // No noun after the number: its subject stands before it, back to the clause's start.
  let subjectFrom: number | null = null;
  if (n.noHead && ctxTo > ctxFrom) {
    let k = ctxTo - 1;
    while (k > ctxFrom && k > ctxTo - 12 && tokens.hardBefore[k] !== 1) k--;
    // A subject opened by "số" may be longer ("số nguồn tin về tội phạm … do quần chúng cung cấp trong 11 tháng là 1.318").
    for (let j = ctxTo - 1; j > ctxFrom && j > ctxTo - 26 && (j >= k || tokens.hardBefore[j] !== 1); j--) {
      if (tokens.key[j - 1] === 'số' && tokens.numeric[j] !== 1) {
        k = j;
        break;
      }
    }
    subjectFrom = k;
  }
  // A people noun counts only in the number's own sentence ("… lên 51.000. Người dân …" counts no people).
  const people = v.quantity.uom === 'person' || v.quantity.uom === 'person_times' || (tokens.hardBefore[headFrom] !== 1 && isPeopleHead(tokens, headFrom));
  // People counted after an attendance verb ("… 45 buổi tuyên truyền …, thu hút 4.300 lượt
  // người", "tổ chức chương trình … cho hơn 1.500 học sinh"): the attendance of the activity the
  // sentence counted, or of a session when it only says one was held.
  if (pairedFrom === null && people && beforeKey === 'với') {
    // "… diễu hành xe đạp “…” với 61 thành viên": the activity named just before, if any.
    pairedFrom = activityBefore(lex, tokens, Math.max(tokenAtOrAfter(tokens, sent.start), numTok - 12), numTok);
  } else if (pairedFrom === null && people && beforeKey !== undefined && ATTENDANCE_BEFORE.has(beforeKey)) {
    if (samePrev !== null && samePrev.indicator !== null) pairedFrom = samePrev.indicator;
    else {
      const sentTok = tokenAtOrAfter(tokens, sent.start);
      pairedFrom = activityBefore(lex, tokens, Math.max(sentTok, numTok - 30), numTok);
      if (pairedFrom === null && catalogue[DEFAULT_ACTIVITY] !== undefined && isHeldBefore(tokens, sentTok, numTok)) pairedFrom = DEFAULT_ACTIVITY;
    }
  }
  const nc = {
    headFrom,
    headTo,
    subjectFrom,
    ctxFrom,
    ctxTo,
    sentenceFrom: tokenAtOrAfter(tokens, sent.start),
    uom: v.quantity.uom,
    unitKey: v.unitWord === null ? '' : canonicalLower(v.unitWord).replace(/\s+/gu, ' '),
    people,
    pairedFrom,
    pairedCategory,
    listOf,
    listCategory,
  };
  let result: Classification | null = classify(lex, tokens, nc);
  if (result === null && v.quantity.uom === 'count' && !people) result = kindNamedBefore(chunk, lex, catalogue, n);
  // An "x/y" share: the two counts of a ratio ("139/147 khu dân cư đạt …"), or x of a count
  // indicator ("164/164 xã tổ chức Ngày hội"); otherwise kept as coverage.
  let outOfIndicator: string | null = null;
  if (v.outOf !== null) {
    const parts = coverageParts(lex, tokens, { ...nc, headTo: Math.min(sentenceEndTok, headFrom + 20), ctxFrom: tokenAtOrAfter(tokens, sent.start), ctxTo: numTok });
    if (parts !== null) {
      result = { indicator: parts.numerator, category: parts.category, uom: { uom: 'count', factor: 1 }, confidence: 'medium', evidence: ['share of areas'], headEndToken: headFrom + 1 };
      outOfIndicator = parts.denominator;
    } else if (result === null || catalogue[result.indicator]?.kind === 'ratio' || result.uom.uom !== 'count' || isRatioWhole(catalogue, result.indicator)) {
      return { reading: { kind: 'unclassified', reason: 'coverage', end: phraseTo(chunk, n, shortHead) }, prev: null };
    }
  }
  if (result !== null && outOfIndicator === null) result = partByTail(chunk, lex, n, result, subjectFrom);
  // "…, nâng tổng số lên 21 khóm" after new ones: what there is now, of the same kind.
  const stock = samePrev?.indicator == null ? undefined : STOCK_OF[samePrev.indicator];
  if (stock !== undefined && catalogue[stock] !== undefined && tokens.key[numTok - 1] === 'lên' && raisedBefore(tokens, tokenAtOrAfter(tokens, samePrev?.end ?? qs), numTok)) {
    result = { ...counted(stock, samePrev?.category ?? null, n, `raised to: ${stock}`), uom: result?.uom ?? { uom: 'count', factor: 1 } };
  }
  // "… trên tổng số 23 vụ" right after a part ("hòa giải thành 21 vụ"): the whole the part belongs to.
  const whole = samePrev?.indicator == null ? undefined : catalogue[samePrev.indicator]?.subsetOf;
  if (whole !== undefined && catalogue[whole] !== undefined && v.outOf === null && tokens.key[numTok - 1] === 'số' && tokens.key[numTok - 2] === 'tổng' && numTok - tokenAtOrAfter(tokens, samePrev?.end ?? qs) <= 4) {
    result = counted(whole, result?.indicator === whole ? result.category : null, n, `the whole of: ${samePrev?.indicator ?? ''}`);
  }
  // A part with no kind of its own is of the kind of its whole counted just before it in the
  // sentence ("tiếp nhận 93 đơn kiến nghị, phản ánh, … đã giải quyết 81 đơn").
  const partOf = result === null ? undefined : catalogue[result.indicator];
  if (result !== null && result.category === null && samePrev?.category != null && partOf?.subsetOf === samePrev.indicator && partOf.categories?.[samePrev.category] !== undefined) {
    result = { ...result, category: samePrev.category };
  }
  if (result === null) {
    const end = subjectFrom !== null ? n.unitEnd : phraseTo(chunk, n, phraseEnd(lex, tokens, headFrom, headTo));
    return {
      reading: { kind: 'unclassified', reason: 'no_indicator', end: phraseTo(chunk, n, shortHead) },
      prev: {
        indicator: null,
        category: null,
        sentence: sIndex,
        end,
        ctxFrom: ctxFromOffset,
        ctxTo: ctxToOffset,
        ...(pairedFrom === null ? {} : { pairHead: { indicator: pairedFrom, category: pairedCategory } }),
      },
    };
  }
  const end = subjectFrom !== null ? n.unitEnd : closeQuote(body, qs, phraseTo(chunk, n, Math.max(result.headEndToken, nounEnd(lex, tokens, headFrom, headTo))));
  return {
    reading: { kind: 'figure', result, outOfIndicator, ctxFrom, end },
    prev: {
      indicator: result.indicator,
      category: result.category,
      sentence: sIndex,
      // A sum of money ends at its unit: what follows is what it paid for ("120 triệu đồng lắp đặt 40 camera").
      end: subjectFrom !== null || v.quantity.uom === 'vnd' ? Math.max(end, n.unitEnd) : Math.max(end, phraseTo(chunk, n, phraseEnd(lex, tokens, headFrom, headTo))),
      ctxFrom: ctxFromOffset,
      ctxTo: ctxToOffset,
    },
  };
}

/**
 * A part of what the words count, named by a tail after the whole's words (from the catalogue's
 * `subsetOf`: "tin" + "có giá trị" is a valuable tip): the tail right after the noun ("9 tin báo
 * có giá trị"), or, for a tail of two words or more, just before the number in its clause with no
 * other number's phrase in between ("Tin báo có giá trị: 214 tin", "số tin có giá trị còn ít,
 * chưa đến 10 tin", "58 tin (có giá trị: 19 tin)").
 */
function partByTail(chunk: Chunk, lex: Lexicon, n: ReadNumber, result: Classification, subjectFrom: number | null): Classification {
  const tails = lex.subsetTails.get(result.indicator);
  if (tails === undefined) return result;
  const { tokens, body } = chunk;
  const sentTok = tokenAtOrAfter(tokens, n.candidate.sentence.start);
  const at = (k: number, tail: readonly string[]): boolean => {
    for (let j = 0; j < tail.length; j++) if (tokens.key[k + j] !== tail[j] || (j > 0 && tokens.hardBefore[k + j] === 1)) return false;
    return true;
  };
  for (const t of tails) {
    const after = result.headEndToken;
    let found = after > n.headFrom && after < n.sentenceEndTok && tokens.hardBefore[after] !== 1 && tokens.commaBefore[after] !== 1 && at(after, t.tail) ? after + t.tail.length : -1;
    // … or after "là" later in its clause ("213 tin được Công an xác minh là có giá trị").
    for (let k = after + 1; found === -1 && after > n.headFrom && k < Math.min(n.sentenceEndTok, after + 10) && tokens.hardBefore[k] !== 1 && tokens.numeric[k] !== 1; k++) {
      if (tokens.key[k - 1] === 'là' && at(k, t.tail)) found = k + t.tail.length;
    }
    if (found === -1 && t.tail.length >= 2) {
      // A subject before the number may hold the tail further back ("Số tin báo có giá trị do các tổ cung cấp … là 312").
      const back = subjectFrom === null ? n.numTok - 10 : Math.min(n.numTok - 10, subjectFrom);
      for (let k = n.numTok - t.tail.length; k >= Math.max(sentTok, back); k--) {
        if (tokens.numeric[k] === 1) break;
        if (!at(k, t.tail)) continue;
        const gap = body.slice(tokens.end[k + t.tail.length - 1], tokens.start[n.numTok]);
        // The tail of an earlier number's phrase ("300 tin có giá trị, 500 tin") is not this one's, unless a bracket or colon opens it.
        let earlier = false;
        for (let j = Math.max(sentTok, k - 4); j < k; j++) {
          if (tokens.numeric[j] !== 1 || tokens.hardBefore[j + 1] === 1 || tokens.commaBefore[j + 1] === 1 || /[(:]/u.test(body.slice(tokens.end[j], tokens.start[k]))) continue;
          earlier = scanRange(lex, tokens, j + 1, k).some((h) => h.at === j + 1 && h.length === k - j - 1 && h.node.entries.some((e) => e.indicator === result.indicator));
        }
        if (!/[;]/u.test(gap) && !earlier) found = n.headFrom;
        break;
      }
    }
    if (found === -1) continue;
    const keep = result.category !== null && lex.catalogue[t.part]?.categories?.[result.category] !== undefined;
    return { ...result, indicator: t.part, category: keep ? result.category : null, evidence: [...result.evidence, `part: ${t.tail.join(' ')}`], headEndToken: Math.max(result.headEndToken, found) };
  }
  return result;
}

/** The stock that new ones add to: "thêm 6 khóm, nâng tổng số lên 21 khóm". */
const STOCK_OF: Readonly<Record<string, string>> = { models_established: MODEL_SITES, security_cameras_installed: 'security_cameras' };

/** Whether "nâng" or "tổng số" stands in tokens `[from, to)` with no break: a total raised to a new level. */
function raisedBefore(tokens: Tokens, from: number, to: number): boolean {
  for (let i = Math.max(from, to - 8); i < to; i++) {
    if (i > from && tokens.hardBefore[i] === 1) return false;
    if (tokens.key[i] === 'nâng' || (tokens.key[i] === 'tổng' && tokens.key[i + 1] === 'số')) return true;
  }
  return false;
}

/** Nouns that count teams: "16 tổ", "52 đội" say no kind when the kind was named before. */
const TEAM_NOUNS: ReadonlySet<string> = new Set(['tổ', 'đội']);

/**
 * A bare team noun after the number ("toàn xã có 16 tổ với 152 thành viên") counts the kind of
 * team named last before it, in its sentence or the sentence before in the same paragraph ("Các
 * tổ tự quản đường biên … phát huy vai trò. Toàn xã hiện có 16 tổ"); a kind named in quotation
 * marks after "mô hình" is a model, so the number counts its sites (or new models, when "mới"
 * stands just before the number).
 */
function kindNamedBefore(chunk: Chunk, lex: Lexicon, catalogue: Catalogue, n: ReadNumber): Classification | null {
  const { tokens, sentences } = chunk;
  const head = tokens.key[n.headFrom] ?? '';
  if (!TEAM_NOUNS.has(head) || n.headFrom >= n.sentenceEndTok || tokens.hardBefore[n.headFrom] === 1) return null;
  const headNode = lex.root.next.get(head);
  if (headNode === undefined || (n.headFrom + 1 < n.sentenceEndTok && tokens.hardBefore[n.headFrom + 1] !== 1 && headNode.next.has(tokens.key[n.headFrom + 1] ?? ''))) return null;
  const sent = n.candidate.sentence;
  const before = sentences[n.candidate.sentenceIndex - 1];
  const from = tokenAtOrAfter(tokens, before !== undefined && before.paragraph === sent.paragraph ? before.start : sent.start);
  let last: LexHit | null = null;
  for (const h of scanRange(lex, tokens, Math.max(from, n.numTok - 80), n.numTok)) if (tokens.key[h.at] === head) last = h;
  if (last === null) return null;
  const quoted = tokens.quoted[last.at] === 1;
  if (quoted && catalogue[MODEL_SITES] !== undefined) {
    for (let k = Math.max(from, last.at - 4); k + 1 < last.at; k++) {
      if (tokens.key[k] !== 'mô' || tokens.key[k + 1] !== 'hình') continue;
      // "thành lập mới 35 tổ", "xây dựng mới 12 đội": new models of that kind.
      let fresh = false;
      for (let j = Math.max(from, n.numTok - 3); j < n.numTok; j++) if (tokens.key[j] === 'mới') fresh = true;
      return counted(fresh && catalogue[MODELS_ESTABLISHED] !== undefined ? MODELS_ESTABLISHED : MODEL_SITES, null, n, 'a model named before');
    }
  }
  const entries = last.node.entries.filter((e) => e.facet === null && catalogue[e.indicator]?.uoms.includes('count') === true);
  const indicator = entries[0]?.indicator;
  if (indicator === undefined || entries.some((e) => e.indicator !== indicator)) return null;
  const withCategory = entries.find((e) => e.category !== null);
  return counted(indicator, withCategory?.category ?? null, n, `kind named before: ${entries[0]?.phrase ?? ''}`);
}

function counted(indicator: string, category: string | null, n: ReadNumber, evidence: string): Classification {
  return { indicator, category, uom: { uom: 'count', factor: 1 }, confidence: 'medium', evidence: [evidence], headEndToken: n.headFrom + 1 };
}

function isPeopleHead(tokens: Tokens, at: number): boolean {
  return PEOPLE_HEADS.some((w) => tokenSeqAt(tokens, at, w));
}

/** Whether "tổ chức" (held) stands in tokens `[from, to)` (at most 30 tokens back). */
function isHeldBefore(tokens: Tokens, from: number, to: number): boolean {
  for (let i = Math.max(from, to - 30); i + 1 < to; i++) if (tokens.key[i] === 'tổ' && tokens.key[i + 1] === 'chức') return true;
  return false;
}

/**
 * Whether the text between two offsets holds only punctuation and list glue ("127 … súng quân
 * dụng, 366 …"), or the rest of a list of places ("124 xã, phường và 2.315 ấp, khóm").
 */
function onlyGlue(tokens: Tokens, from: number, to: number): boolean {
  const a = tokenAtOrAfter(tokens, from);
  for (let i = a; i < tokens.length && (tokens.start[i] as number) < to; i++) {
    if (tokens.hardBefore[i] === 1 && i > a) return false;
    const k = tokens.key[i] as string;
    if (!LIST_GLUE.has(k) && !(PLACE_NOUNS.has(k) && PLACE_NOUNS.has(tokens.key[a] ?? ''))) return false;
  }
  return true;
}

/** Whether an indicator is the whole of a ratio (`areas_assessed`): the x of an "x/y" is never the whole. */
function isRatioWhole(catalogue: Catalogue, id: string): boolean {
  return Object.values(catalogue).some((d) => d.ratio?.denominator === id);
}

/** Takes a closing quotation mark into a phrase that opened one ("diễn đàn “Công an … Nhân dân”"). */
function closeQuote(s: string, from: number, end: number): number {
  if (s.charAt(end) !== '”') return end;
  let open = false;
  for (let i = from; i < end; i++) {
    const c = s.charAt(i);
    if (c === '“') open = true;
    else if (c === '”') open = false;
  }
  return open ? end + 1 : end;
}
