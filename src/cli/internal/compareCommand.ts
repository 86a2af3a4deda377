import { alignPeriods } from '../../compare/alignPeriods';
import type { Alignment, Change, ComparisonSide, PeriodComparison } from '../../compare/ComparisonRow';
import { streamComparison, type ComparisonStream } from '../../compare/streamComparison';
import { createAggregator, type Aggregator } from '../../engine/createAggregator';
import { GROUP_DIMENSIONS, type GroupDimension } from '../../engine/GroupDimension';
import { str, UsageError } from './args';
import { t, writeJsonOut, writeOut, type Ctx } from './context';
import { JsonArray } from './jsonOut';
import { nameExclusions, type NamedExclusions, type RowNames } from './rowNames';
import { DIMENSION_COLUMNS, groupCells, qualifierWord, uomCell } from './labels';
import { asOfOption, readInputs, unitsOption } from './readInput';
import { sumGuard } from './sumGuard';
import { byOption, engineOptions, levelOption, maxGroupsOption, withGroupLimit } from './summarizeCommand';
import { filterOption } from './filterOption';
import { MAX_TABLE_ROWS, tooLarge, writeTable, type Column, type RowSource, type TextFormat } from './table';

/** `antq compare <file> --current P --baseline P`: two aggregators in one pass, then `compareResults`. */
export async function compareCommand(ctx: Ctx, files: readonly string[]): Promise<number> {
  const current = str(ctx.args, 'current');
  const baseline = str(ctx.args, 'baseline');
  if (current === undefined) throw new UsageError('compare needs --current PERIOD (e.g. 2023, 2018/2022, 2023-Q2)');
  const align = (str(ctx.args, 'align') ?? 'calendar') as Alignment;
  const by = byOption(str(ctx.args, 'by'), ['indicator', 'category'], false);
  const units = await unitsOption(ctx);
  const level = levelOption(ctx, units);
  let periods;
  try {
    periods = alignPeriods(current, baseline, align);
  } catch (e) {
    throw new UsageError(`compare: ${(e as Error).message}`);
  }
  const base = engineOptions(ctx.catalogue, by, units, level, asOfOption(ctx, units), filterOption(ctx.args));
  const maxGroups = maxGroupsOption(ctx);
  let cur: Aggregator | null = createAggregator({ ...base, period: periods.current, maxGroups });
  let old: Aggregator | null = createAggregator({ ...base, period: periods.baseline, maxGroups });
  const guard = sumGuard(ctx, files.join(', '));
  return withGroupLimit(ctx, maxGroups, async () => {
    const read = await readInputs(ctx, files, units, guard.wrap((figures, rows) => {
      cur?.addAll(figures, rows);
      old?.addAll(figures, rows);
    }));
    if (!read.usable || cur === null || old === null) return 1;
    guard.check();
    // Each aggregator's cells go as soon as its rows are out, before the other side's rows are made.
    const currentResult = cur.result();
    cur = null;
    const baselineResult = old.result();
    old = null;
    const stream = streamComparison('compare', currentResult, baselineResult, periods, {});
    await writeComparison(ctx, stream, by, read.names, { import: read.json });
    return 0;
  });
}

/** A comparison side as printed in JSON: its exclusions named by `names`. */
function namedSide(s: ComparisonSide, names: RowNames): Omit<ComparisonSide, 'excluded'> & { readonly excluded: NamedExclusions } {
  return { ...s, excluded: nameExclusions(s.excluded, names) };
}

/**
 * Prints a comparison row by row in the context's format (no whole-result string or array of rows):
 * JSON as `{ ...head, comparison }` (rows first, then the sides and the notes, which count what the
 * rows showed); CSV as a stream; a table or Markdown (at most `MAX_TABLE_ROWS` rows, else
 * `result_too_large` before anything is printed) with the windows and notes above it.
 */
