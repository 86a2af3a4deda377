import type { Qualifier } from './Qualifier';

/**
 * The one table of qualifier words, in English and Vietnamese: what the formatters write before
 * a number, what reports and the CLI print. Vietnamese synonyms that parsing also accepts ("hơn",
 * "ngót", "xấp xỉ", …) live with the Vietnamese number reader.
 */
const QUALIFIER_WORDS: Readonly<Record<Qualifier, { readonly en: string; readonly vi: string }>> = {
  exact: { en: '', vi: '' },
  over: { en: 'over', vi: 'trên' },
  nearly: { en: 'nearly', vi: 'gần' },
  about: { en: 'about', vi: 'khoảng' },
  at_least: { en: 'at least', vi: 'ít nhất' },
  under: { en: 'under', vi: 'dưới' },
  vague: { en: 'of the order of', vi: 'hàng' },
};

/**
 * The word written for a qualifier in English or Vietnamese: `''` for `exact`; for `vague`, the
 * word that goes before a magnitude ("hàng" as in "hàng nghìn").
 *
 * @param qualifier - a {@link Qualifier}
 * @param lang - `'en'` or `'vi'`
 * @returns the word, `''` for `exact`
 * @example
 * ```ts
 * qualifierWord('at_least', 'en');
 * // => 'at least'
 * qualifierWord('about', 'vi');
 * // => 'khoảng'
 * qualifierWord('exact', 'vi');
 * // => ''
 * ```
 * @category Quantities
 */
export function qualifierWord(qualifier: Qualifier, lang: 'en' | 'vi'): string {
  return QUALIFIER_WORDS[qualifier][lang];
}
