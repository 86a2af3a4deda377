/** Dash-like characters people type between numbers ("2013 – 2023", "2013—2023"). */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Every kind of Unicode space, including no-break and narrow no-break. */
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g;

/** NFC, one plain space for any run of white space, ASCII hyphen for any dash; trimmed. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(DASHES, '-').replace(SPACES, ' ').trim();
}

/**
 * Folds Vietnamese for matching: lower case, tone and vowel marks removed, đ → d, white space
 * collapsed. "Hoà Bình", "Hòa Bình" and "hoa binh" all fold to "hoa binh". No ICU needed:
 * NFD decomposition is in every Node build.
 */
export function foldVietnamese(text: string): string {
  return normalizeText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
