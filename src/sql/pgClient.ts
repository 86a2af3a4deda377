import { AntqError } from '../errors/AntqError';
import type { SqlClient, SqlValue } from './SqlClient';
import { csvLine } from './internal/copyCsv';
import { quoteIdent } from './internal/quote';
import { withSqlErrors } from './internal/withSqlErrors';

/**
 * The part of a `pg` `Client` (or of a PGlite instance) antq uses: one query with parameters.
 * Use one session (a `Client`, not a `Pool`): the query tables antq makes are temporary.
 *
 * @category SQL
 */
export interface PgQueryable {
  /** `Client.query(text, values)`. */
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Rows inserted by one `INSERT … SELECT FROM unnest(…)`: one array parameter per column. */
const UNNEST_BATCH = 50_000;

/**
 * `INSERT … SELECT * FROM unnest($1::type[], …)`, a batch of rows at a time: one parameter per
 * column whatever the number of rows, so the server parses one short statement per batch
 * (about twice as fast as multi-row `VALUES`, with a third of the server's CPU). Each array is
 * cast to its column's type, read from the catalogue.
 */
async function insertUnnest(db: PgQueryable, table: string, columns: readonly string[], rows: Iterable<readonly SqlValue[]>): Promise<void> {
  const name = quoteIdent(table);
  const found = await db.query('SELECT attname AS c, format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped', [name]);
  const typeOf = new Map(found.rows.map((r) => [String(r['c']), String(r['t'])]));
  const arrays = columns.map((c, i) => {
    const type = typeOf.get(c);
    if (type === undefined) throw new AntqError('invalid_argument', `pgClient: table ${name} has no column ${quoteIdent(c)}`);
    return `$${i + 1}::${type}[]`;
  });
  const sql = `INSERT INTO ${name} (${columns.map(quoteIdent).join(', ')}) SELECT * FROM unnest(${arrays.join(', ')})`;
  let values: SqlValue[][] = columns.map(() => []);
  let count = 0;
  const flush = async (): Promise<void> => {
    if (count === 0) return;
    const batch = values;
    values = columns.map(() => []);
    count = 0;
    await db.query(sql, batch);
  };
  for (const row of rows) {
    for (let c = 0; c < values.length; c++) {
      const v = row[c] ?? null;
      // The driver writes a number into an array literal by `String`, which drops the sign of -0.
      (values[c] as SqlValue[]).push(typeof v === 'number' && Object.is(v, -0) ? '-0' : v);
    }
    if (++count >= UNNEST_BATCH) await flush();
  }
  await flush();
}

/**
 * The part of a PGlite instance antq uses: a query with parameters and options, among them the
 * `blob` that `COPY … FROM '/dev/blob'` reads.
 *
 * @category SQL
 */
export interface PgliteQueryable {
  /** `PGlite.query(text, values, options)`. */
  query(text: string, values?: unknown[], options?: { blob?: Blob }): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Rows copied in at a time. */
const COPY_BATCH = 100_000;

/** `COPY … FROM '/dev/blob'` in CSV, a batch of rows at a time: several times faster than INSERT. */
async function copyRows(db: PgliteQueryable, table: string, columns: readonly string[], rows: Iterable<readonly SqlValue[]>): Promise<void> {
  const sql = `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`;
  let lines: string[] = [];
  const flush = async (): Promise<void> => {
    if (lines.length === 0) return;
    const blob = new Blob([lines.join('')]);
    lines = [];
    await db.query(sql, [], { blob });
  };
  for (const row of rows) {
    lines.push(csvLine(row));
    if (lines.length >= COPY_BATCH) await flush();
  }
  await flush();
}

/**
 * The part of a `COPY FROM STDIN` stream antq uses: a Node `Writable`, such as the one
 * `pg-copy-streams`' `from(sql)` returns. It emits `finish` once the server has taken the rows,
 * and `error` when it refused them.
 *
 * @category SQL
 */
export interface PgCopyStreamLike {
  /** Writes a chunk of CSV; `false` asks the writer to wait for `drain`. */
  write(chunk: string): boolean;
  /** Ends the copy. */
  end(): void;
  /** Stops the copy with an error (the server rolls the `COPY` back). */
  destroy(error?: Error): void;
  /** Listens for `drain`, `finish` and `error`. */
  on(event: 'drain' | 'finish' | 'error', listener: (error?: unknown) => void): unknown;
  /** Removes a listener. */
  off(event: 'drain' | 'finish' | 'error', listener: (error?: unknown) => void): unknown;
}

/**
 * Options of {@link pgClient}.
 *
 * @category SQL
 */
export interface PgClientOptions {
  /**
   * `from` of the package `pg-copy-streams` (`import { from } from 'pg-copy-streams'`): with it,
   * rows go in by `COPY … FROM STDIN` (CSV), with a third of the server's CPU of `INSERT … SELECT
   * FROM unnest(…)`, the way they go in without it.
   */
  readonly copyFrom?: (sql: string) => PgCopyStreamLike;
}

/** Text written to the copy stream at a time (the driver sends each write as one message or more). */
const COPY_CHUNK_CHARS = 1 << 20;

/** `COPY … FROM STDIN` in CSV through a copy stream, waiting for `drain` when the socket is full. */
async function copyFromStdin(pg: PgQueryable, copyFrom: (sql: string) => PgCopyStreamLike, table: string, columns: readonly string[], rows: Iterable<readonly SqlValue[]>): Promise<void> {
  const stream = copyFrom(`COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN WITH (FORMAT csv)`);
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', () => resolve());
    stream.on('error', (e) => reject(e instanceof Error ? e : new Error(String(e))));
  });
  // Awaited below; until then a refusal must not count as unhandled.
  done.catch(() => undefined);
  // `pg` runs a copy stream handed to `query` as it runs a statement (a "submittable").
  (pg as unknown as { query(submittable: PgCopyStreamLike): unknown }).query(stream);
  const drained = (): Promise<void> =>
    Promise.race([
      new Promise<void>((resolve) => {
        const go = (): void => {
          stream.off('drain', go);
          resolve();
        };
        stream.on('drain', go);
      }),
      done,
    ]);
  try {
    let chunk = '';
    for (const row of rows) {
      chunk += csvLine(row);
      if (chunk.length >= COPY_CHUNK_CHARS) {
        const more = stream.write(chunk);
        chunk = '';
        if (!more) await drained();
      }
    }
    if (chunk !== '') stream.write(chunk);
  } catch (e) {
    stream.destroy(e instanceof Error ? e : new Error(String(e)));
    await done.catch(() => undefined);
    throw e;
  }
  stream.end();
  await done;
}

