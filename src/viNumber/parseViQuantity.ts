import type { Issue } from '../errors/Issue';
import type { ParseResult } from '../errors/ParseResult';
import { defaultBounds, isNonEmpty } from '../quantity/bounds';
import { textIssue } from './internal/issues';
import type { ViNumberIssueCode } from './ViNumberIssueCode';
import { toPlainDecimal } from '../quantity/decimal';
import type { ExactNumber } from './internal/scanViNumber';
import { exactNumber, scanDigits, scanNumber } from './internal/scanViNumber';
import { isDigitAt, isSpaceAt, isWordCharAt, lowerSameLength, matchFirst, matchPhrase, skipSpaces } from '../text/viText';
import { MAGNITUDE_WORDS, PEOPLE_NOUNS, QUALIFIER_WORDS, UNIT_WORDS } from './viWords';
import type { Qualifier } from '../quantity/Qualifier';
import type { Quantity } from '../quantity/quantity';
import { quantity } from '../quantity/quantity';
import type { Uom } from '../quantity/Uom';

/**
 * A figure phrase read by {@link parseViQuantity}: the quantity, the words around it, and where
 * the number sits in the text (offsets in the NFC form of the input, end exclusive).
 *
 * @category Vietnamese numbers
 */
export interface ViQuantity {
  /** The quantity; `raw` is the figure as written, from the qualifier to the unit word. */
  readonly quantity: Quantity;
  /** The unit or classifier word as written ("khẩu", "kg", "lượt người", "%"), or `null`. */
  readonly unitWord: string | null;
  /** The rest of the phrase, trimmed: what is counted ("súng quân dụng"), or `''`. */
  readonly noun: string;
  /** `y` of an `x/y` figure ("9/9 xã": 9 out of 9), else `null`. */
  readonly outOf: number | null;
  /** A percentage stated with an `x/y` figure ("đạt 89,4%", "(89,4%)"), else `null`. */
  readonly percent: number | null;
  /** Start of the figure (its qualifier word, or the number). */
  readonly start: number;
  /** End of the figure (after the unit word, or the number). */
  readonly end: number;
  /** Start of the number (or of "hàng …" for vague figures). */
  readonly numberStart: number;
  /** End of the number with its scale words. */
  readonly numberEnd: number;
}

type Fail = { readonly ok: false; readonly issues: readonly Issue[] };

function fail(code: ViNumberIssueCode, position: number): Fail {
  return { ok: false, issues: [textIssue(code, position)] };
}

/** Finds "trở lên" as whole words in `lower` from `from`; returns [start, end] or null. */
function findTroLen(lower: string, from: number, to: number): readonly [number, number] | null {
  let i = lower.indexOf('trở', from);
  while (i !== -1 && i < to) {
    if (i === from || !isWordCharAt(lower, i - 1)) {
      const end = matchPhrase(lower, i, 'trở lên');
      if (end !== -1) return [i, end];
    }
    i = lower.indexOf('trở', i + 3);
  }
  return null;
}

/** A trailing percentage of an x/y figure: "…, đạt 89,4%", "… (89,4%)", "… đạt tỷ lệ 89,4%". */
function trailingPercent(
  s: string,
  lower: string,
  from: number,
  to: number,
): { readonly value: number; readonly start: number } | null {
  let e = to;
  while (e > from && isSpaceAt(s, e - 1)) e--;
  let paren = false;
  if (s.charAt(e - 1) === ')') {
    paren = true;
    e--;
    while (e > from && isSpaceAt(s, e - 1)) e--;
  }
  if (s.charAt(e - 1) !== '%') return null;
  e--;
  while (e > from && isSpaceAt(s, e - 1)) e--;
  let b = e;
  while (b > from && (isDigitAt(s, b - 1) || s.charAt(b - 1) === ',' || s.charAt(b - 1) === '.')) b--;
  while (b < e && !isDigitAt(s, b)) b++;
  const digits = scanDigits(s, b, ',');
  if (!digits.ok || digits.end !== e) return null;
  const n = exactNumber(digits.int, digits.frac, 0);
  if (!n.ok) return null;
  let k = b;
  while (k > from && isSpaceAt(s, k - 1)) k--;
  if (paren) return s.charAt(k - 1) === '(' ? { value: n.value, start: k - 1 } : null;
  for (const word of ['đạt tỷ lệ', 'đạt tỉ lệ', 'đạt', 'bằng', 'chiếm']) {
    const ws = k - word.length;
    if (ws >= from && lower.startsWith(word, ws) && (ws === from || !isWordCharAt(lower, ws - 1))) {
      return { value: n.value, start: ws };
    }
  }
  return null;
}

