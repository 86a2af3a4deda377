import { buildReport, type BuildReportOptions } from '../../report/buildReport';
import { renderReport } from '../../report/renderReport';
import type { Report } from '../../report/Report';
import type { Figure } from '../../schema/FigureSchema';
import { str, UsageError } from './args';
import { writeJson, type Ctx } from './context';
import { filterOption } from './filterOption';
import { asOfOption, readInputs, unitsOption } from './readInput';
import { sumGuard } from './sumGuard';
import { renderTable } from './table';

/** The two periods of `--compare CURRENT:BASELINE`. */
export function compareOption(compare: string): { current: string; baseline: string } {
  const [current, baseline, ...rest] = compare.split(':');
  if (current === undefined || baseline === undefined || current === '' || baseline === '' || rest.length > 0) {
    throw new UsageError(`option --compare must be CURRENT:BASELINE (e.g. 2018/2022:2013/2017); got ${JSON.stringify(compare)}`);
  }
  return { current, baseline };
}

/**
 * `antq report <file> [--compare P:P]`: the review's results section. The report is built from
 * all accepted figures at once (a report is read by people: its input is small).
 */
export async function reportCommand(ctx: Ctx, files: readonly string[]): Promise<number> {
  const units = await unitsOption(ctx);
  const figures: Figure[] = [];
  const figureRows: number[] = [];
  const guard = sumGuard(ctx, files.join(', '));
  const read = await readInputs(ctx, files, units, guard.wrap((batch, rows) => {
    for (const f of batch) figures.push(f);
    for (const r of rows) figureRows.push(r);
  }));
  if (!read.usable) return 1;
  guard.check();
  // The notes of figures left out name their file rows, as validation does; with several files, the file too.
  const options: { -readonly [K in keyof BuildReportOptions]: BuildReportOptions[K] } = { lang: ctx.lang, rows: figureRows, catalogue: ctx.catalogue };
  const inputs: string[] = [];
  const lines: number[] = [];
  for (let i = 0; i < figureRows.length; i++) {
    const place = read.names.place(figureRows[i] ?? 0);
    inputs.push(place.file);
    if (place.line !== undefined) lines.push(place.line);
    figureRows[i] = place.row;
  }
  if (files.length > 1) options.inputs = inputs;
  // Lines too, when every figure has one (not for a JSON array).
  if (lines.length === figureRows.length && lines.length > 0) options.lines = lines;
  const compare = str(ctx.args, 'compare');
  if (compare !== undefined) options.compare = compareOption(compare);
  const title = str(ctx.args, 'title');
  if (title !== undefined) options.title = title;
  const unit = str(ctx.args, 'unit');
  if (unit !== undefined) options.unit = unit;
  const period = str(ctx.args, 'period');
  if (period !== undefined) options.period = period;
  const date = str(ctx.args, 'date');
  if (date !== undefined) options.date = date;
  if (units !== undefined) options.units = units;
  // `--unit` is the report's own unit (with the units below it); the other filters narrow the figures.
  const filter = filterOption(ctx.args, ['indicator', 'category', 'reporter']);
  if (filter !== undefined) options.filter = filter;
  const asOf = asOfOption(ctx, units);
  if (asOf !== undefined) options.asOf = asOf;
  const report = buildReport(figures, options);
  writeReport(ctx, report, { import: read.json, report });
  return 0;
}

/** Writes a report in the command's format (JSON: `json`, which holds the report). */
export function writeReport(ctx: Ctx, report: Report, json: object): void {
  if (ctx.format === 'json') {
    writeJson(ctx, json);
    return;
  }
  if (ctx.format === 'csv') {
    const rows = report.sections.flatMap((s) =>
      s.rows.map((r) => ({ section: s.id, indicator: r.indicator, category: r.category ?? '', unit: r.unit ?? '', period: r.period ?? '', qualifier: r.qualifier, value: r.value, uom: r.uom, lower: r.lower, upper: r.upper })),
    );
    const keys = ['section', 'indicator', 'category', 'unit', 'period', 'qualifier', 'value', 'uom', 'lower', 'upper'];
    ctx.io.stdout.write(renderTable({ columns: keys.map((k) => ({ key: k, en: k, vi: k })), rows }, 'csv', ctx.lang));
    return;
  }
  const text = renderReport(report, { format: ctx.format === 'table' ? 'text' : ctx.format, lang: ctx.lang });
  ctx.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
