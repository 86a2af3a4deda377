import { QUALIFIERS } from '../quantity/Qualifier';
import type { SqlDialect } from './SqlClient';
import { quoteIdent } from './internal/quote';
import { lit } from './internal/sqlText';

/**
 * The columns of a figures table, in order: `row_no` (the figure's 0-based position, so that
 * excluded figures are reported by the same row numbers as `aggregate` gives), then the long
 * format's columns.
 *
 * @example
 * ```ts
 * FIGURES_TABLE_COLUMNS[0];
 * // => 'row_no'
 * ```
 * @category SQL
 */
export const FIGURES_TABLE_COLUMNS = ['row_no', 'program', 'unit', 'reporter', 'period', 'indicator', 'category', 'value', 'uom', 'qualifier', 'statistic', 'note', 'source'] as const;

/**
 * The DDL of a figures table in the long format, with its constraints (required columns, a
 * non-negative finite value, a known qualifier).
 *
 * @param dialect - `duckdb` or `postgres`
 * @param table - the table name (quoted in the statement); default `antq_figures`
 * @returns the `CREATE TABLE IF NOT EXISTS` statement
 * @throws `AntqError` `invalid_argument` for an empty table name
 * @example
 * ```ts
 * figuresTableDdl('postgres').startsWith('CREATE TABLE IF NOT EXISTS "antq_figures"');
 * // => true
 * ```
 * @category SQL
 */
export function figuresTableDdl(dialect: SqlDialect, table = 'antq_figures'): string {
  const text = 'TEXT';
  const double = 'DOUBLE PRECISION';
  // Both dialects read this; only the check of infinity is spelled the same way in each.
  const finite = dialect === 'duckdb' ? 'isfinite(value)' : `value < CAST('Infinity' AS ${double})`;
  return `CREATE TABLE IF NOT EXISTS ${quoteIdent(table)} (
  row_no BIGINT NOT NULL,
  program ${text},
  unit ${text} NOT NULL,
  reporter ${text},
  period ${text},
  indicator ${text} NOT NULL,
  category ${text},
  value ${double} NOT NULL CHECK (value >= 0 AND ${finite}),
  uom ${text},
  qualifier ${text} CHECK (qualifier IN (${QUALIFIERS.map(lit).join(', ')})),
  statistic ${text},
  note ${text},
  source ${text}
)`;
}
