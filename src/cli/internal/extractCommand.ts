import { extractFigures, type ExtractFiguresOptions, type ExtractFiguresResult } from '../../extract/extractFigures';
import { writeFigures } from '../../import/writeFigures';
import type { Figure } from '../../schema/FigureSchema';
import { str, UsageError } from './args';
import { writeJson, type Ctx } from './context';
import { readText } from './inputs';
import { qualifierWord, uomCell } from './labels';
import { renderTable } from './table';

/** `antq extract <file|-> [--date D] [--unit U] [--program P]`: figures found in a text, as long-format CSV by default. */
export async function extractCommand(ctx: Ctx, file: string): Promise<number> {
  const text = await readText(ctx.io, file);
  const options: { -readonly [K in keyof ExtractFiguresOptions]: ExtractFiguresOptions[K] } = { source: file === '-' ? 'stdin' : file, catalogue: ctx.catalogue };
  const date = str(ctx.args, 'date');
  if (date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`option --date must be YYYY-MM-DD; got ${JSON.stringify(date)}`);
    options.date = date;
  }
  const unit = str(ctx.args, 'unit');
  if (unit !== undefined) options.unit = unit;
  const program = str(ctx.args, 'program');
  if (program !== undefined) options.program = program;
  const result = extractFigures(text, options);
  if (ctx.format === 'json') {
    writeJson(ctx, sentencesOnce(result));
    return 0;
  }
  const figures: Figure[] = result.figures.map((e) => {
    const f: { -readonly [K in keyof Figure]: Figure[K] } = { unit: e.unit ?? '', indicator: e.indicator, value: e.value, uom: e.uom };
    if (e.program !== undefined) f.program = e.program;
    if (e.reporter !== undefined) f.reporter = e.reporter;
    if (e.period !== undefined) f.period = e.period;
    if (e.category !== undefined) f.category = e.category;
    if (e.qualifier !== 'exact') f.qualifier = e.qualifier;
    if (e.statistic !== undefined) f.statistic = e.statistic;
    f.note = e.note;
    if (e.source !== undefined) f.source = e.source;
    return f;
  });
  if (ctx.format === 'csv') {
    for await (const chunk of writeFigures(figures, { newline: '\n' })) ctx.io.stdout.write(chunk);
  } else {
    const vi: Readonly<Record<string, string>> = { unit: 'Đơn vị', period: 'Kỳ', indicator: 'Chỉ tiêu', category: 'Phân loại', qualifier: 'Mức chính xác', value: 'Giá trị', uom: 'ĐVT', note: 'Nguyên văn' };
    const columns = ['unit', 'period', 'indicator', 'category', 'qualifier', 'value', 'uom', 'note'].map((k) => ({ key: k, en: k, vi: vi[k] ?? k }));
    const rows = figures.map((f) => ({ unit: f.unit, period: f.period ?? '', indicator: f.indicator, category: f.category ?? '', qualifier: qualifierWord(f.qualifier ?? 'exact', ctx.lang, false), value: f.value, uom: f.uom === undefined ? '' : uomCell(ctx.catalogue, { indicator: f.indicator, category: f.category, uom: f.uom }, ctx.lang, false), note: f.note ?? '' }));
    ctx.io.stdout.write(renderTable({ columns, rows }, ctx.format === 'html' ? 'table' : ctx.format, ctx.lang));
  }
  if (result.figures.some((f) => f.unit === undefined)) ctx.io.stderr.write('extract: some figures have no unit; pass --unit CODE so that the output validates\n');
  return 0;
}

/**
 * The JSON form of an extraction: each sentence is written once, in `sentences`, and figures and
 * unclassified numbers refer to it by index (`sentence`), so the output stays linear in the text.
 */
function sentencesOnce(result: ExtractFiguresResult): unknown {
  const sentences: { text: string; span: readonly [number, number] }[] = [];
  const index = new Map<number, number>();
  const ref = (sentence: string, span: readonly [number, number]): number => {
    let i = index.get(span[0]);
    if (i === undefined) {
      i = sentences.length;
      index.set(span[0], i);
      sentences.push({ text: sentence, span });
    }
    return i;
  };
  const strip = <T extends { readonly sentence: string; readonly sentenceSpan: readonly [number, number] }>(x: T): Omit<T, 'sentence'> & { sentence: number } => {
    const { sentence, ...rest } = x;
    return { ...rest, sentence: ref(sentence, x.sentenceSpan) };
  };
  const figures = result.figures.map(strip);
  const unclassified = result.unclassified.map(strip);
  return { sentences, figures, unclassified, issues: result.issues };
}
