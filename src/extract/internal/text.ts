/** Text plumbing for the figure extractor: same-length canonical lower case, word tokens, sentences. Linear. */

import { isSpaceAt } from '../../text/viText';

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
  // Fast paths for Vietnamese: Latin letters with marks, combining marks; punctuation and spaces.
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x80 && c < 0xc0)) return false;
  return NON_ASCII_WORD.test(s.charAt(i));
}

/** ASCII digit. */
export function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Word tokens of a text: offsets, canonical keys, and flags about what precedes each one. */
export interface Tokens {
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
  readonly key: readonly string[];
  /** 1 when a hard break (. ; : ( ) … newline) lies between this token and the previous one. */
  readonly hardBefore: ArrayLike<number>;
  /** 1 when the token starts with a digit. */
  readonly numeric: ArrayLike<number>;
  /** 1 when the token stands inside quotation marks (a name: “Công an lắng nghe ý kiến Nhân dân”). */
  readonly quoted: ArrayLike<number>;
  /** 1 when a comma lies between this token and the previous one. */
  readonly commaBefore: ArrayLike<number>;
  /** Number of tokens. */
  readonly length: number;
}

/** Splits `lower` (a canonical lower-case text) into word tokens in one pass. */
export function tokenize(lower: string): Tokens {
  const n = lower.length;
  const cap = (n >> 1) + 1;
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const hardBefore = new Uint8Array(cap);
  const numeric = new Uint8Array(cap);
  const quoted = new Uint8Array(cap);
  const commaBefore = new Uint8Array(cap);
  const key: string[] = [];
  let count = 0;
  let inQuote = 0;
  let hard = 1;
  let comma = 0;
  let i = 0;
  while (i < n) {
    if (isWordChar(lower, i)) {
      let j = i + 1;
      while (j < n && isWordChar(lower, j)) j++;
      start[count] = i;
      end[count] = j;
      key.push(lower.slice(i, j));
      hardBefore[count] = hard;
      const c0 = lower.charCodeAt(i);
      numeric[count] = c0 >= 48 && c0 <= 57 ? 1 : 0;
      quoted[count] = inQuote;
      commaBefore[count] = comma;
      count++;
      hard = 0;
      comma = 0;
      i = j;
    } else {
      const c = lower.charCodeAt(i);
      // . ; : ! ? ( ) [ ] \n \r …
      if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 91 || c === 93 || c === 10 || c === 13 || c === 0x2026) hard = 1;
      if (c === 44) comma = 1;
      if (c === 0x201c) inQuote = 1;
      else if (c === 0x201d || c === 10) inQuote = 0;
      else if (c === 34) inQuote = inQuote === 1 ? 0 : 1;
      i++;
    }
  }
  return {
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    key,
    hardBefore: hardBefore.subarray(0, count),
    numeric: numeric.subarray(0, count),
    quoted: quoted.subarray(0, count),
    commaBefore: commaBefore.subarray(0, count),
    length: count,
  };
}

/** Index of the first token whose start is >= `offset` (tokens.start is sorted). */
export function tokenAtOrAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
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

/** Whether the words `words` (canonical keys) stand at token `first`, with no hard break inside. */
export function tokenSeqAt(tokens: Tokens, first: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = first + k;
    if (tokens.key[t] !== words[k]) return false;
    if (k > 0 && tokens.hardBefore[t] === 1) return false;
  }
  return true;
}
