/**
 * The codes of a {@link SqlError}, a failure of the database itself while antq ran a statement
 * through a {@link SqlClient}: `sql_out_of_memory` (DuckDB's "Out of Memory Error", PostgreSQL's
 * SQLSTATE 53200), `sql_cancelled` (DuckDB interrupted, PostgreSQL 57014: cancelled or past
 * `statement_timeout`), `sql_no_table` (PostgreSQL 42P01, DuckDB's missing table),
 * `sql_no_column` (PostgreSQL 42703, DuckDB's missing column), `sql_auth_failed` (PostgreSQL 28P01
 * and 28000), `sql_no_database` (PostgreSQL 3D000), `sql_connection_lost` (PostgreSQL's connection
 * exceptions, class 08, and 57P01–57P03; `pg`'s "Connection terminated") and `sql_failed` (any other failure the
 * database reports).
 *
 * @example
 * ```ts
 * const code: SqlErrorCode = 'sql_out_of_memory';
 * code;
 * // => 'sql_out_of_memory'
 * ```
 * @category SQL
 */
export type SqlErrorCode = 'sql_out_of_memory' | 'sql_cancelled' | 'sql_no_table' | 'sql_no_column' | 'sql_auth_failed' | 'sql_no_database' | 'sql_connection_lost' | 'sql_failed';

/** Every {@link SqlErrorCode}, to tell a database's failure from antq's other errors at run time. */
export const SQL_ERROR_CODES: ReadonlySet<string> = new Set<SqlErrorCode>(['sql_out_of_memory', 'sql_cancelled', 'sql_no_table', 'sql_no_column', 'sql_auth_failed', 'sql_no_database', 'sql_connection_lost', 'sql_failed']);
