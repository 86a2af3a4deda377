import type { Catalogue } from '../catalogue/Catalogue';
import { BUILTIN_CATALOGUE } from '../catalogue/builtinCatalogue';
import type { Issue } from '../errors/Issue';
import { makeIssue } from '../errors/makeIssue';
import { dayArg, misuse } from '../period/args';
import { formatDay } from '../period/civil';
import type { Classification } from './internal/classify';
import { classify, coverageParts, nounEnd, phraseEnd } from './internal/classify';
import { lexiconOf } from './internal/lexicon';
import { modelNameOf } from './internal/modelName';
import { namedCategory } from '../catalogue/namedCategory';
import { isBareYear, isPerItem, isPlanned, phoneNumberEnd } from './internal/notFigure';
import type { PeriodMark } from './internal/periods';
import { clipPeriod, recentYears, scanDates } from './internal/periods';
import type { Sentence, Tokens } from './internal/text';
import { canonicalLower, isDigit, isWordChar, splitSentences, tokenAtOrAfter, tokenize } from './internal/text';
import {
  ANNUAL_AVERAGE_WORDS,
  CHANGE_BEFORE,
  COMPARATIVE_BEFORE_HON,
  DURATION_AFTER,
  LINK_WORDS,
  LIST_GLUE,
  NUMBER_WORD_STARTS,
  YEAR_NEIGHBOURS,
  ORDINAL_BEFORE,
  PEOPLE_HEADS,
  PLACE_NOUNS,
  REPORTER_ORDER,
  REPORTER_WORDS,
  SO_AS_COUNT_BEFORE,
  VAGUE_MAGNITUDES,
} from './internal/vocabulary';
import { isSpaceAt } from '../text/viText';
import { QUALIFIER_WORDS } from '../viNumber/viWords';
import type { Qualifier } from '../quantity/Qualifier';
import type { Uom } from '../quantity/Uom';
import type { IsoDate } from '../period/IsoDateSchema';
import type { Statistic } from '../schema/Statistic';
import { normalizeProgrammeCode } from '../schema/normalizeProgrammeCode';
import { parseViQuantity } from '../viNumber/parseViQuantity';
import { readViNumberWords } from '../viNumber/readViNumberWords';
import type { Lexicon } from './internal/lexicon';
import type { DateScan } from './internal/periods';

/**
 * Options of {@link extractFigures}.
 *
 * @category Extraction
 */
export interface ExtractFiguresOptions {
  /** The document's date (`YYYY-MM-DD`): fills years that are not written ("Sáng 24/5"), ends "10 năm qua" and "đến nay", and dates stocks. */
  readonly date?: IsoDate;
  /** Administrative unit code given to every figure (the text's own place names are not resolved). */
  readonly unit?: string;
  /** Programme code given to every figure; without it, the first programme code in the text (normalised) is used. */
  readonly program?: string;
  /** Where the text came from (a file name, a URL), copied to every figure's `source`. */
  readonly source?: string;
  /** The catalogue whose Vietnamese wording is read (default: the built-in catalogue). */
  readonly catalogue?: Catalogue;
}

/**
 * A figure read from prose: the Figure fields of the data model plus where it came from.
 * `span` and `sentenceSpan` are `[start, end)` offsets in the NFC form of the input (the same as
 * the input for ordinary text).
 *
 * @category Extraction
 */
export interface ExtractedFigure {
  readonly program?: string;
  readonly unit?: string;
  /** `police`, `front`, `police+front`, a member organisation, … when the text names who did it. */
  readonly reporter?: string;
  /** Period id (`2013-08-01/2023-05-24`, `2023`, `2023-05-24`), when the text gives one. */
  readonly period?: string;
  readonly indicator: string;
  readonly category?: string;
  readonly value: number;
  readonly uom: Uom;
  readonly qualifier: Qualifier;
  readonly statistic?: Statistic;
  /** The phrase the figure was read from ("trên 127 khẩu súng quân dụng"). */
  readonly note: string;
  readonly source?: string;
  /** Span of `note` in the text. */
  readonly span: readonly [number, number];
  /** The sentence holding the figure. */
  readonly sentence: string;
  readonly sentenceSpan: readonly [number, number];
  /** How clearly the words point to this indicator rather than another. */
  readonly confidence: 'high' | 'medium' | 'low';
  /** The words that decided it ("noun: súng quân dụng", "context: giao nộp vũ khí", "paired with: marches"). */
  readonly evidence: readonly string[];
}

