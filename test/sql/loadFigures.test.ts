import { beforeAll, describe, expect, it, vi } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { importFigures } from '../../src/import/importFigures';
import type { Figure } from '../../src/schema/FigureSchema';
import { aggregateSql } from '../../src/sql/aggregateSql';
import { loadFigures } from '../../src/sql/loadFigures';
import type { SqlClient } from '../../src/sql/SqlClient';
import { duckdbClient } from '../../src/sql/duckdbClient';
import { openDuckDb, openPglite } from './harness';

const CSV = ['unit,indicator,value,period,qualifier', '42,marches,35,2023,', '42,marches,-1,2023,', '43,model_sites,12,2023-05-24,over', '44,marches,abc,2023,'].join('\n');

describe.each([
  ['duckdb', openDuckDb],
  ['pglite', openPglite],
] as const)('loadFigures on %s', (_name, open) => {
  let client: SqlClient;
  beforeAll(async () => {
    client = await open();
  }, 300_000);

  it('loads only the rows the import accepts, reports the rejected ones as importFigures does, and numbers rows on', async () => {
    const count = async (table: string): Promise<number> => Number((await client.query(`SELECT count(*) AS n FROM "${table}"`))[0]?.['n']);
    const strict = await loadFigures(client, CSV, { table: 'strict_figures' });
    expect(strict).toEqual(await importFigures(CSV));
    expect(strict.ok).toBe(false);
    expect(await count('strict_figures')).toBe(0);

    const lenient = await loadFigures(client, CSV, { table: 'lenient_figures', mode: 'lenient' });
    expect(lenient).toEqual(await importFigures(CSV, { mode: 'lenient' }));
    expect(lenient.accepted).toBe(2);
    expect(lenient.groups.map((g) => g.code).length).toBeGreaterThan(0);
    await loadFigures(client, CSV, { table: 'lenient_figures', mode: 'lenient' });
    expect(await count('lenient_figures')).toBe(4);

    const figures: Figure[] = [];
    await importFigures(CSV, { mode: 'lenient', onFigures: (f) => { for (const x of f) figures.push(x); } });
    const twice = [...figures, ...figures];
    const options = { by: ['indicator', 'unit'] as const, period: '2023' };
    expect(await aggregateSql(client, { ...options, table: 'lenient_figures' })).toEqual(aggregate(twice, options));
  });
});

describe('duckdbClient with DuckDBDataChunk', () => {
  it('appends column chunks that hold exactly what value-by-value appends hold (nulls, quotes, fractions, several chunks)', async () => {
    const { DuckDBAppender, DuckDBDataChunk, DuckDBInstance } = await import('@duckdb/node-api');
    const chunks = vi.spyOn(DuckDBAppender.prototype, 'appendDataChunk');
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const lines = ['program,unit,reporter,period,indicator,category,value,uom,qualifier,note'];
    for (let i = 0; i < 5000; i++) {
      const note = i % 3 === 0 ? '' : `"say ""${i}"", it's ${'ạ'.repeat(i % 5)}"`;
      lines.push(`${i % 2 === 0 ? 'P1' : ''},U${i},${i % 4 === 0 ? 'police+front' : ''},2023-${String(1 + (i % 12)).padStart(2, '0')},marches,,${(i * 1.37).toFixed(2)},,${i % 5 === 0 ? 'about' : ''},${note}`);
    }
    const csv = lines.join('\n');
    const fast = duckdbClient(conn, { DuckDBDataChunk });
    const slow = duckdbClient(conn);
    const a = await loadFigures(fast, csv, { table: 'fast_figures' });
    expect(chunks).toHaveBeenCalledTimes(3);
    const b = await loadFigures(slow, csv, { table: 'slow_figures' });
    expect(chunks).toHaveBeenCalledTimes(3);
    chunks.mockRestore();
    expect(a).toEqual(b);
    expect(a.groups).toEqual([]);
    expect(a.accepted).toBe(5000);
    const all = (t: string): Promise<readonly Record<string, unknown>[]> => slow.query(`SELECT * FROM "${t}" ORDER BY row_no`);
    const rows = await all('fast_figures');
    expect(rows).toEqual(await all('slow_figures'));
    expect(rows[4999]?.['row_no']).toBe(4999n);
    expect(rows[1]?.['program']).toBeNull();
  });
});
