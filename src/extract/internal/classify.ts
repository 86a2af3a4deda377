/** Scoring which catalogue indicator (and category) a number counts, from the words around it. */

import type { Catalogue, IndicatorDef } from '../../catalogue/Catalogue';
import type { Uom } from '../../quantity/Uom';
import type { Lexicon, LexHit } from './lexicon';
import { scanRange } from './lexicon';
import type { Tokens } from './text';
import { canonicalLower } from './text';
import type { FittedUom } from './uoms';
import { fitUom, isMeasure } from './uoms';

/** Words after the head noun that end the phrase a category is read from. */
const CATEGORY_STOP: ReadonlySet<string> = new Set(['của', 'cho', 'với', 'tại', 'nhằm', 'để', 'trên', 'thuộc', 'từ', 'đến', 'nhưng', 'được', 'cùng', 'và', 'hoặc', 'nhiều']);

/** Small words that may stand between a verb phrase and its number ("hòa giải thành 1.215 vụ", "giúp đỡ cho 390 người"). */
const VERB_GAP: ReadonlySet<string> = new Set(['cho', 'được', 'với', 'đối', 'là', 'đạt', 'gồm', 'có', 'tổng', 'số', 'tổng số', 'tới', 'lên']);

/** Everything the classifier knows about one number. */
export interface NumberContext {
  /** Token range of the words after the number (from the unit word), `[from, to)`. */
  readonly headFrom: number;
  readonly headTo: number;
  /** When no noun follows the number, the token where its subject starts ("số buổi … đã tổ chức là 2.083"), else null. */
  readonly subjectFrom: number | null;
  /** Token range of the words before the number that it shares (same clause, or its list's head). */
  readonly ctxFrom: number;
  readonly ctxTo: number;
  /** First token of the number's sentence. */
  readonly sentenceFrom: number;
  /** Unit of measure read from the text, and the unit word's canonical key ('' when none). */
  readonly uom: Uom;
  readonly unitKey: string;
  /** The number counts people ("11.200 cán bộ", "lượt người"). */
  readonly people: boolean;
  /** Indicator of the previous figure in the sentence when this number is linked to it, else null. */
  readonly pairedFrom: string | null;
  /** Category of that previous figure, else null. */
  readonly pairedCategory: string | null;
  /** Indicator of the previous item of the same list ("cho hơn 1.500 học sinh và 80 giáo viên"), else null. */
  readonly listOf: string | null;
  /** Category of that previous item, else null. */
  readonly listCategory: string | null;
}

/** The classifier's answer. */
export interface Classification {
  readonly indicator: string;
  readonly category: string | null;
  readonly uom: FittedUom;
  readonly confidence: 'high' | 'medium' | 'low';
  readonly evidence: readonly string[];
  /** End (token index, exclusive) of the last head word used. */
  readonly headEndToken: number;
}

/**
 * Catalogue phrases of the noun phrase after a number: up to a stop word ("của", "cho", "với" …)
 * or a comma that no phrase spans ("15 cá nhân, tặng bằng khen" stops before "tặng").
 */
function nounPhraseHits(lex: Lexicon, tokens: Tokens, headFrom: number, headTo: number): LexHit[] {
  // A phrase that starts inside the window of words may end past it ("748 khu dân cư đạt tiêu
  // chuẩn “An toàn về an ninh, trật tự”"), up to a break or a number.
  let reach = headTo;
  while (reach < tokens.length && reach < headTo + 8 && tokens.hardBefore[reach] !== 1 && tokens.numeric[reach] !== 1) reach++;
  const headHits = scanRange(lex, tokens, headFrom, reach).filter((h) => h.at < headTo);
  let stopAt = headTo;
  for (let i = headFrom + 1; i < headTo; i++) {
    if (CATEGORY_STOP.has(tokens.key[i] as string) || (tokens.commaBefore[i] === 1 && !headHits.some((h) => h.at < i && h.at + h.length > i))) {
      stopAt = i;
      break;
    }
  }
  return headHits.filter((h) => h.at < stopAt);
}

/** End (token index, exclusive) of the catalogue words of the noun phrase after a number, or `headFrom` when none. */
export function nounEnd(lex: Lexicon, tokens: Tokens, headFrom: number, headTo: number): number {
  let end = headFrom;
  for (const h of nounPhraseHits(lex, tokens, headFrom, headTo)) {
    if (h.at - headFrom > 3) break;
    end = h.at + h.length;
  }
  return end;
}

/**
 * End (token index, exclusive) of the whole noun phrase after a number, catalogue words or not:
 * up to a stop word, a comma that no catalogue phrase spans, or six words ("45.600 học sinh, …").
 */
export function phraseEnd(lex: Lexicon, tokens: Tokens, headFrom: number, headTo: number): number {
  const known = nounEnd(lex, tokens, headFrom, headTo);
  let end = headFrom;
  while (end < headTo && end < headFrom + 6) {
    if (end > headFrom && end >= known && (CATEGORY_STOP.has(tokens.key[end] as string) || tokens.commaBefore[end] === 1)) break;
    end++;
  }
  return Math.max(end, known);
}

interface Score {
  head: number;
  ctx: number;
  bonus: number;
  evidence: string[];
  hasHead: boolean;
  hasPair: boolean;
  hasCtx: boolean;
  hasClassifier: boolean;
  /** Evidence from the indicator's own words, not only from a category's ("khu dân cư"). */
  hasIndicatorWords: boolean;
  lastHeadToken: number;
}

function scoreOf(map: Map<string, Score>, id: string): Score {
  let s = map.get(id);
  if (s === undefined) {
    s = { head: 0, ctx: 0, bonus: 0, evidence: [], hasHead: false, hasPair: false, hasCtx: false, hasClassifier: false, hasIndicatorWords: false, lastHeadToken: -1 };
    map.set(id, s);
  }
  return s;
}

function total(s: Score): number {
  return s.head + s.ctx + s.bonus;
}

function commonPrefix(codes: readonly string[], def: IndicatorDef): string | null {
  let parts = (codes[0] ?? '').split('.');
  for (const c of codes.slice(1)) {
    const q = c.split('.');
    let k = 0;
    while (k < parts.length && k < q.length && parts[k] === q[k]) k++;
    parts = parts.slice(0, k);
  }
  const code = parts.join('.');
  return code !== '' && def.categories?.[code] !== undefined ? code : null;
}

/**
 * A row of kinds that names home-made ones among hunting ones ("súng tự chế, súng kíp", "súng kíp,
 * súng cồn, súng tự chế"): home-made, the way reports and their readers file them (the hunting kinds
 * handed in are made at home). `null` for any other row.
 */
function homeMadeRow(codes: readonly string[]): string | null {
  const made = codes.find((c) => c.endsWith('.homemade'));
  if (made === undefined) return null;
  const parent = made.slice(0, -'.homemade'.length);
  return codes.every((c) => c === made || c === `${parent}.hunting`) ? made : null;
}

/** Words right before a count of people that say the clause's act was done with them. */
const WITH_WHOM: ReadonlySet<string> = new Set(['với', 'cho']);

/** Nouns that open a count of places (the first word of "xã", "thị trấn", "khu dân cư"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['xã', 'phường', 'thị', 'thôn', 'xóm', 'ấp', 'bản', 'khu', 'khóm', 'làng', 'huyện', 'tỉnh', 'quận', 'buôn', 'sóc', 'khối']);

type RankedScore = { readonly id: string; readonly s: Score };

/** Whether token `i` opens a level ("cấp xã", "cấp huyện"): it names a unit, not an act. */
function isLevel(tokens: Tokens, i: number): boolean {
  return tokens.key[i] === 'cấp' && PLACE_NOUNS.has(tokens.key[i + 1] ?? '') && tokens.hardBefore[i + 1] !== 1;
}

/** A count of places needs the indicator's own words, not only a category noun such as "xã". */
function sayWhich(best: RankedScore, nc: NumberContext, tokens: Tokens): boolean {
  if (best.s.hasIndicatorWords) return true;
  return !PLACE_NOUNS.has(tokens.key[nc.headFrom] ?? '');
}