/**
 * Why a number was not made a figure: `no_indicator` (its words match no indicator), `coverage`
 * (an "x/y" share such as "9/9 xã" whose words name no ratio and no count), `comparison` (a change: "tăng 15 vụ"), `plan` (a target or
 * proposal: "phấn đấu xây dựng 10 mô hình", "đề nghị khen thưởng 6 tập thể"), `per_item` (an
 * amount per item or a rate: "mỗi suất 2 triệu đồng", "500.000 đồng/tháng").
 *
 * @category Extraction
 */
export type UnclassifiedReason = 'no_indicator' | 'coverage' | 'comparison' | 'plan' | 'per_item';

/**
 * A number of the text that is a quantity but not a figure of any indicator, kept with its phrase.
 *
 * @category Extraction
 */
export interface ExtractedNumber {
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly uom: Uom;
  /** The unit or classifier word as written, or null. */
  readonly unitWord: string | null;
  /** `y` of an "x/y" phrase, else null. */
  readonly outOf: number | null;
  readonly reason: UnclassifiedReason;
  /** The phrase: the number with the words after it. */
  readonly note: string;
  readonly span: readonly [number, number];
  readonly sentence: string;
  readonly sentenceSpan: readonly [number, number];
}

/**
 * What {@link extractFigures} found.
 *
 * @category Extraction
 */
export interface ExtractFiguresResult {
  readonly figures: ExtractedFigure[];
  readonly unclassified: ExtractedNumber[];
  readonly issues: Issue[];
}

/** Qualifier words in canonical form, longest first. */
const QUALIFIERS_CANON: readonly { readonly phrase: string; readonly qualifier: Qualifier | 'from' }[] = QUALIFIER_WORDS.map((q) => ({
  phrase: canonicalLower(q.phrase),
  qualifier: q.qualifier,
}));

/** Letters glued to a number that are still a unit ("17kg", "2,2kg", "50m2", "500.000đ"). */
const GLUED_UNITS: ReadonlySet<string> = new Set(['kg', 'g', 'm', 'm2', 'km', 'ha', 'đ', 'đồng', 'tấn', 'cm', 'mm', 'vnđ', 'vnd', 'tr', 'ty', 'tỷ']);

const HEADER = /^\uFEFF?[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)[ \t\r\n]/u;
const PROGRAMME_CODE = /(?<![\p{L}\p{N}])\d{1,4}\s?\/\s?ctr[\p{L}\p{N}]*(?:\s?-\s?[\p{L}\p{N}]+)*/gu;

interface Prev {
  readonly indicator: string | null;
  readonly category: string | null;
  readonly sentence: number;
  /** Offset where the words of the previous number end. */
  readonly end: number;
  /** The context it was read with, `[ctxFrom, ctxTo)`: a list's later items share it. */
  readonly ctxFrom: number;
  readonly ctxTo: number;
}

function tokenSeqEndsAt(tokens: Tokens, last: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = last - (words.length - 1) + k;
    if (t < 0 || tokens.key[t] !== words[k]) return false;
    if (k > 0 && tokens.hardBefore[t] === 1) return false;
  }
  return true;
}

function tokenSeqAt(tokens: Tokens, first: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = first + k;
    if (tokens.key[t] !== words[k]) return false;
    if (k > 0 && tokens.hardBefore[t] === 1) return false;
  }
  return true;
}

/** Whether the number at token `ti` is a name or an ordinal ("lần thứ 3", "Điều 5", "Tổ liên gia số 5"). */
function isOrdinal(tokens: Tokens, ti: number): boolean {
  if (ti === 0 || tokens.hardBefore[ti] === 1) return false;
  const prev = ti - 1;
  if (tokens.key[prev] === 'số') {
    const before = tokens.key[prev - 1];
    return !(prev > 0 && before !== undefined && tokens.hardBefore[prev] !== 1 && SO_AS_COUNT_BEFORE.has(before));
  }
  return ORDINAL_BEFORE.some((w) => tokenSeqEndsAt(tokens, prev, w));
}

/** Whether the number at token `ti` follows a capitalised abbreviation that names it ("Đồn BP 123", "TDP 5", "QL 1A"). */
function afterAbbreviation(body: string, tokens: Tokens, ti: number): boolean {
  if (ti === 0 || tokens.hardBefore[ti] === 1) return false;
  const from = tokens.start[ti - 1] as number;
  const to = tokens.end[ti - 1] as number;
  if (to - from < 2 || to - from > 6) return false;
  const word = body.slice(from, to);
  return word === word.toUpperCase() && word !== word.toLowerCase() && !/\d/u.test(word);
}

