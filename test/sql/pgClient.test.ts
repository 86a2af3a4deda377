import { PGlite } from '@electric-sql/pglite';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { pgClient, pgliteClient, type PgCopyStreamLike, type PgQueryable } from '../../src/sql/pgClient';
import type { SqlClient, SqlValue } from '../../src/sql/SqlClient';

/** Values whose CSV or array encoding could go wrong: what antq writes must read back the same. */
const TRICKY: SqlValue[][] = [
  [0, null, null, null],
  [1, '', 0.1 + 0.2, true],
  [2, 'a "quoted", b\nc\r\nd \\N', 1e-7, false],
  [3, "x'; DROP TABLE t; --", 123456789.123456, true],
  [4, '\\.', -0, null],
  [5, 'Hà Nội, "Phường Bến Nghé"; 東京 🇻🇳', Number.MAX_VALUE, false],
  [6, ',', 9007199254740993, true],
  [7, '\"', 5e-324, null],
  [8, 'NULL', 1e21, true],
  [9, ' lead and trail ', 123456789012345680000, false],
];

const TABLE = 'CREATE TABLE t (i BIGINT, s TEXT, d DOUBLE PRECISION, b BOOLEAN)';

async function readBack(client: { query(sql: string): Promise<readonly Record<string, unknown>[]> }): Promise<unknown[][]> {
  const got = await client.query('SELECT i, s, d, b FROM t ORDER BY i');
  return got.map((r) => [Number(r['i']), r['s'], r['d'], r['b']]);
}

/**
 * A stand-in for `pg` with `pg-copy-streams` and no server: statements run in PGlite, and a copy
 * stream collects what antq writes, then hands it to PGlite's own `COPY FROM` (the server's CSV
 * reader) when it ends. A small buffer makes antq wait for `drain`.
 */
