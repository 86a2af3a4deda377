// Shape matching of Vietnamese date and period expressions on tokens. Every rule looks at a bounded
// number of tokens from its start, so scanning a text is linear in its length. Rules only check
// shapes; values (31/2, month 13, a missing year) are judged later by viResolve.
import type { ViToken } from './viTokens';

/** A day and month with an optional year, as written. */
export interface RawDate {
  readonly d: number;
  readonly m: number;
  /** The year as written, or null when absent. */
  readonly y: number | null;
  /** Digits in the written year (2 is a two-digit year, rejected later). */
  readonly yDigits: number;
  /** Offset of the day number, for issues. */
  readonly pos: number;
  /** Offset of the year, for issues. */
  readonly yPos: number;
}

/** One end of a "từ … đến …" range. */
export type RawEnd =
  | { readonly t: 'date'; readonly date: RawDate }
  | { readonly t: 'year_start'; readonly y: number | null; readonly pos: number }
  | { readonly t: 'year_end'; readonly y: number | null; readonly pos: number }
  | { readonly t: 'year'; readonly y: number; readonly pos: number; readonly bare?: boolean }
  | { readonly t: 'month'; readonly m: number; readonly y: number | null; readonly pos: number }
  | { readonly t: 'now'; readonly pos: number };

export type Raw =
  | { readonly t: 'date'; readonly date: RawDate }
  | { readonly t: 'month'; readonly m: number; readonly y: number | null; readonly pos: number }
  | { readonly t: 'quarter'; readonly q: number; readonly y: number | null; readonly pos: number }
  | { readonly t: 'week'; readonly w: number; readonly y: number | null; readonly pos: number }
  | { readonly t: 'part'; readonly n: number; readonly last: boolean; readonly y: number | null; readonly pos: number }
  | { readonly t: 'year'; readonly y: number; readonly pos: number }
  | { readonly t: 'years'; readonly y1: number; readonly y2: number; readonly pos: number }
  | { readonly t: 'range'; readonly from: RawEnd; readonly to: RawEnd; readonly pos: number }
  | {
      readonly t: 'official';
      readonly inner: { readonly m: number | null; readonly y: number | null; readonly pos: number };
    };

/** A matched expression: tokens [first, end). */
export interface RawMatch {
  readonly raw: Raw;
  readonly first: number;
  readonly end: number;
}

type Step<T> = { readonly v: T; readonly end: number } | null;

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const DATE_SEPARATORS = '/-.';
/** Plausible years for a bare "2013-2023" with no cue word, so figure ranges are not taken as years. */
const BARE_MIN_YEAR = 1900;
const BARE_MAX_YEAR = 2100;

/** Reads tokens; all helpers return false/null past the end. */
class Cursor {
  constructor(readonly toks: readonly ViToken[]) {}

  word(i: number, w: string): boolean {
    const t = this.toks[i];
    return t !== undefined && t.type === 'word' && t.norm === w;
  }

  words(i: number, ws: readonly string[]): number {
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k];
      if (w === undefined || !this.word(i + k, w)) return -1;
    }
    return i + ws.length;
  }

  punct(i: number, p: string, adjacent: boolean): boolean {
    const t = this.toks[i];
    return t !== undefined && t.type === 'punct' && t.norm === p && (!adjacent || !t.space);
  }

  /** A number of `min`..`max` digits; value and whether the previous token touches it. */
  num(i: number, min: number, max: number, adjacent = false): number | null {
    const t = this.toks[i];
    if (t === undefined || t.type !== 'num' || t.norm.length < min || t.norm.length > max) return null;
    if (adjacent && t.space) return null;
    return Number(t.norm);
  }

  pos(i: number): number {
    return this.toks[i]?.start ?? 0;
  }

  digits(i: number): number {
    return this.toks[i]?.norm.length ?? 0;
  }
}

/** `/` or `-` (spaces allowed) or the word "năm" before a four-digit year; the year and end. */
function yearSuffix(c: Cursor, i: number): Step<{ y: number; pos: number }> {
  if (c.punct(i, '/', false) || c.punct(i, '-', false)) {
    const y = c.num(i + 1, 4, 4);
    if (y !== null) return { v: { y, pos: c.pos(i + 1) }, end: i + 2 };
  }
  if (c.word(i, 'nam')) {
    const y = c.num(i + 1, 4, 4);
    if (y !== null) return { v: { y, pos: c.pos(i + 1) }, end: i + 2 };
  }
  return null;
}