/** Whether a number starting at `ns` (digits up to `ne`) is glued to a code ("09/CTr-BCA-MTTW", "COVID-19", "10A"). */
function isCode(s: string, ns: number, ne: number): boolean {
  for (let k = ns - 1; k >= 0 && k >= ns - 40; k--) {
    const c = s.charAt(k);
    if (isSpaceAt(s, k) || c === '(' || c === '"' || c === '“' || c === '[' || c === '\'') break;
    if (isWordChar(s, k) && !isDigit(s, k)) return true;
  }
  const c = s.charAt(ne);
  if (c === '/' || c === '-' || c === '_') {
    for (let k = ne + 1; k < s.length && k <= ne + 40; k++) {
      if (isSpaceAt(s, k) || s.charAt(k) === ',' || s.charAt(k) === ';' || s.charAt(k) === ')') break;
      if (isWordChar(s, k) && !isDigit(s, k)) return true;
    }
    return false;
  }
  if (isWordChar(s, ne)) {
    let k = ne;
    while (k < s.length && k < ne + 8 && isWordChar(s, k)) k++;
    if (isWordChar(s, k)) return true;
    const glued = s.slice(ne, k).toLowerCase();
    return !GLUED_UNITS.has(glued);
  }
  return false;
}

/** End of the digits of a number starting at `i`: digits with . and , between digit groups. */
function digitsEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    if (isDigit(s, j)) j++;
    else if ((s.charAt(j) === '.' || s.charAt(j) === ',') && isDigit(s, j + 1)) j++;
    else break;
  }
  return j;
}

/** Reporter ids named in tokens `[from, to)` outside quotation marks, joined in canonical order. */
function reportersIn(tokens: Tokens, from: number, to: number): string | null {
  const found = new Set<string>();
  for (let i = from; i < to; i++) {
    if (tokens.quoted[i] === 1) continue;
    for (const r of REPORTER_WORDS) {
      if (i + r.words.length <= to && tokenSeqAt(tokens, i, r.words)) found.add(r.id);
    }
  }
  if (found.size === 0) return null;
  return REPORTER_ORDER.filter((id) => found.has(id)).join('+');
}

