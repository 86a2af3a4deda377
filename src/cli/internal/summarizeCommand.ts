import type { Catalogue } from '../../catalogue/Catalogue';
import type { AggregateOptions } from '../../engine/AggregateOptions';
import type { FigureFilter } from '../../engine/FigureFilter';
import type { AggregateResult } from '../../engine/AggregateRow';
import { createAggregator, type Aggregator } from '../../engine/createAggregator';
import { aggregatorRows } from '../../engine/aggregatorRows';
import type { RowStream } from '../../engine/RowStream';
import { AntqError } from '../../errors/AntqError';
import { GROUP_DIMENSIONS, type GroupDimension } from '../../engine/GroupDimension';
import { UNIT_LEVELS, type UnitLevel } from '../../schema/UnitLevel';
import { createUnitRegistry } from '../../units/createUnitRegistry';
import type { AdminUnit } from '../../schema/AdminUnitSchema';
import { positiveIntOption, str, UsageError } from './args';
import { InputError } from './inputs';
import { t, writeJsonOut, writeOut, type Ctx } from './context';
import { JsonArray } from './jsonOut';
import { nameExclusions, placesText, type RowNames } from './rowNames';
import { DIMENSION_COLUMNS, groupCells, qualifierWord, uomCell } from './labels';
import { filterOption } from './filterOption';
import { asOfOption, readInputs, unitsOption } from './readInput';
import { sumGuard } from './sumGuard';
import { writeTable, type Column, type TextFormat } from './table';

/** Reads `--by` as a list of grouping dimensions. */
export function byOption(text: string | undefined, fallback: readonly GroupDimension[], allowPeriod: boolean): GroupDimension[] {
  if (text === undefined) return [...fallback];
  const dims = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const d of dims) {
    if (!(GROUP_DIMENSIONS as readonly string[]).includes(d) || (!allowPeriod && d === 'period')) {
      throw new UsageError(`option --by: unknown dimension ${JSON.stringify(d)} (use ${GROUP_DIMENSIONS.filter((x) => allowPeriod || x !== 'period').join(', ')})`);
    }
  }
  return dims as GroupDimension[];
}

/** Reads `--level`. */
export function levelOption(ctx: Ctx, units: readonly AdminUnit[] | undefined): UnitLevel | undefined {
  const level = str(ctx.args, 'level');
  if (level === undefined) return undefined;
  if (!(UNIT_LEVELS as readonly string[]).includes(level)) throw new UsageError(`option --level must be one of ${UNIT_LEVELS.join(', ')}; got ${JSON.stringify(level)}`);
  if (units === undefined) throw new UsageError('option --level needs --units FILE (the unit hierarchy)');
  return level as UnitLevel;
}

/** Aggregation options shared by summarize and compare. */
export function engineOptions(catalogue: Catalogue, by: readonly GroupDimension[], units: readonly AdminUnit[] | undefined, level: UnitLevel | undefined, asOf: string | undefined, filter: FigureFilter | undefined): AggregateOptions {
  const o: { -readonly [K in keyof AggregateOptions]: AggregateOptions[K] } = { by, catalogue };
  if (filter !== undefined) o.filter = filter;
  if (units !== undefined) o.units = createUnitRegistry(units);
  if (level !== undefined) o.level = level;
  if (asOf !== undefined) o.asOf = asOf;
  return o;
}

/** The options `summarize` gives the engine, from its arguments: the same for a file and for `--db`. */
export async function summarizeOptions(ctx: Ctx): Promise<{ readonly by: readonly GroupDimension[]; readonly units: readonly AdminUnit[] | undefined; readonly options: AggregateOptions }> {
  const by = byOption(str(ctx.args, 'by'), ['indicator', 'category'], true);
  const units = await unitsOption(ctx);
  const level = levelOption(ctx, units);
  const options: { -readonly [K in keyof AggregateOptions]: AggregateOptions[K] } = { ...engineOptions(ctx.catalogue, by, units, level, asOfOption(ctx, units), filterOption(ctx.args)) };
  const period = str(ctx.args, 'period');
  if (period !== undefined) options.period = period;
  const granularity = str(ctx.args, 'granularity');
  if (granularity !== undefined) options.granularity = granularity as NonNullable<AggregateOptions['granularity']>;
  return { by, units, options };
}

/** Most groups `summarize` and `compare` hold by default (`--max-groups`): a few hundred bytes each. */
const DEFAULT_MAX_GROUPS = 4_000_000;

/** Reads `--max-groups` (default {@link DEFAULT_MAX_GROUPS}). */
export function maxGroupsOption(ctx: Ctx): number {
  return positiveIntOption(ctx.args, 'max-groups') ?? DEFAULT_MAX_GROUPS;
}

/**
 * Runs `work`, turning the engine's `too_many_groups` into the CLI's coded refusal (exit 1, in the
 * context's language, nothing printed on stdout).
 */