/** End of the clause that starts at `from`: the first , ; : . ( ) or the end of the text. */
function clauseEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === ',' || c === ';' || c === ':' || c === '.' || c === '(' || c === ')') return i;
  }
  return s.length;
}

/** Scale words and their values, longest spelling first, for "rưỡi" (half of the last scale). */
const SCALE_OF: readonly { readonly word: string; readonly value: number }[] = [
  { word: 'nghìn tỷ', value: 1e12 },
  { word: 'ngàn tỷ', value: 1e12 },
  { word: 'tỷ', value: 1e9 },
  { word: 'tỉ', value: 1e9 },
  { word: 'triệu', value: 1e6 },
  { word: 'nghìn', value: 1e3 },
  { word: 'ngàn', value: 1e3 },
  { word: 'trăm', value: 1e2 },
];

/** Words that join the two ends of a range ("5 đến 7"). */
const RANGE_WORDS = ['đến', 'tới'];

/** Drops white space and list punctuation from both ends of a noun. */
function trimNoun(t: string): string {
  return t.replace(/^[\s,;:–-]+/u, '').replace(/[\s,;:–-]+$/u, '');
}

/**
 * Reads a Vietnamese figure phrase: an optional qualifier word (trên, hơn, gần, khoảng, ít nhất,
 * tối thiểu, dưới, chưa đến, đạt; "từ … trở lên"; or "hàng trăm/nghìn/triệu" for a vague
 * magnitude), the number with scale words or written in words ("ba mươi lăm", "hơn một nghìn"), an optional unit or classifier word mapped to a
 * {@link Uom} (kg, tấn, %, đồng, khẩu, quả, viên, đôi, hộp, lượt người, người, hộ, cuộc, buổi, …),
 * and the rest of the phrase as the noun. `x/y` reads as "x out of y", with an optional stated
 * percentage. "lượt" counts person-times before a word for people ("lượt người", "lượt cán bộ")
 * and times otherwise ("lượt đơn thư" → `count`). Scale words multiply ("1,2 triệu đồng" →
 * 1 200 000 `vnd`); "tạ", "yến", "km" and "ha" convert to kg, m and m². Never throws on user
 * text; linear in the input.
 *
 * @param text - a phrase that starts with the figure ("trên 127 khẩu súng quân dụng")
 * @returns the figure, or a failure with an issue (`empty_input`, `expected_number`,
 *   `malformed_number`, `number_too_large`, `number_too_precise`, `looks_like_date`,
 *   `part_exceeds_whole`, `range_not_supported`, `empty_interval`) at a `position`; a
 *   `percent_mismatch` warning when a stated percentage disagrees with x/y
 * @example
 * ```ts
 * const r = parseViQuantity('trên 127 khẩu súng quân dụng');
 * r.ok && [r.value.quantity.value, r.value.quantity.qualifier, r.value.quantity.uom, r.value.noun];
 * // => [127, 'over', 'piece', 'súng quân dụng']
 * const s = parseViQuantity('hơn 81 nghìn lượt đơn thư');
 * s.ok && [s.value.quantity.value, s.value.quantity.uom, s.value.numberStart, s.value.numberEnd];
 * // => [81000, 'count', 4, 12]
 * const t = parseViQuantity('1.042/1.165 khu dân cư');
 * t.ok && [t.value.quantity.value, t.value.outOf, t.value.noun];
 * // => [1042, 1165, 'khu dân cư']
 * ```
 * @category Vietnamese numbers
 */