function isPeopleHead(tokens: Tokens, at: number): boolean {
  return PEOPLE_HEADS.some((w) => tokenSeqAt(tokens, at, w));
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

/**
 * Reads every figure of a Vietnamese report text ("…vận động Nhân dân giao nộp trên 127 khẩu súng
 * quân dụng, 366 khẩu súng săn…"): value, qualifier, unit of measure, indicator and category from
 * the catalogue's Vietnamese wording (labels, nouns, synonyms, classifiers), period from the
 * text's own expressions ("giai đoạn 2013-2023", "10 năm qua", "từ đầu năm đến nay", "Sáng 24/5"),
 * reporter where the text names it, and provenance (span and sentence). A list shares its verb and
 * context; an activity and its attendance are paired through the catalogue's `pairedWith`; stocks
 * get `statistic: 'as_of'`. Dates, programme and decree codes, durations, anniversaries, ordinals
 * glued codes, phone numbers and lone years are not figures; an "x/y" share is the two counts of a
 * catalogue ratio when its words are there ("139/147 khu dân cư đạt tiêu chuẩn an toàn …"), else
 * x of a count indicator ("164/164 xã tổ chức Ngày hội"); other "x/y" shares, changes ("tăng 15
 * vụ") and numbers whose words match no indicator are returned in `unclassified`, never dropped. Multi-year ranges are clipped
 * to the programme's start (when the text dates the programme) and to the document date.
 * Unreadable numbers become warnings. A leading header line `date YYYY-MM[-DD]` is skipped.
 * Linear in the length of the text.
 *
 * @param text - the report text
 * @param options - document date, unit, programme, source and catalogue
 * @returns the figures, the numbers left unclassified, and warnings (`figure_without_period`, and
 *   the codes of {@link parseViQuantity} for numbers that cannot be read, with `position`)
 * @throws {@link AntqError} `invalid_argument` when `text` is not a string, `date` is not a real
 *   ISO date, or `catalogue` is not an object (programmer misuse)
 * @example
 * ```ts
 * const r = extractFigures('Nhân dân đã giao nộp trên 127 khẩu súng quân dụng, 366 khẩu súng săn.');
 * r.figures.map((f) => [f.indicator, f.category, f.value, f.qualifier, f.uom]);
 * // => [['weapons_surrendered', 'gun.military', 127, 'over', 'piece'], ['weapons_surrendered', 'gun.hunting', 366, 'exact', 'piece']]
 * extractFigures('Tổng kết 10 năm thực hiện Chương trình số 09/CTr-BCA-MTTW ngày 1/8/2013.').figures.length;
 * // => 0
 * ```
 * @category Extraction
 */
export function extractFigures(text: string, options: ExtractFiguresOptions = {}): ExtractFiguresResult {
  if (typeof text !== 'string') throw misuse('extractFigures', `expected a string, got ${typeof text}`);
  const doc = startExtraction('extractFigures', options);
  const result: ExtractFiguresResult = { figures: [], unclassified: [], issues: [] };
  const nfc = text.normalize('NFC');
  readHeader(doc, nfc);
  extractChunk(doc, nfc, 0, result);
  return result;
}

/**
 * What one extraction knows about the whole document while it reads it chunk by chunk: the
 * options, the document date (option or header line), the programme and its start, the lead's
 * period and reporter, and how many figures came before. Mutable, owned by one extraction.
 */
export interface ExtractionState {
  readonly fn: string;
  readonly options: ExtractFiguresOptions;
  readonly catalogue: Catalogue;
  readonly lex: Lexicon;
  docDay: number | null;
  /** Characters of the `date …` header line (blanked out of the first chunk), or 0. */
  headerLength: number;
  program: string | undefined;
  programStart: number | null;
  /** True once a programme code has been found (later codes do not count). */
  programFound: boolean;
  /** The lead's default period mark and reporter, once the first sentence has been read. */
  lead: { readonly mark: PeriodMark | null; readonly reporter: string | null } | null;
  /** Figures of the chunks read before (for issue paths). */
  figureCount: number;
}

/** Checks the options of an extraction and starts its state. */
export function startExtraction(fn: string, options: ExtractFiguresOptions): ExtractionState {
  const catalogue: Catalogue = options.catalogue === undefined ? BUILTIN_CATALOGUE : options.catalogue;
  if (typeof (catalogue as unknown) !== 'object' || (catalogue as unknown) === null) throw misuse(fn, 'catalogue must be a catalogue object');
  const docDay = options.date === undefined ? null : dayArg(fn, options.date, 'date');
  return { fn, options, catalogue, lex: lexiconOf(catalogue), docDay, headerLength: 0, program: options.program, programStart: null, programFound: false, lead: null, figureCount: 0 };
}

/** Reads the `date YYYY-MM[-DD]` header line at the start of the (NFC) text, if any. */
export function readHeader(doc: ExtractionState, start: string): void {
  const header = HEADER.exec(start);
  doc.headerLength = header === null ? 0 : header[0].length - 1;
  if (doc.docDay === null && header !== null && (header[1] ?? '').length === 10) doc.docDay = dayArg(doc.fn, header[1], 'date');
}

/** Whether an NFC chunk holds a programme code ("Chương trình số 09/CTr-BCA-MTTW"). */
export function hasProgrammeCode(chunk: string): boolean {
  PROGRAMME_CODE.lastIndex = 0;
  return PROGRAMME_CODE.test(canonicalLower(chunk));
}

/** The chunk as the extractor reads it: the header line of the document's start blanked out (offsets kept). */
function bodyOf(doc: ExtractionState, chunk: string, base: number): string {
  return base === 0 && doc.headerLength > 0 ? ' '.repeat(doc.headerLength) + chunk.slice(doc.headerLength) : chunk;
}

/**
 * Takes the first programme code of a chunk: the programme (unless an option gives it) and its
 * start, the date written just after the code. Returns whether one was found.
 */
export function readProgramme(doc: ExtractionState, chunk: string, base: number): boolean {
  if (doc.programFound) return true;
  const body = bodyOf(doc, chunk, base);
  return programmeIn(doc, body, canonicalLower(body), null);
}

function programmeIn(doc: ExtractionState, body: string, lower: string, scanned: DateScan | null): boolean {
  PROGRAMME_CODE.lastIndex = 0;
  const code = PROGRAMME_CODE.exec(lower);
  if (code === null) return false;
  doc.programFound = true;
  if (doc.program === undefined) doc.program = normalizeProgrammeCode(body.slice(code.index, code.index + code[0].length));
  const dates = scanned ?? scanDates(body, doc.docDay === null ? undefined : formatDay(doc.docDay));
  const after = code.index + code[0].length;
  const d = dates.dates.find((m) => m.start >= after && m.start <= after + 30);
  if (d !== undefined && /^[\s,]*(ngày)?[\s]*$/u.test(lower.slice(after, d.start))) doc.programStart = d.day;
  return true;
}

/** Where {@link extractChunk} puts what it finds. */
export interface ExtractSink {
  readonly figures: ExtractedFigure[];
  readonly unclassified: ExtractedNumber[];
  readonly issues: Issue[];
}

/**
 * Extracts one chunk of the document: whole paragraphs (it never splits a sentence or a line),
 * starting at offset `base` of the NFC text. Spans, positions and issue paths are those of the
 * whole document. Reads the programme code when none was found before.
 */
export function extractChunk(doc: ExtractionState, chunk: string, base: number, out: ExtractSink): void {
  const { options, catalogue, lex, docDay } = doc;
  const body = bodyOf(doc, chunk, base);
  const refDate = docDay === null ? undefined : formatDay(docDay);
  const lower = canonicalLower(body);
  const tokens = tokenize(lower);
  const sentences = splitSentences(body, 0);
  const dates = scanDates(body, refDate);
  const issues = out.issues;
  if (!doc.programFound) programmeIn(doc, body, lower, dates);
  const { program, programStart } = doc;

  // Period marks, in text order.
  const marks: PeriodMark[] = [];
  for (const d of dates.dates) {
    if (programStart !== null && d.day === programStart) continue;
    marks.push({ start: d.start, end: d.end, period: { kind: 'day', id: formatDay(d.day), start: formatDay(d.day), end: formatDay(d.day), startDay: d.day, endDay: d.day }, isDay: true, ytd: false });
  }
  for (const p of dates.periods) {
    const ytd = p.relative && docDay !== null && p.period.endDay === docDay && p.period.start.endsWith('-01-01') && p.period.start.slice(0, 4) === formatDay(docDay).slice(0, 4);
    marks.push({ start: p.start, end: p.end, period: clipPeriod(p.period, programStart, docDay), isDay: false, ytd });
  }
  for (const r of recentYears(tokens, 0, body.length, programStart, docDay)) marks.push({ ...r, isDay: false, ytd: false });
  marks.sort((a, b) => a.start - b.start);

  // The lead (the document's first paragraph) gives the default period and reporter.
  if (doc.lead === null && sentences.length > 0) {
    const firstParagraph = sentences[0]?.paragraph ?? 0;
    const leadEnd = sentences.filter((s) => s.paragraph === firstParagraph).reduce((m, s) => Math.max(m, s.end), 0);
    const leadSentence = sentences[0];
    doc.lead = {
      mark: marks.find((m) => !m.isDay && m.start < leadEnd) ?? null,
      reporter: leadSentence === undefined ? null : reportersIn(tokens, tokenAtOrAfter(tokens, leadSentence.start), tokenAtOrAfter(tokens, leadSentence.end)),
    };
  }
  const defaultMark = doc.lead?.mark ?? null;
  const defaultReporter = doc.lead?.reporter ?? null;

  const figures = out.figures;
  const unclassified = out.unclassified;
  const figuresBefore = doc.figureCount;
  const firstFigure = figures.length;
  let si = 0;
  let di = 0;
  let mi = 0;
  let mk = 0;
  let paragraphMark: PeriodMark | null = null;
  let paragraphOf = -1;
  let sentenceReporter: string | null = null;
  let reporterSentence = -1;
  let prev: Prev | null = null;
  let consumedUntil = 0;

  const sentenceOf = (offset: number): { index: number; s: Sentence } | null => {
    while (si < sentences.length && (sentences[si] as Sentence).end <= offset) si++;
    const s = sentences[si];
    return s !== undefined && s.start <= offset ? { index: si, s } : null;
  };

  for (let ti = 0; ti < tokens.length; ti++) {
    const tStart = tokens.start[ti] as number;
    if (tStart < consumedUntil) continue;
    let vague = false;
    let wordsEnd = -1;
    if (tokens.numeric[ti] === 1) {
      const b = body.charAt(tStart - 1);
      if (tStart > 0 && (isWordChar(body, tStart - 1) || ((b === '.' || b === ',' || b === '/' || b === '-') && (isDigit(body, tStart - 2) || isWordChar(body, tStart - 2))))) continue;
    } else if (tokens.key[ti] === 'hàng' && VAGUE_MAGNITUDES.has(tokens.key[ti + 1] ?? '') && tokens.hardBefore[ti + 1] !== 1) {
      vague = true;
    } else if (NUMBER_WORD_STARTS.has(tokens.key[ti] as string)) {
      wordsEnd = numberWordsEnd(body, tokens, ti);
      if (wordsEnd === -1) continue;
    } else continue;

    const ns = tStart;
    const ne = vague ? ns : wordsEnd !== -1 ? wordsEnd : digitsEnd(body, ns);
    while (di < dates.spans.length && (dates.spans[di] as readonly [number, number])[1] <= ns) di++;
    const ds = dates.spans[di];
    if (ds !== undefined && ds[0] <= ns && ns < ds[1]) {
      consumedUntil = ds[1];
      continue;
    }
    const where = sentenceOf(ns);
    if (where === null) continue;
    const { index: sIndex, s: sent } = where;
    if (!vague && ((wordsEnd === -1 && isCode(body, ns, ne)) || isOrdinal(tokens, ti) || afterAbbreviation(body, tokens, ti))) {
      consumedUntil = ne;
      continue;
    }
    const phoneEnd = vague || wordsEnd !== -1 ? -1 : phoneNumberEnd(body, tokens, ti, ns, ne);
    if (phoneEnd !== -1) {
      consumedUntil = phoneEnd;
      continue;
    }

    // Qualifier before the number.
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
        const m = /^\s*(?:đến|tới|-|–)\s*/u.exec(lower.slice(ne, ne + 12));
        consumedUntil = m === null ? ne : digitsEnd(body, ne + m[0].length);
        continue;
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
      consumedUntil = c === 'range_not_supported' ? digitsEnd(body, skipDash(body, ne)) : ne;
      continue;
    }
    const v = parsed.value;
    const numberEnd = qs + v.numberEnd;
    const unitEnd = qs + v.end;
    consumedUntil = Math.max(numberEnd, ne);
    const unitStart = v.unitWord === null ? numberEnd : unitEnd - v.unitWord.length;
    const headFrom = tokenAtOrAfter(tokens, v.unitWord === null ? numberEnd : unitStart);
    let headTo = headFrom;
    const sentEndTok = tokenAtOrAfter(tokens, sent.end);
    while (headTo < sentEndTok && headTo < headFrom + 12 && tokens.numeric[headTo] !== 1 && !(headTo > headFrom && tokens.hardBefore[headTo] === 1)) headTo++;
    if (headTo === headFrom + 0 && headFrom < sentEndTok && tokens.numeric[headFrom] !== 1) headTo = headFrom + 1;
    const sentence = body.slice(sent.start, sent.end);
    const sentenceSpan: readonly [number, number] = [base + sent.start, base + sent.end];

    // Before the number: the token just ahead of the qualifier or number.
    const beforeTok = tokenAtOrAfter(tokens, qs) - 1;
    const beforeKey = beforeTok >= 0 && (tokens.end[beforeTok] as number) > sent.start ? tokens.key[beforeTok] : undefined;
    const phraseTo = (toTok: number): number => Math.max(unitEnd, toTok > headFrom ? (tokens.end[toTok - 1] as number) : unitEnd);
    const unclassifiedOf = (reason: ExtractedNumber['reason'], toOffset: number): ExtractedNumber => ({
      value: v.quantity.value,
      qualifier: v.quantity.qualifier,
      uom: v.quantity.uom,
      unitWord: v.unitWord,
      outOf: v.outOf,
      reason,
      note: body.slice(qs, toOffset),
      span: [base + qs, base + toOffset],
      sentence,
      sentenceSpan,
    });
    const shortHead = Math.min(headTo, headFrom + 6);
    // No noun after the number: its subject stands before it, back to the clause's start.
    const noHead = headFrom >= sentEndTok || tokens.hardBefore[headFrom] === 1 || tokens.commaBefore[headFrom] === 1 || tokens.numeric[headFrom] === 1;
    if (!vague && wordsEnd === -1 && isBareYear(body.slice(ns, ne), qs !== ns, noHead && v.unitWord === null)) continue;

    // Durations and ages: "10 năm", "kỷ niệm 80 năm", "18 tuổi" (unless a catalogue phrase starts there: "Ngày hội").
    if (v.unitWord === null && !vague && DURATION_AFTER.has(tokens.key[headFrom] ?? '') && tokens.hardBefore[headFrom] !== 1 && (tokens.start[headFrom] as number) < sent.end) {
      const node = lex.root.next.get(tokens.key[headFrom] as string);
      const next = node?.next.get(tokens.key[headFrom + 1] ?? '');
      if (next === undefined) continue;
    }
    const isChange =
      (beforeKey !== undefined && CHANGE_BEFORE.has(beforeKey)) ||
      (qualWord === 'hơn' && beforeKey !== undefined && COMPARATIVE_BEFORE_HON.has(beforeKey));
    if (isChange) {
      unclassified.push(unclassifiedOf('comparison', phraseTo(shortHead)));
      continue;
    }
    const numTok0 = tokenAtOrAfter(tokens, qs);
    if (isPlanned(tokens, Math.max(tokenAtOrAfter(tokens, sent.start), numTok0 - 30), numTok0)) {
      unclassified.push(unclassifiedOf('plan', phraseTo(shortHead)));
      continue;
    }
    if (isPerItem(tokens, body, numTok0, unitEnd)) {
      unclassified.push(unclassifiedOf('per_item', phraseTo(shortHead)));
      continue;
    }

    // Context: since the previous figure of the sentence, or that figure's own context for a list item.
    const samePrev: Prev | null = prev !== null && prev.sentence === sIndex ? prev : null;
    let ctxFromOffset: number = samePrev === null ? sent.start : samePrev.end;
    let ctxToOffset = qs;
    if (samePrev !== null && onlyGlue(tokens, samePrev.end, qs)) {
      ctxFromOffset = samePrev.ctxFrom;
      ctxToOffset = samePrev.ctxTo;
    }
    // A share refers back to what the sentence counted ("hòa giải thành 1.215 vụ, đạt tỷ lệ 84,8%").
    if (v.quantity.uom === 'percent') ctxFromOffset = sent.start;
    const numTok = tokenAtOrAfter(tokens, qs);
    const ctxTo = tokenAtOrAfter(tokens, ctxToOffset);
    const ctxFrom = Math.max(tokenAtOrAfter(tokens, ctxFromOffset), ctxTo - 30);
    let pairedFrom: string | null = null;
    if (samePrev !== null && samePrev.indicator !== null) {
      const gapFrom = tokenAtOrAfter(tokens, samePrev.end);
      const gap = numTok - gapFrom;
      let linked = gap <= 12;
      for (let k = gapFrom; k < numTok && linked; k++) if (k > gapFrom && tokens.hardBefore[k] === 1) linked = false;
      let linkWord = gap <= 2;
      for (let k = gapFrom; k < numTok && !linkWord; k++) linkWord = LINK_WORDS.has(tokens.key[k] as string);
      if (linked && linkWord) pairedFrom = samePrev.indicator;
    }
    let subjectFrom: number | null = null;
    if (noHead && ctxTo > ctxFrom) {
      let k = ctxTo - 1;
      while (k > ctxFrom && k > ctxTo - 12 && tokens.hardBefore[k] !== 1) k--;
      subjectFrom = k;
    }
    const people = v.quantity.uom === 'person' || v.quantity.uom === 'person_times' || isPeopleHead(tokens, v.unitWord === null ? headFrom : headFrom);
    const nc = {
      headFrom,
      headTo,
      subjectFrom,
      ctxFrom,
      ctxTo,
      uom: v.quantity.uom,
      unitKey: v.unitWord === null ? '' : canonicalLower(v.unitWord).replace(/\s+/gu, ' '),
      people,
      pairedFrom,
      pairedCategory: pairedFrom === null ? null : (samePrev?.category ?? null),
    };
    let result: Classification | null = classify(lex, tokens, nc);
    // An "x/y" share: the two counts of a ratio ("139/147 khu dân cư đạt …"), or x of a count
    // indicator ("164/164 xã tổ chức Ngày hội"); otherwise kept as coverage.
    let outOfIndicator: string | null = null;
    if (v.outOf !== null) {
      const parts = coverageParts(lex, tokens, { ...nc, headTo: Math.min(sentEndTok, headFrom + 20), ctxFrom: tokenAtOrAfter(tokens, sent.start), ctxTo: numTok });
      if (parts !== null) {
        result = { indicator: parts.numerator, category: parts.category, uom: { uom: 'count', factor: 1 }, confidence: 'medium', evidence: ['share of areas'], headEndToken: headFrom + 1 };
        outOfIndicator = parts.denominator;
      } else if (result === null || catalogue[result.indicator]?.kind === 'ratio' || result.uom.uom !== 'count' || isRatioWhole(catalogue, result.indicator)) {
        unclassified.push(unclassifiedOf('coverage', phraseTo(shortHead)));
        prev = null;
        continue;
      }
    }
    if (result === null) {
      unclassified.push(unclassifiedOf('no_indicator', phraseTo(shortHead)));
      prev = { indicator: null, category: null, sentence: sIndex, end: subjectFrom !== null ? unitEnd : phraseTo(phraseEnd(lex, tokens, headFrom, headTo)), ctxFrom: ctxFromOffset, ctxTo: ctxToOffset };
      continue;
    }
    const end = subjectFrom !== null ? unitEnd : closeQuote(body, qs, phraseTo(Math.max(result.headEndToken, nounEnd(lex, tokens, headFrom, headTo))));
    prev = {
      indicator: result.indicator,
      category: result.category,
      sentence: sIndex,
      end: subjectFrom !== null ? unitEnd : Math.max(end, phraseTo(phraseEnd(lex, tokens, headFrom, headTo))),
      ctxFrom: ctxFromOffset,
      ctxTo: ctxToOffset,
    };

    // Reporter: the doers named before the sentence's first figure, else the lead's.
    if (reporterSentence !== sIndex) {
      reporterSentence = sIndex;
      sentenceReporter = reportersIn(tokens, tokenAtOrAfter(tokens, sent.start), numTok) ?? defaultReporter;
    }

    // Period: a mark in the sentence (the nearest before the number, else the first after it),
    // else the paragraph's last mark, else the document's.
    while (mi < marks.length && (marks[mi] as PeriodMark).end <= sent.start) {
      const m = marks[mi] as PeriodMark;
      while (mk < sentences.length && (sentences[mk] as Sentence).end <= m.start) mk++;
      const ms = sentences[mk];
      if (ms !== undefined && ms.start <= m.start) {
        paragraphMark = m;
        paragraphOf = ms.paragraph;
      }
      mi++;
    }
    let mark: PeriodMark | null = null;
    let after: PeriodMark | null = null;
    for (let k = mi; k < marks.length && (marks[k] as PeriodMark).start < sent.end; k++) {
      const m = marks[k] as PeriodMark;
      if (m.end <= qs) mark = m;
      else if (after === null && m.start >= numberEnd) after = m;
    }
    const inSentence = mark ?? after;
    const def = catalogue[result.indicator];
    // A count of sites or new models of one named kind carries the name ("mô hình “Camera an ninh” tại 36 thôn").
    let category = result.category;
    if (category === null && def?.namedCategories === true) {
      const name = modelNameOf(body, tokens, tokenAtOrAfter(tokens, sent.start), numTok, headFrom, sentEndTok);
      category = name === null ? null : namedCategory(name);
    }
    const stock = def?.kind === 'stock';
    let period: string | undefined;
    let statistic: Statistic | undefined;
    if (stock) {
      statistic = 'as_of';
      if (inSentence !== null) period = inSentence.period.id;
      else if (docDay !== null) period = formatDay(docDay);
      else if (defaultMark !== null) period = defaultMark.period.id;
    } else {
      const chosen = inSentence ?? (paragraphOf === sent.paragraph ? paragraphMark : null) ?? defaultMark;
      if (chosen !== null) {
        period = chosen.period.id;
        if (chosen.ytd) statistic = 'ytd';
      }
      const lookFrom = Math.max(ctxFrom, numTok - 6);
      for (let k = lookFrom; k < numTok; k++) {
        if (ANNUAL_AVERAGE_WORDS.some((w) => tokenSeqAt(tokens, k, w))) statistic = 'annual_average';
      }
    }

    const factor = result.uom.factor;
    const value = factor >= 1 ? v.quantity.value * factor : v.quantity.value / Math.round(1 / factor);
    const figure: ExtractedFigure = {
      ...(program === undefined ? {} : { program }),
      ...(options.unit === undefined ? {} : { unit: options.unit }),
      ...(sentenceReporter === null ? {} : { reporter: sentenceReporter }),
      ...(period === undefined ? {} : { period }),
      indicator: result.indicator,
      ...(category === null ? {} : { category }),
      value,
      uom: result.uom.uom,
      qualifier: v.quantity.qualifier,
      ...(statistic === undefined ? {} : { statistic }),
      note: body.slice(qs, end),
      ...(options.source === undefined ? {} : { source: options.source }),
      span: [base + qs, base + end],
      sentence,
      sentenceSpan,
      confidence: result.confidence,
      evidence: result.evidence,
    };
    if (period === undefined) {
      issues.push(makeIssue('figure_without_period', 'warning', 'The text gives no period for this figure', 'Văn bản không nêu kỳ của số liệu này', { path: ['figures', figuresBefore + figures.length - firstFigure, 'period'], position: base + qs }));
    }
    figures.push(figure);
    if (outOfIndicator !== null && v.outOf !== null) figures.push({ ...figure, indicator: outOfIndicator, value: v.outOf, evidence: ['share of areas: the whole'] });
  }
  doc.figureCount += figures.length - firstFigure;
}

/**
 * End of a number written in words starting at token `ti` ("ba mươi lăm tổ", "hơn một nghìn
 * lượt"), or -1 when the words are not read as a number here: a lone "một" (the article "a"), a
 * capitalised word inside a sentence (a name: "Hai Bà Trưng", "Năm Căn"), or a word followed by
 * digits ("năm 2024").
 */
function numberWordsEnd(body: string, tokens: Tokens, ti: number): number {
  const start = tokens.start[ti] as number;
  const w = readViNumberWords(body, start);
  if (w === null) return -1;
  const lone = w.end === tokens.end[ti];
  if (lone && tokens.key[ti] === 'một') return -1;
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
