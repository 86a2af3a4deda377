import type { SqlClient, SqlValue } from './SqlClient';
import { withSqlErrors } from './internal/withSqlErrors';

/**
 * The part of a `@duckdb/node-api` connection antq uses (so that antq does not import the driver).
 *
 * @category SQL
 */
export interface DuckDBConnectionLike {
  /** `DuckDBConnection.runAndReadAll`. */
  runAndReadAll(sql: string, values?: SqlValue[]): Promise<DuckDBReaderLike>;
  /** `DuckDBConnection.stream`: a result read a chunk at a time (used when present and `run` is not; a result that fails part-way then ends unnoticed: pass `run` too). */
  stream?(sql: string, values?: SqlValue[]): Promise<DuckDBStreamLike>;
  /** `DuckDBConnection.run`: a result made whole inside DuckDB, read a chunk at a time and its rows checked against its row count (used when present; without it results are not checked). */
  run?(sql: string, values?: SqlValue[]): Promise<DuckDBMaterializedLike>;
  /** `DuckDBConnection.createAppender`. */
  createAppender(table: string, schema?: string | null, catalog?: string | null): Promise<DuckDBAppenderLike>;
}

/**
 * The part of a `@duckdb/node-api` result reader antq uses.
 *
 * @category SQL
 */
export interface DuckDBReaderLike {
  /** `DuckDBResultReader.columnNames`: the result's column names, in order. */
  columnNames(): string[];
  /** `DuckDBResultReader.getColumnsJS`: the values, column by column. */
  getColumnsJS(): unknown[][];
}

/**
 * The part of a `@duckdb/node-api` streaming result antq uses.
 *
 * @category SQL
 */
export interface DuckDBStreamLike {
  /** `DuckDBResult.columnNames`: the result's column names, in order. */
  columnNames(): string[];
  /** `DuckDBResult.yieldRowsJs`: the rows, one chunk at a time. */
  yieldRowsJs(): AsyncIterable<unknown[][]>;
}

/**
 * The part of a `@duckdb/node-api` materialized result antq uses: read a chunk at a time, and
 * its row count checked against the rows read.
 *
 * @category SQL
 */
export interface DuckDBMaterializedLike extends DuckDBStreamLike {
  /** `DuckDBMaterializedResult.rowCount`: the result's rows. */
  readonly rowCount: number;
  /** `DuckDBResult.getColumnsJS`: the values, column by column (their length checked against `rowCount`). */
  getColumnsJS(): Promise<unknown[][]>;
}

/**
 * The part of a `@duckdb/node-api` appender antq uses.
 *
 * @category SQL
 */
export interface DuckDBAppenderLike {
  /** Appends a text value. */
  appendVarchar(value: string): void;
  /** Appends a number (DuckDB casts it to the column type). */
  appendDouble(value: number): void;
  /** Appends a boolean. */
  appendBoolean(value: boolean): void;
  /** Appends a SQL NULL. */
  appendNull(): void;
  /** Ends the current row. */
  endRow(): void;
  /** Writes the buffered rows to the table. */
  flushSync(): void;
  /** Flushes and closes the appender. */
  closeSync(): void;
  /** Drops the rows appended since the last flush (used when present, so that a failed insert does not write them on close). */
  clear?(): void;
}

/**
 * A {@link SqlClient} over a `@duckdb/node-api` connection (embedded DuckDB: nothing to start).
 * Rows are inserted with DuckDB's appender, the fastest way in; when an insert fails, the rows it
 * still held are dropped, not written (the appender writes every 204,800 rows on its own, so a
 * larger insert is all or nothing only inside a transaction). Large results are made whole
 * inside DuckDB (`run`, within its `memory_limit`, spilled to disk past it) and handed to
 * JavaScript a chunk at a time, never whole: a streamed result that fails part-way (out of memory
 * while it is read) ends as if it were complete in `@duckdb/node-api` 1.5, and antq would have
 * answered from part of it; a result whose rows read differ from its row count is refused
 * (`sql_failed`). `queryBatches` yields each chunk as it is read and checks the count only after
 * the last one: a caller that acts on the batches as they come has acted on those before the
 * failure is thrown, so it must not keep or write out what it made of them until the batches end
 * without one (antq's own callers throw the failure and answer nothing). DuckDB's own failures
 * are thrown as {@link SqlError}s (`sql_out_of_memory`, `sql_cancelled` after
 * `connection.interrupt()`, `sql_no_table`, `sql_no_column`, `sql_failed`) with DuckDB's error as
 * `cause`.
 *
 * Embedded DuckDB's memory is the process's, and DuckDB keeps the table's blocks it has read in
 * it until its `memory_limit` is reached: on a large table the process grows to about that limit
 * whatever the answer. antq's statements need little of it (a summary of 34M figures about 110 MB
 * of DuckDB's working memory, a comparison about 170–220 MB, spilled to disk under a lower
 * limit); the CLI opens DuckDB with `memory_limit` 96MB for a summary not grouped by unit (raised
 * to 256MB and read again if it runs out) and 256MB for the other queries. DuckDB's allocator
 * settings do not change this, nor does reading fewer or larger chunks (docs/sql.md, "DuckDB's
 * memory, fourteenth round" and "The Node process at 50M, fifteenth round").
 *
 * @param connection - a `DuckDBConnection`
 * @returns the client
 * @example
 * ```ts
 * import { DuckDBInstance } from '@duckdb/node-api';
 * const client = duckdbClient(await (await DuckDBInstance.create(':memory:')).connect());
 * client.dialect;
 * // => 'duckdb'
 * ```
 * @category SQL
 */
