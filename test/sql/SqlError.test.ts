// The database's own failures reach a user of antq/sql as `SqlError`s with a stable code and the
// driver's error as `cause`, from real failures of DuckDB and PGlite (in-process); antq's own
// errors and faults in antq pass through unchanged.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { beforeAll, describe, expect, it } from 'vitest';
import { AntqError } from '../../src/errors/AntqError';
import { isAntqError } from '../../src/errors/isAntqError';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { Figure } from '../../src/schema/FigureSchema';
import { aggregateSql } from '../../src/sql/aggregateSql';
import { comparePeriodsSql } from '../../src/sql/comparePeriodsSql';
import { createFiguresTable } from '../../src/sql/createFiguresTable';
import { duckdbClient } from '../../src/sql/duckdbClient';
import { insertFigures } from '../../src/sql/insertFigures';
import { loadFigures } from '../../src/sql/loadFigures';
import { pgliteClient } from '../../src/sql/pgClient';
import type { SqlClient, SqlValue } from '../../src/sql/SqlClient';
import { SqlError } from '../../src/sql/SqlError';
import type { SqlErrorCode } from '../../src/sql/SqlErrorCode';
import { toSqlError } from '../../src/sql/toSqlError';
import { isSqlError } from '../../src/sql/isSqlError';
import { maskPasswords } from '../../src/sql/maskPasswords';
import { tempDir } from '../tempDir';

/** What a call threw (it must throw). */
async function thrown(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
}

/** A `SqlError` with the code, both messages, an issue of the same code and the driver's error as `cause`. */
function expectSqlError(e: unknown, code: SqlErrorCode, sqlState: string | null): void {
  expect(e).toBeInstanceOf(SqlError);
  expect(isAntqError(e)).toBe(true);
  const err = e as SqlError;
  expect(err.code).toBe(code);
  expect(err.sqlState).toBe(sqlState);
  expect(err.issues).toHaveLength(1);
  expect(err.issues[0]?.code).toBe(code);
  expect(err.issues[0]?.messageVi).not.toBe(err.issues[0]?.message);
  expect(err.cause).toBeInstanceOf(Error);
  expect(isAntqError(err.cause)).toBe(false);
  if (sqlState !== null) expect((err.cause as { code?: unknown }).code).toBe(sqlState);
}

const figures: Figure[] = [
  { unit: 'C1', indicator: 'marches', value: 20, period: '2023' },
  { unit: 'C2', indicator: 'marches', value: 15, period: '2024' },
];

/** Rows whose reading throws, as a fault in antq would while a client inserts them. */
function* faultyRows(fault: Error): Generator<readonly SqlValue[]> {
  yield [0, null, 'C1', null, '2024', 'marches', null, 1, null, null, null, null, null];
  throw fault;
}

