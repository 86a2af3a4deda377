import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { duckdbClient, type DuckDBConnectionLike, type DuckDBMaterializedLike } from '../../src/sql/duckdbClient';

async function batchesOf(client: ReturnType<typeof duckdbClient>, sql: string): Promise<number[][]> {
  const out: number[][] = [];
  for await (const batch of client.queryBatches?.(sql) ?? []) out.push(batch.map((r) => Number(r['i'])));
  return out;
}

describe('duckdbClient reads a result a chunk at a time', () => {
  it('hands over every row of a result made whole in DuckDB, a chunk at a time, as one read does', async () => {
    const client = duckdbClient(await (await DuckDBInstance.create(':memory:')).connect());
    const sql = 'SELECT i FROM range(5000) t(i) ORDER BY i DESC';
    const batches = await batchesOf(client, sql);
    expect(batches.map((b) => b.length)).toEqual([2048, 2048, 904]);
    expect(batches.flat()).toEqual((await client.query(sql)).map((r) => Number(r['i'])));
    expect(await batchesOf(client, 'SELECT i FROM range(0) t(i)')).toEqual([]);
  });

  it('refuses a result whose chunks end before its row count (a chunk DuckDB failed to hand over)', async () => {
    const real = await (await DuckDBInstance.create(':memory:')).connect();
    // The rows of a 5,000-row result, of which the chunks after the first are lost, as a failed
    // read of a spilled block ends them in @duckdb/node-api.
    const connection: DuckDBConnectionLike = {
      runAndReadAll: (sql, values) => real.runAndReadAll(sql, values),
      createAppender: (table) => real.createAppender(table),
      run: async (sql): Promise<DuckDBMaterializedLike> => {
        const whole = await real.run(sql);
        return {
          rowCount: whole.rowCount,
          columnNames: () => whole.columnNames(),
          // The first chunk's columns only, as a read that lost the chunks after it.
          getColumnsJS: async () => (await real.run(`${sql} LIMIT 2048`)).getColumnsJS(),
          async *yieldRowsJs() {
            for await (const chunk of whole.yieldRowsJs()) {
              yield chunk;
              return;
            }
          },
        };
      },
    };
    const client = duckdbClient(connection);
    await expect(batchesOf(client, 'SELECT i FROM range(5000) t(i)')).rejects.toMatchObject({ code: 'sql_failed', dialect: 'duckdb' });
    await expect(client.query('SELECT i FROM range(5000) t(i)')).rejects.toMatchObject({ code: 'sql_failed', dialect: 'duckdb' });
    // A statement without rows is whole.
    expect(await client.query('SELECT i FROM range(0) t(i)')).toEqual([]);
    // A result of one chunk is whole.
    expect((await batchesOf(client, 'SELECT i FROM range(100) t(i)')).flat()).toHaveLength(100);
    expect(await client.query('SELECT i FROM range(100) t(i)')).toHaveLength(100);
  });
});