export function duckdbClient(connection: DuckDBConnectionLike): SqlClient {
  return withSqlErrors({
    dialect: 'duckdb',
    async query(sql, params = []) {
      const values = params.length === 0 ? undefined : [...params];
      // A result read back from DuckDB ends early, without an error, when a chunk fails to come
      // (as in `queryBatches`): made whole with `run`, its rows are checked against its row count.
      const whole = connection.run === undefined ? null : await connection.run(sql, values);
      const reader = whole ?? (await connection.runAndReadAll(sql, values));
      // Column by column: the driver converts a result several times faster this way than into
      // row objects, and a rollup's grouped rows are many.
      const names = reader.columnNames();
      const columns = await reader.getColumnsJS();
      const count = columns[0]?.length ?? 0;
      if (whole !== null && columns.length > 0 && count !== whole.rowCount) throw new Error(`IO Error: DuckDB handed over ${count} of the ${whole.rowCount} rows of a result`);
      const rows: Record<string, unknown>[] = new Array<Record<string, unknown>>(count);
      for (let i = 0; i < count; i++) {
        const row: Record<string, unknown> = {};
        for (let c = 0; c < names.length; c++) row[names[c] as string] = columns[c]?.[i];
        rows[i] = row;
      }
      return rows;
    },
    // Each chunk is yielded as it is read; the count is checked after the last (see above).
    async *queryBatches(sql, params = []) {
      const values = params.length === 0 ? undefined : [...params];
      const whole = connection.run === undefined ? null : await connection.run(sql, values);
      if (whole === null && connection.stream === undefined) {
        yield await this.query(sql, params);
        return;
      }
      const result = whole ?? (await (connection.stream as NonNullable<typeof connection.stream>)(sql, values));
      const names = result.columnNames();
      let read = 0;
      for await (const chunk of result.yieldRowsJs()) {
        read += chunk.length;
        const rows: Record<string, unknown>[] = new Array<Record<string, unknown>>(chunk.length);
        for (let i = 0; i < chunk.length; i++) {
          const values = chunk[i] as unknown[];
          const row: Record<string, unknown> = {};
          for (let c = 0; c < names.length; c++) row[names[c] as string] = values[c];
          rows[i] = row;
        }
        yield rows;
      }
      // A chunk DuckDB failed to hand over ends the chunks as the last one does (no error is thrown).
      if (whole !== null && read !== whole.rowCount) throw new Error(`IO Error: DuckDB handed over ${read} of the ${whole.rowCount} rows of a result`);
    },
    async insertRows(table, _columns, rows) {
      // Temporary tables live in DuckDB's `temp` catalog; the query tables antq makes are those.
      const temp = table.startsWith('antq_q_');
      const appender = await connection.createAppender(table, temp ? 'main' : null, temp ? 'temp' : null);
      try {
        for (const row of rows) {
          for (const v of row) {
            if (v === null) appender.appendNull();
            else if (typeof v === 'string') appender.appendVarchar(v);
            else if (typeof v === 'boolean') appender.appendBoolean(v);
            else appender.appendDouble(v);
          }
          appender.endRow();
        }
        appender.flushSync();
      } catch (e) {
        // Closing flushes: the rows appended before the failure would be written after it. They
        // are dropped, and the failure is the one thrown (closing after it may fail again).
        try {
          appender.clear?.();
          appender.closeSync();
        } catch {
          // the appender is already broken by the failure thrown below
        }
        throw e;
      }
      appender.closeSync();
    },
  });
}
