import type { Catalogue, IndicatorDef } from '../../catalogue/Catalogue';
import { getCategory } from '../../catalogue/getCategory';
import type { Uom } from '../../quantity/Uom';
import { uomTableWord } from '../../quantity/uomWords';
import type { Column } from './table';

const QUALIFIER_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  exact: ['', ''],
  over: ['over', 'trên'],
  nearly: ['nearly', 'gần'],
  about: ['about', 'khoảng'],
  at_least: ['at least', 'ít nhất'],
  under: ['under', 'dưới'],
  vague: ['of the order of', 'hàng'],
};

/** The word for a qualifier id in a language ('' for exact); machine formats keep the id. */
export function qualifierWord(id: string | undefined, lang: 'vi' | 'en', machine: boolean): string {
  if (id === undefined) return '';
  if (machine) return id;
  const w = QUALIFIER_WORDS[id];
  return w === undefined ? id : lang === 'vi' ? w[1] : w[0];
}

/** The label of an indicator, and of its category when given, in a language. */
export function indicatorLabel(catalogue: Catalogue, indicator: string, category: string | undefined, lang: 'vi' | 'en'): string {
  const def = Object.prototype.hasOwnProperty.call(catalogue, indicator) ? (catalogue[indicator] as IndicatorDef) : undefined;
  if (def === undefined) return indicator;
  const base = lang === 'vi' ? def.labelVi : def.labelEn;
  if (category === undefined || category === '') return base;
  const cat = getCategory(def, category);
  return cat === undefined ? `${base}: ${category}` : `${base}: ${lang === 'vi' ? cat.labelVi : cat.labelEn}`;
}

/**
 * The unit column of a table: the uom id in machine formats and English tables, the Vietnamese
 * word in Vietnamese ones (the indicator's or category's classifier where it fits: "khẩu", "buổi").
 */
export function uomCell(catalogue: Catalogue, row: { readonly indicator: string; readonly category?: string | undefined; readonly uom: Uom }, lang: 'vi' | 'en', machine: boolean): string {
  if (machine || lang === 'en') return row.uom;
  const def = Object.prototype.hasOwnProperty.call(catalogue, row.indicator) ? (catalogue[row.indicator] as IndicatorDef) : undefined;
  const cat = def !== undefined && row.category !== undefined && row.category !== '' ? getCategory(def, row.category) : undefined;
  const classifier = cat !== undefined ? cat.classifierVi : def?.classifierVi;
  return uomTableWord(row.uom, 'vi', classifier);
}

/** Table columns of the grouping dimensions. */
export const DIMENSION_COLUMNS: Readonly<Record<string, Column>> = {
  program: { key: 'program', en: 'Programme', vi: 'Chương trình' },
  indicator: { key: 'indicator', en: 'Indicator', vi: 'Chỉ tiêu' },
  category: { key: 'category', en: 'Category', vi: 'Phân loại' },
  unit: { key: 'unit', en: 'Unit', vi: 'Đơn vị' },
  reporter: { key: 'reporter', en: 'Reporter', vi: 'Lực lượng báo cáo' },
  period: { key: 'period', en: 'Period', vi: 'Kỳ' },
};