/** The indicator of sites where models operate, when the catalogue has it. */
const MODEL_SITES = 'model_sites';
/** The indicator of models newly set up. */
const MODELS_ESTABLISHED = 'models_established';
/** The indicator of the security festival's venues. */
const FESTIVALS = 'festivals';
/** Heads of a count of units above the commune: a spread, not sites ("triển khai tới 34 tỉnh"). */
const ABOVE_COMMUNE: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'quận', 'thành']);
/** Words right before a number that say where something runs ("tại 5 xóm", "nhân rộng ra 12 thôn"). */
const LOCATIVES: ReadonlySet<string> = new Set(['tại', 'ở', 'ra', 'tới', 'trên']);

function seqIn(tokens: Tokens, from: number, to: number, a: string, b: string): boolean {
  for (let i = from; i + 1 < to; i++) if (tokens.key[i] === a && tokens.key[i + 1] === b && tokens.hardBefore[i + 1] !== 1) return true;
  return false;
}

/** Whether the words say the models are new: "mới" right after the noun ("9 khu trọ mới"), or "xây dựng … mới" just before the number ("xây dựng mới 11 mô hình"). */
function saysNew(tokens: Tokens, nc: NumberContext, nounEnd: number): boolean {
  if (tokens.key[nounEnd] === 'mới' && tokens.hardBefore[nounEnd] !== 1) return true;
  // "thành lập mới 9 mô hình", "nhân rộng thêm 6 khóm": new or more, just before the number.
  for (let i = Math.max(nc.ctxFrom, nc.ctxTo - 2); i < nc.ctxTo; i++) if ((tokens.key[i] === 'mới' || tokens.key[i] === 'thêm') && tokens.hardBefore[i + 1] !== 1) return true;
  const from = Math.max(nc.ctxFrom, nc.ctxTo - 8);
  if (!seqIn(tokens, from, nc.ctxTo, 'xây', 'dựng')) return false;
  for (let i = from; i < nc.ctxTo; i++) if (tokens.key[i] === 'mới') return true;
  return false;
}

/**
 * Whether the places counted at token `h` are the subject of "tổ chức … Ngày hội" later in their
 * clause, past the rest of a list of places ("37 tổ dân phố đồng loạt tổ chức Ngày hội", "144/144
 * xã, phường, thị trấn và 912 ấp, khu phố tổ chức xong Ngày hội"): up to 24 words on, with no
 * break in between.
 */
function heldFestivalAfter(tokens: Tokens, h: number): boolean {
  for (let i = h + 1; i + 1 < tokens.length && i < h + 24; i++) {
    // The dot inside "68.400" is no break.
    if (tokens.hardBefore[i] === 1 && !(tokens.numeric[i] === 1 && tokens.numeric[i - 1] === 1)) return false;
    if (tokens.key[i] !== 'tổ' || tokens.key[i + 1] !== 'chức') continue;
    for (let j = i + 2; j < i + 5 && j + 1 < tokens.length; j++) {
      if (tokens.hardBefore[j] === 1) return false;
      if (tokens.key[j] === 'ngày' && tokens.key[j + 1] === 'hội') return true;
    }
  }
  return false;
}

/** Words that make a count of models a count of praised ones ("Ba mô hình được Bộ Công an biểu dương"): exemplars, not sites. */
const PRAISE: ReadonlySet<string> = new Set(['biểu', 'tuyên', 'khen', 'điển']);

function praised(tokens: Tokens, from: number, to: number): boolean {
  for (let i = from; i < to && i < from + 8; i++) {
    if (i > from && tokens.hardBefore[i] === 1) return false;
    if (PRAISE.has(tokens.key[i] ?? '')) return true;
  }
  return false;
}

/**
 * Sites of a model: a count of models ("duy trì 56 mô hình tự quản": each model runs at one site;
 * kinds are counted with "loại"), places counted after a model is named ("mô hình “Xóm không có
 * ma túy” tại 5 xóm", "nhân rộng ra 12 thôn"), or a count of one named kind ("18 mô hình “Camera
 * an ninh”"); new ones when the words say so ("xây dựng mới 11 mô hình").
 */
function modelSites(cat: Catalogue, tokens: Tokens, nc: NumberContext): Classification | null {
  if (cat[MODEL_SITES] === undefined || nc.people || (nc.uom !== 'count' && nc.uom !== 'piece')) return null;
  // "Số mô hình “…” đang duy trì là 74": the subject counts models, each at its site.
  if (nc.subjectFrom !== null) {
    const s = nc.subjectFrom;
    if (tokens.key[s] !== 'mô' || tokens.key[s + 1] !== 'hình' || tokens.key[s - 1] !== 'số') return null;
    return { indicator: MODEL_SITES, category: null, uom: { uom: 'count', factor: 1 }, confidence: 'medium', evidence: ['a count of models'], headEndToken: -1 };
  }
  const h = nc.headFrom;
  const modelHead = tokens.key[h] === 'mô' && tokens.key[h + 1] === 'hình' && nc.unitKey !== 'loại' && tokens.key[h + 2] !== 'tại' && !praised(tokens, h + 2, nc.headTo);
  let place = false;
  // A model named before the number, or a movement named in quotation marks ("phong trào xây dựng “Bản văn hóa …” … tại 405 bản").
  let quoted = false;
  for (let i = nc.ctxFrom; i < nc.ctxTo && !quoted; i++) quoted = tokens.quoted[i] === 1;
  const modelBefore = seqIn(tokens, nc.ctxFrom, nc.ctxTo, 'mô', 'hình') || (quoted && seqIn(tokens, nc.ctxFrom, nc.ctxTo, 'phong', 'trào'));
  const headKey = tokens.key[h] ?? '';
  if (!modelHead && modelBefore && !ABOVE_COMMUNE.has(headKey)) {
    place = PLACE_NOUNS.has(headKey) || LOCATIVES.has(tokens.key[nc.ctxTo - 1] ?? '');
  }
  if (!modelHead && !place) {
    // Venues of the security festival: places counted beside "Ngày hội" ("1.021 ấp, khu phố tổ chức Ngày hội").
    const residentialGroup = tokens.key[h] === 'tổ' && tokens.key[h + 1] === 'dân' && tokens.key[h + 2] === 'phố';
    if (cat[FESTIVALS] === undefined || !(PLACE_NOUNS.has(tokens.key[h] ?? '') || tokens.key[h] === 'điểm' || residentialGroup)) return null;
    let festival = false;
    for (let i = nc.ctxFrom; i + 1 < Math.min(nc.headTo, h + 8); i++) if (tokens.key[i] === 'ngày' && tokens.key[i + 1] === 'hội') festival = true;
    if (!festival) festival = heldFestivalAfter(tokens, h);
    const head = tokens.key[h] ?? '';
    if (!festival || head === 'tỉnh' || head === 'huyện' || head === 'quận') return null;
    // "108 điểm Ngày hội cấp xã": the level said after the venue noun.
    const communeLevel = head === 'điểm' && seqIn(tokens, h + 1, Math.min(nc.headTo, h + 7), 'cấp', 'xã');
    const level = head === 'xã' || head === 'phường' || head === 'thị' || communeLevel ? 'commune' : 'village';
    const category = cat[FESTIVALS].categories?.[level] === undefined ? null : level;
    return { indicator: FESTIVALS, category, uom: { uom: 'count', factor: 1 }, confidence: 'medium', evidence: ['places of the festival'], headEndToken: residentialGroup ? h + 3 : h + 1 };
  }
  const nounEnd = modelHead ? h + 2 : h + 1;
  const fresh = cat[MODELS_ESTABLISHED] !== undefined && saysNew(tokens, nc, nounEnd);
  return {
    indicator: fresh ? MODELS_ESTABLISHED : MODEL_SITES,
    category: null,
    uom: { uom: 'count', factor: 1 },
    confidence: 'medium',
    evidence: [modelHead ? 'a count of models' : 'places of a model'],
    headEndToken: nounEnd,
  };
}

