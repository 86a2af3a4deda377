import type { AdminUnit } from '../../schema/AdminUnitSchema';
import { isUnitValidAt } from '../../units/isUnitValidAt';
import { referenceProvinces } from '../../units/referenceProvinces';
import { unitVersionId } from '../../units/unitVersionId';
import { seriesBreaksCrossed } from '../../units/seriesBreaksCrossed';
import { VN_SERIES_BREAKS } from '../../units/SeriesBreak';
import { str, UsageError } from './args';
import { writeJson, type Ctx } from './context';
import { unitsOption } from './readInput';
import { renderTable, type Column } from './table';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `antq units [--units FILE] [--date D] [--code C] [--level L]`: the units and their history —
 * by default the reference provinces before and after the 1 Jul 2025 reform — each version with
 * its validity and successors, then the known series breaks. `--format csv` writes the units-file
 * form that `--units FILE` reads.
 */
export async function unitsCommand(ctx: Ctx): Promise<number> {
  const given = await unitsOption(ctx);
  const all: readonly AdminUnit[] = given ?? referenceProvinces();
  const date = str(ctx.args, 'date');
  if (date !== undefined && !ISO.test(date)) throw new UsageError(`option --date must be YYYY-MM-DD; got ${JSON.stringify(date)}`);
  const code = str(ctx.args, 'code');
  const level = str(ctx.args, 'level');
  const units = all.filter((u) => (date === undefined || isUnitValidAt(u, date)) && (code === undefined || u.code === code) && (level === undefined || u.level === level));
  const breaks = date === undefined ? VN_SERIES_BREAKS : seriesBreaksCrossed('1900-01-01', date);
  if (ctx.format === 'json') {
    writeJson(ctx, { units, breaks });
    return 0;
  }
  if (ctx.format === 'csv') {
    // The units-file form, which `--units FILE` reads back identically (loaded only here, see
    // `schemaModules.ts`).
    const { unitsToCsv } = await import('./schemaModules');
    ctx.io.stdout.write(unitsToCsv(units));
    return 0;
  }
  const columns: Column[] = [
    { key: 'version', en: 'Version', vi: 'Phiên bản' },
    { key: 'code', en: 'Code', vi: 'Mã' },
    { key: 'name', en: 'Name', vi: 'Tên' },
    { key: 'level', en: 'Level', vi: 'Cấp' },
    { key: 'type', en: 'Type', vi: 'Loại' },
    { key: 'parent', en: 'Parent', vi: 'Trực thuộc' },
    { key: 'validFrom', en: 'Valid from', vi: 'Hiệu lực từ' },
    { key: 'validTo', en: 'Valid to', vi: 'Hiệu lực đến' },
    { key: 'successors', en: 'Successors', vi: 'Đơn vị kế thừa' },
  ];
  const rows = units.map((u) => ({
    version: unitVersionId(u),
    code: u.code,
    name: u.name,
    level: u.level,
    type: u.type ?? '',
    parent: u.parent ?? '',
    validFrom: u.validFrom ?? '',
    validTo: u.validTo ?? '',
    successors: (u.successors ?? []).map((s) => (s.weight === undefined ? s.code : `${s.code} (${s.weight})`)).join(' '),
  }));
  let out = renderTable({ columns, rows }, ctx.format === 'html' ? 'table' : ctx.format, ctx.lang);
  const lines = breaks.map((b) => `- ${b.date} ${b.id}: ${ctx.lang === 'vi' ? b.descriptionVi : b.description}`);
  out += `\n${ctx.lang === 'vi' ? 'Các thời điểm thay đổi cách thống kê' : 'Known series breaks'}:\n${lines.join('\n')}\n`;
  ctx.io.stdout.write(out);
  return 0;
}
