import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/schema/FigureSchema';
import { createFiguresTable } from '../../src/sql/createFiguresTable';
import { duckdbClient } from '../../src/sql/duckdbClient';
import { insertFigures } from '../../src/sql/insertFigures';
import type { SqlClient, SqlValue } from '../../src/sql/SqlClient';
import { isSqlError } from '../../src/sql/isSqlError';
import { openDuckDb, openPglite } from './harness';

const count = async (client: SqlClient, table = 'antq_figures'): Promise<number> => Number((await client.query(`SELECT count(*) AS n FROM "${table}"`))[0]?.['n']);

/** Rows that fail part-way: the generator throws after `good` rows. */
function* failingAfter(good: number, failure: Error): Generator<SqlValue[]> {
  for (let i = 0; i < good; i++) yield [i, null, String(40 + (i % 7)), null, '2023', 'marches', null, i, null, null, null, null, null];
  throw failure;
}

const figures = (n: number): Figure[] => Array.from({ length: n }, (_, i) => ({ unit: String(40 + (i % 7)), indicator: 'marches', value: i, period: '2023' }));

describe.each([
  ['duckdb', openDuckDb],
  ['pglite', openPglite],
] as const)('inserting rows that fail part-way, on %s', (_name, open) => {
  it('writes none of the rows it still held, and throws the failure itself', async () => {
    const client = await open();
    const failure = new Error('the source broke');
    const columns = ['row_no', 'program', 'unit', 'reporter', 'period', 'indicator', 'category', 'value', 'uom', 'qualifier', 'statistic', 'note', 'source'];
    await expect(client.insertRows('antq_figures', columns, failingAfter(1000, failure))).rejects.toBe(failure);
    expect(await count(client)).toBe(0);
    // The connection is still usable, and a good insert after the failure writes its rows.
    expect(await insertFigures(client, figures(3))).toBe(3);
    expect(await count(client)).toBe(3);
  });

  it('a refused figure inside BEGIN … ROLLBACK leaves nothing, even past the batches the driver writes on its own', async () => {
    const client = await open();
    // Past DuckDB's 204,800 rows and PGlite's 100,000 per write: the last figure breaks `NOT NULL`.
    const list = figures(210_000);
    list.push({ unit: null as unknown as string, indicator: 'marches', value: 1, period: '2023' });
    await client.query('BEGIN');
    const e = await insertFigures(client, list).then(
      () => null,
      (x: unknown) => x,
    );
    await client.query('ROLLBACK');
    // DuckDB's appender words it without a kind ("Failed to append: NOT NULL constraint failed");
    // PostgreSQL gives SQLSTATE 23502. Both are the database's refusal: `sql_failed`.
    expect(isSqlError(e) && e.code).toBe('sql_failed');
    expect(await count(client)).toBe(0);
  }, 120_000);
});

describe("DuckDB's appender refusing a value, in its own words (without a kind)", () => {
  const columns = ['row_no', 'program', 'unit', 'reporter', 'period', 'indicator', 'category', 'value', 'uom', 'qualifier', 'statistic', 'note', 'source'];
  const row = (rowNo: SqlValue, value: SqlValue): SqlValue[] => [rowNo, null, '42', null, '2023', 'marches', null, value, null, null, null, null, null];

  it('a value it cannot cast to its column is sql_failed, and nothing is written', async () => {
    const client = await openDuckDb();
    // "Could not convert string 'abc' to DOUBLE"; "Type DOUBLE with value 1e+20 can't be cast … INT64".
    for (const bad of [row(1, 'abc'), row(1e20, 1)]) {
      const e = await client.insertRows('antq_figures', columns, [row(0, 1), bad]).then(
        () => null,
        (x: unknown) => x,
      );
      expect(isSqlError(e) && e.code).toBe('sql_failed');
    }
    expect(await count(client)).toBe(0);
  });

  it('running out of memory while it writes is sql_out_of_memory', async () => {
    // "Failed to append: could not allocate block of size …": in memory, nowhere to spill.
    const client = duckdbClient(await (await DuckDBInstance.create(':memory:', { memory_limit: '4MB', threads: '1', temp_directory: '' })).connect());
    await createFiguresTable(client);
    const long = figures(5000).map((f, i) => ({ ...f, note: 'x'.repeat(4000) + String(i) }));
    const e = await insertFigures(client, long).then(
      () => null,
      (x: unknown) => x,
    );
    expect(isSqlError(e) && e.code).toBe('sql_out_of_memory');
    expect(await count(client)).toBe(0);
  });
});
