import { AntqError } from '../../errors/AntqError';
import { shiftPlainDecimal, type PlainDecimal } from '../../quantity/decimal';
import { autoScale, SCALES_VI } from '../../quantity/formatDecimal';

/** The `scale` option of the Vietnamese number formatters. */
export type ViScale = 'none' | 'auto' | 'nghìn' | 'triệu' | 'tỷ';

/** Divides by the chosen (or, for `auto`, the best) scale word's power of ten; `word` is '' for none. */
export function scaleDecimal(fn: string, d: PlainDecimal, scale: ViScale): { readonly d: PlainDecimal; readonly word: string } {
  if (scale === 'none') return { d, word: '' };
  if (scale === 'auto') {
    const a = autoScale(d, 2);
    return { d: a.d, word: SCALES_VI.find(([e]) => e === a.exp)?.[1] ?? '' };
  }
  const entry = SCALES_VI.find(([, w]) => w === scale);
  if (entry === undefined) throw new AntqError('invalid_option', `${fn}: unknown scale ${String(scale)}`);
  return { d: shiftPlainDecimal(d, -entry[0]), word: entry[1] };
}
