/**
 * The codes of a {@link SqlError}, a failure of the database itself while antq ran a statement
 * through a {@link SqlClient}: `sql_out_of_memory` (DuckDB's "Out of Memory Error", PostgreSQL's
 * SQLSTATE 53200), `sql_cancelled` (DuckDB interrupted, PostgreSQL 57014: cancelled or past
 * `statement_timeout`), `sql_no_table` (PostgreSQL 42P01, DuckDB's missing table),
 * `sql_no_column` (PostgreSQL 42703, DuckDB's missing column), `sql_auth_failed` (PostgreSQL 28P01
 * and 28000), `sql_no_database` (PostgreSQL 3D000) and `sql_failed` (any other failure the
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
export type SqlErrorCode = 'sql_out_of_memory' | 'sql_cancelled' | 'sql_no_table' | 'sql_no_column' | 'sql_auth_failed' | 'sql_no_database' | 'sql_failed';
