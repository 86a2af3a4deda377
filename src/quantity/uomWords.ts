import type { Uom } from './Uom';

/** The Vietnamese word written after the number for each unit (`null`: none by default). */
export const UOM_WORD_VI: Readonly<Record<Uom, string | null>> = {
  count: null,
  piece: 'chiếc',
  pair: 'đôi',
  box: 'hộp',
  person: 'người',
  person_times: 'lượt người',
  household: 'hộ',
  kg: 'kg',
  g: 'g',
  tonne: 'tấn',
  m: 'm',
  m2: 'm²',
  vnd: 'đồng',
  percent: '%',
};

/**
 * The word a table's unit column shows for each unit of measure, in Vietnamese and English.
 * Vietnamese writes no word for a plain count (`''`); a classifier ("khẩu", "buổi") may replace
 * the word: see {@link uomTableWord}.
 */
export const UOM_TABLE_WORDS: Readonly<Record<Uom, { readonly vi: string; readonly en: string }>> = {
  count: { vi: '', en: 'count' },
  piece: { vi: 'chiếc', en: 'pieces' },
  pair: { vi: 'đôi', en: 'pairs' },
  box: { vi: 'hộp', en: 'boxes' },
  person: { vi: 'người', en: 'people' },
  person_times: { vi: 'lượt người', en: 'person-times' },
  household: { vi: 'hộ', en: 'households' },
  kg: { vi: 'kg', en: 'kg' },
  g: { vi: 'g', en: 'g' },
  tonne: { vi: 'tấn', en: 'tonnes' },
  m: { vi: 'm', en: 'm' },
  m2: { vi: 'm²', en: 'm²' },
  vnd: { vi: 'đồng', en: 'VND' },
  percent: { vi: '%', en: '%' },
};

/**
 * The unit column of a table, shared by reports and the CLI. In Vietnamese the indicator's or
 * category's classifier is the word where it fits the unit ("khẩu" súng, "buổi" tuyên truyền,
 * "lượt" đơn thư); people are "người", households "hộ", pairs "đôi", boxes "hộp" whatever the
 * classifier, "lượt" counts person-times or plain counts only, and measures keep their symbol.
 */
export function uomTableWord(uom: Uom, lang: 'vi' | 'en', classifierVi?: string): string {
  const words = UOM_TABLE_WORDS[uom];
  if (lang === 'en') return words.en;
  const c = classifierVi ?? '';
  switch (uom) {
    case 'count':
    case 'person_times':
      return c === '' ? words.vi : c;
    case 'piece':
      return c === '' || c === 'đôi' || c === 'lượt' ? words.vi : c;
    default:
      return words.vi;
  }
}

/** Units counted with a classifier word the caller may choose; the others are measures with a fixed symbol. */
export const COUNTED_UOMS: ReadonlySet<Uom> = new Set<Uom>(['count', 'piece', 'pair', 'box', 'person', 'person_times', 'household']);

/** Vague magnitude words by power of ten ("hàng chục nghìn" = tens of thousands). */
export function magnitudeWordsVi(exp: number): string | null {
  const table: Readonly<Record<number, string>> = {
    1: 'chục',
    2: 'trăm',
    3: 'nghìn',
    4: 'chục nghìn',
    5: 'trăm nghìn',
    6: 'triệu',
    7: 'chục triệu',
    8: 'trăm triệu',
    9: 'tỷ',
    10: 'chục tỷ',
    11: 'trăm tỷ',
    12: 'nghìn tỷ',
  };
  return table[exp] ?? null;
}

/** English magnitude words ("thousands", "tens of thousands"). */
export function magnitudeWordsEn(exp: number): string | null {
  const table: Readonly<Record<number, string>> = {
    1: 'tens',
    2: 'hundreds',
    3: 'thousands',
    4: 'tens of thousands',
    5: 'hundreds of thousands',
    6: 'millions',
    7: 'tens of millions',
    8: 'hundreds of millions',
    9: 'billions',
    10: 'tens of billions',
    11: 'hundreds of billions',
    12: 'trillions',
  };
  return table[exp] ?? null;
}

/** English unit words: [singular, plural]; `null` for none. */
export const UOM_WORD_EN: Readonly<Record<Uom, readonly [string, string] | null>> = {
  count: null,
  piece: ['piece', 'pieces'],
  pair: ['pair', 'pairs'],
  box: ['box', 'boxes'],
  person: ['person', 'people'],
  person_times: ['person-time', 'person-times'],
  household: ['household', 'households'],
  kg: ['kg', 'kg'],
  g: ['g', 'g'],
  tonne: ['tonne', 'tonnes'],
  m: ['m', 'm'],
  m2: ['m²', 'm²'],
  vnd: ['VND', 'VND'],
  percent: ['%', '%'],
};

/** How many powers of ten a vague value is (1000 → 3), or null. */
export function magnitudeExponent(value: number): number | null {
  const s = String(value);
  return /^10+$/.test(s) ? s.length - 1 : null;
}
