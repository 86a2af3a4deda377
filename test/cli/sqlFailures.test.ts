import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { connectFailure, databaseFailure, duckdbRetryLimit, duckdbSettings, summarizeUse, withMoreMemoryOnce } from '../../src/cli/internal/sqlCommands';
import { aggregateSql } from '../../src/sql/aggregateSql';
import type { SqlClient } from '../../src/sql/SqlClient';
import { createFiguresTable } from '../../src/sql/createFiguresTable';
import { duckdbClient } from '../../src/sql/duckdbClient';
import { toSqlError } from '../../src/sql/toSqlError';
import { tempDir } from '../tempDir';

let dir = '';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd: dir,
  });
  return { code, out, err };
}

beforeAll(async () => {
  dir = tempDir('antq-cli-sql-failures-');
  // 400,000 figures of as many units: more than a few megabytes of DuckDB memory can group.
  const instance = await DuckDBInstance.create(join(dir, 'many.duckdb'));
  const conn = await instance.connect();
  const client = duckdbClient(conn);
  await createFiguresTable(client);
  await client.query(`INSERT INTO antq_figures (row_no, unit, indicator, value, period)
    SELECT i, 'U' || i, CASE WHEN i % 2 = 0 THEN 'marches' ELSE 'model_sites' END, i % 100, CAST(2013 + i % 11 AS TEXT) FROM range(400000) t(i)`);
  conn.closeSync();
  instance.closeSync();
}, 120_000);