/**
 * People in a list of commendation recipients are individuals ("Giấy khen cho 7 tập thể và 12 đoàn
 * viên"): the list's faceted indicator, with its recipient facet set to the value whose words say
 * "cá nhân" and the other facets as the previous item had them.
 */
function peopleRecipients(cat: Catalogue, nc: NumberContext): Classification | null {
  if (!nc.people || nc.listOf === null) return null;
  const facets = cat[nc.listOf]?.categoryFacets;
  if (facets === undefined) return null;
  const k = facets.findIndex((f) => Object.values(f.values).some((v) => v.nounVi === 'cá nhân'));
  const facet = facets[k];
  if (facet === undefined) return null;
  const individual = Object.keys(facet.values).find((key) => facet.values[key]?.nounVi === 'cá nhân') as string;
  const segs = (nc.listCategory ?? '').split('.');
  const out = facets.map((_, i) => (i === k ? individual : (segs[i] ?? '*') || '*'));
  return { indicator: nc.listOf, category: out.join('.'), uom: { uom: 'count', factor: 1 }, confidence: 'medium', evidence: ['recipients in a list'], headEndToken: nc.headFrom + 1 };
}

/**
 * Whoever is counted right after an award verb ("tặng bằng khen cho 12 người có uy tín", "khen
 * thưởng 5 đoàn viên", "tặng giấy khen cho 3 tổ tự quản") received it: people are individuals,
 * households leave the recipient open, anything else counted is a collective. The issuer and
 * award are those named in the number's clause before it.
 */
function awardedAfterVerb(lex: Lexicon, tokens: Tokens, nc: NumberContext, verbs: ReadonlySet<string>, nounHits: readonly LexHit[]): Classification | null {
  const cat = lex.catalogue;
  let id: string | null = null;
  for (const v of verbs) if (cat[v]?.categoryFacets !== undefined) id = v;
  const facets = id === null ? undefined : cat[id]?.categoryFacets;
  if (id === null || facets === undefined || (nc.uom !== 'count' && nc.uom !== 'person' && nc.uom !== 'household')) return null;
  // The number's own words name the recipient kind ("15 tập thể"): the ordinary reading does.
  // … and a noun that names an indicator with no kinds ("26 nghìn gương điển hình tiên tiến": exemplars) is that
  // indicator; a kind of team ("3 tổ tự quản") may be a collective that received the award.
  const whole = (e: { readonly indicator: string; readonly category: string | null; readonly facet: string | null }): boolean => e.category === null && e.facet === null && cat[e.indicator]?.categories === undefined;
  if (nounHits.some((h) => h.at <= nc.headFrom + 1 && h.node.entries.some((e) => e.indicator === id || whole(e)))) return null;
  const k = facets.findIndex((f) => Object.values(f.values).some((v) => v.nounVi === 'cá nhân'));
  const recipient = facets[k];
  if (recipient === undefined) return null;
  const valueOf = (noun: string): string => Object.keys(recipient.values).find((key) => recipient.values[key]?.nounVi === noun) ?? '*';
  const who = nc.people ? valueOf('cá nhân') : nc.uom === 'household' ? '*' : valueOf('tập thể');
  let clauseFrom = nc.ctxFrom;
  for (let i = nc.ctxTo - 1; i > nc.ctxFrom; i--) {
    if (tokens.hardBefore[i] === 1) {
      clauseFrom = i;
      break;
    }
  }
  const segs = facets.map((f, i) => (i === k ? who : '*'));
  for (const h of scanRange(lex, tokens, clauseFrom, nc.ctxTo)) {
    for (const e of h.node.entries) {
      const at = facets.findIndex((f) => f.key === e.facet);
      if (e.indicator === id && at !== -1 && at !== k && e.segment !== null) segs[at] = e.segment;
    }
  }
  while (segs.length > 0 && segs[segs.length - 1] === '*') segs.pop();
  return { indicator: id, category: segs.length > 0 ? segs.join('.') : null, uom: { uom: 'count', factor: 1 }, confidence: 'medium', evidence: ['recipients of an award'], headEndToken: nc.headFrom + 1 };
}

/** The facet of a commendation that names who gave it, and the one that names what was given. */
const ISSUER = 'issuer';
const AWARD = 'award';

/** Verbs of giving an award that may open a clause whose giver was named in the clause before ("…; tặng cờ thi đua cho 12 tập thể"). */
const AWARD_VERBS: ReadonlySet<string> = new Set(['tặng', 'trao', 'khen']);

/**
 * The giver of an award named earlier in the number's sentence, when its own clause names none:
 * the subject of the clause governs every recipient after it ("Bộ trưởng tặng Cờ thi đua cho 12
 * tập thể và Bằng khen cho 84 tập thể"), and a clause after a semicolon that opens with the award
 * verb has the previous clause's subject ("Bộ trưởng tặng bằng khen cho 164 tập thể; tặng cờ thi
 * đua cho 12 tập thể"). Null when the words do not say.
 */
function giverBefore(lex: Lexicon, tokens: Tokens, nc: NumberContext, id: string, clauseFrom: number): string | null {
  let from = clauseFrom;
  // The clause holding the number (its list's head may sit further on).
  while (from > nc.sentenceFrom && tokens.hardBefore[from] !== 1) from--;
  // A clause opened by the award verb has no subject of its own: read the clause before.
  if (from > nc.sentenceFrom && AWARD_VERBS.has(tokens.key[from] ?? '')) {
    from--;
    while (from > nc.sentenceFrom && tokens.hardBefore[from] !== 1) from--;
  }
  let found: string | null = null;
  for (const h of scanRange(lex, tokens, from, clauseFrom)) {
    for (const e of h.node.entries) if (e.indicator === id && e.facet === ISSUER && e.segment !== null) found = e.segment;
  }
  return found;
}

/**
 * A giver said at a level the words leave open ("Chủ tịch UBND thành phố": a province's city or a
 * centrally run one) is told by the award: a certificate of commendation (giấy khen) is given at
 * district level and below, so it comes from the district-level committee, when the catalogue
 * has both values.
 */
function issuerByAward(cat: Catalogue, id: string, issuer: string, award: string | undefined): string {
  if (award !== 'certificate_of_commendation' || issuer !== 'provincial_peoples_committee_chair') return issuer;
  const values = cat[id]?.categoryFacets?.find((f) => f.key === ISSUER)?.values;
  return values?.['district_peoples_committee'] === undefined ? issuer : 'district_peoples_committee';
}

/** The one indicator of the catalogue that allows a measure unit (money: funds), or null. */
function soleOwner(cat: Catalogue, uom: Uom): string | null {
  // Money only: a length or a mass is said of many things ("27 km đường biên giới").
  if (uom !== 'vnd') return null;
  let owner: string | null = null;
  for (const [id, def] of Object.entries(cat)) {
    if (!def.uoms.includes(uom)) continue;
    if (owner !== null) return null;
    owner = id;
  }
  return owner;
}

/** "hơn 500 triệu đồng" whatever the words: the only indicator that counts money. */
function onlyIndicatorOf(cat: Catalogue, uom: Uom): Classification | null {
  const id = soleOwner(cat, uom);
  if (id === null) return null;
  return { indicator: id, category: null, uom: { uom, factor: 1 }, confidence: 'low', evidence: [`only indicator in ${uom}`], headEndToken: -1 };
}

/** Words that may join kinds named in a row ("lựu đạn, bom và mìn"). */
const KIND_GLUE: ReadonlySet<string> = new Set(['và', 'cùng', 'hoặc']);

/**
 * Categories of `indicator` named in a row after the noun phrase of a number, joined by commas or
 * "và" ("quả lựu đạn, bom, mìn"): every phrase of the row must name one; the row stops at the
 * first word that names none (the noun phrase itself stops at the comma).
 */