export function parseViQuantity(text: string): ParseResult<ViQuantity> {
  const s = String(text).normalize('NFC');
  const lower = lowerSameLength(s);
  const start = skipSpaces(s, 0);
  if (start === s.length) return fail('empty_input', 0);

  let qualifier: Qualifier | 'from' = 'exact';
  let pos = start;
  let value: number;
  let numberStart: number;
  let numberEnd: number;
  let outOf: number | null = null;

  const hang = matchPhrase(lower, pos, 'hàng');
  const magnitude = hang === -1 ? null : matchFirst(lower, skipSpaces(lower, hang), MAGNITUDE_WORDS);
  if (hang !== -1 && magnitude !== null && skipSpaces(lower, hang) > hang) {
    // Vague magnitude: "hàng nghìn", "hàng chục nghìn", "hàng trăm triệu".
    qualifier = 'vague';
    numberStart = pos;
    let exp = magnitude.entry.exp;
    numberEnd = magnitude.end;
    const more = matchFirst(lower, skipSpaces(lower, numberEnd), MAGNITUDE_WORDS.filter((w) => w.exp >= 3));
    if (more !== null && skipSpaces(lower, numberEnd) > numberEnd) {
      exp += more.entry.exp;
      numberEnd = more.end;
    }
    const v = exactNumber('1', '', exp);
    if (!v.ok) return fail(v.code, numberStart);
    value = v.value;
  } else {
    const q = matchFirst(lower, pos, QUALIFIER_WORDS);
    if (q !== null && q.end < s.length && isSpaceAt(s, q.end)) {
      qualifier = q.entry.qualifier;
      pos = skipSpaces(s, q.end);
    }
    numberStart = pos;
    // "chục" alone after a qualifier is ten ("hơn chục vụ việc").
    const ten = qualifier === 'exact' ? -1 : matchPhrase(lower, pos, 'chục');
    const words = isDigitAt(s, pos) || ten !== -1 ? null : scanNumber(s, lower, pos, ',', true);
    if (ten !== -1) {
      value = 10;
      numberEnd = ten;
    } else if (words !== null && words.ok) {
      value = words.value;
      numberEnd = words.end;
    } else if (isDigitAt(s, pos)) {
      const x = scanDigits(s, pos, ',');
      if (x.ok && s.charAt(x.end) === '/' && isDigitAt(s, x.end + 1)) {
        const y = scanDigits(s, x.end + 1, ',');
        if (!y.ok) return fail(y.code, y.position);
        if ((s.charAt(y.end) === '/' || s.charAt(y.end) === '-') && isDigitAt(s, y.end + 1)) {
          return fail('looks_like_date', pos);
        }
        const xv = exactNumber(x.int, x.frac, 0);
        if (!xv.ok) return fail(xv.code, pos);
        const yv = exactNumber(y.int, y.frac, 0);
        if (!yv.ok) return fail(yv.code, x.end + 1);
        if (xv.value > yv.value) return fail('part_exceeds_whole', pos);
        value = xv.value;
        outOf = yv.value;
        numberEnd = y.end;
      } else {
        const n = scanNumber(s, lower, pos, ',', true);
        if (!n.ok) return fail(n.code, n.position);
        const dash = s.charAt(n.end);
        if ((dash === '-' || dash === '–' || dash === '—') && isDigitAt(s, n.end + 1)) {
          return fail('range_not_supported', n.end);
        }
        // "1e309": exponent notation is not how Vietnamese writes numbers; refuse rather than read 1.
        if (/^[eE][+-]?\d/.test(s.slice(n.end, n.end + 3))) return fail('exponent_not_supported', n.end);
        value = n.value;
        numberEnd = n.end;
        // "3 triệu rưỡi" = 3.5 million: "rưỡi" after a scale word adds half of that scale.
        if (n.scaled) {
          const at = skipSpaces(lower, numberEnd);
          const half = at > numberEnd ? matchPhrase(lower, at, 'rưỡi') : -1;
          const scale = SCALE_OF.find((w) => lower.slice(pos, numberEnd).endsWith(w.word));
          if (half !== -1 && scale !== undefined && Number.isSafeInteger(value + scale.value / 2)) {
            value += scale.value / 2;
            numberEnd = half;
          }
        }
      }
    } else {
      return fail('expected_number', pos);
    }
  }

  // Unit or classifier word.
  let uom: Uom = 'count';
  let unitWord: string | null = null;
  let end = numberEnd;
  const unitAt = skipSpaces(lower, numberEnd);
  const unit = matchFirst(lower, unitAt, UNIT_WORDS);
  if (unit !== null) {
    unitWord = s.slice(unitAt, unit.end);
    end = unit.end;
    if (unit.entry.uom === 'turn') {
      const next = skipSpaces(lower, unit.end);
      const people = next === lower.length || PEOPLE_NOUNS.some((p) => matchPhrase(lower, next, p) !== -1);
      uom = people ? 'person_times' : 'count';
    } else {
      uom = unit.entry.uom;
    }
    if (unit.entry.exp !== 0) {
      const scaled = shifted(value, unit.entry.exp);
      if (!scaled.ok) return fail(scaled.code, numberStart);
      value = scaled.value;
      if (outOf !== null) {
        const o = shifted(outOf, unit.entry.exp);
        if (!o.ok) return fail(o.code, numberStart);
        outOf = o.value;
      }
    }
  }

  // The rest: "trở lên", a stated percentage, the noun.
  const restFrom = skipSpaces(s, end);
  // "khoảng 5 đến 3": a range whose end is below its start.
  const to = RANGE_WORDS.map((w) => matchPhrase(lower, restFrom, w)).find((e) => e !== -1);
  if (to !== undefined && isDigitAt(s, skipSpaces(s, to))) {
    const second = scanNumber(s, lower, skipSpaces(s, to), ',', true);
    if (second.ok && second.value < value) return fail('range_reversed', skipSpaces(s, to));
  }
  let restTo = s.length;
  let cut: readonly [number, number] | null = null;
  if (qualifier === 'from' || qualifier === 'exact') {
    cut = findTroLen(lower, restFrom, clauseEnd(s, restFrom));
    if (cut !== null) {
      qualifier = 'at_least';
      if (cut[0] === restFrom) end = cut[1];
    }
    else if (qualifier === 'from') return fail('range_not_supported', start);
  }
  const issues: Issue[] = [];
  let percent: number | null = null;
  if (outOf !== null) {
    const p = trailingPercent(s, lower, restFrom, restTo);
    if (p !== null) {
      percent = p.value;
      restTo = p.start;
      const stated = p.value;
      const share = outOf === 0 ? 0 : (value / outOf) * 100;
      const decimals = String(stated).split('.')[1]?.length ?? 0;
      if (Math.abs(share - stated) > 10 ** -decimals + 1e-9) issues.push(textIssue('percent_mismatch', p.start, 'warning'));
    }
  }
  let noun: string;
  if (cut !== null && cut[0] < restTo) {
    noun = trimNoun(`${s.slice(restFrom, cut[0])} ${s.slice(cut[1], restTo)}`.replace(/\s+/gu, ' '));
  } else {
    noun = trimNoun(s.slice(restFrom, restTo));
  }

  const q = qualifier;
  if (!isNonEmpty(defaultBounds(value, q))) return fail('empty_interval', start);
  const result: ViQuantity = {
    quantity: quantity(value, uom, q, { raw: s.slice(start, end) }),
    unitWord,
    noun,
    outOf,
    percent,
    start,
    end,
    numberStart,
    numberEnd,
  };
  return issues.length > 0 ? { ok: true, value: result, issues } : { ok: true, value: result };
}

/** `n` × 10^exp, refused when not exact. */
function shifted(n: number, exp: number): ExactNumber {
  const d = toPlainDecimal(n);
  return exactNumber(d.int, d.frac, exp);
}
