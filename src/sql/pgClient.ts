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

function client(db: PgQueryable): SqlClient {
  return {
    dialect: 'postgres',
    async query(sql, params = []) {
      const r = await db.query(sql, [...params]);
      return r.rows;
    },
    insertRows: (table, columns, rows) => insertBatched(db, table, columns, rows),
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
  return client(pg);
}

/**
 * A {@link SqlClient} over PGlite (PostgreSQL in-process, in WebAssembly): nothing to start,
 * the PostgreSQL dialect.
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
export function pgliteClient(db: PgQueryable): SqlClient {
  return client(db);
}