/** `1/8/2013`, `01-8-2013`, `1.7.2024`, `24/5` (year-less; needs a cue), `24/5 năm 2023`. */
function numericDate(c: Cursor, i: number, cued: boolean): Step<RawDate> {
  const d = c.num(i, 1, 2);
  const sep = c.toks[i + 1];
  if (d === null || sep === undefined || sep.type !== 'punct' || sep.space || !DATE_SEPARATORS.includes(sep.norm)) {
    return null;
  }
  const m = c.num(i + 2, 1, 2, true);
  if (m === null) return null;
  const pos = c.pos(i);
  if (c.punct(i + 3, sep.norm, true) && c.num(i + 4, 1, 9, true) !== null) {
    const yDigits = c.digits(i + 4);
    if (yDigits !== 4 && yDigits !== 2) return null;
    return { v: { d, m, y: c.num(i + 4, 1, 9), yDigits, pos, yPos: c.pos(i + 4) }, end: i + 5 };
  }
  if (sep.norm === '.') return null;
  if (c.word(i + 3, 'nam')) {
    const y = c.num(i + 4, 4, 4);
    if (y !== null) return { v: { d, m, y, yDigits: 4, pos, yPos: c.pos(i + 4) }, end: i + 5 };
  }
  if (!cued) return null;
  return { v: { d, m, y: null, yDigits: 0, pos, yPos: pos }, end: i + 3 };
}

/** `ngày 01 tháng 7 năm 2025`, `ngày 1 tháng 7`, `01 tháng 7 năm 2025`. */
function verbalDate(c: Cursor, i: number): Step<RawDate> {
  const head = c.word(i, 'ngay');
  const j = head ? i + 1 : i;
  const d = c.num(j, 1, 2);
  if (d === null || !c.word(j + 1, 'thang')) return null;
  const m = c.num(j + 2, 1, 2);
  if (m === null) return null;
  const pos = c.pos(j);
  if (c.word(j + 3, 'nam') && c.num(j + 4, 1, 9) !== null) {
    const yDigits = c.digits(j + 4);
    if (yDigits !== 4 && yDigits !== 2) return null;
    return { v: { d, m, y: c.num(j + 4, 1, 9), yDigits, pos, yPos: c.pos(j + 4) }, end: j + 5 };
  }
  if (!head) return null;
  return { v: { d, m, y: null, yDigits: 0, pos, yPos: pos }, end: j + 3 };
}

/** A verbal or numeric date; `ngày` before a numeric date is read only inside ranges. */
function anyDate(c: Cursor, i: number, cued: boolean, allowNgay: boolean): Step<RawDate> {
  const verbal = verbalDate(c, i);
  if (verbal !== null) return verbal;
  if (c.word(i, 'ngay')) return allowNgay ? numericDate(c, i + 1, true) : null;
  return numericDate(c, i, cued);
}

/** `tháng 5/2023`, `tháng 5 năm 2023`, `tháng 5` (year inferred). */
function month(c: Cursor, i: number): Step<{ m: number; y: number | null; pos: number }> {
  if (!c.word(i, 'thang')) return null;
  const m = c.num(i + 1, 1, 2);
  if (m === null) return null;
  const pos = c.pos(i + 1);
  const y = yearSuffix(c, i + 2);
  if (y !== null) return { v: { m, y: y.v.y, pos }, end: y.end };
  return { v: { m, y: null, pos }, end: i + 2 };
}

/** `quý III/2009`, `quý 3 năm 2009`, `quý IV` (year inferred). */
function quarter(c: Cursor, i: number): Step<Raw> {
  if (!c.word(i, 'quy')) return null;
  const t = c.toks[i + 1];
  let q: number | undefined;
  if (t?.type === 'word') q = ROMAN[t.norm];
  else if (t?.type === 'num' && t.norm.length <= 2) q = Number(t.norm);
  if (q === undefined || t === undefined) return null;
  const y = yearSuffix(c, i + 2);
  if (y !== null) return { v: { t: 'quarter', q, y: y.v.y, pos: t.start }, end: y.end };
  return { v: { t: 'quarter', q, y: null, pos: t.start }, end: i + 2 };
}

