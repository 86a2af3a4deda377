// Tokenizer for Vietnamese date expressions. Tokens keep their offsets in the original text, so
// spans are exact even though words are folded (no tone marks, đ → d, lower case) for matching.
// A plain character loop: one pass, no backtracking, ASCII fast paths.

export interface ViToken {
  readonly type: 'num' | 'word' | 'punct';
  /** Digits for `num`; folded word (empty when too long to be a keyword); `-` for any dash. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** White space directly before this token (or it starts the text). */
  readonly space: boolean;
}

/** Keywords are short; longer words are not folded (they never match), which bounds the work. */
const MAX_KEYWORD = 12;
const LETTER = /[\p{L}\p{M}]/uy;
const DASHES = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/;

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Length (1 or 2 code units) of the letter or mark at `i`, or 0. */
function letterAt(text: string, i: number, re: RegExp): number {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 1;
  if (c < 128) return 0;
  // `test` rather than `exec`: no match array per letter (this runs for every non-ASCII letter of the text).
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex - i : 0;
}

/** Distinct words folded by one tokenize call before its cache starts again (bounds its memory). */
const FOLD_CACHE_SIZE = 4096;

function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/**
 * Splits text into number, word and punctuation tokens in one linear pass; stops after `limit`
 * tokens (whole-text parsing needs only the first few to know the text is too long).
 */
export function tokenize(text: string, limit = Number.POSITIVE_INFINITY): ViToken[] {
  const tokens: ViToken[] = [];
  const letter = new RegExp(LETTER.source, LETTER.flags);
  // Prose repeats a few thousand words: folding each distinct word once was a third of the time.
  const folded = new Map<string, string>();
  const n = text.length;
  let i = 0;
  let space = true;
  while (i < n && tokens.length < limit) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      tokens.push({ type: 'num', norm: text.slice(start, i), start, end: i, space });
    } else {
      let len = letterAt(text, i, letter);
      if (len > 0) {
        while (len > 0) {
          i += len;
          len = i < n ? letterAt(text, i, letter) : 0;
        }
        let norm = '';
        if (i - start <= MAX_KEYWORD) {
          const word = text.slice(start, i);
          const known = folded.get(word);
          if (known === undefined) {
            if (folded.size >= FOLD_CACHE_SIZE) folded.clear();
            norm = fold(word);
            folded.set(word, norm);
          } else norm = known;
        }
        tokens.push({ type: 'word', norm, start, end: i, space });
      } else {
        const cp = text.codePointAt(i) ?? c;
        i += cp > 0xffff ? 2 : 1;
        const raw = text.slice(start, i);
        tokens.push({ type: 'punct', norm: DASHES.test(raw) ? '-' : raw, start, end: i, space });
      }
    }
    space = false;
  }
  return tokens;
}