function fakePg(db: PGlite): { pg: PgQueryable; copyFrom: (sql: string) => PgCopyStreamLike; chunks: string[]; statements: string[] } {
  const chunks: string[] = [];
  const statements: string[] = [];
  const copyFrom = (sql: string): PgCopyStreamLike => {
    statements.push(sql);
    const text = sql.replace('FROM STDIN', "FROM '/dev/blob'");
    return new Writable({
      highWaterMark: 16,
      decodeStrings: false,
      write(chunk: string, _enc, done) {
        chunks.push(chunk);
        setImmediate(done);
      },
      final(done) {
        db.query(text, [], { blob: new Blob(chunks) }).then(
          () => done(),
          (e: unknown) => done(e as Error),
        );
      },
    });
  };
  const pg = {
    query(text: unknown, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> {
      // `pg` runs a submittable (the copy stream) when handed one; here it only starts.
      if (typeof text !== 'string') return Promise.resolve({ rows: [] });
      return db.query(text, values);
    },
  } as PgQueryable;
  return { pg, copyFrom, chunks, statements };
}

describe('pgliteClient', () => {
  it('copies rows in as they are: NULL and empty text apart, quotes, commas, line breaks, non-Latin text, -0, exact and large doubles, booleans', async () => {
    const client = pgliteClient(new PGlite());
    await client.query(TABLE);
    await client.insertRows('t', ['i', 's', 'd', 'b'], TRICKY);
    expect(await readBack(client)).toEqual(TRICKY);
  });

  it('copies more rows than one batch', async () => {
    const client = pgliteClient(new PGlite());
    await client.query('CREATE TABLE t (i INTEGER)');
    await client.insertRows('t', ['i'], (function* () {
      for (let i = 0; i < 250_001; i++) yield [i];
    })());
    const [r] = await client.query('SELECT count(*)::int AS n, sum(i)::float8 AS s FROM t');
    expect(r).toEqual({ n: 250_001, s: 31_250_125_000 });
  });
});

describe('queryBatches through a cursor', () => {
  // The cursors antq left open (the statement asking has an unnamed one of its own).
  const openCursors = async (db: PGlite): Promise<string[]> => (await db.query<{ name: string }>("SELECT name FROM pg_cursors WHERE name <> ''")).rows.map((r) => r.name);
  const batchesOf = (client: SqlClient, sql: string): AsyncIterable<readonly Record<string, unknown>[]> => {
    if (client.queryBatches === undefined) throw new Error('pgliteClient reads in batches');
    return client.queryBatches(sql);
  };
  const readAll = async (batches: AsyncIterable<readonly Record<string, unknown>[]>): Promise<number> => {
    let n = 0;
    for await (const b of batches) n += b.length;
    return n;
  };

  it('gives every row, a batch at a time, and leaves no cursor open, also when the reader stops early', async () => {
    const db = new PGlite();
    const c = pgliteClient(db);
    for (const n of [0, 999, 1_000, 2_000, 2_001]) expect(await readAll(batchesOf(c, `SELECT g FROM generate_series(1, ${n}) g`))).toBe(n);
    for await (const b of batchesOf(c, 'SELECT g FROM generate_series(1, 25000) g')) {
      expect(b.length).toBe(1_000);
      break;
    }
    expect(await openCursors(db)).toEqual([]);
  });

  it('gives, in 1,000 rows at a time at most, the rows of one read in their order', async () => {
    const c = pgliteClient(new PGlite());
    // A row count a fetch's size does not divide, values of several types, and NULLs.
    const sql = "SELECT g, 'x' || g AS s, g / 7.0 AS d, g % 3 = 0 AS b, CASE WHEN g % 5 = 0 THEN NULL ELSE g END AS n FROM generate_series(1, 2345) g ORDER BY g DESC";
    const sizes: number[] = [];
    const rows: Record<string, unknown>[] = [];
    for await (const b of batchesOf(c, sql)) {
      sizes.push(b.length);
      rows.push(...b);
    }
    expect(sizes).toEqual([1_000, 1_000, 345]);
    expect(rows).toEqual(await c.query(sql));
  });

  it("passes on the read's own error inside a transaction, not the aborted transaction's", async () => {
    const db = new PGlite();
    const c = pgliteClient(db);
    await db.query('BEGIN');
    // The division by zero comes at row 1,500, in the second fetch.
    await expect(readAll(batchesOf(c, 'SELECT 1 / (g - 1500) FROM generate_series(1, 25000) g'))).rejects.toThrow(/division by zero/);
    await db.query('ROLLBACK');
    expect(await openCursors(db)).toEqual([]);
  });

  it('reads through two clients of one connection at once (cursor names never shared)', async () => {
    const db = new PGlite();
    const a = batchesOf(pgliteClient(db), 'SELECT g FROM generate_series(1, 25000) g')[Symbol.asyncIterator]();
    const b = batchesOf(pgliteClient(db), 'SELECT g FROM generate_series(1, 25000) g')[Symbol.asyncIterator]();
    expect((await a.next()).value?.length).toBe(1_000);
    expect((await b.next()).value?.length).toBe(1_000);
    await a.return?.(undefined);
    await b.return?.(undefined);
    expect(await openCursors(db)).toEqual([]);
  });
});

describe('pgClient', () => {
  it('copies rows in by COPY FROM STDIN when given copyFrom: what it writes, PostgreSQL reads back the same', async () => {
    const db = new PGlite();
    const { pg, copyFrom, chunks, statements } = fakePg(db);
    const client = pgClient(pg, { copyFrom });
    await client.query(TABLE);
    await client.insertRows('t', ['i', 's', 'd', 'b'], TRICKY);
    expect(statements).toEqual(['COPY "t" ("i", "s", "d", "b") FROM STDIN WITH (FORMAT csv)']);
    expect(chunks.length).toBe(1);
    expect(await readBack(client)).toEqual(TRICKY);
  });

  it('writes a large copy in chunks, waiting for the stream to drain', async () => {
    const db = new PGlite();
    const { pg, copyFrom, chunks } = fakePg(db);
    const client = pgClient(pg, { copyFrom });
    await client.query('CREATE TABLE t (i BIGINT, s TEXT)');
    const n = 120_000;
    await client.insertRows('t', ['i', 's'], (function* () {
      for (let i = 0; i < n; i++) yield [i, `xã ${i}, "${i % 7}"`];
    })());
    expect(chunks.length).toBeGreaterThan(1);
    const [r] = await client.query(`SELECT count(*)::int AS n, sum(i)::float8 AS s, count(*) FILTER (WHERE s = 'xã ' || i || ', "' || (i % 7) || '"')::int AS same FROM t`);
    expect(r).toEqual({ n, s: (n * (n - 1)) / 2, same: n });
  });

  it('rejects when the server refuses the copied rows', async () => {
    const db = new PGlite();
    const { pg, copyFrom } = fakePg(db);
    const client = pgClient(pg, { copyFrom });
    await client.query('CREATE TABLE t (i BIGINT CHECK (i >= 0))');
    await expect(client.insertRows('t', ['i'], [[1], [-1]])).rejects.toThrow();
    expect(await client.query('SELECT count(*)::int AS n FROM t')).toEqual([{ n: 0 }]);
  });

  it('without copyFrom inserts by unnest, one array a column, cast to the column types', async () => {
    const db = new PGlite();
    const client = pgClient(db);
    await client.query(TABLE);
    await client.insertRows('t', ['i', 's', 'd', 'b'], TRICKY);
    expect(await readBack(client)).toEqual(TRICKY);
    await client.query('CREATE TEMP TABLE "we""ird" (i BIGINT, s TEXT)');
    await client.insertRows('we"ird', ['s', 'i'], [['a', 1], [null, 2]]);
    expect(await client.query('SELECT i::int AS i, s FROM "we""ird" ORDER BY i')).toEqual([{ i: 1, s: 'a' }, { i: 2, s: null }]);
    await expect(client.insertRows('t', ['nope'], [[1]])).rejects.toMatchObject({ code: 'invalid_argument' });
  });
});

describe.skipIf(process.env['ANTQ_PG_URL'] === undefined)('pgClient on a PostgreSQL server (ANTQ_PG_URL)', () => {
  it.each(['copy', 'unnest'] as const)('inserts rows as they are (%s)', async (how) => {
    const { default: pg } = await import('pg');
    const { from } = await import('pg-copy-streams');
    const db = new pg.Client({ connectionString: process.env['ANTQ_PG_URL'] });
    await db.connect();
    try {
      const client = how === 'copy' ? pgClient(db, { copyFrom: from }) : pgClient(db);
      await client.query(TABLE.replace('CREATE TABLE t', 'CREATE TEMP TABLE t'));
      await client.insertRows('t', ['i', 's', 'd', 'b'], TRICKY);
      const got = await readBack(client);
      expect(got).toEqual(TRICKY);
      await expect(client.insertRows('t', ['i', 'd'], [[10, 1], [11, 'x']])).rejects.toThrow();
    } finally {
      await db.end();
    }
  });
});
