/**
 * The SQL dialects antq compiles to.
 *
 * @example
 * ```ts
 * const dialect: SqlDialect = 'duckdb';
 * dialect;
 * // => 'duckdb'
 * ```
 * @category SQL
 */
export type SqlDialect = 'duckdb' | 'postgres';

/**
 * A value bound to a query parameter.
 *
 * @category SQL
 */
export type SqlValue = string | number | boolean | null;

/**
 * The little antq needs from a database connection: run a parameterised query, and insert many
 * rows into a table fast. {@link duckdbClient}, {@link pgClient} and {@link pgliteClient} make
 * one from the driver objects you already have.
 *
 * @category SQL
 */
export interface SqlClient {
  /** The dialect the statements are written in. */
  readonly dialect: SqlDialect;
  /**
   * Runs one statement with positional parameters (`$1`, `$2`, …).
   *
   * @param sql - the statement
   * @param params - its parameters
   * @returns the result rows as plain objects; in DuckDB a `LIST` value as a JavaScript array and a
   *   `STRUCT` as a plain object by field name (as {@link duckdbClient} gives them): antq reads
   *   the latest stock levels that way, and answers `sql_bad_result` for any other shape
   */
  query(sql: string, params?: readonly SqlValue[]): Promise<readonly Record<string, unknown>[]>;
  /**
   * Runs one statement and hands its rows over a batch at a time, so that a large result is
   * never held whole (optional: antq falls back on `query`). {@link duckdbClient} streams;
   * {@link pgClient} and {@link pgliteClient} read a statement without parameters through a cursor.
   *
   * @param sql - the statement
   * @param params - its parameters
   * @returns the rows, batch by batch
   */
  queryBatches?(sql: string, params?: readonly SqlValue[]): AsyncIterable<readonly Record<string, unknown>[]>;
  /**
   * Inserts rows into a table, as fast as the driver allows (DuckDB: the appender; PGlite:
   * `COPY … FROM '/dev/blob'`; `pg`: `COPY … FROM STDIN` with `pg-copy-streams`, else
   * `INSERT … SELECT FROM unnest(…)`). Table and column names are
   * quoted by the client. Not a transaction by itself: when it fails part-way, rows the driver
   * had already written stay unless the caller's transaction is rolled back (`COPY … FROM STDIN`
   * is one statement; DuckDB's appender writes every 204,800 rows, PGlite's `COPY` every
   * 100,000, `unnest` every 50,000).
   *
   * @param table - the table name (unquoted)
   * @param columns - the column names (unquoted), in the order of each row's values
   * @param rows - the rows
   */
  insertRows(table: string, columns: readonly string[], rows: Iterable<readonly SqlValue[]>): Promise<void>;
}