describe('summarize --db when the database fails', () => {
  it('says that DuckDB ran out of memory with a code, exit 1, no stack and nothing on stdout', async () => {
    const r = await run(['summarize', '--db', 'many.duckdb', '--by', 'indicator,period', '--format', 'json', '--memory-limit', '2MB', '--threads', '1']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^antq summarize: sql_out_of_memory: /);
    expect(r.err).not.toMatch(/\n\s+at /);
    const vi = await run(['summarize', '--db', 'many.duckdb', '--memory-limit', '2MB', '--threads', '1', '--lang', 'vi']);
    expect(vi.err).toMatch(/^antq summarize: sql_out_of_memory: .*hết bộ nhớ/);
  });

  it('names a missing table with its code', async () => {
    const r = await run(['summarize', '--db', 'many.duckdb', '--table', 'no_such_table']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^antq summarize: sql_no_table: .*no_such_table/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a database file that does not exist, and makes none', async () => {
    const r = await run(['summarize', '--db', 'none.duckdb']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^antq summarize: sql_no_database: /);
    expect(existsSync(join(dir, 'none.duckdb'))).toBe(false);
  });

  it('names a failure to open the database with a code, no stack (a folder that does not exist)', async () => {
    writeFileSync(join(dir, 'one.csv'), 'unit,indicator,value,period\n42,marches,3,2024\n');
    const r = await run(['load', 'one.csv', '--db', join('no', 'such', 'folder', 'x.duckdb')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^antq load: sql_failed: .*IO Error/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("passes a fault that is not the database's on as it is (a bug is not called a database failure)", () => {
    const bug = new TypeError("Cannot read properties of null (reading 'x')");
    expect(databaseFailure({ lang: 'en' }, bug, 'x.duckdb')).toBe(bug);
    const plain = new Error('something else went wrong');
    expect(databaseFailure({ lang: 'en' }, plain, 'x.duckdb')).toBe(plain);
    // A DuckDB failure not yet named by the library is not the CLI's to name either.
    const raw = new Error('Catalog Error: Table with name t does not exist!');
    expect(databaseFailure({ lang: 'en' }, raw, 'x.duckdb')).toBe(raw);
    expect(String(databaseFailure({ lang: 'en' }, toSqlError(raw, 'duckdb'), 'x.duckdb'))).toContain('sql_no_table: x.duckdb: DuckDB has no such table (Catalog Error');
  });

  it('still answers with enough memory', async () => {
    const r = await run(['summarize', '--db', 'many.duckdb', '--by', 'indicator', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(
      (
        JSON.parse(r.out) as {
          summary: { rows: { coverage: { reported: number } }[] };
        }
      ).summary.rows.map((x) => x.coverage.reported)
    ).toEqual([200_000, 200_000]);
    // 400,000 figures under a loaded machine's clock: well past the default timeout once.
  }, 300_000);

  it("names a PostgreSQL server's refusal by its code, a socket's failure as it is, never the password", () => {
    const url = 'postgres://antq:s3cret@db.example/antq';
    const label = 'postgres://antq:***@db.example/antq';
    const refused = Object.assign(new Error('password authentication failed for user "antq"'), { code: '28P01', severity: 'FATAL' });
    expect(connectFailure({ lang: 'en' }, refused, url, label).message).toBe('sql_auth_failed: postgres://antq:***@db.example/antq: PostgreSQL refused the credentials (password authentication failed for user "antq"; SQLSTATE 28P01)');
    expect(connectFailure({ lang: 'vi' }, refused, url, label).message).toMatch(/^sql_auth_failed: postgres:\/\/antq:\*\*\*@db\.example\/antq: PostgreSQL từ chối thông tin đăng nhập/);
    const missing = Object.assign(new Error('database "antq" does not exist'), { code: '3D000', severity: 'FATAL' });
    expect(connectFailure({ lang: 'en' }, missing, url, label).message).toMatch(/^sql_no_database: /);
    const socket = Object.assign(new Error(`connect ECONNREFUSED 10.0.0.1:5432 (${url}, password=s3cret)`), { code: 'ECONNREFUSED' });
    const line = connectFailure({ lang: 'en' }, socket, url, label).message;
    expect(line).toMatch(/^cannot connect to postgres:\/\/antq:\*\*\*@db\.example\/antq: connect ECONNREFUSED/);
    expect(line).not.toContain('s3cret');
  });

  it('says that the higher limit was tried too when the second read runs out of memory as well', async () => {
    const sets: string[] = [];
    // A connection whose every read runs out of memory; only the limit it is given is kept.
    const client: SqlClient = {
      dialect: 'duckdb',
      query: (sql) => (sets.push(sql), Promise.resolve([])),
      insertRows: () => Promise.resolve(),
    };
    let reads = 0;
    const outOfMemory = (): Promise<never> => {
      reads++;
      return Promise.reject(toSqlError(new Error('Out of Memory Error: could not allocate block of size 256.0 KiB (91.4 MiB/91.5 MiB used)'), 'duckdb'));
    };
    const twice = await withMoreMemoryOnce(client, '256MB', outOfMemory).catch((e: unknown) => e);
    expect(reads).toBe(2);
    expect(sets).toEqual(["SET memory_limit = '256MB'"]);
    expect(String(databaseFailure({ lang: 'en' }, twice, 'x.duckdb'))).toMatch(
      /^InputError: sql_out_of_memory: x\.duckdb: DuckDB ran out of memory \(.*\); read again under 256MB, which was not enough either: raise --memory-limit above 256MB, lower --threads or group less finely \(--by\)$/,
    );
    expect(String(databaseFailure({ lang: 'vi' }, twice, 'x.duckdb'))).toMatch(/; đã đọc lại với giới hạn 256MB nhưng vẫn không đủ: tăng --memory-limit lên trên 256MB, giảm --threads hoặc gộp thô hơn \(--by\)$/);
    // Read once (no higher limit): the line does not say that 256MB was tried.
    const once = await withMoreMemoryOnce(client, null, outOfMemory).catch((e: unknown) => e);
    expect(reads).toBe(3);
    const line = String(databaseFailure({ lang: 'en' }, once, 'x.duckdb'));
    expect(line).toMatch(/; raise --memory-limit, lower --threads or group less finely \(--by\)$/);
    expect(line).not.toContain('256MB');
  });

  it('reads a summary once more under a higher limit when DuckDB runs out of memory, with the same rows', async () => {
    const open = async (memory: string): Promise<{ client: SqlClient; reads: () => number; close: () => void }> => {
      const instance = await DuckDBInstance.create(join(dir, 'many.duckdb'), { memory_limit: memory, threads: '1', access_mode: 'READ_ONLY' });
      const conn = await instance.connect();
      const inner = duckdbClient(conn);
      let reads = 0;
      // Counts the statements that read the figures: the second read of a summary runs them again.
      const client: SqlClient = { ...inner, query: (sql, params) => ((reads += sql.includes('"antq_figures"') ? 1 : 0), inner.query(sql, params)) };
      return { client, reads: () => reads, close: () => (conn.closeSync(), instance.closeSync()) };
    };
    const options = { by: ['indicator' as const, 'period' as const] };
    const enough = await open('256MB');
    const expected = await aggregateSql(enough.client, options);
    enough.close();

    const small = await open('2MB');
    try {
      // No higher limit (--memory-limit given): the failure is the answer.
      await expect(withMoreMemoryOnce(small.client, null, () => aggregateSql(small.client, options))).rejects.toMatchObject({ code: 'sql_out_of_memory' });
      const before = small.reads();
      const got = await withMoreMemoryOnce(small.client, '256MB', () => aggregateSql(small.client, options));
      expect(got).toEqual(expected);
      // It ran out under 2MB, then read again under 256MB.
      expect(small.reads()).toBeGreaterThan(before + 1);
      expect((await small.client.query("SELECT current_setting('memory_limit') AS m"))[0]?.['m']).toMatch(/^24\d(\.\d+)? MiB$/);
      // Any other failure is not read again.
      let tries = 0;
      await expect(
        withMoreMemoryOnce(small.client, '512MB', () => {
          tries++;
          return aggregateSql(small.client, { ...options, table: 'no_such_table' });
        }),
      ).rejects.toMatchObject({ code: 'sql_no_table' });
      expect(tries).toBe(1);
    } finally {
      small.close();
    }
    const args = (options: [string, string][]): { positionals: string[]; options: Map<string, string> } => ({ positionals: [], options: new Map(options) });
    // Only a summary without --memory-limit is read again, under 256MB.
    expect(duckdbRetryLimit(args([]), 'summary')).toBe('256MB');
    expect(duckdbRetryLimit(args([['memory-limit', '96MB']]), 'summary')).toBeNull();
    expect(duckdbRetryLimit(args([]), 'query')).toBeNull();
    expect(duckdbRetryLimit(args([]), 'load')).toBeNull();
    // summarize by unit opens at the query limit, with no second read; otherwise as a summary.
    expect(summarizeUse(['indicator', 'unit'])).toBe('query');
    expect(summarizeUse(['indicator', 'category', 'period'])).toBe('summary');
    expect(duckdbSettings(args([]), summarizeUse(['indicator']))).toMatchObject({ memory_limit: '96MB' });
  }, 300_000);
});