function listedKinds(lex: Lexicon, tokens: Tokens, nc: NumberContext, indicator: string, nounHits: readonly LexHit[]): { readonly codes: string[]; readonly end: number } {
  const last = nounHits[nounHits.length - 1];
  if (last === undefined) return { codes: [], end: -1 };
  const out: string[] = [];
  let at = last.at + last.length;
  while (at < nc.headTo) {
    let next = at;
    while (next < nc.headTo && KIND_GLUE.has(tokens.key[next] as string)) next++;
    if (next === at && tokens.commaBefore[at] !== 1) break;
    const h = scanRange(lex, tokens, next, nc.headTo)[0];
    if (h === undefined || h.at !== next) break;
    const e = h.node.entries.find((x) => x.indicator === indicator && x.category !== null);
    if (e === undefined || e.category === null) break;
    out.push(e.category);
    at = h.at + h.length;
  }
  return { codes: out, end: out.length > 0 ? at : -1 };
}

/** The category of the longest proper prefix of a phrase found in the text that names one of `indicator`'s categories, or null. */
function prefixCategory(lex: Lexicon, tokens: Tokens, h: LexHit, indicator: string): string | null {
  if (!h.node.entries.some((e) => e.indicator === indicator)) return null;
  let node = lex.root;
  let found: string | null = null;
  for (let k = h.at; k < h.at + h.length - 1; k++) {
    const child = node.next.get(tokens.key[k] as string);
    if (child === undefined) break;
    node = child;
    const e = node.entries.find((x) => x.indicator === indicator && x.category !== null);
    if (e !== undefined) found = e.category;
  }
  return found;
}

/**
 * A bare noun that opens phrases of several indicators ("vụ việc", "vụ") is completed by words of
 * its clause before the number ("Hòa giải ở cơ sở: các tổ đã tiếp nhận 1.472 vụ việc" is "vụ việc
 * hòa giải"): the indicator whose phrase the noun and those words make scores above the bare noun.
 */
function completedBefore(lex: Lexicon, tokens: Tokens, nc: NumberContext, nounHits: readonly LexHit[], scores: Map<string, Score>): void {
  // A bare team noun takes the kind named before it instead (indicator.ts, kindNamedBefore).
  if (TEAM_HEADS.has(tokens.key[nc.headFrom] ?? '')) return;
  let noun = lex.root.next.get(tokens.key[nc.headFrom] ?? '');
  let after = nc.headFrom + 1;
  while (noun !== undefined && after < nc.headTo && tokens.commaBefore[after] !== 1) {
    const next = noun.next.get(tokens.key[after] ?? '');
    if (next === undefined) break;
    noun = next;
    after++;
  }
  if (noun === undefined || (noun.entries.length > 0 && !noun.generic) || nounHits.some((x) => x.at + x.length > after)) return;
  // The noun must end the number's words ("1.472 vụ việc, …"), not open a longer phrase of its own.
  if (after < nc.headTo && tokens.commaBefore[after] !== 1 && tokens.hardBefore[after] !== 1 && !CATEGORY_STOP.has(tokens.key[after] ?? '')) return;
  const add = 8 + 2 * (after - nc.headFrom);
  for (let j = nc.ctxFrom; j < nc.ctxTo; j++) {
    let node = noun.next.get(tokens.key[j] ?? '');
    for (let k = j + 1; node !== undefined; k++) {
      for (const e of node.entries) {
        if (e.category !== null || e.facet !== null) continue;
        const sc = scoreOf(scores, e.indicator);
        if (sc.head < add) sc.head = add;
        sc.hasHead = true;
        sc.hasIndicatorWords = true;
        sc.evidence.push(`noun completed before it: ${e.phrase}`);
      }
      if (k >= nc.ctxTo || tokens.hardBefore[k] === 1) break;
      node = node.next.get(tokens.key[k] ?? '');
    }
  }
}

const TEAM_HEADS: ReadonlySet<string> = new Set(['tổ', 'đội']);

/**
 * A classifier alone that repeats an earlier number's classifier and noun in its sentence elides
 * that noun ("duy trì 426 mắt camera, trong 9 tháng lắp thêm 58 mắt"): the noun, and the verb
 * before the number with it ("lắp thêm" + "camera": cameras installed).
 */
function elidedNoun(lex: Lexicon, tokens: Tokens, nc: NumberContext, scores: Map<string, Score>): void {
  let noun: LexHit | undefined;
  for (let i = nc.ctxTo - 2; i >= Math.max(0, nc.ctxTo - 30) && noun === undefined; i--) {
    if (tokens.hardBefore[i + 1] === 1 && tokens.numeric[i] !== 1) break;
    if (tokens.key[i] !== nc.unitKey || tokens.numeric[i - 1] !== 1) continue;
    const h = scanRange(lex, tokens, i + 1, Math.min(i + 5, nc.ctxTo))[0];
    if (h !== undefined && h.at === i + 1) noun = h;
  }
  if (noun === undefined) return;
  const keys: string[] = [];
  for (let k = noun.at; k < noun.at + noun.length; k++) keys.push(tokens.key[k] ?? '');
  let best = 0;
  for (let j = Math.max(nc.ctxFrom, nc.ctxTo - 4); j < nc.ctxTo && best === 0; j++) {
    let node: typeof lex.root | undefined = lex.root;
    for (let k = j; k < nc.ctxTo && node !== undefined; k++) node = k > j && tokens.hardBefore[k] === 1 ? undefined : node.next.get(tokens.key[k] ?? '');
    for (const w of keys) node = node?.next.get(w);
    if (node === undefined || node.entries.length === 0) continue;
    best = 11 + 3 * (nc.ctxTo - j + keys.length);
    for (const e of node.entries) {
      const sc = scoreOf(scores, e.indicator);
      if (sc.head < best) sc.head = best;
      sc.hasHead = true;
      sc.hasIndicatorWords = true;
      sc.evidence.push(`elided noun with its verb: ${e.phrase}`);
    }
  }
  for (const e of noun.node.entries) {
    const sc = scoreOf(scores, e.indicator);
    if (sc.head < 12) sc.head = 12;
    sc.hasHead = true;
    sc.evidence.push(`elided noun: ${e.phrase}`);
  }
}

/** Words between a verb of attending and the event whose activities were attended ("các hoạt động của", "trong khuôn khổ"). */
const ACTIVITIES_OF: ReadonlySet<string> = new Set(['các', 'những', 'hoạt', 'động', 'của', 'trong', 'khuôn', 'khổ', 'tại'].map((w) => canonicalLower(w)));

/** Verbs of attending: people who "(tham) dự" or "tham gia" an activity are its attendance. */
const ATTEND: ReadonlySet<string> = new Set(['dự', 'gia']);

/**
 * Credits the indicators a hit names that count households (with no category or facet) as the
 * number's head: what the people or households counted did, or what was done with them.
 * `extendsHead` also moves the head's last token to the hit's end.
 */
function creditHouseholdCount(cat: Catalogue, h: LexHit, scores: Map<string, Score>, why: string, extendsHead: boolean): void {
  for (const e of h.node.entries) {
    if (e.facet !== null || e.category !== null || cat[e.indicator]?.uoms.includes('household') !== true) continue;
    const sc = scoreOf(scores, e.indicator);
    if (sc.head < 12) sc.head = 12;
    sc.hasHead = true;
    sc.hasIndicatorWords = true;
    if (extendsHead) sc.lastHeadToken = Math.max(sc.lastHeadToken, h.at + h.length);
    sc.evidence.push(`${why}: ${e.phrase}`);
  }
}

/**
 * People counted before the activity they attended, later in their clause ("hơn 300 người dân … đã
 * đến dự diễn đàn", "hàng trăm lượt sinh viên tham gia tọa đàm", "1.400 lượt người về dự Ngày
 * hội"): the activity's paired count of people.
 */
