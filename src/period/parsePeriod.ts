import type { Issue } from '../errors/Issue';
import { misuse } from '../errors/misuse';
import type { ParseResult } from '../errors/ParseResult';
import type { Period } from './Period';
import type { PeriodGranularity } from './PeriodGranularity';
import { boundsOfKey, makePeriod, idOfKey, rangePeriod } from './build';
import { daysFromCivil, daysInMonth } from './civil';
import { periodIssue, type RangePart } from './internal/issues';

/** Longest input worth looking at: the longest id (`2013-08-01/2023-05-24`) has 21 characters. */
const MAX_LENGTH = 64;

const CALENDAR = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|[qQ](\d)|[hH](\d)|[wW](\d{2})))?$/;

type Step = { readonly ok: true; readonly key: number; readonly g: PeriodGranularity } | { readonly ok: false; readonly issue: Issue };

function badFormat(position: number): Issue {
  return periodIssue('period_invalid_format', 'error', {}, { position });
}

function outOfRange(position: number, part: RangePart): Issue {
  return periodIssue('period_out_of_range', 'error', part, { position });
}

/** Reads one calendar id (`2023`, `2023-Q2`, …) at `offset` in the original text. */
function parseCalendar(s: string, offset: number, official: boolean): Step {
  const m = CALENDAR.exec(s);
  if (m === null) return { ok: false, issue: badFormat(offset) };
  const y = Number(m[1]);
  if (y < 1) return { ok: false, issue: outOfRange(offset, { part: 'year' }) };
  const at = offset + 5;
  const [, , month, day, q, h, w] = m;
  if (official && (day !== undefined || q !== undefined || h !== undefined || w !== undefined)) {
    return { ok: false, issue: badFormat(at) };
  }
  if (month !== undefined) {
    const mm = Number(month);
    if (mm < 1 || mm > 12) return { ok: false, issue: outOfRange(at, { part: 'month', value: month }) };
    if (day === undefined) return { ok: true, key: y * 100 + mm, g: official ? 'official_month' : 'month' };
    const dd = Number(day);
    if (dd < 1 || dd > daysInMonth(y, mm)) {
      return {
        ok: false,
        issue: periodIssue('period_invalid_date', 'error', { date: s }, { position: at + 3 }),
      };
    }
    return { ok: true, key: daysFromCivil(y, mm, dd), g: 'day' };
  }
  if (q !== undefined) {
    const n = Number(q);
    if (n < 1 || n > 4) return { ok: false, issue: outOfRange(at + 1, { part: 'quarter', value: q }) };
    return { ok: true, key: y * 10 + n, g: 'quarter' };
  }
  if (h !== undefined) {
    const n = Number(h);
    if (n < 1 || n > 2) return { ok: false, issue: outOfRange(at + 1, { part: 'half', value: h }) };
    return { ok: true, key: y * 10 + n, g: 'half' };
  }
  if (w !== undefined) {
    const key = y * 100 + Number(w);
    if (boundsOfKey(key, 'week') === null) {
      return { ok: false, issue: outOfRange(at + 1, { part: 'week', value: w, year: y }) };
    }
    return { ok: true, key, g: 'week' };
  }
  return { ok: true, key: y, g: official ? 'official_year' : 'year' };
}

function toPeriod(step: Step & { ok: true }, position: number): ParseResult<Period> {
  const b = boundsOfKey(step.key, step.g);
  if (b === null) {
    return { ok: false, issues: [outOfRange(position, { part: 'period' })] };
  }
  return { ok: true, value: makePeriod(step.g, idOfKey(step.key, step.g), b[0], b[1]) };
}

/**
 * Reads a period id: `2023`, `2023-H1`, `2023-Q2`, `2023-05`, `2023-W21` (ISO week), `2023-05-24`,
 * an ISO interval whose ends are any of these (`2013-08-01/2023-05-24`, `2023-Q1/2023-Q3`), a
 * whole-year range `2013/2023` (1 Jan 2013 – 31 Dec 2023), or an official reporting period
 * `official:2023` (15 Dec 2022 – 14 Dec 2023) or `official:2023-05` (15 Apr – 14 May 2023).
 * Letters may be lower case and surrounding white space is ignored. Never throws on text.
 *
 * Issue codes: `period_empty`, `period_invalid_format`, `period_invalid_date` (e.g. 2023-02-29),
 * `period_out_of_range` (month 13, Q5, week 53 of a 52-week year, year 0000),
 * `period_range_reversed` (an interval that ends before it starts); `position` is the character
 * offset in `text`.
 *
 * @param text - the id to read
 * @returns the period, or the issue that kept it from being read
 * @throws {@link AntqError} `invalid_argument` when `text` is not a string (programmer misuse)
 * @example
 * ```ts
 * const r = parsePeriod('2023-q2');
 * r.ok && [r.value.id, r.value.start, r.value.end];
 * // => ['2023-Q2', '2023-04-01', '2023-06-30']
 * const bad = parsePeriod('2023-13');
 * bad.ok ? null : bad.issues[0]?.code;
 * // => 'period_out_of_range'
 * ```
 * @category Periods
 */
export function parsePeriod(text: string): ParseResult<Period> {
  if (typeof text !== 'string') throw misuse('parsePeriod', `expected a string, got ${typeof text}`);
  const trimmed = text.trim();
  if (trimmed === '') {
    return { ok: false, issues: [periodIssue('period_empty', 'error', {}, { position: 0 })] };
  }
  const lead = text.length - text.trimStart().length;
  if (trimmed.length > MAX_LENGTH) return { ok: false, issues: [badFormat(lead)] };

  if (trimmed.slice(0, 9).toLowerCase() === 'official:') {
    const step = parseCalendar(trimmed.slice(9), lead + 9, true);
    return step.ok ? toPeriod(step, lead) : { ok: false, issues: [step.issue] };
  }

  const slash = trimmed.indexOf('/');
  if (slash < 0) {
    const step = parseCalendar(trimmed, lead, false);
    return step.ok ? toPeriod(step, lead) : { ok: false, issues: [step.issue] };
  }
  const from = parseCalendar(trimmed.slice(0, slash), lead, false);
  if (!from.ok) return { ok: false, issues: [from.issue] };
  const to = parseCalendar(trimmed.slice(slash + 1), lead + slash + 1, false);
  if (!to.ok) return { ok: false, issues: [to.issue] };
  // parseCalendar only accepts keys whose periods exist, so the bounds are never null here.
  const a = boundsOfKey(from.key, from.g) ?? [0, 0];
  const b = boundsOfKey(to.key, to.g) ?? [0, 0];
  const range = rangePeriod(a[0], b[1]);
  if (range === null) {
    return {
      ok: false,
      issues: [
        periodIssue('period_range_reversed', 'error', {}, { position: lead + slash }),
      ],
    };
  }
  return { ok: true, value: range };
}