/** `tuần 21/2023`, `tuần 21 năm 2023` (ISO weeks). */
function week(c: Cursor, i: number): Step<Raw> {
  if (!c.word(i, 'tuan')) return null;
  const w = c.num(i + 1, 1, 2);
  if (w === null) return null;
  const y = yearSuffix(c, i + 2);
  if (y !== null) return { v: { t: 'week', w, y: y.v.y, pos: c.pos(i + 1) }, end: y.end };
  return { v: { t: 'week', w, y: null, pos: c.pos(i + 1) }, end: i + 2 };
}

/** `6 tháng đầu năm 2025`, `9 tháng đầu năm`, `6 tháng cuối năm`. */
function partOfYear(c: Cursor, i: number): Step<Raw> {
  const n = c.num(i, 1, 2);
  if (n === null || !c.word(i + 1, 'thang')) return null;
  const last = c.word(i + 2, 'cuoi');
  if (!last && !c.word(i + 2, 'dau')) return null;
  if (!c.word(i + 3, 'nam')) return null;
  const y = c.num(i + 4, 4, 4);
  return { v: { t: 'part', n, last, y, pos: c.pos(i) }, end: y === null ? i + 4 : i + 5 };
}

/** `2013-2023`, `2013 – 2023`, `năm 2013 - 2023`, `2013 đến 2023`; bare forms need plausible years. */
function yearRange(c: Cursor, i: number, cued: boolean): Step<Raw> {
  const lead = c.word(i, 'nam');
  const j = lead ? i + 1 : i;
  const y1 = c.num(j, 4, 4);
  if (y1 === null) return null;
  let k: number;
  const dash = c.punct(j + 1, '-', false);
  if (dash) k = j + 2;
  else if (c.word(j + 1, 'den') || c.word(j + 1, 'toi')) k = j + 2;
  else return null;
  const pos = c.pos(j + 1);
  if (c.word(k, 'nam')) k++;
  const y2 = c.num(k, 4, 4);
  if (y2 === null) return null;
  const explicit = cued || lead;
  if (!explicit && !(y1 >= BARE_MIN_YEAR && y1 < y2 && y2 <= BARE_MAX_YEAR)) return null;
  return { v: { t: 'years', y1, y2, pos }, end: k + 1 };
}

/** `năm 2022`. */
function year(c: Cursor, i: number): Step<Raw> {
  if (!c.word(i, 'nam')) return null;
  const y = c.num(i + 1, 4, 4);
  return y === null ? null : { v: { t: 'year', y, pos: c.pos(i + 1) }, end: i + 2 };
}

function rangeEnd(c: Cursor, i: number): Step<RawEnd> {
  const now = c.words(i, ['hien', 'nay']);
  if (now > 0) return { v: { t: 'now', pos: c.pos(i) }, end: now };
  const current = c.words(i, ['hien', 'tai']);
  if (current > 0) return { v: { t: 'now', pos: c.pos(i) }, end: current };
  if (c.word(i, 'nay')) return { v: { t: 'now', pos: c.pos(i) }, end: i + 1 };
  const edge = c.word(i, 'dau') ? 'year_start' : c.word(i, 'cuoi') ? 'year_end' : null;
  if (edge !== null && c.word(i + 1, 'nam')) {
    const y = c.num(i + 2, 4, 4);
    return { v: { t: edge, y, pos: c.pos(i) }, end: y === null ? i + 2 : i + 3 };
  }
  const date = anyDate(c, i, true, true);
  if (date !== null) return { v: { t: 'date', date: date.v }, end: date.end };
  const m = month(c, i);
  if (m !== null) return { v: { t: 'month', ...m.v }, end: m.end };
  const lead = c.word(i, 'nam') ? 1 : 0;
  const y = c.num(i + lead, 4, 4);
  if (y === null) return null;
  return { v: { t: 'year', y, pos: c.pos(i + lead), bare: lead === 0 }, end: i + lead + 1 };
}