function attendedAfter(cat: Catalogue, tokens: Tokens, hits: readonly LexHit[], scores: Map<string, Score>): void {
  const peopleOnly = (id: string): boolean => (cat[id]?.uoms ?? []).every((u) => u === 'person' || u === 'person_times');
  for (const h of hits) {
    // "tham gia các hoạt động của Ngày hội": the activities of an event are the event.
    let v = h.at - 1;
    while (v > h.at - 7 && v > 0 && ACTIVITIES_OF.has(tokens.key[v] ?? '') && tokens.hardBefore[v + 1] !== 1) v--;
    const verb = tokens.key[v] ?? '';
    if (!ATTEND.has(verb) || (verb === 'gia' && tokens.key[v - 1] !== 'tham') || tokens.quoted[h.at] === 1) continue;
    let found = false;
    for (const e of h.node.entries) {
      if (e.facet !== null || e.category !== null || peopleOnly(e.indicator)) continue;
      for (const partner of cat[e.indicator]?.pairedWith ?? []) {
        if (!peopleOnly(partner)) continue;
        found = true;
        const sc = scoreOf(scores, partner);
        if (sc.head < 25) sc.head = 25;
        sc.hasHead = true;
        sc.hasPair = true;
        sc.hasIndicatorWords = true;
        sc.evidence.push(`attended: ${e.phrase}`);
      }
    }
    if (found) return;
  }
}

/** Words between people counted and the teams they joined ("đang là thành viên", "hiện tham gia"). */
const JOIN_FILLERS: ReadonlySet<string> = new Set(['đang', 'hiện', 'là', 'đã', 'cùng', 'trực', 'tiếp']);

/** The category of `id` named last in the number's clause before it, or null. */
function kindInClause(tokens: Tokens, nc: NumberContext, ctxHits: readonly LexHit[], id: string): string | null {
  for (let k = ctxHits.length - 1; k >= 0; k--) {
    const h = ctxHits[k] as LexHit;
    for (let i = h.at + h.length; i < nc.ctxTo; i++) if (tokens.hardBefore[i] === 1) return null;
    const e = h.node.entries.find((x) => x.indicator === id && x.category !== null);
    if (e !== undefined) return e.category;
  }
  return null;
}

/** The members' indicator of the teams people joined, and the teams' kind (their common parent when several). */
interface Joined {
  readonly id: string;
  readonly category: string | null;
}

/**
 * People counted before the teams they belong to, later in their clause ("1.126 hội viên đang là
 * thành viên tổ bảo vệ an ninh, trật tự", "2.316 hội viên tham gia các tổ an ninh nhân dân, tổ tự
 * quản"): the teams' paired count of members, of the teams' kind. Joining is "tham gia" or "là
 * thành viên" right before the team's noun, "các"/"những" allowed between (a role in a list, "…,
 * thành viên tổ …", says who the people are, not that they are counted as members).
 */
function joinedTeamsAfter(cat: Catalogue, tokens: Tokens, headFrom: number, hits: readonly LexHit[], scores: Map<string, Score>): Joined | null {
  const peopleOnly = (id: string): boolean => (cat[id]?.uoms ?? []).every((u) => u === 'person' || u === 'person_times');
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as LexHit;
    if (!TEAM_HEADS.has(tokens.key[h.at] ?? '') || tokens.quoted[h.at] === 1) continue;
    let k = h.at - 1;
    while (k > 0 && (tokens.key[k] === 'các' || tokens.key[k] === 'những')) k--;
    const joins = (tokens.key[k] === 'gia' && tokens.key[k - 1] === 'tham') || (tokens.key[k] === 'viên' && tokens.key[k - 1] === 'thành' && tokens.key[k - 2] === 'là');
    const team = h.node.entries.find((e) => e.facet === null && !peopleOnly(e.indicator) && (cat[e.indicator]?.pairedWith ?? []).some(peopleOnly));
    if (!joins || team === undefined) continue;
    const members = (cat[team.indicator]?.pairedWith ?? []).find(peopleOnly) as string;
    // The kinds named in a row from here ("tổ an ninh nhân dân, tổ tự quản", "… và tổ hòa giải").
    const kinds: string[] = [];
    for (let j = i, end = h.at; j < hits.length; j++) {
      const r = hits[j] as LexHit;
      const next = r.at === end && (j === i || tokens.commaBefore[r.at] === 1);
      if (!next && !(r.at === end + 1 && tokens.key[end] === 'và')) break;
      if (!r.node.entries.some((x) => x.indicator === team.indicator)) break;
      const e = r.node.entries.find((x) => x.indicator === team.indicator && x.category !== null);
      if (e?.category != null && !kinds.includes(e.category)) kinds.push(e.category);
      end = r.at + r.length;
    }
    const def = cat[members];
    const category = kinds.length === 0 || def === undefined ? null : kinds.length === 1 ? (kinds[0] as string) : commonPrefix(kinds, def);
    const sc = scoreOf(scores, members);
    if (sc.head < 25) sc.head = 25;
    sc.hasHead = true;
    sc.hasPair = true;
    sc.hasIndicatorWords = true;
    sc.evidence.push(`members of: ${team.phrase}`);
    // The phrase ends with the people's own words, before "đang", "là", "tham gia".
    let last = Math.min(k - 2, headFrom + 3);
    while (last > headFrom && JOIN_FILLERS.has(tokens.key[last] ?? '')) last--;
    sc.lastHeadToken = Math.max(sc.lastHeadToken, last + 1);
    return { id: members, category };
  }
  return null;
}

