import type { AggregateResult, AggregateRow } from '../engine/AggregateRow';
import { misuse, oneOfArg } from '../errors/misuse';
import type { Issue } from '../errors/Issue';
import type { Period } from '../period/Period';
import { compareIssue } from './internal/issues';
import { compareValues } from './internal/change';
import { yearsBetween } from '../period/civil';
import { basisOf, coverageDiffers, keyFields, keyOf, sideValue, sortKeys } from './internal/rows';
import type { AlignedPeriods } from './alignPeriods';
import type { SeriesBreak } from '../units/SeriesBreak';
import { seriesBreaksCrossed } from '../units/seriesBreaksCrossed';
import type { ComparisonRow, ComparisonSide, PeriodComparison } from './ComparisonRow';

/**
 * Options of {@link compareResults} and {@link comparePeriods} that shape the change.
 *
 * @category Comparison
 */
export interface CompareResultsOptions {
  /** With `align: 'rate'`: flows per `day` or per `year` (default `year`). */
  readonly rateUnit?: 'day' | 'year';
  /** Series breaks to flag rows with; default `VN_SERIES_BREAKS`. */
  readonly breaks?: readonly SeriesBreak[];
}

function side(period: Period, requested: Period, result: AggregateResult): ComparisonSide {
  return {
    period,
    requested,
    days: period.endDay - period.startDay + 1,
    years: yearsBetween(period.startDay, period.endDay + 1),
    read: result.read,
    used: result.used,
    excluded: result.excluded,
  };
}

/** The rows of one side by key; a key holds several rows when one code names two territories in the window. */
function index(fn: string, result: AggregateResult): Map<string, AggregateRow[]> {
  const m = new Map<string, AggregateRow[]>();
  for (const r of result.rows) {
    if (r.period !== undefined) throw misuse(fn, "results grouped by 'period' cannot be compared; use compareSeries");
    const k = keyOf(r);
    const list = m.get(k);
    if (list === undefined) m.set(k, [r]);
    else list.push(r);
  }
  return m;
}

/**
 * Compares two aggregation results, one per period: the rows are matched by their key (every
 * grouping field and the unit of measure), and each row gets both sides, the change (with its
 * qualifier and bounds), the percent change and the ratio. Use it when the sides were aggregated
 * apart, e.g. in shards merged with `mergePartials`, over the windows of {@link alignPeriods}.
 * A group found on one side only is kept with the other side `null` (missing, not zero).
 *
 * @param current - the aggregation over `periods.current`
 * @param baseline - the aggregation over `periods.baseline`, with the same grouping
 * @param periods - the aligned windows, from {@link alignPeriods}
 * @param options - the rate unit for `align: 'rate'`
 * @returns the comparison rows, both sides and notes
 * @throws {@link AntqError} `invalid_argument` when a result is grouped by period or the rate unit is unknown
 * @example
 * ```ts
 * const periods = alignPeriods('2023', '2022');
 * const cur = aggregate([{ unit: '42', indicator: 'marches', value: 127, qualifier: 'over', period: '2023' }], { by: ['indicator'], period: periods.current });
 * const base = aggregate([{ unit: '42', indicator: 'marches', value: 100, period: '2022' }], { by: ['indicator'], period: periods.baseline });
 * const row = compareResults(cur, base, periods).rows[0];
 * [row.change?.value, row.change?.qualifier, row.change?.lower, row.change?.upper];
 * // => [27, 'over', 27, null]
 * ```
 * @category Comparison
 */
