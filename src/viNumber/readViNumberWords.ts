import { isWordCharAt, lowerSameLength } from '../text/viText';
import { scanViWords } from './internal/scanViWords';

/** The longest number in words worth reading ("chín trăm chín mươi chín nghìn …"). */
const WINDOW = 160;

/**
 * Reads a number written in Vietnamese words that starts at `position` of `text` ("ba mươi lăm
 * tổ", "hơn một nghìn lượt" from the "một"): digits một … chín, mười, mươi with mốt, tư, lăm,
 * trăm with linh/lẻ, and the scale words nghìn/ngàn, triệu, tỷ/tỉ; the spoken short tens ("hai
 * mốt" is 21, "năm lăm" 55: mốt, tư, lăm after a digit stand for the units of a tens word left
 * out). After a tens word five is "lăm" ("mười năm" reads ten: ten years). Never throws on user
 * text.
 *
 * @param text - the text
 * @param position - where the words start (default 0)
 * @returns the value and the offset just after the last number word, or `null` when no number
 *   word starts there
 * @example
 * ```ts
 * readViNumberWords('ba mươi lăm tổ tự quản');
 * // => { value: 35, end: 11 }
 * readViNumberWords('hơn một nghìn lượt', 4);
 * // => { value: 1000, end: 13 }
 * readViNumberWords('tổ tự quản');
 * // => null
 * ```
 * @category Vietnamese numbers
 */
export function readViNumberWords(text: string, position = 0): { readonly value: number; readonly end: number } | null {
  const s = String(text);
  if (!Number.isInteger(position) || position < 0 || position >= s.length) return null;
  // The window ends between words, so that no word is cut into a number word ("ba|nh").
  let to = Math.min(s.length, position + WINDOW);
  while (to < s.length && isWordCharAt(s, to)) to++;
  const w = scanViWords(lowerSameLength(s.slice(position, to)), 0);
  return w === null ? null : { value: w.value, end: position + w.end };
}
