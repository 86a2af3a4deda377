import { alignPeriods } from '../../compare/alignPeriods';
import type { Alignment, Change, ComparisonRow, PeriodComparison } from '../../compare/ComparisonRow';
import { compareResults } from '../../compare/compareResults';
import { createAggregator } from '../../engine/createAggregator';
import { GROUP_DIMENSIONS, type GroupDimension } from '../../engine/GroupDimension';
import { str, UsageError } from './args';
import { t, writeJson, type Ctx } from './context';
import { DIMENSION_COLUMNS, indicatorLabel, qualifierWord, uomCell } from './labels';
import { asOfOption, readInputs, unitsOption } from './readInput';
import { sumGuard } from './sumGuard';
import { byOption, engineOptions, levelOption } from './summarizeCommand';
import { filterOption } from './filterOption';
import { renderTable, type Column, type TextFormat } from './table';

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
  const cur = createAggregator({ ...base, period: periods.current });
  const old = createAggregator({ ...base, period: periods.baseline });
  const guard = sumGuard(ctx, files.join(', '));
  const read = await readInputs(ctx, files, units, guard.wrap((figures, rows) => {
    cur.addAll(figures, rows);
    old.addAll(figures, rows);
  }));
  if (!read.usable) return 1;
  guard.check();
  const comparison = compareResults(cur.result(), old.result(), periods);
  if (ctx.format === 'json') writeJson(ctx, { import: read.json, comparison });
  else ctx.io.stdout.write(renderComparison(ctx, comparison, by, ctx.format === 'html' ? 'table' : ctx.format));
  return 0;
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

/** A comparison as a table, with the two windows and notes above it (not in CSV). */
export function renderComparison(ctx: Ctx, comparison: PeriodComparison, by: readonly GroupDimension[], format: TextFormat): string {
  const machine = format === 'csv';
  const dims = GROUP_DIMENSIONS.filter((d) => d !== 'period' && (d === 'indicator' || by.includes(d)));
  const columns: Column[] = [
    ...dims.map((d) => DIMENSION_COLUMNS[d] as Column),
    ...(machine ? [] : [{ key: 'name', en: 'Name', vi: 'Tên' }]),
    { key: 'uom', en: 'UoM', vi: 'ĐVT' },
    { key: 'current_qualifier', en: '', vi: '' },
    { key: 'current', en: comparison.current.period.id, vi: comparison.current.period.id },
    { key: 'baseline_qualifier', en: '', vi: '' },
    { key: 'baseline', en: comparison.baseline.period.id, vi: comparison.baseline.period.id },
    { key: 'change_qualifier', en: '', vi: '' },
    { key: 'change', en: 'Change', vi: 'Tăng/giảm' },
    { key: 'percent_change', en: '%', vi: '%' },
    { key: 'reason', en: 'Note', vi: 'Ghi chú' },
  ];
  const rows = comparison.rows.map((r: ComparisonRow) => {
    const ch = changeText(r.change, ctx.lang, machine);
    return {
      program: r.program,
      indicator: r.indicator,
      category: r.category,
      unit: r.unit,
      reporter: r.reporter,
      name: indicatorLabel(ctx.catalogue, r.indicator, r.category, ctx.lang),
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
    };
  });
  const table = renderTable({ columns, rows }, format, ctx.lang);
  if (machine) return table;
  const head = t(
    ctx,
    `Current ${comparison.current.period.id} (${comparison.current.used} figures) against baseline ${comparison.baseline.period.id} (${comparison.baseline.used} figures), ${comparison.align} alignment\n`,
    `Kỳ này ${comparison.current.period.id} (${comparison.current.used} số liệu) so với kỳ gốc ${comparison.baseline.period.id} (${comparison.baseline.used} số liệu), cách so: ${ALIGN_VI[comparison.align]}\n`,
  );
  const notes = comparison.notes.map((n) => `${t(ctx, 'Note', 'Lưu ý')}: ${n.code}: ${ctx.lang === 'vi' ? n.messageVi : n.message}\n`).join('');
  return `${head}${notes}\n${table}`;
}
