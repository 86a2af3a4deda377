/**
 * Stage five of extraction: where a figure belongs beyond its indicator: its period and statistic
 * (a date or period in the sentence, else the paragraph's, else the lead's; stocks are `as_of`),
 * its reporter (the doers named before the sentence's first figure, else the lead's), and the
 * name of the model kind it counts ("mô hình “Camera an ninh”").
 */

import type { Catalogue } from '../../catalogue/Catalogue';
import { namedCategory } from '../../catalogue/namedCategory';
import { formatDay } from '../../period/civil';
import type { Statistic } from '../../schema/Statistic';
import type { Chunk } from './candidates';
import type { Classification } from './classify';
import { modelNameOf } from './modelName';
import type { PeriodMark } from './periods';
import { clipPeriod, recentYears } from './periods';
import type { ReadNumber } from './quantity';
import type { Sentence, Tokens } from './text';
import { tokenAtOrAfter, tokenSeqAt } from './text';
import { ANNUAL_AVERAGE_WORDS, REPORTER_ORDER, REPORTER_WORDS } from './vocabulary';

/** The period marks of a chunk (dates, periods, "N năm qua"), in text order. */
export function periodMarks(chunk: Chunk, programStart: number | null, docDay: number | null): PeriodMark[] {
  const marks: PeriodMark[] = [];
  for (const d of chunk.dates.dates) {
    if (programStart !== null && d.day === programStart) continue;
    marks.push({ start: d.start, end: d.end, period: { kind: 'day', id: formatDay(d.day), start: formatDay(d.day), end: formatDay(d.day), startDay: d.day, endDay: d.day }, isDay: true, ytd: false });
  }
  for (const p of chunk.dates.periods) {
    const ytd = p.relative && docDay !== null && p.period.endDay === docDay && p.period.start.endsWith('-01-01') && p.period.start.slice(0, 4) === formatDay(docDay).slice(0, 4);
    marks.push({ start: p.start, end: p.end, period: clipPeriod(p.period, programStart, docDay), isDay: false, ytd });
  }
  for (const r of recentYears(chunk.tokens, 0, chunk.body.length, programStart, docDay)) marks.push({ ...r, isDay: false, ytd: false });
  marks.sort((a, b) => a.start - b.start);
  return marks;
}

/** Reporter ids named in tokens `[from, to)` outside quotation marks, joined in canonical order. */
export function reportersIn(tokens: Tokens, from: number, to: number): string | null {
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

/** What placement remembers while it walks a chunk forward. */
export interface Placement {
  readonly marks: readonly PeriodMark[];
  /** The lead's period and reporter (the defaults). */
  readonly defaultMark: PeriodMark | null;
  readonly defaultReporter: string | null;
  /** The next mark not yet before the current sentence, and the sentence it was matched with. */
  markIndex: number;
  markSentence: number;
  /** The last mark of an earlier sentence, and its paragraph. */
  paragraphMark: PeriodMark | null;
  paragraphOf: number;
  /** The reporter of the sentence `reporterSentence`. */
  sentenceReporter: string | null;
  reporterSentence: number;
}

/** Starts placement over a chunk's marks with the lead's defaults. */
export function startPlacement(marks: readonly PeriodMark[], defaultMark: PeriodMark | null, defaultReporter: string | null): Placement {
  return { marks, defaultMark, defaultReporter, markIndex: 0, markSentence: 0, paragraphMark: null, paragraphOf: -1, sentenceReporter: null, reporterSentence: -1 };
}

/** Where a figure belongs: reporter, period, statistic and category (with a model's name). */
export interface Placed {
  readonly reporter: string | null;
  readonly period: string | undefined;
  readonly statistic: Statistic | undefined;
  readonly category: string | null;
}

/**
 * Places one figure read as `result` from the number `n`, whose context started at token
 * `ctxFrom`. Figures come in text order.
 */
export function placeFigure(
  state: Placement,
  chunk: Chunk,
  catalogue: Catalogue,
  docDay: number | null,
  n: ReadNumber,
  result: Classification,
  ctxFrom: number,
): Placed {
  const { body, tokens, sentences } = chunk;
  const sent = n.candidate.sentence;
  const sIndex = n.candidate.sentenceIndex;
  const { numTok, qs } = n;

  // Reporter: the doers named before the sentence's first figure, else the lead's.
  if (state.reporterSentence !== sIndex) {
    state.reporterSentence = sIndex;
    state.sentenceReporter = reportersIn(tokens, tokenAtOrAfter(tokens, sent.start), numTok) ?? state.defaultReporter;
  }

  // Period: a mark in the sentence (the nearest before the number, else the first after it),
  // else the paragraph's last mark, else the document's.
  const marks = state.marks;
  while (state.markIndex < marks.length && (marks[state.markIndex] as PeriodMark).end <= sent.start) {
    const m = marks[state.markIndex] as PeriodMark;
    while (state.markSentence < sentences.length && (sentences[state.markSentence] as Sentence).end <= m.start) state.markSentence++;
    const ms = sentences[state.markSentence];
    if (ms !== undefined && ms.start <= m.start) {
      state.paragraphMark = m;
      state.paragraphOf = ms.paragraph;
    }
    state.markIndex++;
  }
  let mark: PeriodMark | null = null;
  let after: PeriodMark | null = null;
  for (let k = state.markIndex; k < marks.length && (marks[k] as PeriodMark).start < sent.end; k++) {
    const m = marks[k] as PeriodMark;
    if (m.end <= qs) mark = m;
    else if (after === null && m.start >= n.numberEnd) after = m;
  }
  const inSentence = mark ?? after;
  const def = catalogue[result.indicator];
  // A count of sites or new models of one named kind carries the name ("mô hình “Camera an ninh” tại 36 thôn").
  let category = result.category;
  if (category === null && def?.namedCategories === true) {
    let paragraphStart = sent.start;
    for (let k = sIndex - 1; k >= 0 && sentences[k]?.paragraph === sent.paragraph; k--) paragraphStart = (sentences[k] as Sentence).start;
    const name = modelNameOf(body, tokens, tokenAtOrAfter(tokens, sent.start), numTok, n.headFrom, n.sentenceEndTok, tokenAtOrAfter(tokens, paragraphStart));
    category = name === null ? null : namedCategory(name);
  }
  let period: string | undefined;
  let statistic: Statistic | undefined;
  if (def?.kind === 'stock') {
    statistic = 'as_of';
    if (inSentence !== null) period = inSentence.period.id;
    else if (docDay !== null) period = formatDay(docDay);
    else if (state.defaultMark !== null) period = state.defaultMark.period.id;
  } else {
    const chosen = inSentence ?? (state.paragraphOf === sent.paragraph ? state.paragraphMark : null) ?? state.defaultMark;
    if (chosen !== null) {
      period = chosen.period.id;
      if (chosen.ytd) statistic = 'ytd';
    }
    const lookFrom = Math.max(ctxFrom, numTok - 6);
    for (let k = lookFrom; k < numTok; k++) {
      if (ANNUAL_AVERAGE_WORDS.some((w) => tokenSeqAt(tokens, k, w))) statistic = 'annual_average';
    }
  }
  return { reporter: state.sentenceReporter, period, statistic, category };
}
