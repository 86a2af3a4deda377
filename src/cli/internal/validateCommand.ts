import type { ImportReport } from '../../import/ImportReport';
import { t, writeJson, type Ctx } from './context';
import { readInputs, unitsOption } from './readInput';
import { renderTable } from './table';

/** `antq validate <file…>`: the import report of each file; exit 0 without errors, 1 with. */
export async function validateCommand(ctx: Ctx, files: readonly string[]): Promise<number> {
  const units = await unitsOption(ctx);
  const read = await readInputs(ctx, files, units, undefined);
  if (ctx.format === 'json') writeJson(ctx, read.json);
  else read.reports.forEach((report, i) => ctx.io.stdout.write(renderImportReport(ctx, files[i] ?? '-', report, i === 0)));
  return read.reports.every((r) => r.ok) ? 0 : 1;
}

/**
 * The import report for people (table, md), or as one CSV row per occurrence with the file it is
 * in (one CSV for all files: the header comes with the first).
 */
function renderImportReport(ctx: Ctx, file: string, report: ImportReport, first: boolean): string {
  const rows = report.groups.flatMap((g) =>
    g.occurrences.map((o) => ({ file, severity: g.severity, code: g.code, row: o.row ?? null, line: o.line ?? null, column: o.column ?? null, message: ctx.lang === 'vi' ? o.messageVi : o.message })),
  );
  const columns = [
    { key: 'file', en: 'File', vi: 'Tệp' },
    { key: 'severity', en: 'Severity', vi: 'Mức' },
    { key: 'code', en: 'Code', vi: 'Mã' },
    { key: 'row', en: 'Row', vi: 'Dòng' },
    { key: 'line', en: 'Line', vi: 'Dòng tệp' },
    { key: 'column', en: 'Column', vi: 'Cột' },
    { key: 'message', en: 'Message', vi: 'Nội dung' },
  ];
  if (ctx.format === 'csv') {
    const text = renderTable({ columns, rows }, 'csv', ctx.lang);
    return first ? text : text.slice(text.indexOf('\n') + 1);
  }
  const mode = report.mode === 'strict' ? t(ctx, 'strict', 'nghiêm ngặt') : t(ctx, 'lenient', 'linh hoạt');
  const head = t(
    ctx,
    `${file}: ${report.ok ? 'valid' : 'NOT valid'} (${mode} mode): read ${report.read}, accepted ${report.accepted}, rejected ${report.rejected}, errors ${report.errors}, warnings ${report.warnings}`,
    `${file}: ${report.ok ? 'hợp lệ' : 'KHÔNG hợp lệ'} (chế độ ${mode}): đã đọc ${report.read}, chấp nhận ${report.accepted}, loại ${report.rejected}, lỗi ${report.errors}, cảnh báo ${report.warnings}`,
  );
  const md = ctx.format === 'md';
  const parts = [md ? `**${head}**\n` : `${head}\n`];
  for (const g of report.groups) {
    const title = `${g.severity === 'error' ? t(ctx, 'error', 'lỗi') : t(ctx, 'warning', 'cảnh báo')} ${g.code}: ${g.count}${g.omitted > 0 ? t(ctx, ` (first ${g.occurrences.length} listed)`, ` (liệt kê ${g.occurrences.length} trường hợp đầu)`) : ''}`;
    parts.push(md ? `\n### ${title}\n\n` : `\n${title}\n`);
    const lines = g.occurrences.map((o) => {
      const where = [`${file}${o.line === undefined ? '' : `:${o.line}`}`, o.row === undefined ? '' : t(ctx, `row ${o.row}`, `dòng ${o.row}`), o.column === undefined ? '' : t(ctx, `column ${o.column}`, `cột ${o.column}`)].filter((s) => s !== '').join(', ');
      return `${md ? '- ' : '  '}${where}: ${ctx.lang === 'vi' ? o.messageVi : o.message}`;
    });
    parts.push(`${lines.join('\n')}\n`);
  }
  return parts.join('');
}
