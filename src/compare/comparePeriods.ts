import type { AggregateOptions } from '../engine/AggregateOptions';
import { AGGREGATE_OPTION_RULES } from '../engine/aggregateOptionRules';
import { misuse } from '../errors/misuse';
import { createAggregator } from '../engine/createAggregator';
import { checkArg, checkOptions, type ArgKind } from '../errors/checkArgs';
import { toUnitRegistry } from '../units/toUnitRegistry';
import type { Period } from '../period/Period';
import type { Figure } from '../schema/FigureSchema';
import { alignPeriods } from './alignPeriods';
import type { Alignment, PeriodComparison } from './ComparisonRow';
import { compareResults, type CompareResultsOptions } from './compareResults';

/**
 * What {@link comparePeriods} compares: the two periods, how to line them up, and the grouping
 * and unit hierarchy of the aggregation (any {@link AggregateOptions} but the window; grouping by
 * `period` is for {@link compareSeries}).
 *
 * @category Comparison
 */
export interface ComparePeriodsOptions extends Omit<AggregateOptions, 'period' | 'granularity' | 'rowOffset'>, CompareResultsOptions {
  /** The current period: an id (`2023`, `official:2023`, `2018-08-01/2023-05-24`) or a Period. */
  readonly current: string | Period;
  /** The baseline period; default the same period last year. */
  readonly baseline?: string | Period;
  /** How to line the periods up: `calendar` (default), `elapsed` or `rate`. */
  readonly align?: Alignment;
}

/** What each option of {@link comparePeriods} may hold (run-time check for callers without types; `comparePeriodsSql` checks the same). */
export const COMPARE_PERIODS_OPTION_RULES = {
  by: AGGREGATE_OPTION_RULES.by,
  categoryDepth: AGGREGATE_OPTION_RULES.categoryDepth,
  categoryFacets: AGGREGATE_OPTION_RULES.categoryFacets,
  catalogue: AGGREGATE_OPTION_RULES.catalogue,
  units: AGGREGATE_OPTION_RULES.units,
  filter: AGGREGATE_OPTION_RULES.filter,
  level: AGGREGATE_OPTION_RULES.level,
  rollup: AGGREGATE_OPTION_RULES.rollup,
  reportingLevel: AGGREGATE_OPTION_RULES.reportingLevel,
  carryForward: AGGREGATE_OPTION_RULES.carryForward,
  asOf: AGGREGATE_OPTION_RULES.asOf,
  current: ['string', 'object'],
  baseline: ['string', 'object'],
  align: ['string'],
  rateUnit: ['string'],
  breaks: ['array'],
  coverage: AGGREGATE_OPTION_RULES.coverage,
  maxGroups: AGGREGATE_OPTION_RULES.maxGroups,
} as const satisfies Readonly<Record<keyof ComparePeriodsOptions, readonly ArgKind[]>>;

/**
 * Compares two periods in one call: aggregates the figures over each (flows sum, stocks take
 * their level as of each period end, ratios are recomputed from their parts) and returns, for
 * each group, both values, the change with its qualifier and bounds ("over 127" against 100 is
 * "over 27"), the percent change and the ratio, the periods' lengths and whether coverage
 * differs. A zero or missing side gives `null` with a reason, never `Infinity` or `NaN`.
 *
 * @param figures - an array or any iterable of figures (read once)
 * @param options - the periods, the alignment and the grouping
 * @returns the comparison rows, both sides (with the figures each left out) and notes
 * @throws {@link AntqError} `invalid_argument` for a bad period, alignment or aggregation option,
 *   or `period` in `by`
 * @example
 * ```ts
 * const figures = [
 *   { unit: '42', indicator: 'marches', value: 20, period: '2022' },
 *   { unit: '42', indicator: 'marches', value: 25, period: '2023' },
 * ];
 * const [row] = comparePeriods(figures, { current: '2023', baseline: '2022', by: ['indicator'] }).rows;
 * [row.current?.value, row.baseline?.value, row.change?.value, row.percentChange?.value, row.ratio];
 * // => [25, 20, 5, 25, 1.25]
 * ```
 * @category Comparison
 */
export function comparePeriods(figures: Iterable<Figure>, options: ComparePeriodsOptions): PeriodComparison {
  const fn = 'comparePeriods';
  checkArg(fn, 'figures', figures, ['iterable']);
  const raw: unknown = options; // JavaScript callers can pass anything
  if (typeof raw !== 'object' || raw === null) throw misuse(fn, 'options with at least `current` are required');
  checkOptions(fn, options, COMPARE_PERIODS_OPTION_RULES);
  const { current, baseline, align, rateUnit, breaks, ...rest } = options;
  if (rest.by?.includes('period')) throw misuse(fn, "grouping by 'period' is not a two-period comparison; use compareSeries");
  const periods = alignPeriods(current, baseline, align ?? 'calendar');
  // One registry for both sides when a list of units is given.
  const agg: AggregateOptions = rest.units === undefined ? rest : { ...rest, units: toUnitRegistry(rest.units) };
  const a = createAggregator({ ...agg, period: periods.current });
  const b = createAggregator({ ...agg, period: periods.baseline });
  for (const f of figures) {
    a.add(f);
    b.add(f);
  }
  return compareResults(a.result(), b.result(), periods, { ...(rateUnit === undefined ? {} : { rateUnit }), ...(breaks === undefined ? {} : { breaks }) });
}