export async function writeComparison(ctx: Ctx, stream: ComparisonStream, by: readonly GroupDimension[], names: RowNames, head: Readonly<Record<string, unknown>> = {}): Promise<void> {
  if (ctx.format === 'json') {
    // The rows are written as they are made; the notes, which count them, come after them.
    await writeJsonOut(ctx, {
      ...head,
      comparison: {
        rows: new JsonArray(() => stream.rows()),
        current: namedSide(stream.current, names),
        baseline: namedSide(stream.baseline, names),
        align: stream.align,
        notes: new JsonArray(() => stream.notes()),
      },
    });
    return;
  }
  const format: TextFormat = ctx.format === 'html' ? 'table' : ctx.format;
  const write = (text: string): Promise<void> => writeOut(ctx, text);
  const source = comparisonTable(ctx, stream, by, format);
  if (format === 'csv') {
    await writeTable(source, format, ctx.lang, write);
    return;
  }
  if (stream.size > MAX_TABLE_ROWS) throw tooLarge(stream.size, format, ctx.lang);
  // At most MAX_TABLE_ROWS rows: made first, so that the notes above them can count them.
  const rows = [...source.rows()];
  const comparison = { current: stream.current, baseline: stream.baseline, align: stream.align, notes: stream.notes() };
  await write(comparisonHead(ctx, comparison));
  await writeTable({ columns: source.columns, size: rows.length, rows: () => rows }, format, ctx.lang, write);
}

function changeText(c: Change | null, lang: 'vi' | 'en', machine: boolean): { value: number | null; qualifier: string } {
  return c === null ? { value: null, qualifier: '' } : { value: c.value, qualifier: qualifierWord(c.qualifier, lang, machine) };
}

/** The alignments in Vietnamese. */
const ALIGN_VI: Readonly<Record<PeriodComparison['align'], string>> = {
  calendar: 'theo kỳ lịch',
  elapsed: 'cùng khoảng thời gian đã qua',
  rate: 'theo bình quân (tốc độ)',
};

/** The rows of a comparison as a table source (made one at a time). */
function comparisonTable(ctx: Ctx, stream: ComparisonStream, by: readonly GroupDimension[], format: TextFormat): RowSource {
  const machine = format === 'csv';
  const dims = GROUP_DIMENSIONS.filter((d) => d !== 'period' && (d === 'indicator' || by.includes(d)));
  const columns: Column[] = [
    ...dims.map((d) => DIMENSION_COLUMNS[d] as Column),
    ...(machine ? [] : [{ key: 'name', en: 'Name', vi: 'Tên' }]),
    { key: 'uom', en: 'UoM', vi: 'ĐVT' },
    { key: 'current_qualifier', en: '', vi: '' },
    { key: 'current', en: stream.current.period.id, vi: stream.current.period.id },
    { key: 'baseline_qualifier', en: '', vi: '' },
    { key: 'baseline', en: stream.baseline.period.id, vi: stream.baseline.period.id },
    { key: 'change_qualifier', en: '', vi: '' },
    { key: 'change', en: 'Change', vi: 'Tăng/giảm' },
    { key: 'percent_change', en: '%', vi: '%' },
    { key: 'reason', en: 'Note', vi: 'Ghi chú' },
  ];
  const rows = function* (): Generator<Record<string, string | number | null | undefined>> {
    for (const r of stream.rows()) {
      const ch = changeText(r.change, ctx.lang, machine);
      yield groupCells(ctx.catalogue, r, ctx.lang, machine, {
        uom: uomCell(ctx.catalogue, r, ctx.lang, machine),
        current_qualifier: r.current === null ? '' : qualifierWord(r.current.qualifier, ctx.lang, machine),
        current: r.current?.value ?? null,
        baseline_qualifier: r.baseline === null ? '' : qualifierWord(r.baseline.qualifier, ctx.lang, machine),
        baseline: r.baseline?.value ?? null,
        change_qualifier: ch.qualifier,
        change: ch.value,
        // People read a percentage to one decimal; machines get the number as computed.
        percent_change: r.percentChange === null ? null : machine ? r.percentChange.value : Math.round(r.percentChange.value * 10) / 10,
        reason: r.reason ?? '',
      });
    }
  };
  return { columns, size: stream.size, rows };
}

/** The lines above a comparison table: the two windows, and the notes. */
function comparisonHead(ctx: Ctx, comparison: Omit<PeriodComparison, 'rows'>): string {
  const head = t(
    ctx,
    `Current ${comparison.current.period.id} (${comparison.current.used} figures) against baseline ${comparison.baseline.period.id} (${comparison.baseline.used} figures), ${comparison.align} alignment\n`,
    `Kỳ này ${comparison.current.period.id} (${comparison.current.used} số liệu) so với kỳ gốc ${comparison.baseline.period.id} (${comparison.baseline.used} số liệu), cách so: ${ALIGN_VI[comparison.align]}\n`,
  );
  const notes = comparison.notes.map((n) => `${t(ctx, 'Note', 'Lưu ý')}: ${n.code}: ${ctx.lang === 'vi' ? n.messageVi : n.message}\n`).join('');
  return `${head}${notes}\n`;
}
