import type { AggregateOptions } from '../engine/AggregateOptions';
import { misuse, oneOfArg } from '../errors/misuse';
import type { AggregateRow } from '../engine/AggregateRow';
import { createAggregator } from '../engine/createAggregator';
import type { Issue } from '../errors/Issue';
import type { Period } from '../period/Period';
import { differenceQualifier } from '../quantity/differenceQualifier';
import type { Figure } from '../schema/FigureSchema';
import { compareIssue } from './internal/issues';
import { asQuantity, compareValues, growth, missingReason } from './internal/change';
import { yearsBetween } from '../period/civil';
import { periodArg } from './internal/args';
import { basisOf, coverageDiffers, keyFields, keyOf, sideValue, sortKeys } from './internal/rows';
import type { Change, ComparedValue, ComparisonBasis, ComparisonReason, ComparisonRow, ComparisonSide } from './ComparisonRow';

/**
 * Options of {@link compareSeries}: the grouping and unit hierarchy of the aggregation (any
 * {@link AggregateOptions} but the window), and optionally flows as rates.
 *
 * @category Comparison
 */
export interface CompareSeriesOptions extends Omit<AggregateOptions, 'period' | 'granularity' | 'rowOffset'> {
  /** Give flows per `day` or per `year` of each period (for periods of different length). */
  readonly rate?: 'day' | 'year';
}

/**
 * The change from one period of a series to the next.
 *
 * @category Comparison
 */
export type SeriesStep = Pick<ComparisonRow, 'change' | 'percentChange' | 'ratio' | 'reason' | 'coverageDiffers'>;

/**
 * One group of a series comparison: its value in each period, the change at each step and the
 * compound annual growth rate from the first period to the last.
 *
 * @category Comparison
 */
export interface SeriesRow extends Pick<ComparisonRow, 'indicator' | 'uom' | 'kind' | 'program' | 'category' | 'unit' | 'level' | 'reporter' | 'basis'> {
  /** The value in each period, in the order given; `null` where the group has no figures. */
  readonly values: readonly (ComparedValue | null)[];
  /** The change from each period to the next (one fewer than `values`). */
  readonly steps: readonly SeriesStep[];
  /** Compound annual growth rate in percent from the first value to the last, or `null` with `cagrReason`. */
  readonly cagr: Change | null;
  /** Why `cagr` is `null`. */
  readonly cagrReason?: ComparisonReason;
}

/**
 * The result of {@link compareSeries}: one row per group, each period as used, and notes.
 *
 * @category Comparison
 */
export interface SeriesComparison {
  /** One row per group found in any period, sorted by key. */
  readonly rows: readonly SeriesRow[];
  /** Each period as aggregated, in the order given. */
  readonly periods: readonly ComparisonSide[];
  /** Years from the end of the first period to the end of the last, the span of `cagr`. */
  readonly years: number;
  /** Warnings: `window_straddled` (path `['periods', i]`). */
  readonly notes: readonly Issue[];
}

function cagrOf(first: ComparedValue | null, last: ComparedValue | null, kind: AggregateRow['kind'], uom: AggregateRow['uom'], years: number): { cagr: Change | null; reason?: ComparisonReason } {
  const missing = missingReason(last, first);
  if (missing !== null || first === null || last === null || first.value === null || last.value === null) return { cagr: null, reason: missing ?? 'value_unknown' };
  if (kind === 'ratio') return { cagr: null, reason: 'percentage_points' };
  if (!(first.value > 0)) return { cagr: null, reason: 'zero_baseline' };
  if (!(years > 0)) return { cagr: null, reason: 'no_elapsed_time' };
  const a = asQuantity({ ...last, value: last.value }, uom);
  const b = asQuantity({ ...first, value: first.value }, uom);
  return { cagr: growth(a, b, 1 / years, differenceQualifier(a.qualifier, b.qualifier)) };
}

