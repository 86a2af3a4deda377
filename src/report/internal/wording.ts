import type { Catalogue, CategoryDef, IndicatorDef } from '../../catalogue/Catalogue';
import { getCategory } from '../../catalogue/getCategory';
import { hasIndicator } from '../../catalogue/hasIndicator';
import { getIndicator } from '../../catalogue/getIndicator';
import type { Qualifier } from '../../quantity/Qualifier';
import type { Quantity } from '../../quantity/quantity';
import type { Uom } from '../../quantity/Uom';
import { formatEnQuantity } from '../../quantity/formatEnQuantity';
import { uomTableWord } from '../../quantity/uomWords';
import { formatViQuantity } from '../../viNumber/formatViQuantity';
import type { LocalizedText } from '../Report';

/** The words a figure is written with: nouns, the Vietnamese classifier, labels. */
export interface Words {
  readonly nounVi: string;
  readonly nounEn: string;
  /** Classifier from the catalogue: a word, `''` for "none", `undefined` for "the unit's own word". */
  readonly classifierVi: string | undefined;
  readonly indicatorLabel: LocalizedText;
  /** The category's label; `null` when the row has no category. */
  readonly categoryLabel: LocalizedText | null;
}

/** A value as the engine and the comparison give it. */
export interface ValueLike {
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly uom: Uom;
}

const MAX_FRACTION_DIGITS = 2;

/** The definition of an indicator, or undefined when the catalogue has no such id. */
export function indicatorDef(catalogue: Catalogue, id: string): IndicatorDef | undefined {
  return hasIndicator(catalogue, id) ? getIndicator(catalogue, id) : undefined;
}

/** "weapons_surrendered" → "weapons surrendered": the last resort for an id no catalogue knows. */
function idWords(id: string): string {
  return id.replace(/[_.]+/g, ' ').trim();
}

/** English nouns for measures start with "of" in the catalogue; the formatter adds its own. */
function stripOf(noun: string): string {
  return noun.replace(/^of\s+/i, '');
}

/**
 * The words of one indicator and category. A known category's classifier wins, and its absence
 * means "no classifier" ("767 lưỡi lê"), as the catalogue documents; the indicator's classifier is
 * used only when the row has no known category.
 */
export function wordsFor(catalogue: Catalogue, indicator: string, category: string | undefined): Words {
  const ind = indicatorDef(catalogue, indicator);
  const cat: CategoryDef | undefined = ind !== undefined && category !== undefined && category !== '' ? getCategory(ind, category) : undefined;
  const indicatorLabel = { vi: ind?.labelVi ?? idWords(indicator), en: ind?.labelEn ?? idWords(indicator) };
  let categoryLabel: LocalizedText | null = null;
  if (category !== undefined && category !== '') {
    categoryLabel = cat === undefined ? { vi: category, en: category } : { vi: cat.labelVi, en: cat.labelEn };
  }
  return {
    nounVi: cat?.nounVi ?? ind?.nounVi ?? idWords(indicator),
    nounEn: stripOf(cat?.nounEn ?? ind?.nounEn ?? idWords(indicator)),
    classifierVi: cat !== undefined ? (cat.classifierVi ?? '') : ind?.classifierVi,
    indicatorLabel,
    categoryLabel,
  };
}

/**
 * The unit word to pass as `classifier` to formatViQuantity (undefined: its default word).
 * People are named by the noun ("11.200 người tham gia", "5 đối tượng"), households are "hộ",
 * pairs "đôi" and boxes "hộp" whatever the category's usual classifier; "lượt" counts
 * person-times only.
 */
function viUnitWord(uom: Uom, classifier: string | undefined, noun: string): string | undefined {
  switch (uom) {
    case 'person':
      return noun.trim() === '' ? undefined : '';
    case 'household':
    case 'pair':
    case 'box':
      return undefined;
    case 'person_times':
      return classifier === undefined || classifier === '' ? undefined : classifier;
    case 'piece':
      return classifier === 'đôi' || classifier === 'lượt' ? undefined : classifier;
    default:
      return classifier === 'lượt' && uom !== 'count' ? undefined : classifier;
  }
}

/** Units the noun can stand for in English and that read well with a scale word. */
const COUNTED: ReadonlySet<Uom> = new Set<Uom>(['count', 'piece', 'person', 'person_times', 'household']);