/** Picks the indicator, category and unit for one number, or null when the words do not say. */
export function classify(lex: Lexicon, tokens: Tokens, nc: NumberContext): Classification | null {
  const cat: Catalogue = lex.catalogue;
  const scores = new Map<string, Score>();
  // Teams the people counted are members of, named later in their clause ("… hội viên đang là thành viên tổ …").
  let joined: Joined | null = null;
  // The subject before the number is its noun when none follows ("tin có giá trị: 1.240").
  let nounHits = nc.subjectFrom === null ? nounPhraseHits(lex, tokens, nc.headFrom, nc.headTo) : scanRange(lex, tokens, nc.subjectFrom, nc.ctxTo);
  // A kind named right before a count by its classifier ("súng các loại 215 khẩu", "đạn 1.764 viên") is its noun.
  if (nc.subjectFrom === null && nc.unitKey !== '' && (nounHits.length === 0 || nounHits[0]?.at !== nc.headFrom + 1)) {
    const before = scanRange(lex, tokens, Math.max(nc.ctxFrom, nc.ctxTo - 6), nc.ctxTo);
    const last = before[before.length - 1];
    if (last !== undefined && last.at + last.length === nc.ctxTo && tokens.hardBefore[nc.ctxTo] !== 1 && last.node.entries.some((e) => e.category !== null && lex.classifiers.get(nc.unitKey)?.has(e.indicator) === true)) nounHits = [last];
  }
  // A classifier of pieces before the noun ("35 mắt camera", "410 chiếc xe") does not put the noun further away.
  const nounFrom = nc.uom === 'piece' && nc.unitKey !== '' && tokens.key[nc.headFrom] === nc.unitKey ? nc.headFrom + 1 : nc.headFrom;
  for (const h of nounHits) {
    const p = nc.subjectFrom === null ? Math.max(0, h.at - nounFrom) : Math.min(2, h.at - nc.subjectFrom);
    if (p > 3) continue;
    const add = h.node.generic ? 6 + 2 * h.length - 2 * p : 12 + 3 * h.length - 2 * p;
    const seen = new Set<string>();
    for (const e of h.node.entries) {
      if (seen.has(e.indicator)) continue;
      seen.add(e.indicator);
      const s = scoreOf(scores, e.indicator);
      if (add > s.head) s.head = add;
      s.hasHead = true;
      s.lastHeadToken = Math.max(s.lastHeadToken, h.at + h.length);
      s.evidence.push(`noun: ${e.phrase}`);
      if (h.node.entries.some((x) => x.indicator === e.indicator && x.category === null && x.facet === null)) s.hasIndicatorWords = true;
    }
  }
  if (nc.subjectFrom === null) completedBefore(lex, tokens, nc, nounHits, scores);
  // Households or people counted before what they did, later in their clause ("1.134 hộ gia đình ở
  // thôn Đông Hồ … đã ký cam kết", "42.000 học sinh, phụ huynh ký cam kết"): an indicator that counts households.
  // The clause may run past the number's own words ("312 hộ kinh doanh … trên các tuyến phố A, B ký cam kết"), up to a break or the next number.
  if (nc.subjectFrom === null && (nc.people || nc.uom === 'household')) {
    let clauseEnd = nc.headFrom + 1;
    // A number inside a place's name ("khu vực 7") does not end the clause.
    const inName = (i: number): boolean => PLACE_NOUNS.has(tokens.key[i - 1] ?? '') || tokens.key[i - 1] === 'vực';
    // … nor does the next item of a pair joined by "và" ("1.150 hộ gia đình và 640 học sinh ký cam kết"), nor its digit groups.
    const andItem = (i: number): boolean => tokens.key[i - 1] === 'và' || (tokens.numeric[i - 1] === 1 && tokens.key[i - 2] === 'và');
    while (clauseEnd < tokens.length && clauseEnd < nc.headFrom + 26 && (tokens.hardBefore[clauseEnd] !== 1 || (tokens.numeric[clauseEnd] === 1 && tokens.numeric[clauseEnd - 1] === 1)) && (tokens.numeric[clauseEnd] !== 1 || inName(clauseEnd) || andItem(clauseEnd))) clauseEnd++;
    const clauseHits = scanRange(lex, tokens, nc.headFrom + 1, clauseEnd);
    if (nc.people) attendedAfter(cat, tokens, clauseHits, scores);
    if (nc.people) joined = joinedTeamsAfter(cat, tokens, nc.headFrom, clauseHits, scores);
    // The phrase of the number stops before the pair's next item, which is a figure of its own.
    let nextItem = clauseEnd;
    for (let i = nc.headFrom + 1; i < clauseEnd && nextItem === clauseEnd; i++) if (tokens.numeric[i] === 1 && andItem(i)) nextItem = i;
    for (const h of clauseHits) {
      if (h.at - nc.headFrom <= 2 || h.node.generic) continue;
      creditHouseholdCount(cat, h, scores, 'what they did', h.at < nextItem);
    }
  }
  const ctxHits = scanRange(lex, tokens, nc.ctxFrom, nc.ctxTo);
  // People or households after "với" / "cho" are the ones the clause's verb counts ("tổ chức ký cam kết … với 1.200 hộ gia đình").
  if (nc.subjectFrom === null && (nc.people || nc.uom === 'household') && WITH_WHOM.has(tokens.key[nc.ctxTo - 1] ?? '')) {
    for (const h of ctxHits) creditHouseholdCount(cat, h, scores, 'done with them', false);
  }
  for (const h of ctxHits) {
    const seen = new Set<string>();
    for (const e of h.node.entries) {
      if (e.facet !== null || seen.has(e.indicator)) continue;
      seen.add(e.indicator);
      const s = scoreOf(scores, e.indicator);
      const add = (e.category === null ? 3 : 2) + h.length;
      if (add > s.ctx) s.ctx = add;
      s.hasCtx = true;
      s.evidence.push(`context: ${e.phrase}`);
      if (e.category === null) s.hasIndicatorWords = true;
      for (const partner of cat[e.indicator]?.pairedWith ?? []) {
        const ps = scoreOf(scores, partner);
        if (ps.bonus < 3) ps.bonus = 3;
        // People counted after their activity is named ("tuyên truyền … cho hơn 1.200 học sinh"): its attendance.
        const pdef = cat[partner];
        if (nc.people && e.category === null && pdef !== undefined && pdef.uoms.every((u) => u === 'person' || u === 'person_times')) {
          if (ps.bonus < 8) ps.bonus = 8;
          ps.hasPair = true;
        }
      }
    }
  }
  const verbs = new Set<string>();
  // The verb phrase right before the number names the activity ("gọi hỏi, răn đe 865 đối tượng").
  let verbEnd = nc.ctxTo;
  while (verbEnd > nc.ctxFrom && verbEnd > nc.ctxTo - 2 && VERB_GAP.has(tokens.key[verbEnd - 1] as string)) verbEnd--;
  if (nc.unitKey !== '' && nounHits.length === 0) elidedNoun(lex, tokens, nc, scores);
  // A number counted by its classifier alone names its noun after "số" earlier in the clause
  // ("nâng tổng số camera kết nối về xã lên 205 chiếc").
  if (nc.unitKey !== '' && nounHits.length === 0) {
    for (const h of ctxHits) {
      // … also with a classifier between ("tổng số mắt camera … lên khoảng 1.150 chiếc").
      const afterSo = tokens.key[h.at - 1] === 'số' || (tokens.key[h.at - 2] === 'số' && tokens.hardBefore[h.at - 1] !== 1 && tokens.numeric[h.at - 1] !== 1 && !lex.root.next.has(tokens.key[h.at - 1] ?? ''));
      if (h.at === 0 || !afterSo || PLACE_NOUNS.has(tokens.key[h.at] as string)) continue;
      for (const e of h.node.entries) {
        // The unit word is one of the indicator's classifiers, or counts what it counts ("… là 3.150 hộ").
        const own = lex.classifiers.get(nc.unitKey)?.has(e.indicator) === true || ((nc.uom === 'household' || nc.uom === 'person') && cat[e.indicator]?.uoms.includes(nc.uom) === true);
        if (e.facet !== null || e.category !== null || !own) continue;
        const sc = scoreOf(scores, e.indicator);
        sc.ctx = Math.max(sc.ctx, 7 + 2 * h.length);
        sc.hasHead = true;
        sc.evidence.push(`subject after "số": ${e.phrase}`);
      }
    }
  }
  // A verb with its receiver between it and the number ("báo tin cho Công an 38 vụ việc"): the verb before "cho".
  let dative = -1;
  for (let i = nc.ctxTo - 2; i >= Math.max(nc.ctxFrom, nc.ctxTo - 5); i--) {
    if (tokens.hardBefore[i + 1] === 1 || tokens.commaBefore[i + 1] === 1) break;
    if (tokens.key[i] === 'cho') {
      dative = i;
      break;
    }
  }
  for (const h of ctxHits) {
    // A place right before "có" / "lên" owns what is counted ("xã có 24 tổ"), and a level names a
    // unit ("cho Công an cấp xã 62 nguồn tin"): neither is a verb.
    if ((h.at + h.length !== verbEnd && h.at + h.length !== dative) || PLACE_NOUNS.has(tokens.key[h.at] as string) || isLevel(tokens, h.at)) continue;
    const add = Math.min(16, 7 + 2 * h.length);
    const seen = new Set<string>();
    for (const e of h.node.entries) {
      if (e.facet !== null || seen.has(e.indicator)) continue;
      seen.add(e.indicator);
      const sc = scoreOf(scores, e.indicator);
      if (add > sc.ctx) sc.ctx = add;
      sc.hasHead = true;
      sc.evidence.push(`verb: ${e.phrase}`);
      verbs.add(e.indicator);
      if (e.category === null) sc.hasIndicatorWords = true;
    }
  }
  // A phrase split by the number ("lắp đặt mới 410 camera", "giải quyết 498 đơn thư").
  for (let j = Math.max(nc.ctxFrom, nc.ctxTo - 4); j < nc.ctxTo; j++) {
    let node = lex.root;
    let okWalk = true;
    for (let k = j; k < nc.ctxTo && okWalk; k++) {
      const child = node.next.get(tokens.key[k] as string);
      if (child === undefined || (k > j && tokens.hardBefore[k] === 1)) okWalk = false;
      else node = child;
    }
    if (!okWalk) continue;
    // The split phrase carries on after a classifier of pieces ("lắp đặt 22 mắt camera").
    for (let k = nounFrom; k < Math.min(nc.headTo, nounFrom + 4); k++) {
      const child = node.next.get(tokens.key[k] as string);
      if (child === undefined) break;
      node = child;
      if (node.entries.length === 0) continue;
      const len = nc.ctxTo - j + (k - nounFrom + 1);
      const add = 11 + 3 * len;
      for (const e of node.entries) {
        const sc = scoreOf(scores, e.indicator);
        if (add > sc.head) sc.head = add;
        sc.hasHead = true;
        sc.lastHeadToken = Math.max(sc.lastHeadToken, k + 1);
        sc.evidence.push(`split phrase: ${e.phrase}`);
        if (e.category === null && e.facet === null) sc.hasIndicatorWords = true;
      }
    }
  }
  if (nc.unitKey !== '') {
    for (const id of lex.classifiers.get(nc.unitKey) ?? []) {
      const s = scoreOf(scores, id);
      s.bonus += 2;
      s.hasClassifier = true;
    }
  }
  let restrictTo: readonly string[] | null = null;
  if (nc.pairedFrom !== null) {
    const isPeopleDef = (id: string): boolean => (cat[id]?.uoms ?? []).every((u) => u === 'person' || u === 'person_times');
    // Sessions after sessions are not attendance: only a count of people pairs with a people indicator.
    const partners = (cat[nc.pairedFrom]?.pairedWith ?? []).filter((id) => nc.people || !isPeopleDef(id));
    // A number whose own noun (not a quoted name) names another indicator is not its partner's
    // ("18 mô hình với 264 camera"); people keep pairing ("với 430 lượt người dự").
    const ownNoun = !nc.people && tokens.quoted[nounFrom] !== 1 && [...scores].some(([id, s]) => s.hasHead && s.hasIndicatorWords && !partners.includes(id));
    for (const id of partners) {
      if (ownNoun && scores.get(id)?.hasHead !== true) continue;
      const s = scoreOf(scores, id);
      s.bonus += 10;
      s.hasPair = true;
      s.evidence.push(`paired with: ${nc.pairedFrom}`);
    }
    if (nc.people) {
      const fitting = partners.filter((id) => {
        const def = cat[id];
        return def !== undefined && def.uoms.some((u) => u === 'person' || u === 'person_times');
      });
      if (fitting.length > 0) restrictTo = fitting;
    }
  }

  const recipients = peopleRecipients(cat, nc) ?? awardedAfterVerb(lex, tokens, nc, verbs, nounHits);
  if (recipients !== null) return recipients;
  // People in a list are counted as the list's previous people were ("cho 1.500 học sinh và 80 giáo viên"), unless their own words say otherwise.
  // … but not when a longer noun of its own names another indicator ("bắt 44 đối tượng, trong đó có 2 đối tượng truy nã").
  const ownLonger = nounHits.some((h) => h.length >= 2 && !h.node.generic && h.node.entries.some((e) => e.indicator !== nc.listOf && e.category === null && e.facet === null));
  if (nc.listOf !== null && nc.people && !ownLonger) {
    const s = scoreOf(scores, nc.listOf);
    s.bonus += 9;
    s.hasPair = true;
    s.evidence.push(`list with: ${nc.listOf}`);
  }
  type Ranked = { id: string; s: Score; fitted: FittedUom; value: number };
  const ranked: Ranked[] = [];
  for (const [id, s] of scores) {
    const def = cat[id];
    if (def === undefined) continue;
    if (restrictTo !== null && !restrictTo.includes(id)) continue;
    const fitted = fitUom(nc.uom, nc.people, def.uoms, def.defaultUom);
    if (fitted === null) continue;
    // A count of people is never a count of things, and the reverse.
    const defPeople = def.uoms.every((u) => u === 'person' || u === 'person_times');
    if (nc.people && !def.uoms.some((u) => u === 'person' || u === 'person_times' || u === 'household')) continue;
    if (!nc.people && defPeople && nc.uom !== 'count') continue;
    // Turns ("lượt người") add up over time: never a stock such as a count of members.
    if (nc.people && nc.uom === 'person_times' && nc.unitKey.startsWith('lượt') && def.kind === 'stock') continue;
    ranked.push({ id, s, fitted, value: total(s) });
  }
  ranked.sort((a, b) => b.value - a.value || (lex.order.get(a.id) ?? 0) - (lex.order.get(b.id) ?? 0));
  // A verb that names a part of what the noun counts says which part ("hòa giải thành 142 vụ việc mâu thuẫn": settled disputes).
  const part = ranked.findIndex((r) => verbs.has(r.id) && cat[r.id]?.subsetOf === ranked[0]?.id);
  if (part > 0) {
    const [moved] = ranked.splice(part, 1);
    if (moved !== undefined) ranked.unshift(moved);
  }
  const sites = modelSites(cat, tokens, nc);
  if (sites !== null) return sites;
  const best = ranked[0];
  if (best === undefined || (!sayWhich(best, nc, tokens) && soleOwner(cat, nc.uom) !== best.id)) return onlyIndicatorOf(cat, nc.uom);
  const ok =
    best.value >= (isMeasure(nc.uom) ? 5 : 8) &&
    (best.s.hasHead || best.s.hasPair || (best.s.hasCtx && (isMeasure(nc.uom) || best.s.hasClassifier))) &&
    // A share needs the ratio's own words: "100% khu dân cư" alone does not say which share.
    (nc.uom !== 'percent' || best.s.hasIndicatorWords);
  if (!ok) return onlyIndicatorOf(cat, nc.uom);
  const second = ranked[1];
  const margin = second === undefined ? Infinity : best.value - second.value;
  const confidence = margin >= 6 ? 'high' : margin >= 3 ? 'medium' : 'low';

  const def = cat[best.id] as IndicatorDef;
  let category: string | null = null;
  let fitted = best.fitted;
  let rowEnd = -1;
  const facetKeys = lex.facetKeys.get(best.id);
  if (facetKeys !== undefined) {
    const chosen = new Map<string, string>();
    const both = new Set<string>();
    for (const h of nounHits) {
      for (const e of h.node.entries) {
        if (e.indicator !== best.id || e.facet === null || e.segment === null) continue;
        // Two values of one facet named together ("1.260 tập thể, cá nhân") leave it open.
        if (chosen.has(e.facet) && chosen.get(e.facet) !== e.segment) both.add(e.facet);
        else chosen.set(e.facet, e.segment);
      }
    }
    // … also across the comma of a pair ("tập thể, cá nhân"), which ends the noun phrase otherwise.
    const pair = nc.subjectFrom === null ? scanRange(lex, tokens, nc.headFrom, Math.min(nc.headTo, nc.headFrom + 5)) : [];
    for (let i = 0; i + 1 < pair.length; i++) {
      const a = pair[i] as LexHit;
      const b = pair[i + 1] as LexHit;
      if (a.at !== nc.headFrom || b.at !== a.at + a.length || tokens.commaBefore[b.at] !== 1) continue;
      for (const x of a.node.entries) {
        for (const y of b.node.entries) {
          if (x.indicator === best.id && y.indicator === best.id && x.facet !== null && x.facet === y.facet && x.segment !== y.segment) both.add(x.facet);
        }
      }
    }
    for (const f of both) chosen.set(f, '*');
    // The passive after the recipients is their own ("24 tập thể được Ủy ban MTTQ tỉnh tặng Bằng
    // khen", "17 tập thể và 52 cá nhân được tặng Giấy khen của Giám đốc Công an tỉnh").
    let passive = -1;
    for (let i = nc.headFrom; i < tokens.length && i < nc.headFrom + 12 && (i === nc.headFrom || tokens.hardBefore[i] !== 1); i++) {
      if (tokens.key[i] === 'được') {
        passive = i;
        break;
      }
    }
    if (passive !== -1) {
      let to = passive + 1;
      while (to < tokens.length && to < passive + 14 && tokens.hardBefore[to] !== 1) to++;
      for (const h of scanRange(lex, tokens, passive + 1, to)) {
        for (const e of h.node.entries) {
          if (e.indicator === best.id && e.facet !== null && e.segment !== null && !chosen.has(e.facet)) chosen.set(e.facet, e.segment);
        }
      }
    }
    // Then facets named in the number's own clause: another clause's award is not this one's ("Giám
    // đốc Công an tỉnh tặng Giấy khen cho …; UBND xã khen thưởng 4 tập thể").
    let clauseFrom = nc.ctxFrom;
    for (let i = nc.ctxTo - 2; i > nc.ctxFrom; i--) {
      if (tokens.hardBefore[i] === 1) {
        clauseFrom = i;
        break;
      }
    }
    for (let k = ctxHits.length - 1; k >= 0; k--) {
      const h = ctxHits[k] as LexHit;
      if (h.at < clauseFrom) break;
      for (const e of h.node.entries) {
        if (e.indicator === best.id && e.facet !== null && e.segment !== null && !chosen.has(e.facet)) chosen.set(e.facet, e.segment);
      }
    }
    if (!chosen.has(ISSUER)) {
      const giver = giverBefore(lex, tokens, nc, best.id, clauseFrom);
      if (giver !== null) chosen.set(ISSUER, giver);
    }
    const issuer = chosen.get(ISSUER);
    if (issuer !== undefined) chosen.set(ISSUER, issuerByAward(lex.catalogue, best.id, issuer, chosen.get(AWARD)));
    // A facet the text does not name stays open ("khen thưởng 12 tập thể": `*.*.collective`).
    const segs: string[] = facetKeys.map((key) => chosen.get(key) ?? '*');
    while (segs.length > 0 && segs[segs.length - 1] === '*') segs.pop();
    category = segs.length > 0 ? segs.join('.') : null;
  } else if (def.categories !== undefined) {
    const codes: string[] = [];
    for (const h of nounHits) {
      for (const e of h.node.entries) {
        if (e.indicator === best.id && e.category !== null && !codes.includes(e.category)) codes.push(e.category);
      }
    }
    // Kinds named in a row after one number ("4.118 quả lựu đạn, bom, mìn", "312 khẩu súng kíp, súng tự chế") are their common parent.
    let listed = false;
    if (codes.length > 0 && nc.subjectFrom === null) {
      const row = listedKinds(lex, tokens, nc, best.id, nounHits);
      listed = row.codes.length > 0;
      rowEnd = row.end;
      for (const c of row.codes) if (!codes.includes(c)) codes.push(c);
    }
    // A longer phrase that opens with a category's words keeps that category ("tổ tự quản an ninh trật tự" opens with "tổ tự quản").
    if (codes.length === 0) {
      for (const h of nounHits) {
        const c = prefixCategory(lex, tokens, h, best.id);
        if (c !== null && !codes.includes(c)) codes.push(c);
      }
    }
    // A parent and its child named together ("súng" inside "súng quân dụng") are one thing: keep the deepest.
    // … unless they are items of a row ("pháo, thuốc pháo": fireworks of any kind).
    const leaves = listed ? codes : codes.filter((c) => !codes.some((o) => o !== c && o.startsWith(`${c}.`)));
    category = leaves.length === 0 ? null : leaves.length === 1 ? (leaves[0] as string) : (homeMadeRow(leaves) ?? commonPrefix(leaves, def));
    // An attendance or membership figure shares its activity's category ("3.412 tổ an ninh nhân dân với 17.060 thành viên").
    if (category === null && nc.pairedCategory !== null && nc.pairedFrom !== null && best.s.hasPair && def.categories[nc.pairedCategory] !== undefined) {
      category = nc.pairedCategory;
    }
    if (joined !== null && joined.id === best.id && joined.category !== null && def.categories[joined.category] !== undefined) category = joined.category;
    // People of no kind of their own are of the kind named before them in their clause ("Tổ bảo vệ
    // an ninh, trật tự của khu phố gồm 5 thành viên": members of that kind of team).
    if (category === null && nc.people && nc.subjectFrom === null) category = kindInClause(tokens, nc, ctxHits, best.id);
    const allowed = category === null ? undefined : def.categories[category]?.uoms;
    if (category !== null && allowed !== undefined) {
      const f = fitUom(nc.uom, nc.people, allowed, allowed[0] as Uom);
      if (f === null) category = null;
      else fitted = f;
    }
  }
  return {
    indicator: best.id,
    category,
    uom: fitted,
    confidence,
    evidence: best.s.evidence,
    headEndToken: Math.max(best.s.lastHeadToken, rowEnd),
  };
}

