/** Character classes and phrase matching for the Vietnamese number readers (linear, no backtracking). */

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Unicode white space, including no-break and narrow no-break spaces. */
export function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** ASCII digit 0-9. */
export function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Letter, combining mark or digit (a word goes on). */
export function isWordCharAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(s.charAt(i));
}

/** Index of the first non-space at or after `i`. */
export function skipSpaces(s: string, i: number): number {
  let j = i;
  while (j < s.length && isSpaceAt(s, j)) j++;
  return j;
}

/**
 * Lower case with the same length as the input, so that offsets stay valid (a few characters,
 * like 'İ', grow under toLowerCase; those are kept as they are).
 */
export function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    const lc = c.toLowerCase();
    out += lc.length === 1 ? lc : c;
  }
  return out;
}

/**
 * Matches `phrase` (lower case; a space stands for one or more white-space characters) at `pos`
 * in `lower`; returns the end offset, or -1. Unless `phrase` ends in a symbol, the match must end
 * at a word boundary.
 */
export function matchPhrase(lower: string, pos: number, phrase: string): number {
  let i = pos;
  for (let k = 0; k < phrase.length; k++) {
    const p = phrase.charCodeAt(k);
    if (p === 32) {
      if (!isSpaceAt(lower, i)) return -1;
      i = skipSpaces(lower, i);
    } else {
      if (lower.charCodeAt(i) !== p) return -1;
      i++;
    }
  }
  const last = phrase.length - 1;
  if (isWordCharAt(phrase, last) && isWordCharAt(lower, i)) return -1;
  return i;
}

/** The first phrase of `table` (ordered longest first) that matches at `pos`. */
export function matchFirst<T extends { readonly phrase: string }>(
  lower: string,
  pos: number,
  table: readonly T[],
): { readonly entry: T; readonly end: number } | null {
  for (const entry of table) {
    const end = matchPhrase(lower, pos, entry.phrase);
    if (end !== -1) return { entry, end };
  }
  return null;
}