export async function withGroupLimit<T>(ctx: Ctx, max: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof AntqError) || e.code !== 'too_many_groups') throw e;
    throw new InputError(
      t(
        ctx,
        `too_many_groups: the result has more than ${max} groups, too large to hold for this format; group less finely (--by), filter (--unit, --indicator, --period) or raise --max-groups`,
        `too_many_groups: kết quả có hơn ${max} nhóm, quá lớn để giữ cho định dạng này; gộp thô hơn (--by), lọc bớt (--unit, --indicator, --period) hoặc tăng --max-groups`,
      ),
    );
  }
}

/** `antq summarize <file…>`: one streaming pass over the files into an aggregator. */
export async function summarizeCommand(ctx: Ctx, files: readonly string[]): Promise<number> {
  const { by, units, options } = await summarizeOptions(ctx);
  const maxGroups = maxGroupsOption(ctx);
  // Only JSON prints coverage: the other formats skip counting each cell's units (memory that
  // grows with the number of distinct units).
  let aggregator: Aggregator | null = createAggregator({ ...options, maxGroups, ...(ctx.format === 'json' ? {} : { coverage: false }) });
  const guard = sumGuard(ctx, files.join(', '));
  return withGroupLimit(ctx, maxGroups, async () => {
    const read = await readInputs(ctx, files, units, guard.wrapTable({ table: (table, rows) => aggregator?.addAll(table, rows) }));
    if (!read.usable || aggregator === null) return 1;
    guard.check();
    // Rows are made one at a time as they are printed: no array of every row, no copy of it.
    const stream = aggregatorRows(aggregator);
    aggregator = null;
    await writeSummary(ctx, stream, by, read.names, { import: read.json });
    return 0;
  });
}

/** A whole result as a stream of its rows. */
function asStream(result: AggregateResult | RowStream): RowStream {
  if (!Array.isArray((result as Partial<AggregateResult>).rows)) return result as RowStream;
  const r = result as AggregateResult;
  return {
    size: r.rows.length,
    *rows() {
      yield* r.rows;
    },
    read: r.read,
    used: r.used,
    excluded: r.excluded,
  };
}

/**
 * Prints an aggregation result in the context's format, row by row (no whole-result string): JSON
 * as `{ ...head, summary }` with the exclusions named by `names`; a table, Markdown or CSV with
 * the exclusions below it (not in CSV). A table or Markdown of more than `MAX_TABLE_ROWS` rows is
 * refused with `result_too_large` before anything is printed.
 */
export async function writeSummary(ctx: Ctx, whole: AggregateResult | RowStream, by: readonly GroupDimension[], names: RowNames, head: Readonly<Record<string, unknown>> = {}): Promise<void> {
  const result = asStream(whole);
  if (ctx.format === 'json') {
    const summary = { rows: new JsonArray(() => result.rows()), read: result.read, used: result.used, excluded: nameExclusions(result.excluded, names) };
    await writeJsonOut(ctx, { ...head, summary });
    return;
  }
  const format: TextFormat = ctx.format === 'html' ? 'table' : ctx.format;
  const machine = format === 'csv';
  const dims = GROUP_DIMENSIONS.filter((d) => d === 'indicator' || by.includes(d));
  const columns: Column[] = [
    ...dims.map((d) => DIMENSION_COLUMNS[d] as Column),
    ...(machine ? [] : [{ key: 'name', en: 'Name', vi: 'Tên' }]),
    { key: 'qualifier', en: 'Qualifier', vi: 'Mức chính xác' },
    { key: 'value', en: 'Value', vi: 'Giá trị' },
    { key: 'uom', en: 'UoM', vi: 'ĐVT' },
    { key: 'lower', en: 'Lower', vi: 'Cận dưới' },
    { key: 'upper', en: 'Upper', vi: 'Cận trên' },
    { key: 'figures', en: 'Figures', vi: 'Số liệu' },
  ];
  const rows = function* (): Generator<Record<string, string | number | null | undefined>> {
    for (const r of result.rows()) {
      yield groupCells(ctx.catalogue, r, ctx.lang, machine, {
        period: r.period,
        qualifier: qualifierWord(r.qualifier, ctx.lang, machine),
        value: r.value,
        uom: uomCell(ctx.catalogue, r, ctx.lang, machine),
        lower: r.lower,
        upper: r.upper,
        figures: r.figures,
      });
    }
  };
  const write = (text: string): Promise<void> => writeOut(ctx, text);
  await writeTable({ columns, size: result.size, rows }, format, ctx.lang, write);
  if (!machine) {
    const ex = Object.entries(nameExclusions(result.excluded, names)).map(([reason, e]) => `${reason} ${e.count}${e.at.length > 0 ? ` (${placesText(e.at, ctx.lang)}${e.at.length < e.count ? ', …' : ''})` : ''}`);
    let out = t(ctx, `\n${result.used} of ${result.read} figures used`, `\nDùng ${result.used}/${result.read} số liệu`);
    out += ex.length > 0 ? t(ctx, `; left out: ${ex.join(', ')}\n`, `; không tính: ${ex.join(', ')}\n`) : '\n';
    await write(out);
  }
}