/**
 * The scale word a value is written with in running text, as reviews do: round millions (to a
 * tenth: "1,2 triệu", "4 triệu") and round thousands from 20 nghìn up ("81 nghìn"); smaller or
 * uneven numbers are written in full ("15.000", "121.200"). Measures and pairs keep digits.
 */
export function scaleFor(value: number, uom: Uom): 'none' | 'nghìn' | 'triệu' {
  if (!COUNTED.has(uom) || !Number.isSafeInteger(value)) return 'none';
  if (value >= 1_000_000 && value % 100_000 === 0) return 'triệu';
  if (value >= 20_000 && value % 1000 === 0) return 'nghìn';
  return 'none';
}

/** A Quantity-shaped value for the formatters (they read value, qualifier and uom only). */
function asQuantity(v: ValueLike): Quantity {
  return { value: v.value, qualifier: v.qualifier, uom: v.uom, lower: v.value, lowerInclusive: true, upper: null, upperInclusive: false };
}

/** "vague" needs a power of ten; a sum of vague figures that is not one reads as "at least". */
function speakableQualifier(v: ValueLike): Qualifier {
  if (v.qualifier !== 'vague') return v.qualifier;
  return /^10+$/.test(String(v.value)) ? 'vague' : 'at_least';
}

/** The Vietnamese phrase of a value: "trên 127 khẩu súng quân dụng", "hơn 81 nghìn lượt đơn thư". */
export function viPhrase(v: ValueLike, nounVi: string, classifierVi: string | undefined): string {
  const q = asQuantity({ ...v, qualifier: speakableQualifier(v) });
  const scale = scaleFor(v.value, v.uom);
  const unit = viUnitWord(v.uom, classifierVi, nounVi);
  const opts: { classifier?: string; noun: string; scale: typeof scale; maxFractionDigits: number } = {
    noun: nounVi,
    scale,
    maxFractionDigits: MAX_FRACTION_DIGITS,
  };
  if (unit !== undefined) opts.classifier = unit;
  const text = formatViQuantity(q, opts);
  // "hơn" reads naturally before a scale word ("hơn 81 nghìn"), "trên" before digits ("trên 127").
  return scale !== 'none' && q.qualifier === 'over' ? text.replace(/^trên /, 'hơn ') : text;
}

/** The English phrase of a value: "over 127 military guns", "over 81 thousand petitions". */
export function enPhrase(v: ValueLike, nounEn: string): string {
  const qualifier = speakableQualifier(v);
  const scale = scaleFor(v.value, v.uom);
  if (scale === 'none' || qualifier === 'vague') {
    return formatEnQuantity(asQuantity({ ...v, qualifier }), { noun: nounEn, maxFractionDigits: MAX_FRACTION_DIGITS });
  }
  const scaled = scale === 'triệu' ? v.value / 1_000_000 : v.value / 1000;
  const text = formatEnQuantity(asQuantity({ value: scaled, qualifier, uom: v.uom }), { noun: nounEn, maxFractionDigits: 1 });
  const digits = formatEnQuantity(asQuantity({ value: scaled, qualifier: 'exact', uom: 'count' }), { maxFractionDigits: 1 });
  const word = scale === 'triệu' ? 'million' : 'thousand';
  const at = text.indexOf(digits);
  return at < 0 ? text : `${text.slice(0, at + digits.length)} ${word}${text.slice(at + digits.length)}`;
}

/** A table cell: the qualified number without unit or noun ("trên 127", "over 81,000", "72,6%"). */
export function valueCell(v: ValueLike | null): LocalizedText {
  if (v === null) return { vi: '—', en: '—' };
  const q = asQuantity({ value: v.value, qualifier: speakableQualifier(v), uom: v.uom === 'percent' ? 'percent' : 'count' });
  return {
    vi: formatViQuantity(q, { maxFractionDigits: MAX_FRACTION_DIGITS }),
    en: formatEnQuantity(q, { maxFractionDigits: MAX_FRACTION_DIGITS }),
  };
}

/** The unit column of a table: the classifier word when one is written, else the unit of measure. */
export function unitCell(uom: Uom, words: Words): LocalizedText {
  return { vi: uomTableWord(uom, 'vi', words.classifierVi), en: uomTableWord(uom, 'en') };
}