describe.each([
  ['duckdb', async (): Promise<SqlClient> => duckdbClient(await (await DuckDBInstance.create(':memory:')).connect())],
  ['pglite', async (): Promise<SqlClient> => pgliteClient(new PGlite())],
] as const)('database failures on %s', (name, open) => {
  const state = (pg: string): string | null => (name === 'duckdb' ? null : pg);
  let client: SqlClient;
  beforeAll(async () => {
    client = await open();
    await createFiguresTable(client);
    await insertFigures(client, figures);
    // A table without most of the figures columns.
    await client.query('CREATE TABLE not_figures (unit TEXT, indicator TEXT)');
  }, 120_000);

  it('names a missing table (aggregateSql, comparePeriodsSql, insertFigures)', async () => {
    expectSqlError(await thrown(() => insertFigures(client, figures, { table: 'no_such_table' })), 'sql_no_table', state('42P01'));
    expectSqlError(await thrown(() => aggregateSql(client, { table: 'no_such_table' })), 'sql_no_table', state('42P01'));
    expectSqlError(await thrown(() => comparePeriodsSql(client, { table: 'no_such_table', current: '2024', baseline: '2023' })), 'sql_no_table', state('42P01'));
  });

  it('names a missing column (aggregateSql, comparePeriodsSql, loadFigures)', async () => {
    expectSqlError(await thrown(() => aggregateSql(client, { table: 'not_figures', by: ['indicator'] })), 'sql_no_column', state('42703'));
    expectSqlError(await thrown(() => comparePeriodsSql(client, { table: 'not_figures', current: '2024', baseline: '2023' })), 'sql_no_column', state('42703'));
    expectSqlError(await thrown(() => loadFigures(client, 'unit,indicator,value\n42,marches,3\n', { table: 'not_figures' })), 'sql_no_column', state('42703'));
    // The failed load was rolled back: the connection still answers.
    expect((await aggregateSql(client, { by: ['indicator'] })).rows.map((r) => r.value)).toEqual([35]);
  });

  it('names a read a batch at a time that fails, and any other failure', async () => {
    const batches = client.queryBatches?.bind(client);
    if (batches === undefined) throw new Error('expected queryBatches');
    expectSqlError(
      await thrown(async () => {
        for await (const rows of batches('SELECT * FROM no_such_table')) expect(rows).toBeDefined();
      }),
      'sql_no_table',
      state('42P01'),
    );
    expectSqlError(await thrown(() => client.query('SELEC 1')), 'sql_failed', state('42601'));
  });

  it("passes antq's own errors and its faults through unchanged, even from inside the client", async () => {
    const notPushable = await thrown(() => aggregateSql(client, { by: ['indicator'], where: 'x' } as AggregateOptions));
    expect(notPushable).not.toBeInstanceOf(SqlError);
    expect(notPushable).toMatchObject({ code: 'sql_not_pushable' });
    // A fault while the client reads the rows it inserts (a TypeError, or an antq error) is the same object.
    const bug = new TypeError("Cannot read properties of null (reading 'unit')");
    expect(await thrown(() => client.insertRows('antq_figures', ['row_no', 'program', 'unit', 'reporter', 'period', 'indicator', 'category', 'value', 'uom', 'qualifier', 'statistic', 'note', 'source'], faultyRows(bug)))).toBe(bug);
    const own = new AntqError('invalid_argument', 'test: refused');
    expect(await thrown(() => client.insertRows('antq_figures', ['row_no', 'program', 'unit', 'reporter', 'period', 'indicator', 'category', 'value', 'uom', 'qualifier', 'statistic', 'note', 'source'], faultyRows(own)))).toBe(own);
    // A figure that is not an object: antq's own TypeError, not a database failure.
    expect(await thrown(() => insertFigures(client, [null as unknown as Figure]))).toBeInstanceOf(TypeError);
  });
});

describe('DuckDB out of memory and cancelled', () => {
  let conn: DuckDBConnection;
  let client: SqlClient;
  beforeAll(async () => {
    // DuckDB spills what it can to its temporary folder (else `.tmp` in the working directory).
    conn = await (await DuckDBInstance.create(':memory:', { threads: '1', temp_directory: tempDir('antq-sql-errors-') })).connect();
    client = duckdbClient(conn);
    await createFiguresTable(client);
    // 300,000 figures of as many units: more than 2 MB of DuckDB memory can group.
    await client.query(`INSERT INTO antq_figures (row_no, unit, indicator, value, period)
      SELECT i, 'U' || i, CASE WHEN i % 2 = 0 THEN 'marches' ELSE 'model_sites' END, i % 100, CAST(2013 + i % 11 AS TEXT) FROM range(300000) t(i)`);
  }, 120_000);

  it('names DuckDB running out of memory, and answers again with more', async () => {
    await client.query("SET memory_limit = '2MB'");
    try {
      expectSqlError(await thrown(() => aggregateSql(client, { by: ['indicator', 'period'] })), 'sql_out_of_memory', null);
      expectSqlError(await thrown(() => comparePeriodsSql(client, { current: '2023', baseline: '2022' })), 'sql_out_of_memory', null);
    } finally {
      await client.query("SET memory_limit = '1GB'");
    }
    expect((await aggregateSql(client, { by: ['indicator'] })).rows.map((r) => r.coverage.reported)).toEqual([150_000, 150_000]);
  }, 120_000);

  it('names a statement interrupted on its connection', async () => {
    // Interrupted until it fails: an interrupt before the statement starts is lost.
    const running = thrown(() => client.query('SELECT count(*) AS n FROM range(1000000000000) a'));
    const timer = setInterval(() => conn.interrupt(), 20);
    try {
      expectSqlError(await running, 'sql_cancelled', null);
    } finally {
      clearInterval(timer);
    }
  }, 60_000);
});

describe('PostgreSQL SQLSTATEs that PGlite cannot cause for real', () => {
  // PGlite has no other session to cancel from and no memory or credentials to run out of: the
  // server raises each SQLSTATE itself, and the error comes through the driver as it would.
  const client = pgliteClient(new PGlite());
  it.each([
    ['53200', 'sql_out_of_memory'],
    ['57014', 'sql_cancelled'],
    ['28P01', 'sql_auth_failed'],
    ['28000', 'sql_auth_failed'],
    ['3D000', 'sql_no_database'],
    ['22012', 'sql_failed'],
  ] as const)('SQLSTATE %s is %s', async (sqlState, code) => {
    expectSqlError(await thrown(() => client.query(`DO $$ BEGIN RAISE EXCEPTION 'raised' USING ERRCODE = '${sqlState}'; END $$`)), code, sqlState);
  });
});

