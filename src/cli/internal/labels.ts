import type { Catalogue } from '../../catalogue/Catalogue';
import { getCategory } from '../../catalogue/getCategory';
import { getIndicator } from '../../catalogue/getIndicator';
import { hasIndicator } from '../../catalogue/hasIndicator';
import { QUALIFIERS, type Qualifier } from '../../quantity/Qualifier';
import { qualifierWord as wordOf } from '../../quantity/qualifierWord';
import type { Uom } from '../../quantity/Uom';
import { uomTableWord } from '../../quantity/uomWords';
import type { Column } from './table';

/** The word for a qualifier id in a language ('' for exact); machine formats keep the id. */
export function qualifierWord(id: string | undefined, lang: 'vi' | 'en', machine: boolean): string {
  if (id === undefined) return '';
  if (machine) return id;
  return (QUALIFIERS as readonly string[]).includes(id) ? wordOf(id as Qualifier, lang) : id;
}

/** The label of an indicator, and of its category when given, in a language. */
export function indicatorLabel(catalogue: Catalogue, indicator: string, category: string | undefined, lang: 'vi' | 'en'): string {
  if (!hasIndicator(catalogue, indicator)) return indicator;
  const def = getIndicator(catalogue, indicator);
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
  const def = hasIndicator(catalogue, row.indicator) ? getIndicator(catalogue, row.indicator) : undefined;
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

/**
 * Adds the cells that name a row's group to `cells` (the row's other cells), with the indicator's
 * label for people (machines get none), and returns it. The cells are set on the one object (a
 * spread of them into a new row made each row a slow dictionary object, with millions of rows).
 */
export function groupCells<T extends Record<string, string | number | null | undefined>>(
  catalogue: Catalogue,
  row: { readonly program?: string | undefined; readonly indicator: string; readonly category?: string | undefined; readonly unit?: string | undefined; readonly reporter?: string | undefined },
  lang: 'vi' | 'en',
  machine: boolean,
  cells: T,
): T {
  const out: Record<string, string | number | null | undefined> = cells;
  out.program = row.program;
  out.indicator = row.indicator;
  out.category = row.category;
  out.unit = row.unit;
  out.reporter = row.reporter;
  out.name = machine ? undefined : indicatorLabel(catalogue, row.indicator, row.category, lang);
  return cells;
}
