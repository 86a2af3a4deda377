import type { ComparePeriodsOptions } from '../compare/comparePeriods';
import type { PeriodComparison } from '../compare/ComparisonRow';
import { alignPeriods } from '../compare/alignPeriods';
import { compareResults } from '../compare/compareResults';
import { COMPARE_PERIODS_OPTION_RULES } from '../compare/comparePeriods';
import { checkOptions } from '../errors/checkArgs';
import { AntqError } from '../errors/AntqError';
import type { SqlClient } from './SqlClient';
import { aggregateSqlPair, aggregateSqlShared, type SharedReads } from './aggregateSql';
import type { SqlAggregateOptions } from './compileAggregate';

/**
 * Options of {@link comparePeriodsSql}: those of `comparePeriods`, plus the figures table.
 *
 * @category SQL
 */
export interface SqlComparePeriodsOptions extends ComparePeriodsOptions {
  /** The figures table. Default `antq_figures`. */
  readonly table?: string;
}

/**
 * Compares two periods inside the database: both sides are aggregated as by {@link aggregateSql}
 * (in DuckDB from one scan of the figures for both windows) and paired by `compareResults`, so the rows are those `comparePeriods` gives over the same
 * figures.
 *
 * @param client - the connection
 * @param options - the options of `comparePeriods`, plus `table`
 * @returns the comparison
 * @throws `AntqError` `invalid_argument` for bad options, or options `comparePeriods` does not
 *   take (`period`, `granularity`, `rowOffset`), as `comparePeriods` does;
 *   `sql_not_pushable` for an option SQL cannot honour
 * @example
 * ```ts
 * await insertFigures(client, [
 *   { unit: '42', indicator: 'marches', value: 20, period: '2022' },
 *   { unit: '42', indicator: 'marches', value: 25, period: '2023' },
 * ]);
 * const [row] = (await comparePeriodsSql(client, { current: '2023', baseline: '2022', by: ['indicator'] })).rows;
 * row.change?.value;
 * // => 5
 * ```
 * @category SQL
 */
export async function comparePeriodsSql(client: SqlClient, options: SqlComparePeriodsOptions): Promise<PeriodComparison> {
  const fn = 'comparePeriodsSql';
  if (typeof (options as unknown) !== 'object' || (options as unknown) === null) throw new AntqError('invalid_argument', `${fn}: options with at least \`current\` are required`);
  // The options of `comparePeriods`, checked by its rules: `granularity` or `period` would
  // otherwise reach `aggregateSql` and split each side into buckets.
  checkOptions(fn, options, { ...COMPARE_PERIODS_OPTION_RULES, table: ['string'] });
  const { current, baseline, align, rateUnit, breaks, ...rest } = options;
  if (rest.by?.includes('period')) throw new AntqError('invalid_argument', `${fn}: grouping by 'period' is not a two-period comparison; use compareSeries`);
  const periods = alignPeriods(current, baseline, align ?? 'calendar');
  const agg: SqlAggregateOptions = rest;
  // What does not depend on the window (distinct values, figures read, figures left out by
  // class) is read once for both sides; in DuckDB one cells query and one observations query
  // answer both windows, else each side is read alone.
  const shared: SharedReads = new Map();
  const sideA = { ...agg, period: periods.current };
  const sideB = { ...agg, period: periods.baseline };
  const pair = await aggregateSqlPair(client, sideA, sideB, shared);
  const a = pair?.[0] ?? (await aggregateSqlShared(client, sideA, shared));
  const b = pair?.[1] ?? (await aggregateSqlShared(client, sideB, shared));
  return compareResults(a, b, periods, { ...(rateUnit === undefined ? {} : { rateUnit }), ...(breaks === undefined ? {} : { breaks }) });
}
