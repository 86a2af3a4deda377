// Turns a matched shape into a date or a period: fills missing years from the reference date (or
// the other end of a range), checks that days exist, and reports problems as issues.
import type { Issue } from '../../errors/Issue';
import type { Period } from '../../period/Period';
import type { PeriodGranularity } from '../../period/PeriodGranularity';
import { viDateIssue, type InvalidPart } from './issues';
import { keyOfDay, periodOfKey, rangePeriod } from '../../period/build';
import { daysFromCivil, daysInMonth, isValidCivil, packedFromDay, packedYear } from '../../period/civil';
import type { Raw, RawDate, RawEnd } from './viGrammar';

export type Resolved =
  | { readonly kind: 'date'; readonly day: number; readonly inferredYear: boolean }
  | { readonly kind: 'period'; readonly period: Period; readonly inferredYear: boolean; readonly relative: boolean }
  | { readonly kind: 'fail'; readonly issue: Issue };

type Fail = { readonly kind: 'fail'; readonly issue: Issue };

function needsReference(position: number): Fail {
  return { kind: 'fail', issue: viDateIssue('vi_date_needs_reference', 'error', {}, { position }) };
}

function invalid(position: number, what: InvalidPart): Fail {
  return { kind: 'fail', issue: viDateIssue('vi_date_invalid', 'error', what, { position }) };
}

function reversed(position: number): Fail {
  return { kind: 'fail', issue: viDateIssue('vi_date_range_reversed', 'error', {}, { position }) };
}

function dayOf(date: RawDate, year: number | null): number | Fail {
  if (date.yDigits === 2) {
    return { kind: 'fail', issue: viDateIssue('vi_date_two_digit_year', 'error', {}, { position: date.yPos }) };
  }
  const y = date.y ?? year;
  if (y === null) return needsReference(date.pos);
  if (!isValidCivil(y, date.m, date.d)) return invalid(date.pos, { part: 'date', d: date.d, m: date.m, y });
  return daysFromCivil(y, date.m, date.d);
}

function calendar(key: number, g: PeriodGranularity, pos: number, inferredYear: boolean): Resolved {
  const period = periodOfKey(key, g);
  if (period === null) return invalid(pos, { part: 'period' });
  return { kind: 'period', period, inferredYear, relative: false };
}

/** The year written at an end of a range, or null; `now` counts as the reference year. */
function writtenYear(end: RawEnd, refYear: number | null): number | null {
  switch (end.t) {
    case 'date':
      return end.date.y;
    case 'now':
      return refYear;
    default:
      return end.y;
  }
}

function endBounds(end: RawEnd, y: number | null, ref: number | null): readonly [number, number] | Fail {
  if (end.t === 'now') return ref === null ? needsReference(end.pos) : [ref, ref];
  if (end.t === 'date') {
    const d = dayOf(end.date, y);
    return typeof d === 'number' ? [d, d] : d;
  }
  if (y === null) return needsReference(end.pos);
  if (y < 1) return invalid(end.pos, { part: 'year', value: y });
  switch (end.t) {
    case 'year_start':
      return [daysFromCivil(y, 1, 1), daysFromCivil(y, 1, 1)];
    case 'year_end':
      return [daysFromCivil(y, 12, 31), daysFromCivil(y, 12, 31)];
    case 'year':
      return [daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31)];
    case 'month':
      if (end.m < 1 || end.m > 12) return invalid(end.pos, { part: 'month', value: end.m });
      return [daysFromCivil(y, end.m, 1), daysFromCivil(y, end.m, daysInMonth(y, end.m))];
  }
}

