/** Period expressions of a text for the figure extractor: findViDates plus "N năm qua" counted back from the document date. */

import { addYearsClamped, formatDay, parseIsoDay } from '../../period/civil';
import { rangePeriod } from '../../period/build';
import type { Period } from '../../period/Period';
import { findViDates } from '../../viDate/findViDates';
import type { Tokens } from './text';
import { tokenAtOrAfter } from './text';
import { RECENT_YEARS_AFTER } from './vocabulary';

/** One period expression found in the text. */
export interface PeriodMark {
  readonly start: number;
  readonly end: number;
  /** The period the expression means, after clipping to the programme and the document date. */
  readonly period: Period;
  /** A single day ("Sáng 24/5"). */
  readonly isDay: boolean;
  /** Year to date: from 1 January of the document's year to the document date. */
  readonly ytd: boolean;
}

/** A date found in the text: span and ISO day (also used to find the programme's start). */
interface DateMark {
  readonly start: number;
  readonly end: number;
  readonly day: number;
}

/** Spans of every date-like expression (valid or not): their digits are never figures. */
export interface DateScan {
  readonly spans: readonly (readonly [number, number])[];
  readonly dates: readonly DateMark[];
  readonly periods: readonly { readonly start: number; readonly end: number; readonly period: Period; readonly relative: boolean }[];
}

/** Runs findViDates once over the body. */
export function scanDates(body: string, refDate: string | undefined): DateScan {
  const found = findViDates(body, refDate === undefined ? {} : { refDate });
  const spans: (readonly [number, number])[] = [];
  const dates: DateMark[] = [];
  const periods: { start: number; end: number; period: Period; relative: boolean }[] = [];
  for (const m of found) {
    spans.push(m.span);
    if (m.kind === 'date') {
      const day = parseIsoDay(m.date);
      if (day !== null) dates.push({ start: m.span[0], end: m.span[1], day });
    } else if (m.kind === 'period') {
      periods.push({ start: m.span[0], end: m.span[1], period: m.period, relative: m.relative });
    }
  }
  return { spans, dates, periods };
}

/** Narrows a multi-year range to start no earlier than the programme and end no later than the document date. */
export function clipPeriod(p: Period, programStart: number | null, docDay: number | null): Period {
  const multiYear = p.start.slice(0, 4) !== p.end.slice(0, 4);
  if (!multiYear) return p;
  let s = p.startDay;
  let e = p.endDay;
  if (programStart !== null && programStart > s && programStart <= e && formatDay(programStart).slice(0, 4) === p.start.slice(0, 4)) s = programStart;
  if (docDay !== null && docDay >= s && docDay < e && formatDay(docDay).slice(0, 4) === p.end.slice(0, 4)) e = docDay;
  if (s === p.startDay && e === p.endDay) return p;
  return rangePeriod(s, e) ?? p;
}

/**
 * "10 năm qua", "trong 5 năm thực hiện": a span of years ending at the document date; it starts
 * at the programme's start when that is about N years back, else N years before the document date.
 */
export function recentYears(
  tokens: Tokens,
  from: number,
  to: number,
  programStart: number | null,
  docDay: number | null,
): { readonly start: number; readonly end: number; readonly period: Period }[] {
  const out: { start: number; end: number; period: Period }[] = [];
  if (docDay === null) return out;
  const a = tokenAtOrAfter(tokens, from);
  for (let i = a; i + 2 < tokens.length && (tokens.start[i] as number) < to; i++) {
    if (!(tokens.numeric[i] === 1) || tokens.key[i + 1] !== 'năm') continue;
    const n = Number(tokens.key[i]);
    if (!Number.isInteger(n) || n < 1 || n > 100) continue;
    let matchedEnd = -1;
    for (const words of RECENT_YEARS_AFTER) {
      let ok = true;
      for (let k = 0; k < words.length; k++) {
        const t = i + 2 + k;
        if (tokens.key[t] !== words[k] || tokens.hardBefore[t] === 1) {
          ok = false;
          break;
        }
      }
      if (ok) {
        matchedEnd = tokens.end[i + 1 + words.length] as number;
        break;
      }
    }
    if (matchedEnd === -1) continue;
    const back = addYearsClamped(docDay, -n);
    let s = back + 1;
    if (programStart !== null && programStart <= docDay && Math.abs(programStart - back) <= 400) s = programStart;
    const period = rangePeriod(s, docDay);
    if (period !== null) out.push({ start: tokens.start[i] as number, end: matchedEnd, period });
  }
  return out;
}