describe('maskPasswords', () => {
  it.each([
    ['postgres://u:p@ss@host/db', 'postgres://u:***@host/db'],
    ['postgres://u:a/b@host/db', 'postgres://u:***@host/db'],
    ['at postgres://antq:s3cret@db.example/antq?password=s3cret now', 'at postgres://antq:***@db.example/antq?password=*** now'],
    ['PGPASSWORD=s3cret psql', 'PGPASSWORD=*** psql'],
    ['host=db password="a b" user=antq', 'host=db password=*** user=antq'],
    ["host=db password='a\\' b' user=antq", 'host=db password=*** user=antq'],
    ['host=db;Password=s3cret;user=antq', 'host=db;Password=***;user=antq'],
    ['postgres://antq@db.example/antq', 'postgres://antq@db.example/antq'],
  ])('masks %s', (text, masked) => {
    expect(maskPasswords(text)).toBe(masked);
  });
});

describe('isSqlError', () => {
  it("tells the database's failures from antq's other errors and from anything else", () => {
    const failure = toSqlError(Object.assign(new Error('relation "t" does not exist'), { code: '42P01', severity: 'ERROR' }), 'postgres');
    expect(isSqlError(failure)).toBe(true);
    expect(isSqlError(new AntqError('sql_bad_result', 'sql: expected a number from the database'))).toBe(false);
    expect(isSqlError(new AntqError('invalid_argument', 'x'))).toBe(false);
    expect(isSqlError(new Error('Out of Memory Error: x'))).toBe(false);
    expect(isSqlError({ code: 'sql_failed' })).toBe(false);
    expect(isSqlError(null)).toBe(false);
  });
});

describe('toSqlError', () => {
  it("names a lost connection: pg's own words without a SQLSTATE, class 08 and 57P01", () => {
    expectSqlError(toSqlError(new Error('Connection terminated unexpectedly'), 'postgres'), 'sql_connection_lost', null);
    expectSqlError(toSqlError(new Error('Client has encountered a connection error and is not queryable'), 'postgres'), 'sql_connection_lost', null);
    expectSqlError(toSqlError(Object.assign(new Error('connection failure'), { code: '08006', severity: 'FATAL' }), 'postgres'), 'sql_connection_lost', '08006');
    expectSqlError(toSqlError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' }), 'postgres'), 'sql_connection_lost', '57P01');
    // Not DuckDB's words, not a socket's error (it has a code of its own), not a TypeError.
    const words = new Error('Connection terminated unexpectedly');
    expect(toSqlError(words, 'duckdb')).toBe(words);
    const socket = Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });
    expect(toSqlError(socket, 'postgres')).toBe(socket);
    const bug = new TypeError('Connection terminated unexpectedly');
    expect(toSqlError(bug, 'postgres')).toBe(bug);
  });

  it("names a pg server's refusal by its SQLSTATE, never showing a password", () => {
    const refused = Object.assign(new Error('password authentication failed for user "antq" at postgres://antq:s3cret@db.example/antq?password=s3cret'), { code: '28P01', severity: 'FATAL' });
    const e = toSqlError(refused, 'postgres');
    expectSqlError(e, 'sql_auth_failed', '28P01');
    expect((e as SqlError).message).not.toContain('s3cret');
    expect((e as SqlError).issues[0]?.messageVi).not.toContain('s3cret');
    expect((e as SqlError).message).toContain('postgres://antq:***@db.example');
  });

  it('names only the database\'s own failures: not a socket\'s, a plain error, a TypeError or another dialect\'s', () => {
    const socket = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const plain = new Error('something else went wrong');
    const bug = new TypeError('Out of Memory Error: not really');
    const own = new AntqError('sql_bad_result', 'sql: expected a number from the database');
    // A socket's error with a five-letter code and no severity (not a SQLSTATE).
    const pipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    for (const e of [socket, pipe, plain, bug, own, 'a string', null]) {
      expect(toSqlError(e, 'duckdb')).toBe(e);
      expect(toSqlError(e, 'postgres')).toBe(e);
    }
    const duck = new Error('Catalog Error: Table with name t does not exist!');
    expect(toSqlError(duck, 'postgres')).toBe(duck);
    expect(toSqlError(Object.assign(new Error('relation "t" does not exist'), { code: '42P01', severity: 'ERROR' }), 'duckdb')).not.toBeInstanceOf(SqlError);
  });
});
