import type { CategoryDef, IndicatorDef } from '../../catalogue/Catalogue';
import { QUALIFIERS } from '../../quantity/Qualifier';
import { UOMS } from '../../quantity/Uom';
import { str, UsageError } from './args';
import { writeJson, type Ctx } from './context';
import { qualifierWord } from './labels';
import { unitsOption } from './readInput';
import { renderTable, type Column } from './table';

interface CategoryEntry {
  readonly indicator: string;
  readonly code: string;
  readonly labelVi: string;
  readonly labelEn: string;
}

function categoriesOf(id: string, def: IndicatorDef): CategoryEntry[] {
  const out: CategoryEntry[] = [];
  const push = (code: string, c: CategoryDef): void => void out.push({ indicator: id, code, labelVi: c.labelVi, labelEn: c.labelEn });
  for (const [code, c] of Object.entries(def.categories ?? {})) push(code, c);
  for (const facet of def.categoryFacets ?? []) for (const [code, c] of Object.entries(facet.values)) push(`<${facet.key}>${code}`, c);
  return out;
}

/**
 * `antq catalog [--list indicators|categories|uoms|qualifiers|units]`: what antq knows. JSON gives
 * everything at once: `{ indicators, categories, uoms, qualifiers, units }`.
 */
export async function catalogCommand(ctx: Ctx): Promise<number> {
  const units = await unitsOption(ctx);
  const list = str(ctx.args, 'list') ?? 'indicators';
  if (list === 'units' && units === undefined) throw new UsageError('--list units lists the units of a units table: give --units FILE (or --units vn for the reference provinces)');
  const catalogue = ctx.catalogue;
  const ids = Object.keys(catalogue).sort();
  const indicators = ids.map((id) => {
    const d = catalogue[id] as IndicatorDef;
    return { id, kind: d.kind, defaultUom: d.defaultUom, uoms: d.uoms, labelVi: d.labelVi, labelEn: d.labelEn, subsetOf: d.subsetOf ?? null };
  });
  const categories = ids.flatMap((id) => categoriesOf(id, catalogue[id] as IndicatorDef));
  if (ctx.format === 'json') {
    writeJson(ctx, { indicators, categories, uoms: UOMS, qualifiers: QUALIFIERS, units: units ?? null });
    return 0;
  }
  const format = ctx.format === 'html' ? 'table' : ctx.format;
  const label = ctx.lang === 'vi' ? 'labelVi' : 'labelEn';
  let columns: Column[];
  let rows: Record<string, string | number | null>[];
  if (list === 'categories') {
    columns = [
      { key: 'indicator', en: 'Indicator', vi: 'Chỉ tiêu' },
      { key: 'code', en: 'Category', vi: 'Phân loại' },
      { key: 'label', en: 'Label', vi: 'Tên' },
    ];
    rows = categories.map((c) => ({ indicator: c.indicator, code: c.code, label: c[label] }));
  } else if (list === 'uoms') {
    columns = [{ key: 'uom', en: 'Unit of measure', vi: 'Đơn vị tính' }];
    rows = UOMS.map((u) => ({ uom: u }));
  } else if (list === 'qualifiers') {
    columns = [
      { key: 'qualifier', en: 'Qualifier', vi: 'Mức chính xác' },
      { key: 'word', en: 'Word', vi: 'Từ' },
    ];
    rows = QUALIFIERS.map((q) => ({ qualifier: q, word: qualifierWord(q, ctx.lang, false) }));
  } else if (list === 'units') {
    columns = [
      { key: 'code', en: 'Code', vi: 'Mã' },
      { key: 'name', en: 'Name', vi: 'Tên' },
      { key: 'level', en: 'Level', vi: 'Cấp' },
      { key: 'parent', en: 'Parent', vi: 'Cấp trên' },
      { key: 'valid_from', en: 'From', vi: 'Từ ngày' },
      { key: 'valid_to', en: 'To', vi: 'Đến ngày' },
    ];
    rows = (units ?? []).map((u) => ({ code: u.code, name: u.name, level: u.level, parent: u.parent ?? '', valid_from: u.validFrom ?? '', valid_to: u.validTo ?? '' }));
  } else {
    columns = [
      { key: 'id', en: 'Indicator', vi: 'Chỉ tiêu' },
      { key: 'kind', en: 'Kind', vi: 'Loại' },
      { key: 'uoms', en: 'Units of measure', vi: 'Đơn vị tính' },
      { key: 'label', en: 'Label', vi: 'Tên' },
    ];
    rows = indicators.map((i) => ({ id: i.id, kind: i.kind, uoms: i.uoms.join(' '), label: i[label] }));
  }
  ctx.io.stdout.write(renderTable({ columns, rows }, format, ctx.lang));
  return 0;
}