/**
 * Compares a run of periods (years, phases, official periods): each group's value in every
 * period, the change at each step (as in {@link comparePeriods}) and the compound annual growth
 * rate `100 × ((last / first) ^ (1 / years) − 1)` over the years from the end of the first period
 * to the end of the last, with bounds from the qualifiers. Missing values stay `null`.
 *
 * @param figures - an array or any iterable of figures (read once)
 * @param periods - at least two periods, as ids or Periods, in time order
 * @param options - grouping, unit hierarchy, and `rate` for flows per day or per year
 * @returns one row per group with its values, steps and growth rate
 * @throws {@link AntqError} `invalid_argument` for fewer than two periods, a bad period or
 *   option, or `period` in `by`
 * @example
 * ```ts
 * const figures = [
 *   { unit: '42', indicator: 'marches', value: 100, period: '2021' },
 *   { unit: '42', indicator: 'marches', value: 110, period: '2022' },
 *   { unit: '42', indicator: 'marches', value: 121, period: '2023' },
 * ];
 * const [row] = compareSeries(figures, ['2021', '2022', '2023'], { by: ['indicator'] }).rows;
 * [row.steps.map((s) => s.change?.value), Math.round(row.cagr?.value ?? 0)];
 * // => [[10, 11], 10]
 * ```
 * @category Comparison
 */
export function compareSeries(figures: Iterable<Figure>, periods: readonly (string | Period)[], options: CompareSeriesOptions = {}): SeriesComparison {
  const fn = 'compareSeries';
  if (!Array.isArray(periods) || periods.length < 2) throw misuse(fn, 'give at least two periods');
  const { rate, ...agg } = options;
  if (rate !== undefined) oneOfArg(fn, rate, 'rate', ['day', 'year']);
  if (agg.by?.includes('period')) throw misuse(fn, "do not group by 'period': the periods are given");
  const ps = periods.map((p, i) => periodArg(fn, p, `periods[${i}]`));
  const aggregators = ps.map((p) => createAggregator({ ...(agg as AggregateOptions), period: p }));
  for (const f of figures) for (const a of aggregators) a.add(f);
  const results = aggregators.map((a) => a.result());
  const sides: ComparisonSide[] = ps.map((p, i) => {
    const r = results[i] as (typeof results)[number];
    return { period: p, requested: p, days: p.endDay - p.startDay + 1, years: yearsBetween(p.startDay, p.endDay + 1), read: r.read, used: r.used, excluded: r.excluded };
  });
  // A series is one territory: rows of one code but different unit versions are separate series.
  const indexes = results.map((r) => new Map(r.rows.map((row) => [keyOf(row) + (row.unitVersion === undefined ? '' : `@${row.unitVersion}`), row])));
  const keys = sortKeys(new Set(indexes.flatMap((m) => [...m.keys()])));
  const first = ps[0] as Period;
  const last = ps[ps.length - 1] as Period;
  const years = yearsBetween(first.endDay, last.endDay);
  const rows: SeriesRow[] = keys.map((key) => {
    const found = indexes.map((m) => m.get(key));
    const sample = found.find((r) => r !== undefined) as AggregateRow;
    const values = found.map((r, i) => {
      if (r === undefined) return null;
      const s = sides[i] as ComparisonSide;
      return sideValue(r, rate === undefined ? null : rate === 'day' ? 1 / s.days : 1 / s.years);
    });
    const steps: SeriesStep[] = [];
    for (let i = 1; i < values.length; i++) {
      const c = values[i] ?? null;
      const b = values[i - 1] ?? null;
      const o = compareValues(c, b, sample.kind, sample.uom);
      const step: { -readonly [K in keyof SeriesStep]: SeriesStep[K] } = {
        change: o.change,
        percentChange: o.percentChange,
        ratio: o.ratio,
        coverageDiffers: coverageDiffers(c, b),
      };
      if (o.reason !== undefined) step.reason = o.reason;
      steps.push(step);
    }
    const g = cagrOf(values[0] ?? null, values[values.length - 1] ?? null, sample.kind, sample.uom, years);
    const basis: ComparisonBasis = basisOf(sample.kind, rate ?? null);
    const row: { -readonly [K in keyof SeriesRow]: SeriesRow[K] } = {
      indicator: sample.indicator,
      uom: sample.uom,
      kind: sample.kind,
      ...keyFields(sample),
      basis,
      values,
      steps,
      cagr: g.cagr,
    };
    if (g.reason !== undefined) row.cagrReason = g.reason;
    return row;
  });
  const notes: Issue[] = [];
  sides.forEach((s, i) => {
    const n = s.excluded.straddles_window?.count ?? 0;
    if (n > 0) {
      notes.push(
        compareIssue('window_straddled', 'warning', { count: n, period: s.period.id }, { path: ['periods', i] }),
      );
    }
  });
  return { rows, periods: sides, years, notes };
}
