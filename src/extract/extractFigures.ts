import type { Catalogue } from '../catalogue/Catalogue';
import { BUILTIN_CATALOGUE } from '../catalogue/builtinCatalogue';
import type { Issue } from '../errors/Issue';
import { makeIssue } from '../errors/makeIssue';
import { dayArg, misuse } from '../period/args';
import { formatDay } from '../period/civil';
import type { IsoDate } from '../period/IsoDateSchema';
import type { Qualifier } from '../quantity/Qualifier';
import type { Uom } from '../quantity/Uom';
import type { Statistic } from '../schema/Statistic';
import { normalizeProgrammeCode } from '../schema/normalizeProgrammeCode';
import type { Chunk, Cursor } from './internal/candidates';
import { candidateNumbers } from './internal/candidates';
import type { Prev } from './internal/indicator';
import { readIndicator } from './internal/indicator';
import type { Lexicon } from './internal/lexicon';
import { lexiconOf } from './internal/lexicon';
import { notFigureRule } from './internal/notFigureRules';
import type { DateScan, PeriodMark } from './internal/periods';
import { scanDates } from './internal/periods';
import { periodMarks, placeFigure, reportersIn, startPlacement } from './internal/placement';
import type { ReadNumber } from './internal/quantity';
import { phraseTo, readQuantity } from './internal/quantity';
import type { Sentence } from './internal/text';
import { canonicalLower, splitSentences, tokenAtOrAfter, tokenize } from './internal/text';

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

const HEADER = /^\uFEFF?[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)[ \t\r\n]/u;
const PROGRAMME_CODE = /(?<![\p{L}\p{N}])\d{1,4}\s?\/\s?ctr[\p{L}\p{N}]*(?:\s?-\s?[\p{L}\p{N}]+)*/gu;

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
 *
 * The chunk goes through five stages, each in its own file: candidate numbers (candidates.ts:
 * not dates, codes, names, headings or phone numbers) → quantity (quantity.ts: qualifier, value,
 * unit) → not-a-figure rules (notFigureRules.ts: years, durations, changes, plans, amounts per
 * item) → indicator and category (indicator.ts) → period, reporter and model name
 * (placement.ts); this function turns what they decide into figures and unclassified numbers.
 */
export function extractChunk(doc: ExtractionState, chunk: string, base: number, out: ExtractSink): void {
  const { options, catalogue, lex, docDay } = doc;
  const body = bodyOf(doc, chunk, base);
  const lower = canonicalLower(body);
  const tokens = tokenize(lower);
  const sentences = splitSentences(body, 0);
  const dates = scanDates(body, docDay === null ? undefined : formatDay(docDay));
  const c: Chunk = { body, lower, tokens, sentences, dates, base };
  if (!doc.programFound) programmeIn(doc, body, lower, dates);
  const { program } = doc;
  const marks = periodMarks(c, doc.programStart, docDay);

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
  const placement = startPlacement(marks, doc.lead?.mark ?? null, doc.lead?.reporter ?? null);
  const { figures, unclassified, issues } = out;
  const figuresBefore = doc.figureCount;
  const firstFigure = figures.length;
  const cursor: Cursor = { consumedUntil: 0, sentence: 0, dateSpan: 0 };
  let prev: Prev | null = null;

  const sentenceText = (sent: Sentence): { sentence: string; sentenceSpan: readonly [number, number] } => ({
    sentence: body.slice(sent.start, sent.end),
    sentenceSpan: [base + sent.start, base + sent.end],
  });
  const keepAside = (n: ReadNumber, reason: UnclassifiedReason, to: number): void => {
    unclassified.push({
      value: n.v.quantity.value,
      qualifier: n.v.quantity.qualifier,
      uom: n.v.quantity.uom,
      unitWord: n.v.unitWord,
      outOf: n.v.outOf,
      reason,
      note: body.slice(n.qs, to),
      span: [base + n.qs, base + to],
      ...sentenceText(n.candidate.sentence),
    });
  };

  for (const cand of candidateNumbers(c, cursor)) {
    const n = readQuantity(c, cand, cursor, issues);
    if (n === null) continue;
    const rule = notFigureRule(c, n, lex);
    if (rule !== null) {
      if (rule.reason !== null) keepAside(n, rule.reason, phraseTo(c, n, Math.min(n.headTo, n.headFrom + 6)));
      continue;
    }
    const read = readIndicator(c, lex, catalogue, n, prev);
    prev = read.prev;
    const reading = read.reading;
    if (reading.kind === 'unclassified') {
      keepAside(n, reading.reason, reading.end);
      continue;
    }
    const { result, end } = reading;
    const placed = placeFigure(placement, c, catalogue, docDay, n, result, reading.ctxFrom);
    const factor = result.uom.factor;
    const value = factor >= 1 ? n.v.quantity.value * factor : n.v.quantity.value / Math.round(1 / factor);
    // Built property by property, in the order of the type: conditional spreads would make each
    // figure a slow (dictionary) object, most of the garbage of a long text.
    const figure: { -readonly [K in keyof ExtractedFigure]?: ExtractedFigure[K] } = {};
    if (program !== undefined) figure.program = program;
    if (options.unit !== undefined) figure.unit = options.unit;
    if (placed.reporter !== null) figure.reporter = placed.reporter;
    if (placed.period !== undefined) figure.period = placed.period;
    figure.indicator = result.indicator;
    if (placed.category !== null) figure.category = placed.category;
    figure.value = value;
    figure.uom = result.uom.uom;
    figure.qualifier = n.v.quantity.qualifier;
    if (placed.statistic !== undefined) figure.statistic = placed.statistic;
    figure.note = body.slice(n.qs, end);
    if (options.source !== undefined) figure.source = options.source;
    figure.span = [base + n.qs, base + end];
    const { sentence, sentenceSpan } = sentenceText(cand.sentence);
    figure.sentence = sentence;
    figure.sentenceSpan = sentenceSpan;
    figure.confidence = result.confidence;
    figure.evidence = result.evidence;
    if (placed.period === undefined) {
      issues.push(makeIssue('figure_without_period', 'warning', 'The text gives no period for this figure', 'Văn bản không nêu kỳ của số liệu này', { path: ['figures', figuresBefore + figures.length - firstFigure, 'period'], position: base + n.qs }));
    }
    figures.push(figure as ExtractedFigure);
    if (reading.outOfIndicator !== null && n.v.outOf !== null) figures.push({ ...(figure as ExtractedFigure), indicator: reading.outOfIndicator, value: n.v.outOf, evidence: ['share of areas: the whole'] });
  }
  doc.figureCount += figures.length - firstFigure;
}