/**
 * Rows fetched from a cursor at a time. Few enough that a batch dies young: 10,000 rows of
 * stock levels outlived V8's young generation while they were walked, and the JavaScript heap's
 * peak at 50M figures followed (see docs/sql.md, fourteenth round). A cursor `WITH HOLD` has run
 * its statement when declared, so the more round trips did not move the server's CPU.
 */
const FETCH_ROWS = 1_000;

/** Cursors opened in this process, for their names: a cursor lives in its session, and a name is never reused by any client (two clients may share one connection). */
let cursors = 0;

function client(db: PgQueryable, insertRows: SqlClient['insertRows']): SqlClient {
  const query = async (sql: string, params: readonly SqlValue[] = []): Promise<Record<string, unknown>[]> => (await db.query(sql, [...params])).rows;
  return withSqlErrors({
    dialect: 'postgres',
    query,
    // A statement without parameters is read through a cursor `WITH HOLD` (no transaction
    // needed: the server keeps the result, spilling it to disk), a batch of rows at a time, so
    // the result is never held whole as JavaScript objects (PGlite's server, in this process,
    // keeps it in its own memory); one with parameters is read whole.
    async *queryBatches(sql, params = []) {
      if (params.length > 0) {
        yield await query(sql, params);
        return;
      }
      const name = `antq_cursor_${++cursors}`;
      await db.query(`DECLARE ${name} NO SCROLL CURSOR WITH HOLD FOR ${sql}`);
      let failed = false;
      try {
        for (;;) {
          const rows = (await db.query(`FETCH ${FETCH_ROWS} FROM ${name}`)).rows;
          if (rows.length > 0) yield rows;
          if (rows.length < FETCH_ROWS) break;
        }
      } catch (e) {
        failed = true;
        throw e;
      } finally {
        // After a failed read the cursor is closed if the session still can (inside a transaction
        // it cannot: the transaction is aborted), and the read's own error is the one passed on.
        if (failed) await db.query(`CLOSE ${name}`).catch(() => undefined);
        else await db.query(`CLOSE ${name}`);
      }
    },
    insertRows,
  });
}

/**
 * A {@link SqlClient} over a `pg` client connected to a PostgreSQL server. Rows are inserted by
 * `COPY … FROM STDIN` when you pass `pg-copy-streams`' `from` as `copyFrom`, else with one
 * parameterised `INSERT … SELECT FROM unnest(…)` per 50,000 rows (an array parameter a column).
 * A statement without parameters can be read through a cursor `WITH HOLD`, 1,000 rows at a
 * time (`queryBatches`), so that a large result is never held whole. The server's failures are
 * thrown as {@link SqlError}s coded by their SQLSTATE (the codes: {@link SqlErrorCode}; a
 * connection `pg` reports lost without one is `sql_connection_lost`), with `pg`'s error as `cause`.
 *
 * @param pg - a connected `pg` `Client` (one session: antq's query tables are temporary)
 * @param options - `copyFrom`: `from` of `pg-copy-streams`, for fast loading
 * @returns the client
 * @example
 * ```ts
 * import pg from 'pg';
 * import { from } from 'pg-copy-streams';
 * const db = new pg.Client({ connectionString: process.env.ANTQ_PG_URL });
 * await db.connect();
 * pgClient(db, { copyFrom: from }).dialect;
 * // => 'postgres'
 * ```
 * @category SQL
 */
export function pgClient(pg: PgQueryable, options: PgClientOptions = {}): SqlClient {
  const copyFrom = options.copyFrom;
  return client(pg, (table, columns, rows) => (copyFrom === undefined ? insertUnnest(pg, table, columns, rows) : copyFromStdin(pg, copyFrom, table, columns, rows)));
}

/**
 * A {@link SqlClient} over PGlite (PostgreSQL in-process, in WebAssembly): nothing to start,
 * the PostgreSQL dialect. Rows are inserted with `COPY … FROM '/dev/blob'` (CSV), PGlite's
 * own `COPY FROM STDIN`.
 * Results are read through a cursor as with {@link pgClient}: never whole as JavaScript objects,
 * though PGlite's server, which holds them meanwhile, runs in this process. Its failures are
 * thrown as {@link SqlError}s coded by their SQLSTATE, as with {@link pgClient}.
 *
 * @param db - a `PGlite` instance
 * @returns the client
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * pgliteClient(new PGlite()).dialect;
 * // => 'postgres'
 * ```
 * @category SQL
 */
export function pgliteClient(db: PgliteQueryable): SqlClient {
  return client(db, (table, columns, rows) => copyRows(db, table, columns, rows));
}
