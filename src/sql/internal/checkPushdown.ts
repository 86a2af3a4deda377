import { AntqError } from '../../errors/AntqError';
import { createAggregator } from '../../engine/createAggregator';
import type { AggregateOptions } from '../../engine/AggregateOptions';

/** The options the SQL engine knows how to push down; anything else is refused, never ignored. */
const PUSHABLE: ReadonlySet<string> = new Set([
  'by',
  'period',
  'granularity',
  'categoryDepth',
  'catalogue',
  'units',
  'level',
  'rollup',
  'reportingLevel',
  'carryForward',
  'asOf',
  'rowOffset',
  'table',
]);

/**
 * Checks options the way `aggregate` does (same `invalid_argument` errors), then refuses what
 * SQL cannot honour with `sql_not_pushable`, saying what and why.
 *
 * @returns the spec key of the options, as `createAggregator` builds it
 */
export function checkPushdown(fn: string, options: AggregateOptions & { readonly table?: string }, dialect: unknown): string {
  if (dialect !== 'duckdb' && dialect !== 'postgres') throw new AntqError('invalid_argument', `${fn}: dialect must be 'duckdb' or 'postgres', got ${String(dialect)}`);
  if (typeof (options as unknown) !== 'object' || (options as unknown) === null) throw new AntqError('invalid_argument', `${fn}: options must be an object`);
  for (const key of Object.keys(options)) {
    if (!PUSHABLE.has(key)) {
      throw new AntqError('sql_not_pushable', `${fn}: option ${JSON.stringify(key)} cannot be pushed down to SQL, and ignoring it would change the result`);
    }
  }
  if (options.table !== undefined && (typeof options.table !== 'string' || options.table === '')) throw new AntqError('invalid_argument', `${fn}: table must be a non-empty string`);
  return createAggregator(withoutTable(options)).partial().spec;
}

/** The options without `table`, as `aggregate` takes them. */
export function withoutTable(options: AggregateOptions & { readonly table?: string }): AggregateOptions {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(options)) if (k !== 'table') out[k] = v;
  return out;
}
