import type { AggregateResult, AggregateRow } from '../engine/AggregateRow';
import { misuse, oneOfArg } from '../errors/misuse';
import type { Issue } from '../errors/Issue';
import type { Period } from '../period/Period';
import { yearsBetween } from '../period/civil';
import type { SeriesBreak } from '../units/SeriesBreak';
import { seriesBreaksCrossed } from '../units/seriesBreaksCrossed';
import type { AlignedPeriods } from './alignPeriods';
import type { ComparisonRow, ComparisonSide, PeriodComparison } from './ComparisonRow';
import { compareValues } from './internal/change';
import { compareIssue } from './internal/issues';
import { basisOf, coverageDiffers, keyFields, sideValue } from './internal/rows';

/** A comparison whose rows are made one at a time (shared by `compareResults` and the CLI, which prints them as they come). */
export interface ComparisonStream {
  readonly current: ComparisonSide;
  readonly baseline: ComparisonSide;
  readonly align: PeriodComparison['align'];
  /** How many rows `rows()` gives. */
  readonly size: number;
  /** The rows in key order, each made when it is asked for (iterate once). */
  rows(): Generator<ComparisonRow, void, undefined>;
  /** The notes: the periods' own, then counts of what the rows showed. Complete once `rows()` has run to its end. */
  notes(): Issue[];
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

/**
 * Orders rows by their key (programme, indicator, category, unit, reporter, unit of measure)
 * field by field: the order of the joined key strings, without building one string per row.
 */
function compareKeys(a: AggregateRow, b: AggregateRow): number {
  return (
    order(a.program ?? '', b.program ?? '') ||
    order(a.indicator, b.indicator) ||
    order(a.category ?? '', b.category ?? '') ||
    order(a.unit ?? '', b.unit ?? '') ||
    order(a.reporter ?? '', b.reporter ?? '') ||
    order(a.uom, b.uom)
  );
}

function order(x: string, y: string): number {
  return x === y ? 0 : x < y ? -1 : 1;
}

/** The positions of a result's rows in key order (ties in their own order). */
function sortedPositions(fn: string, result: AggregateResult): Uint32Array {
  const rows = result.rows;
  const order = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    if ((rows[i] as AggregateRow).period !== undefined) throw misuse(fn, "results grouped by 'period' cannot be compared; use compareSeries");
    order[i] = i;
  }
  return order.sort((i, j) => compareKeys(rows[i] as AggregateRow, rows[j] as AggregateRow) || i - j);
}

/** Walks both sides in key order: for each key, the rows of the current side and of the baseline. */
function* keyRuns(cur: readonly AggregateRow[], curOrder: Uint32Array, base: readonly AggregateRow[], baseOrder: Uint32Array): Generator<[AggregateRow[], AggregateRow[]]> {
  let i = 0;
  let j = 0;
  while (i < curOrder.length || j < baseOrder.length) {
    const c = i < curOrder.length ? (cur[curOrder[i] as number] as AggregateRow) : undefined;
    const b = j < baseOrder.length ? (base[baseOrder[j] as number] as AggregateRow) : undefined;
    const first = c === undefined ? (b as AggregateRow) : b === undefined ? c : compareKeys(c, b) <= 0 ? c : b;
    const cs: AggregateRow[] = [];
    const bs: AggregateRow[] = [];
    while (i < curOrder.length && compareKeys(cur[curOrder[i] as number] as AggregateRow, first) === 0) cs.push(cur[curOrder[i++] as number] as AggregateRow);
    while (j < baseOrder.length && compareKeys(base[baseOrder[j] as number] as AggregateRow, first) === 0) bs.push(base[baseOrder[j++] as number] as AggregateRow);
    yield [cs, bs];
  }
}

/**
 * The comparison of two aggregation results, row by row: what `compareResults` returns, without
 * holding the rows (each is made when asked for). The pairing keeps only an index per row.
 *
 * @param fn - the public function name for misuse errors
 * @throws {@link AntqError} `invalid_argument` when a result is grouped by period or the rate unit is unknown
 */
export function streamComparison(
  fn: string,
  current: AggregateResult,
  baseline: AggregateResult,
  periods: AlignedPeriods,
  options: { readonly rateUnit?: 'day' | 'year'; readonly breaks?: readonly SeriesBreak[] },
): ComparisonStream {
  const rateUnit = oneOfArg(fn, options.rateUnit ?? 'year', 'rateUnit', ['day', 'year']);
  const cur = side(periods.current, periods.requested.current, current);
  const base = side(periods.baseline, periods.requested.baseline, baseline);
  const rate = periods.align === 'rate' ? rateUnit : null;
  const factor = (s: ComparisonSide): number | null => (rate === null ? null : rate === 'day' ? 1 / s.days : 1 / s.years);
  const curOrder = sortedPositions(fn, current);
  const baseOrder = sortedPositions(fn, baseline);
  let size = 0;
  for (const [cs, bs] of keyRuns(current.rows, curOrder, baseline.rows, baseOrder)) size += cs.length <= 1 && bs.length <= 1 ? 1 : cs.length + bs.length;
  const spanFrom = cur.period.start < base.period.start ? cur.period.start : base.period.start;
  const spanTo = cur.period.end > base.period.end ? cur.period.end : base.period.end;
  const breakOptions = options.breaks === undefined ? {} : { breaks: options.breaks };
  let differing = 0;
  let broken = 0;
  let moved = 0;

  const makeRow = (c: AggregateRow | undefined, b: AggregateRow | undefined, split: boolean): ComparisonRow => {
    const sample = (c ?? b) as AggregateRow;
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
    return row;
  };

  return {
    current: cur,
    baseline: base,
    align: periods.align,
    size,
    *rows() {
      differing = 0;
      broken = 0;
      moved = 0;
      for (const [cs, bs] of keyRuns(current.rows, curOrder, baseline.rows, baseOrder)) {
        if (cs.length <= 1 && bs.length <= 1) yield makeRow(cs[0], bs[0], false);
        else {
          // One side holds two territories under one code: each stays a row of its own, unpaired.
          for (const c of cs) yield makeRow(c, undefined, true);
          for (const b of bs) yield makeRow(undefined, b, true);
        }
      }
    },
    notes(): Issue[] {
      const notes: Issue[] = [...periods.notes];
      for (const [name, s] of [['current', cur], ['baseline', base]] as const) {
        const n = s.excluded.straddles_window?.count ?? 0;
        if (n > 0) notes.push(compareIssue('window_straddled', 'warning', { count: n, period: s.period.id, side: name }, { path: [name] }));
      }
      if (differing > 0) notes.push(compareIssue('coverage_differs', 'warning', { rows: differing }, { path: ['rows'] }));
      if (broken > 0) notes.push(compareIssue('series_break', 'warning', { rows: broken }, { path: ['rows'] }));
      if (moved > 0) notes.push(compareIssue('territory_changed', 'warning', { rows: moved }, { path: ['rows'] }));
      return notes;
    },
  };
}

/** A comparison already made, as a stream (for printers that take streams). */
export function comparisonStreamOf(comparison: PeriodComparison): ComparisonStream {
  return {
    current: comparison.current,
    baseline: comparison.baseline,
    align: comparison.align,
    size: comparison.rows.length,
    *rows() {
      yield* comparison.rows;
    },
    notes: () => [...comparison.notes],
  };
}
