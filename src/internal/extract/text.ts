/** Text plumbing for the figure extractor: same-length canonical lower case, word tokens, sentences. Linear. */

import { isSpaceAt } from '../quantity/viText';

/** Tone marks written on the second vowel of oa/oe/uy ("hoà", "thuỷ") moved to the first ("hòa", "thủy"). */
const TONE_SWAPS: Readonly<Record<string, string>> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};

const TONE_PAIR = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/gu;

/**
 * Lower case of an NFC string with the same length (so offsets stay valid) and one spelling of
 * the tone position ("hoà" and "hòa" compare equal). Characters whose lower case is longer are
 * kept as they are.
 */
export function canonicalLower(s: string): string {
  let l = s.toLowerCase();
  if (l.length !== s.length) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charAt(i);
      const lc = c.toLowerCase();
      out += lc.length === 1 ? lc : c;
    }
    l = out;
  }
  return l.replace(TONE_PAIR, (m) => TONE_SWAPS[m] ?? m);
}

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;

/** Letter, combining mark or digit. */
export function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_WORD.test(s.charAt(i));
}

/** ASCII digit. */
export function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Characters that break a phrase: a lexicon phrase never matches across them. */
function isHardBreak(c: string): boolean {
  return c === '.' || c === ';' || c === ':' || c === '!' || c === '?' || c === '(' || c === ')' || c === '[' ||
    c === ']' || c === '\n' || c === '\r' || c === '…';
}

/** Word tokens of a text: offsets, canonical keys, and whether a hard break precedes each one. */
export interface Tokens {
  readonly start: readonly number[];
  readonly end: readonly number[];
  readonly key: readonly string[];
  /** True when a hard break (. ; : ( ) … newline) lies between this token and the previous one. */
  readonly hardBefore: readonly boolean[];
  /** True when the token starts with a digit. */
  readonly numeric: readonly boolean[];
  /** True when the token stands inside quotation marks (a name: “Công an lắng nghe ý kiến Nhân dân”). */
  readonly quoted: readonly boolean[];
  /** True when a comma lies between this token and the previous one. */
  readonly commaBefore: readonly boolean[];
}

/** Splits `lower` (a canonical lower-case text) into word tokens in one pass. */
export function tokenize(lower: string): Tokens {
  const start: number[] = [];
  const end: number[] = [];
  const key: string[] = [];
  const hardBefore: boolean[] = [];
  const numeric: boolean[] = [];
  const quoted: boolean[] = [];
  const commaBefore: boolean[] = [];
  let comma = false;
  let inQuote = false;
  let hard = true;
  let i = 0;
  const n = lower.length;
  while (i < n) {
    if (isWordChar(lower, i)) {
      let j = i + 1;
      while (j < n && isWordChar(lower, j)) j++;
      start.push(i);
      end.push(j);
      key.push(lower.slice(i, j));
      hardBefore.push(hard);
      numeric.push(isDigit(lower, i));
      quoted.push(inQuote);
      commaBefore.push(comma);
      hard = false;
      comma = false;
      i = j;
    } else {
      const c = lower.charAt(i);
      if (isHardBreak(c)) hard = true;
      if (c === ',') comma = true;
      if (c === '“') inQuote = true;
      else if (c === '”' || c === '\n') inQuote = false;
      else if (c === '"') inQuote = !inQuote;
      i++;
    }
  }
  return { start, end, key, hardBefore, numeric, quoted, commaBefore };
}

/** Index of the first token whose start is >= `offset` (tokens.start is sorted). */
export function tokenAtOrAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.start.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens.start[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sentence: span `[start, end)` and the paragraph it belongs to. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

function isUpperStart(s: string, i: number): boolean {
  const c = s.charAt(i);
  if (c === '' ) return false;
  if (c === '"' || c === '“' || c === '‘' || c === "'" || c === '(' || c === '-' || c === '–' || c === '•') return true;
  if (isDigit(s, i)) return true;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Splits a text into sentences: a line break always ends one; `.`, `!`, `?` and `…` end one when
 * white space and an upper-case letter, a digit or an opening quote follow (so "2.412" and
 * "v.v." inside a sentence do not). Paragraphs are separated by line breaks. Linear.
 */
export function splitSentences(s: string, from: number): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = from;
  const push = (end: number): void => {
    let a = start;
    let b = end;
    while (a < b && isSpaceAt(s, a)) a++;
    while (b > a && isSpaceAt(s, b - 1)) b--;
    if (b > a) out.push({ start: a, end: b, paragraph });
  };
  for (let i = from; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '\n' || c === '\r') {
      push(i);
      if (out.length > 0 && out[out.length - 1]?.paragraph === paragraph) paragraph++;
      start = i + 1;
    } else if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < s.length && (s.charAt(j) === '.' || s.charAt(j) === '…' || s.charAt(j) === '"' || s.charAt(j) === '”' || s.charAt(j) === ')')) j++;
      if (j < s.length && !isSpaceAt(s, j)) continue;
      let k = j;
      while (k < s.length && isSpaceAt(s, k) && s.charAt(k) !== '\n' && s.charAt(k) !== '\r') k++;
      if (k === s.length || s.charAt(k) === '\n' || s.charAt(k) === '\r' || isUpperStart(s, k)) {
        push(j);
        start = j;
        i = j - 1;
      }
    }
  }
  push(s.length);
  return out;
}
