import { roundPlainDecimal, toWritableDecimal, writeDecimal } from './formatDecimal';
import { magnitudeExponent, magnitudeWordsEn, UOM_WORD_EN } from './uomWords';
import { qualifierWord } from './qualifierWord';
import type { Quantity } from './quantity';

/**
 * Options of {@link formatEnQuantity}.
 *
 * @category Quantities
 */
export interface FormatEnQuantityOptions {
  /**
   * What is counted, in English and already in the right number ("military guns"). For counted
   * units it replaces the unit word; after a measure or a pair/box it follows "of".
   */
  readonly noun?: string;
  /** Round to at most this many fraction digits; default: none. */
  readonly maxFractionDigits?: number;
}

/** "of" and the noun, unless the noun brings its own preposition ("VND in funds and gifts", not "VND of in funds"). */
function ofNoun(noun: string): string {
  return /^(?:of|in|for|worth)\s/i.test(noun) ? noun : `of ${noun}`;
}

/** Units whose word a noun replaces ("127 military guns", not "127 pieces of military guns"). */
const NOUN_REPLACES = new Set(['count', 'piece', 'person', 'person_times', 'household']);

/**
 * Writes a quantity in English: "over 127 military guns", "nearly 15,000 person-times",
 * "17,543 kg of industrial explosives", "985 pairs of wooden nunchaku", "72.6%",
 * "thousands of person-times". Numbers use `,` between thousands and `.` before decimals.
 *
 * @param q - the quantity
 * @param options - the noun and rounding
 * @returns the phrase
 * @throws {@link AntqError} `invalid_number` when the value is not finite; `invalid_option` for a
 *   bad `maxFractionDigits`
 * @example
 * ```ts
 * formatEnQuantity(quantity(127, 'piece', 'over'), { noun: 'military guns' });
 * // => 'over 127 military guns'
 * formatEnQuantity(quantity(17543, 'kg'), { noun: 'industrial explosives' });
 * // => '17,543 kg of industrial explosives'
 * formatEnQuantity(quantity(1000, 'person_times', 'vague'));
 * // => 'thousands of person-times'
 * ```
 * @category Quantities
 */
export function formatEnQuantity(q: Quantity, options: FormatEnQuantityOptions = {}): string {
  let d = toWritableDecimal('formatEnQuantity', q.value, options.maxFractionDigits);
  if (options.maxFractionDigits !== undefined) d = roundPlainDecimal(d, options.maxFractionDigits);
  const noun = options.noun?.trim() ?? '';
  const unit = UOM_WORD_EN[q.uom];
  const exp = q.qualifier === 'vague' ? magnitudeExponent(q.value) : null;
  const magnitude = exp === null ? null : magnitudeWordsEn(exp);
  if (magnitude !== null) {
    const what = noun !== '' && (unit === null || NOUN_REPLACES.has(q.uom)) ? noun : unit === null ? '' : unit[1];
    const tail = noun !== '' && what !== noun ? ` ${ofNoun(noun)}` : '';
    if (what === '') return magnitude;
    return `${magnitude} of ${what}${tail}`;
  }
  const words: string[] = [];
  const qualifier = q.qualifier === 'vague' ? 'at_least' : q.qualifier;
  const word = qualifierWord(qualifier, 'en');
  if (word !== '') words.push(word);
  const number = writeDecimal(d, '.', ',');
  const one = d.int === '1' && d.frac === '' && !d.negative;
  if (q.uom === 'percent') {
    words.push(`${number}%`);
    if (noun !== '') words.push(ofNoun(noun));
    return words.join(' ');
  }
  words.push(number);
  if (noun !== '' && (unit === null || NOUN_REPLACES.has(q.uom))) {
    words.push(noun);
  } else {
    if (unit !== null) words.push(one ? unit[0] : unit[1]);
    if (noun !== '') words.push(ofNoun(noun));
  }
  return words.join(' ');
}
