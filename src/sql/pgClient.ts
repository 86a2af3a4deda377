import type { SqlClient, SqlValue } from './SqlClient';
import { quoteIdent } from './internal/quote';

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

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMS = 60_000;

/** Batched, parameterised multi-row INSERT: every value a parameter. */
async function insertBatched(db: PgQueryable, table: string, columns: readonly string[], rows: Iterable<readonly SqlValue[]>): Promise<void> {
  const head = `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) VALUES `;
  const perBatch = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, columns.length)));
  let values: SqlValue[] = [];
  let tuples: string[] = [];
  const flush = async (): Promise<void> => {
    if (tuples.length === 0) return;
    await db.query(head + tuples.join(', '), values);
    values = [];
    tuples = [];
  };
  for (const row of rows) {
    const marks: string[] = [];
    for (const v of row) {
      values.push(v);
      marks.push(`$${values.length}`);
    }
    tuples.push(`(${marks.join(', ')})`);
    if (tuples.length >= perBatch) await flush();
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

/** A value as a field of PostgreSQL's CSV format: NULL unquoted and empty, text always quoted. */
function csvField(v: SqlValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return `"${v.replace(/"/g, '""')}"`;
  return String(v);
}

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
    lines.push(`${row.map(csvField).join(',')}\n`);
    if (lines.length >= COPY_BATCH) await flush();
  }
  await flush();
}

function client(db: PgQueryable, insertRows: SqlClient['insertRows']): SqlClient {
  return {
    dialect: 'postgres',
    async query(sql, params = []) {
      const r = await db.query(sql, [...params]);
      return r.rows;
    },
    insertRows,
  };
}

/**
 * A {@link SqlClient} over a `pg` client connected to a PostgreSQL server. Rows are inserted
 * with batched parameterised `INSERT`s.
 *
 * @param pg - a connected `pg` `Client` (one session: antq's query tables are temporary)
 * @returns the client
 * @example
 * ```ts
 * import pg from 'pg';
 * const db = new pg.Client({ connectionString: process.env.ANTQ_PG_URL });
 * await db.connect();
 * pgClient(db).dialect;
 * // => 'postgres'
 * ```
 * @category SQL
 */
export function pgClient(pg: PgQueryable): SqlClient {
  return client(pg, (table, columns, rows) => insertBatched(pg, table, columns, rows));
}

/**
 * A {@link SqlClient} over PGlite (PostgreSQL in-process, in WebAssembly): nothing to start,
 * the PostgreSQL dialect. Rows are inserted with `COPY … FROM '/dev/blob'` (CSV), PGlite's
 * own `COPY FROM STDIN`.
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
