import { roundPlainDecimal, toWritableDecimal, writeDecimal } from '../quantity/formatDecimal';
import { scaleDecimal } from './internal/scaleDecimal';
import { COUNTED_UOMS, magnitudeExponent, magnitudeWordsVi, UOM_WORD_VI } from '../quantity/uomWords';
import { qualifierWord } from '../quantity/qualifierWord';
import type { Quantity } from '../quantity/quantity';

/**
 * Options of {@link formatViQuantity}.
 *
 * @category Vietnamese numbers
 */
export interface FormatViQuantityOptions {
  /**
   * The classifier word for counted units ("khẩu" for guns, "quả" for bombs, "lượt" for
   * petitions); it replaces the default word of `count`, `piece`, `pair`, `box`, `person`,
   * `person_times` and `household`. Measures (kg, tấn, m, m², đồng, %) keep their symbol.
   */
  readonly classifier?: string;
  /** What is counted, written after the unit ("súng quân dụng"). */
  readonly noun?: string;
  /** Scale word for the number, as in {@link formatViNumber}; default `'none'`. */
  readonly scale?: 'none' | 'auto' | 'nghìn' | 'triệu' | 'tỷ';
  /** Round to at most this many fraction digits; default: none. */
  readonly maxFractionDigits?: number;
}

/**
 * Writes a quantity as Vietnamese report text: qualifier word, number, unit or classifier word,
 * noun ("trên 127 khẩu súng quân dụng", "gần 15.000 lượt người", "17.543 kg thuốc nổ",
 * "72,6%", "hàng nghìn lượt người"). Default words: over → "trên", at_least → "ít nhất",
 * piece → "chiếc", person_times → "lượt người". With default words (or a classifier that
 * {@link parseViQuantity} maps to the same unit) the text reads back to the same quantity.
 * The interval is not written: a quantity with bounds other than the qualifier's defaults reads
 * back with the defaults.
 *
 * @param q - the quantity
 * @param options - classifier, noun, scale word, rounding
 * @returns the phrase
 * @throws {@link AntqError} `invalid_number` when the value is not finite; `invalid_option` for
 *   a bad option
 * @example
 * ```ts
 * formatViQuantity(quantity(127, 'piece', 'over'), { classifier: 'khẩu', noun: 'súng quân dụng' });
 * // => 'trên 127 khẩu súng quân dụng'
 * formatViQuantity(quantity(15000, 'person_times', 'nearly'));
 * // => 'gần 15.000 lượt người'
 * formatViQuantity(quantity(1200000, 'vnd'), { scale: 'auto' });
 * // => '1,2 triệu đồng'
 * ```
 * @category Vietnamese numbers
 */
export function formatViQuantity(q: Quantity, options: FormatViQuantityOptions = {}): string {
  let d = toWritableDecimal('formatViQuantity', q.value, options.maxFractionDigits);
  const words: string[] = [];
  const exp = q.qualifier === 'vague' ? magnitudeExponent(q.value) : null;
  const magnitude = exp === null ? null : magnitudeWordsVi(exp);
  let numberText: string;
  if (magnitude !== null) {
    numberText = `${qualifierWord('vague', 'vi')} ${magnitude}`;
  } else {
    const qualifier = q.qualifier === 'vague' ? 'at_least' : q.qualifier;
    const word = qualifierWord(qualifier, 'vi');
    if (word !== '') words.push(word);
    const scaled = scaleDecimal('formatViQuantity', d, options.scale ?? 'none');
    d = scaled.d;
    const scaleWord = scaled.word;
    if (options.maxFractionDigits !== undefined) d = roundPlainDecimal(d, options.maxFractionDigits);
    numberText = writeDecimal(d, ',', '.') + (scaleWord === '' ? '' : ` ${scaleWord}`);
  }
  const unit = COUNTED_UOMS.has(q.uom) && options.classifier !== undefined ? options.classifier : UOM_WORD_VI[q.uom];
  if (q.uom === 'percent' && magnitude === null) {
    words.push(`${numberText}%`);
  } else {
    words.push(numberText);
    if (unit !== null && unit !== '') words.push(unit);
  }
  if (options.noun !== undefined && options.noun.trim() !== '') words.push(options.noun.trim());
  return words.join(' ');
}
