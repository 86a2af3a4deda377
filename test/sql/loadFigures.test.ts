import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { importFigures } from '../../src/import/importFigures';
import type { Figure } from '../../src/schema/FigureSchema';
import { aggregateSql } from '../../src/sql/aggregateSql';
import { loadFigures } from '../../src/sql/loadFigures';
import type { SqlClient } from '../../src/sql/SqlClient';
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