function range(from: RawEnd, to: RawEnd, pos: number, ref: number | null): Resolved {
  const refYear = ref === null ? null : packedYear(packedFromDay(ref));
  const fromY = writtenYear(from, refYear);
  let toY = writtenYear(to, refYear);
  let inferredYear = false;
  if (fromY === null && toY === null) {
    // Neither end has a year: the end takes the reference year, the start follows the end.
    if (refYear === null) return needsReference(from.t === 'date' ? from.date.pos : from.pos);
    toY = refYear;
  }
  let a: readonly [number, number] | Fail;
  let b: readonly [number, number] | Fail;
  if (fromY === null) {
    // "từ 15/12 đến 14/1/2024": the start takes the end's year, or the year before if that is later.
    inferredYear = true;
    b = endBounds(to, toY, ref);
    if ('kind' in b) return b;
    a = endBounds(from, toY, ref);
    if (!('kind' in a) && a[0] > b[1] && toY !== null) a = endBounds(from, toY - 1, ref);
  } else if (toY === null) {
    inferredYear = true;
    a = endBounds(from, fromY, ref);
    if ('kind' in a) return a;
    b = endBounds(to, fromY, ref);
    if (!('kind' in b) && b[1] < a[0]) b = endBounds(to, fromY + 1, ref);
  } else {
    a = endBounds(from, fromY, ref);
    b = endBounds(to, toY, ref);
  }
  if ('kind' in a) return a;
  if ('kind' in b) return b;
  if (a[0] > b[1]) return reversed(pos);
  const period = rangePeriod(a[0], b[1]);
  if (period === null) return invalid(pos, { part: 'range' });
  return { kind: 'period', period, inferredYear, relative: from.t === 'now' || to.t === 'now' };
}

function partOfYear(n: number, last: boolean, y: number, pos: number, inferredYear: boolean): Resolved {
  if (n < 1 || n > 12) return invalid(pos, { part: 'months', value: n });
  if (n === 12) return calendar(y, 'year', pos, inferredYear);
  if (n === 6) return calendar(y * 10 + (last ? 2 : 1), 'half', pos, inferredYear);
  if (n === 3) return calendar(y * 10 + (last ? 4 : 1), 'quarter', pos, inferredYear);
  const start = last ? daysFromCivil(y, 13 - n, 1) : daysFromCivil(y, 1, 1);
  const end = last ? daysFromCivil(y, 12, 31) : daysFromCivil(y, n, daysInMonth(y, n));
  const period = rangePeriod(start, end);
  if (period === null) return invalid(pos, { part: 'period' });
  return { kind: 'period', period, inferredYear, relative: false };
}

/** Resolves a matched shape against an optional reference day. */
export function resolve(raw: Raw, ref: number | null): Resolved {
  if (raw.t === 'date') {
    const day = dayOf(raw.date, ref === null ? null : packedYear(packedFromDay(ref)));
    return typeof day === 'number' ? { kind: 'date', day, inferredYear: raw.date.y === null } : day;
  }
  if (raw.t === 'range') return range(raw.from, raw.to, raw.pos, ref);
  if (raw.t === 'years') {
    if (raw.y1 < 1) return invalid(raw.pos, { part: 'year', value: raw.y1 });
    if (raw.y1 > raw.y2) return reversed(raw.pos);
    const period = rangePeriod(daysFromCivil(raw.y1, 1, 1), daysFromCivil(raw.y2, 12, 31));
    return period === null ? invalid(raw.pos, { part: 'range' }) : { kind: 'period', period, inferredYear: false, relative: false };
  }
  if (raw.t === 'year') return calendar(raw.y, 'year', raw.pos, false);

  const written = raw.t === 'official' ? raw.inner.y : raw.y;
  const pos = raw.t === 'official' ? raw.inner.pos : raw.pos;
  let y = written;
  if (y === null) {
    if (ref === null) return needsReference(pos);
    // A week without a year takes the ISO week-year of the reference date.
    y = raw.t === 'week' ? Math.floor(keyOfDay(ref, 'week') / 100) : packedYear(packedFromDay(ref));
  }
  const inferredYear = written === null;
  switch (raw.t) {
    case 'month':
      return raw.m < 1 || raw.m > 12 ? invalid(pos, { part: 'month', value: raw.m }) : calendar(y * 100 + raw.m, 'month', pos, inferredYear);
    case 'quarter':
      return raw.q < 1 || raw.q > 4 ? invalid(pos, { part: 'quarter', value: raw.q }) : calendar(y * 10 + raw.q, 'quarter', pos, inferredYear);
    case 'week':
      return calendar(y * 100 + raw.w, 'week', pos, inferredYear);
    case 'part':
      return partOfYear(raw.n, raw.last, y, pos, inferredYear);
    case 'official': {
      const m = raw.inner.m;
      if (m === null) return calendar(y, 'official_year', pos, inferredYear);
      return m < 1 || m > 12 ? invalid(pos, { part: 'month', value: m }) : calendar(y * 100 + m, 'official_month', pos, inferredYear);
    }
  }
}