/** The two counts an "x/y" share of areas stands for: the ratio's numerator (x) and denominator (y). */
export interface CoverageParts {
  readonly numerator: string;
  readonly denominator: string;
  readonly category: string | null;
}

/**
 * The parts of a share written "x/y" ("139/147 khu dân cư đạt danh hiệu an toàn", "41/137 bản
 * được công nhận không có ma túy"): the catalogue ratio whose words (or its numerator's) stand in
 * the clause, and the category the places name. Null when no ratio's words are there.
 */
export function coverageParts(lex: Lexicon, tokens: Tokens, nc: NumberContext): CoverageParts | null {
  const cat = lex.catalogue;
  const hits = [...scanRange(lex, tokens, nc.headFrom, nc.headTo), ...scanRange(lex, tokens, nc.ctxFrom, nc.ctxTo)];
  for (const h of hits) {
    // A model's name is not a share's words ("mô hình “Xóm không có ma túy” … nhân rộng ra 13/13 xóm").
    let q = h.at;
    while (q > 0 && tokens.quoted[q] === 1 && tokens.quoted[q - 1] === 1) q--;
    if (tokens.quoted[h.at] === 1 && tokens.key[q - 1] === 'hình') continue;
    for (const e of h.node.entries) {
      const def = cat[e.indicator];
      // The indicator's own words ("đạt tiêu chuẩn an toàn"), not a category's ("xã").
      if (def === undefined || e.category !== null || e.facet !== null) continue;
      const ratio = def.ratio ?? Object.values(cat).find((d) => d.ratio?.numerator === e.indicator)?.ratio;
      const denominator = ratio === undefined ? undefined : cat[ratio.denominator];
      if (ratio === undefined || cat[ratio.numerator] === undefined || denominator === undefined) continue;
      let category: string | null = null;
      for (const x of scanRange(lex, tokens, nc.headFrom, Math.min(nc.headTo, nc.headFrom + 4))) {
        for (const y of x.node.entries) if (category === null && y.indicator === ratio.denominator && y.category !== null) category = y.category;
      }
      if (category === null && denominator.categories !== undefined) {
        const head = tokens.key[nc.headFrom] ?? '';
        const level = head === 'xã' || head === 'phường' || head === 'thị' ? 'commune' : PLACE_NOUNS.has(head) ? 'residential_area' : null;
        if (level !== null && denominator.categories[level] !== undefined) category = level;
      }
      return { numerator: ratio.numerator, denominator: ratio.denominator, category };
    }
  }
  return null;
}

/**
 * The activity named in tokens `[from, to)` whose catalogue entry pairs it with a count of
 * people ("tổ chức Ngày hội … thu hút 700 người": the festival), or null.
 */
export function activityBefore(lex: Lexicon, tokens: Tokens, from: number, to: number): string | null {
  const cat = lex.catalogue;
  const peopleOnly = (id: string): boolean => (cat[id]?.uoms ?? []).every((u) => u === 'person' || u === 'person_times');
  // The most specific (longest) phrase wins; a quoted name is not the activity ("“Ngày hội học sinh với pháp luật”").
  let found: string | null = null;
  let best = 0;
  for (const h of scanRange(lex, tokens, from, to)) {
    if (tokens.quoted[h.at] === 1 || h.length < best) continue;
    for (const e of h.node.entries) {
      if (e.category !== null || e.facet !== null || peopleOnly(e.indicator)) continue;
      if ((cat[e.indicator]?.pairedWith ?? []).some(peopleOnly)) {
        found = e.indicator;
        best = h.length;
      }
    }
  }
  return found;
}
