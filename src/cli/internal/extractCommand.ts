import type { ExtractedFigure } from '../../extract/extractFigures';
import { extractFiguresStream, type ExtractedBatch, type ExtractFiguresStreamOptions } from '../../extract/extractFiguresStream';
import { decodeSource } from '../../io/decodeSource';
import { writeFigures } from '../../import/writeFigures';
import type { Figure } from '../../schema/FigureSchema';
import { str, UsageError } from './args';
import type { Ctx } from './context';
import { writeExtractionJson } from './extractJson';
import { InputError, openSizedInput } from './inputs';
import { qualifierWord, uomCell } from './labels';
import { renderTable } from './table';
import { openWriter } from './writer';

/**
 * The input's text, with the checks of the figure readers: bytes that are not UTF-8
 * (`invalid_utf8`, also UTF-16) and a NUL byte (`binary_content`) stop it with their position.
 */
async function* checkedText(ctx: Ctx, file: string): AsyncGenerator<string, void, undefined> {
  const input = await openSizedInput(ctx.io, file);
  let chars = 0;
  let lines = 1;
  let head = '';
  for await (const piece of decodeSource(input.source, 'antq')) {
    if (typeof piece !== 'string') {
      throw new InputError(`${file}: invalid_utf8: the bytes at offset ${piece.byteOffset} are not UTF-8 (save the file as UTF-8)`);
    }
    const text = chars === 0 && head === '' ? piece.replace(/^\uFEFF/, '') : piece;
    if (head.length < 2) head += text.slice(0, 2 - head.length);
    const nul = text.indexOf('\0');
    if (nul >= 0) {
      for (let i = text.indexOf('\n'); i >= 0 && i < nul; i = text.indexOf('\n', i + 1)) lines++;
      const utf16 = head.charCodeAt(1) === 0 || head.charCodeAt(0) === 0;
      throw new InputError(`${file}:${lines}: binary_content: a NUL byte at character ${chars + nul} (not a text file${utf16 ? '; UTF-16? save it as UTF-8' : ''})`);
    }
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    chars += text.length;
    yield text;
  }
}

/** The figures of a stream of batches, in order. */
async function* figuresOf(batches: AsyncIterable<ExtractedBatch>, onFigure: (f: ExtractedFigure) => void): AsyncGenerator<ExtractedFigure, void, undefined> {
  for await (const batch of batches) {
    for (const f of batch.figures) {
      onFigure(f);
      yield f;
    }
  }
}

/** An extracted figure as a row of the long format. */
function figureRow(e: ExtractedFigure): Figure {
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
}

/**
 * `antq extract <file|-> [--date D] [--unit U] [--program P]`: figures found in a text, as long-format
 * CSV by default. The text is read paragraph by paragraph and the output written as it is found,
 * so memory does not grow with the text. A file is checked for bad bytes first, so that a bad file
 * prints nothing; standard input, which can be read only once, is held in a temporary file instead.
 */
export async function extractCommand(ctx: Ctx, file: string): Promise<number> {
  const options: { -readonly [K in keyof ExtractFiguresStreamOptions]: ExtractFiguresStreamOptions[K] } = { source: file === '-' ? 'stdin' : file, catalogue: ctx.catalogue };
  const date = str(ctx.args, 'date');
  if (date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`option --date must be YYYY-MM-DD; got ${JSON.stringify(date)}`);
    options.date = date;
  }
  const unit = str(ctx.args, 'unit');
  if (unit !== undefined) options.unit = unit;
  const program = str(ctx.args, 'program');
  if (program !== undefined) options.program = program;
  if (file !== '-') for await (const piece of checkedText(ctx, file)) void piece;
  const batches = extractFiguresStream(checkedText(ctx, file), options);
  const out = await openWriter(ctx.io, '-', { inputs: [], holdStdout: file === '-' });
  let withoutUnit = false;
  try {
    if (ctx.format === 'json') {
      withoutUnit = (await writeExtractionJson(batches, (text) => out.write(text))).withoutUnit;
    } else if (ctx.format === 'csv') {
      const rows = (async function* (): AsyncGenerator<Figure, void, undefined> {
        for await (const f of figuresOf(batches, (e) => (withoutUnit ||= e.unit === undefined))) yield figureRow(f);
      })();
      for await (const chunk of writeFigures(rows, { newline: '\n' })) await out.write(chunk);
    } else {
      const figures: Figure[] = [];
      for await (const f of figuresOf(batches, (e) => (withoutUnit ||= e.unit === undefined))) figures.push(figureRow(f));
      const vi: Readonly<Record<string, string>> = { unit: 'Đơn vị', period: 'Kỳ', indicator: 'Chỉ tiêu', category: 'Phân loại', qualifier: 'Mức chính xác', value: 'Giá trị', uom: 'ĐVT', note: 'Nguyên văn' };
      const columns = ['unit', 'period', 'indicator', 'category', 'qualifier', 'value', 'uom', 'note'].map((k) => ({ key: k, en: k, vi: vi[k] ?? k }));
      const rows = figures.map((f) => ({ unit: f.unit, period: f.period ?? '', indicator: f.indicator, category: f.category ?? '', qualifier: qualifierWord(f.qualifier ?? 'exact', ctx.lang, false), value: f.value, uom: f.uom === undefined ? '' : uomCell(ctx.catalogue, { indicator: f.indicator, category: f.category, uom: f.uom }, ctx.lang, false), note: f.note ?? '' }));
      await out.write(renderTable({ columns, rows }, ctx.format === 'html' ? 'table' : ctx.format, ctx.lang));
    }
  } catch (e) {
    await out.discard();
    throw e;
  }
  await out.close();
  if (withoutUnit && ctx.format !== 'json') ctx.io.stderr.write('extract: some figures have no unit; pass --unit CODE so that the output validates\n');
  return 0;
}