export function compareResults(
  current: AggregateResult,
  baseline: AggregateResult,
  periods: AlignedPeriods,
  options: CompareResultsOptions = {},
): PeriodComparison {
  const fn = 'compareResults';
  const rateUnit = oneOfArg(fn, options.rateUnit ?? 'year', 'rateUnit', ['day', 'year']);
  const cur = side(periods.current, periods.requested.current, current);
  const base = side(periods.baseline, periods.requested.baseline, baseline);
  const rate = periods.align === 'rate' ? rateUnit : null;
  const factor = (s: ComparisonSide): number | null =>
    rate === null ? null : rate === 'day' ? 1 / s.days : 1 / s.years;
  const curRows = index(fn, current);
  const baseRows = index(fn, baseline);
  const rows: ComparisonRow[] = [];
  let differing = 0;
  let broken = 0;
  let moved = 0;
  const spanFrom = cur.period.start < base.period.start ? cur.period.start : base.period.start;
  const spanTo = cur.period.end > base.period.end ? cur.period.end : base.period.end;
  const breakOptions = options.breaks === undefined ? {} : { breaks: options.breaks };
  const pairs: [AggregateRow | undefined, AggregateRow | undefined][] = [];
  for (const key of sortKeys(new Set([...curRows.keys(), ...baseRows.keys()]))) {
    const cs = curRows.get(key) ?? [];
    const bs = baseRows.get(key) ?? [];
    if (cs.length <= 1 && bs.length <= 1) pairs.push([cs[0], bs[0]]);
    else {
      // One side holds two territories under one code: each stays a row of its own, unpaired.
      for (const c of cs) pairs.push([c, undefined]);
      for (const b of bs) pairs.push([undefined, b]);
    }
  }
  for (const [c, b] of pairs) {
    const sample = (c ?? b) as AggregateRow;
    const split = (curRows.get(keyOf(sample))?.length ?? 0) > 1 || (baseRows.get(keyOf(sample))?.length ?? 0) > 1;
    const cv = c === undefined ? null : sideValue(c, factor(cur));
    const bv = b === undefined ? null : sideValue(b, factor(base));
    const outcome = compareValues(cv, bv, sample.kind, sample.uom);
    const differs = coverageDiffers(cv, bv);
    if (differs) differing++;
    const row: { -readonly [K in keyof ComparisonRow]: ComparisonRow[K] } = {
      indicator: sample.indicator,
      uom: sample.uom,
      kind: sample.kind,
      ...keyFields(sample),
      basis: basisOf(sample.kind, rate),
      current: cv,
      baseline: bv,
      change: outcome.change,
      percentChange: outcome.percentChange,
      ratio: outcome.ratio,
      currentDays: cur.days,
      baselineDays: base.days,
      coverageDiffers: differs,
    };
    if (outcome.reason !== undefined) row.reason = outcome.reason;
    const crossed = seriesBreaksCrossed(spanFrom, spanTo, { ...breakOptions, indicator: sample.indicator, ...(sample.unit === undefined ? { level: 'national' } : sample.level === undefined ? {} : { level: sample.level }) });
    if (crossed.length > 0) {
      row.seriesBreaks = crossed.map((x) => x.id);
      broken++;
    }
    if (split || (c?.unitVersion !== undefined && b?.unitVersion !== undefined && c.unitVersion !== b.unitVersion)) {
      // Same code, different territory: refuse the change rather than compare unlike areas.
      const versions: { current?: string; baseline?: string } = {};
      if (c?.unitVersion !== undefined) versions.current = c.unitVersion;
      if (b?.unitVersion !== undefined) versions.baseline = b.unitVersion;
      row.unitVersions = versions;
      row.change = null;
      row.percentChange = null;
      row.ratio = null;
      row.reason = 'territory_changed';
      moved++;
    }
    rows.push(row);
  }
  const notes: Issue[] = [...periods.notes];
  for (const [name, s] of [['current', cur], ['baseline', base]] as const) {
    const n = s.excluded.straddles_window?.count ?? 0;
    if (n > 0) {
      notes.push(
        compareIssue('window_straddled', 'warning', { count: n, period: s.period.id, side: name }, { path: [name] }),
      );
    }
  }
  if (differing > 0) {
    notes.push(
      compareIssue('coverage_differs', 'warning', { rows: differing }, { path: ['rows'] }),
    );
  }
  if (broken > 0) {
    notes.push(
      compareIssue('series_break', 'warning', { rows: broken }, { path: ['rows'] }),
    );
  }
  if (moved > 0) {
    notes.push(
      compareIssue('territory_changed', 'warning', { rows: moved }, { path: ['rows'] }),
    );
  }
  return { rows, current: cur, baseline: base, align: periods.align, notes };
}
