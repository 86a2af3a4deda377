import { AntqError } from '../errors/AntqError';
import type { SqlDialect } from './SqlClient';
import type { SqlErrorCode } from './SqlErrorCode';
import { sqlIssue } from './internal/issues';

const DATABASE: Readonly<Record<SqlDialect, string>> = { duckdb: 'DuckDB', postgres: 'PostgreSQL' };

/**
 * A failure of the database itself (out of memory, a statement cancelled, a table or column that
 * does not exist, credentials refused, anything else it reports), thrown by every function of
 * `antq/sql` through the clients {@link duckdbClient}, {@link pgClient} and {@link pgliteClient}.
 * It carries a stable {@link SqlErrorCode}, PostgreSQL's SQLSTATE when there is one, one issue
 * with the English and Vietnamese messages, and the driver's own error as `cause` (as the driver
 * threw it: unmasked, so log `message`, never `cause`, where a password may show). antq's own
 * errors and faults in antq (a `TypeError`) are never turned into one; tell it with
 * {@link isSqlError} (`instanceof` fails when both antq's ESM and CommonJS copies are loaded).
 *
 * @example
 * ```ts
 * try {
 *   await aggregateSql(client, { table: 'no_such_table' });
 * } catch (e) {
 *   if (isAntqError(e) && e.code === 'sql_no_table') e.message;
 *   // => 'DuckDB has no such table (Catalog Error: Table with name no_such_table does not exist!)'
 * }
 * ```
 * @category SQL
 */
export class SqlError extends AntqError {
  /** Stable machine-readable code. */
  declare readonly code: SqlErrorCode;
  /** The dialect of the database that failed. */
  readonly dialect: SqlDialect;
  /** PostgreSQL's SQLSTATE (e.g. `53200`); `null` in DuckDB, which has none. */
  readonly sqlState: string | null;

  /**
   * Creates the error from the database's own words.
   *
   * @param code - the stable code
   * @param dialect - the database's dialect
   * @param detail - the database's first line (no password in it)
   * @param sqlState - PostgreSQL's SQLSTATE, or `null`
   * @param cause - the driver's error
   */
  constructor(code: SqlErrorCode, dialect: SqlDialect, detail: string, sqlState: string | null, cause: unknown) {
    const issue = sqlIssue(code, 'error', { database: DATABASE[dialect], detail: sqlState === null ? detail : `${detail}; SQLSTATE ${sqlState}` });
    super(code, issue.message, [issue], { cause });
    this.name = 'SqlError';
    this.dialect = dialect;
    this.sqlState = sqlState;
  }
}