/** `từ đầu năm đến nay`, `từ ngày 1/8/2013 đến ngày 24/5/2023`, `từ năm 2013 đến năm 2023`. */
function fromTo(c: Cursor, i: number): Step<Raw> {
  if (!c.word(i, 'tu')) return null;
  const from = rangeEnd(c, i + 1);
  if (from === null || from.v.t === 'now') return null;
  const sep = from.end;
  if (!c.word(sep, 'den') && !c.word(sep, 'toi') && !c.punct(sep, '-', false)) return null;
  const to = rangeEnd(c, sep + 1);
  if (to === null) return null;
  // A bare number after "từ" is often a figure ("từ 1500 đến 2000 người"): only plausible years.
  for (const end of [from.v, to.v]) {
    if (end.t === 'year' && end.bare === true && (end.y < BARE_MIN_YEAR || end.y > BARE_MAX_YEAR)) return null;
  }
  return { v: { t: 'range', from: from.v, to: to.v, pos: c.pos(sep) }, end: to.end };
}

/** `1/8/2013 - 24/5/2023`. */
function dateDashDate(c: Cursor, i: number, cued: boolean): Step<Raw> {
  const a = numericDate(c, i, cued);
  if (a === null || !c.punct(a.end, '-', false)) return null;
  const b = numericDate(c, a.end + 1, true);
  if (b === null) return null;
  return {
    v: { t: 'range', from: { t: 'date', date: a.v }, to: { t: 'date', date: b.v }, pos: c.pos(a.end) },
    end: b.end,
  };
}

/** `kỳ báo cáo tháng 5/2023`, `kỳ báo cáo năm 2023`. */
function official(c: Cursor, i: number): Step<Raw> {
  const j = c.words(i, ['ky', 'bao', 'cao']);
  if (j < 0) return null;
  const m = month(c, j);
  if (m !== null) return { v: { t: 'official', inner: m.v }, end: m.end };
  if (!c.word(j, 'nam')) return null;
  const y = c.num(j + 1, 4, 4);
  return { v: { t: 'official', inner: { m: null, y, pos: c.pos(j + 1) } }, end: y === null ? j + 1 : j + 2 };
}

/** The longest expression at `i`, trying the most specific rules first. */
function expression(c: Cursor, i: number, cued: boolean): Step<Raw> {
  const rules = [
    () => official(c, i),
    () => fromTo(c, i),
    () => partOfYear(c, i),
    () => quarter(c, i),
    () => week(c, i),
    () => {
      const m = month(c, i);
      return m === null ? null : { v: { t: 'month', ...m.v } as Raw, end: m.end };
    },
    () => yearRange(c, i, cued),
    () => year(c, i),
    () => dateDashDate(c, i, cued),
    () => {
      const d = anyDate(c, i, cued, false);
      return d === null ? null : { v: { t: 'date', date: d.v } as Raw, end: d.end };
    },
  ];
  for (const rule of rules) {
    const r = rule();
    if (r !== null) return r;
  }
  return null;
}

const TIME_OF_DAY = ['sang', 'trua', 'chieu', 'toi', 'dem', 'hom'];
const WEEKDAYS = ['hai', 'ba', 'tu', 'nam', 'sau', 'bay'];

/** Skips context words that announce a date but are not part of it; returns the next index. */
function skipCues(toks: readonly ViToken[], i: number): number {
  const c = new Cursor(toks);
  let j = i;
  // Bounded: at most four cue groups ("Sáng thứ Hai, ngày …", "giai đoạn …").
  for (let n = 0; n < 4; n++) {
    const t = toks[j];
    if (t === undefined) break;
    if (t.type === 'word' && (TIME_OF_DAY.includes(t.norm) || t.norm === 'ngay' || t.norm === 'vao')) j++;
    else if (c.word(j, 'thu') && WEEKDAYS.some((w) => c.word(j + 1, w))) j += 2;
    else if (c.words(j, ['chu', 'nhat']) > 0) j += 2;
    else if (c.words(j, ['giai', 'doan']) > 0 || c.words(j, ['thoi', 'ky']) > 0) j += 2;
    else if (j > i && t.type === 'punct' && t.norm === ',') j++;
    else break;
  }
  return j;
}

/** Matches an expression at `i`, first as written, then after skipping cue words. */
export function matchAt(toks: readonly ViToken[], i: number, cuedBefore: boolean): RawMatch | null {
  const c = new Cursor(toks);
  const direct = expression(c, i, cuedBefore);
  if (direct !== null) return { raw: direct.v, first: i, end: direct.end };
  const j = skipCues(toks, i);
  if (j === i) return null;
  const after = expression(c, j, true);
  return after === null ? null : { raw: after.v, first: j, end: after.end };
}
