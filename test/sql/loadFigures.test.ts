import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { importFigures } from '../../src/import/importFigures';
import type { Figure } from '../../src/schema/FigureSchema';
import { aggregateSql } from '../../src/sql/aggregateSql';
import { loadFigures } from '../../src/sql/loadFigures';
import type { SqlClient } from '../../src/sql/SqlClient';
import { openDuckDb, openPglite } from './harness';

import type { ImportReport } from '../../src/import/ImportReport';

/**
 * Rows 1–3 are tracked (`maxTrackedKeys: 3`); row 4 is past the budget, so the import stops
 * tracking there and the repeats of rows 4 and 5 (rows 7, 8 and 10, spelled differently: the
 * programme not normalised, reporters in another order, the default unit of measure written out)
 * reach the database. Row 9 repeats row 1, which the import still remembers. Row 2's note spans
 * two lines, so lines and rows part.
 */
const REPEATS = [
  'program,unit,reporter,indicator,value,uom,period,note',
  '1/ctr,41,hnd+mttq,marches,1,,2023,',
  ',42,,marches,2,,2023,"two',
  'lines"',
  ',43,,marches,3,,2023,',
  '1/ctr-mttq,44,mttq+hnd,marches,4,,2023,',
  ',45,,marches,5,count,2023-Q1,',
  ',46,,marches,-6,,2023,',
  '01/CTr-MTTQ,44,hnd+mttq,marches,4,count,2023,',
  ',45,,marches,50,,2023-Q1,',
  '1/ctr,41,mttq+hnd,marches,1,,2023,',
  '1/CTR-mttq,44,mttq+hnd+mttq,marches,4,,2023,',
].join('\n');

/** The report without the warning that the import's key budget ran out. */
function unlimited(r: ImportReport): ImportReport {
  const limited = r.groups.find((g) => g.code === 'cross_row_checks_limited');
  return { ...r, warnings: r.warnings - (limited?.count ?? 0), groups: r.groups.filter((g) => g !== limited) };
}

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

  const count = async (table: string): Promise<number> => Number((await client.query(`SELECT count(*) AS n FROM "${table}"`))[0]?.['n']);
  const units = async (table: string): Promise<string[]> => (await client.query(`SELECT unit, value FROM "${table}" ORDER BY row_no`)).map((r) => `${String(r['unit'])}:${String(r['value'])}`);

  it('finds in the database the repeats the import could not track, and reports them as the import would with no key limit', async () => {
    const lenient = await loadFigures(client, REPEATS, { table: 'repeats_lenient', mode: 'lenient', maxTrackedKeys: 3 });
    const full = await importFigures(REPEATS, { mode: 'lenient' });
    expect(lenient.groups.map((g) => g.code)).toContain('cross_row_checks_limited');
    expect(unlimited(lenient)).toEqual(full);
    expect(lenient.groups.find((g) => g.code === 'duplicate_figure')?.occurrences.map((o) => [o.row, o.line])).toEqual([[7, 9], [9, 11], [10, 12]]);
    expect(lenient.groups.find((g) => g.code === 'conflicting_figure')?.occurrences.map((o) => [o.row, o.line, o.message])).toEqual([[8, 10, 'row 8: same figure as row 5 with another value (5)']]);
    expect(lenient.accepted).toBe(5);
    expect(await count('repeats_lenient')).toBe(5);
    expect(await units('repeats_lenient')).toEqual(['41:1', '42:2', '43:3', '44:4', '45:5']);

    // Strict: the same file without its negative value and with no repeat the import sees.
    const clean = REPEATS.split('\n').filter((l) => !l.includes('-6') && !l.startsWith('1/ctr,41,mttq+hnd')).join('\n');
    const strict = await loadFigures(client, clean, { table: 'repeats_strict', maxTrackedKeys: 3 });
    expect(strict.ok).toBe(false);
    expect(unlimited(strict)).toEqual(await importFigures(clean));
    expect(strict.accepted).toBe(0);
    expect(await count('repeats_strict')).toBe(0);
    // The same file with the keys tracked: nothing to find, as before.
    expect((await loadFigures(client, clean, { table: 'repeats_strict', mode: 'lenient', maxTrackedKeys: 100 })).accepted).toBe(5);
  }, 120_000);

  it('finds repeats of figures already in the table, named by their row_no', async () => {
    const first = ['unit,indicator,value,period', '51,marches,1,2023', '52,marches,2,2023', '53,marches,3,2023'].join('\n');
    expect((await loadFigures(client, first, { table: 'repeats_table' })).accepted).toBe(3);
    const second = ['unit,indicator,value,period', '61,marches,1,2023', '52,marches,2,2023', '53,marches,30,2023', '62,marches,2,2023'].join('\n');
    const strict = await loadFigures(client, second, { table: 'repeats_table', maxTrackedKeys: 1 });
    expect(strict.ok).toBe(false);
    expect(await count('repeats_table')).toBe(3);
    const lenient = await loadFigures(client, second, { table: 'repeats_table', mode: 'lenient', maxTrackedKeys: 1 });
    expect(lenient.groups.filter((g) => g.severity === 'error').map((g) => [g.code, g.count, g.occurrences.map((o) => [o.row, o.line, o.column, o.message, o.messageVi])])).toEqual([
      ['conflicting_figure', 1, [[3, 4, 'value', 'row 3: same figure as row_no 2 already in the table with another value (3)', 'Dòng 3: cùng số liệu với row_no 2 đã có trong bảng nhưng khác giá trị (3)']]],
      ['duplicate_figure', 1, [[2, 3, 'value', 'row 2: repeats the figure with row_no 1 already in the table', 'Dòng 2: trùng với số liệu row_no 1 đã có trong bảng']]],
    ]);
    expect([lenient.accepted, lenient.rejected, lenient.errors]).toEqual([2, 2, 2]);
    expect(await units('repeats_table')).toEqual(['51:1', '52:2', '53:3', '61:1', '62:2']);
  }, 120_000);

  it('strict: a file with another error still gets its repeats past the budget reported, as the import with every key tracked', async () => {
    const text = ['unit,indicator,value,period', '41,marches,1,2023', '42,marches,2,2023', '43,marches,3,2023', '43,marches,3,2023', '44,marches,-1,2023'].join('\n');
    const strict = await loadFigures(client, text, { table: 'strict_other', maxTrackedKeys: 1 });
    expect(unlimited(strict)).toEqual(await importFigures(text));
    expect(strict.groups.filter((g) => g.severity === 'error').map((g) => [g.code, g.count])).toEqual([['duplicate_figure', 1], ['negative_value', 1]]);
    expect(strict.errors).toBe(2);
    expect(await count('strict_other')).toBe(0);
  }, 60_000);

  it("never drops a user's table named like the load's temporary tables", async () => {
    const names = ['antq_q_load_map', 'antq_q_load_canon', 'antq_q_load_uom', 'antq_q_load_repeats'];
    for (const t of names) {
      await client.query(`CREATE TABLE ${t} (x INTEGER)`);
      await client.query(`INSERT INTO ${t} VALUES (7)`);
    }
    const text = ['program,unit,reporter,indicator,value,period', '1/ctr,41,hnd+mttq,marches,1,2023', '1/ctr,42,,marches,2,2023', '01/CTR,42,,marches,2,2023'].join('\n');
    const lenient = await loadFigures(client, text, { table: 'temp_names', mode: 'lenient', maxTrackedKeys: 1 });
    expect(lenient.groups.find((g) => g.code === 'duplicate_figure')?.count).toBe(1);
    for (const t of names) expect((await client.query(`SELECT x FROM ${t}`)).map((r) => Number(r['x']))).toEqual([7]);
    for (const t of names) await client.query(`DROP TABLE ${t}`);
  }, 60_000);
});
/** A client that records its statements, and fails the ones `fail` picks. */
function recording(inner: SqlClient, fail: (sql: string) => boolean = () => false): SqlClient & { readonly log: string[] } {
  const log: string[] = [];
  return {
    dialect: inner.dialect,
    log,
    async query(sql, params) {
      log.push(sql);
      if (fail(sql)) throw new Error(`refused: ${sql}`);
      return inner.query(sql, params);
    },
    async insertRows(table, columns, rows) {
      log.push(`insert ${table}`);
      if (fail(`insert ${table}`)) throw new Error(`refused: insert ${table}`);
      return inner.insertRows(table, columns, rows);
    },
  };
}


/**
 * A source that yields `head`, says so (`started`), then waits for `go()` before the `rest`: a
 * load held open in the middle of its file.
 */
function gatedSource(head: string, rest: string): { source: AsyncGenerator<string>; started: Promise<void>; go: () => void } {
  let go = (): void => {};
  const gate = new Promise<void>((r) => {
    go = r;
  });
  let begun = (): void => {};
  const started = new Promise<void>((r) => {
    begun = r;
  });
  async function* source(): AsyncGenerator<string> {
    yield head;
    begun();
    await gate;
    yield rest;
  }
  return { source: source(), started, go: () => go() };
}

describe('loadFigures: one load at a time', () => {
  it('PostgreSQL: locks the table against other writers before reading where row_no goes on; DuckDB has no LOCK', async () => {
    const pgl = recording(await openPglite());
    await loadFigures(pgl, 'unit,indicator,value,period\n41,marches,1,2023\n', { table: 'locked' });
    const lock = pgl.log.findIndex((q) => q === 'LOCK TABLE "locked" IN SHARE ROW EXCLUSIVE MODE');
    expect(lock).toBeGreaterThan(pgl.log.indexOf('BEGIN TRANSACTION'));
    expect(lock).toBeLessThan(pgl.log.findIndex((q) => q.includes('max(row_no)')));
    const duck = recording(await openDuckDb());
    expect((await loadFigures(duck, 'unit,indicator,value,period\n41,marches,1,2023\n', { table: 'locked' })).accepted).toBe(1);
    expect(duck.log.some((q) => q.startsWith('LOCK'))).toBe(false);
  }, 60_000);

  it('refuses a second load on a connection whose load is not finished, before writing anything', async () => {
    const client = await openDuckDb();
    const { source, started, go } = gatedSource('unit,indicator,value,period\n41,marches,1,2023\n', '42,marches,2,2023\n41,marches,1,2023\n');
    const one = loadFigures(client, source, { table: 'one', mode: 'lenient', maxTrackedKeys: 1 });
    await started;
    await expect(loadFigures(client, 'unit,indicator,value,period\n51,marches,1,2023\n', { table: 'two' })).rejects.toMatchObject({ code: 'load_in_progress' });
    go();
    const report = await one;
    expect(report.groups.find((g) => g.code === 'duplicate_figure')?.count).toBe(1);
    expect((await client.query('SELECT unit FROM one ORDER BY row_no')).map((r) => r['unit'])).toEqual(['41', '42']);
    expect((await client.query("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'two'"))[0]?.['n']).toBe(0n);
    // Once the first load is over, the connection loads again.
    expect((await loadFigures(client, 'unit,indicator,value,period\n51,marches,1,2023\n', { table: 'two' })).accepted).toBe(1);
  }, 60_000);

  it('a failing ROLLBACK does not hide the error that made the load roll back', async () => {
    const client = recording(await openPglite(), (q) => q === 'ROLLBACK' || q === 'insert antq_q_load_map');
    await expect(loadFigures(client, 'unit,indicator,value,period\n41,marches,1,2023\n', { table: 'failing' })).rejects.toThrow('refused: insert antq_q_load_map');
    expect(client.log).toContain('ROLLBACK');
  }, 60_000);
});

describe.skipIf(process.env['ANTQ_PG_URL'] === undefined)('loadFigures on a PostgreSQL server (ANTQ_PG_URL)', () => {
  it.each(['copy', 'unnest'] as const)('loads and finds the repeats past the key budget (%s)', async (how) => {
    const { default: pg } = await import('pg');
    const { from } = await import('pg-copy-streams');
    const { pgClient } = await import('../../src/sql/pgClient');
    const db = new pg.Client({ connectionString: process.env['ANTQ_PG_URL'] });
    await db.connect();
    try {
      const client = how === 'copy' ? pgClient(db, { copyFrom: from }) : pgClient(db);
      await db.query('DROP TABLE IF EXISTS antq_test_repeats');
      const lenient = await loadFigures(client, REPEATS, { table: 'antq_test_repeats', mode: 'lenient', maxTrackedKeys: 3 });
      expect(unlimited(lenient)).toEqual(await importFigures(REPEATS, { mode: 'lenient' }));
      const rows = await client.query('SELECT unit, value FROM antq_test_repeats ORDER BY row_no');
      expect(rows.map((r) => `${String(r['unit'])}:${String(r['value'])}`)).toEqual(['41:1', '42:2', '43:3', '44:4', '45:5']);
      const clean = REPEATS.split('\n').filter((l) => !l.includes('-6') && !l.startsWith('1/ctr,41,mttq+hnd')).join('\n');
      const strict = await loadFigures(client, clean, { table: 'antq_test_repeats', maxTrackedKeys: 3 });
      expect(strict.ok).toBe(false);
      expect(strict.groups.find((g) => g.code === 'duplicate_figure')?.occurrences[0]?.message).toBe('row 1: repeats the figure with row_no 0 already in the table');
      expect((await client.query('SELECT count(*)::int AS n FROM antq_test_repeats'))[0]).toEqual({ n: 5 });
      await db.query('DROP TABLE antq_test_repeats');
    } finally {
      await db.end();
    }
  }, 120_000);

  it("two connections loading one table take turns: the second waits, then finds the first's figures in the table", async () => {
    const { default: pg } = await import('pg');
    const { from } = await import('pg-copy-streams');
    const { pgClient } = await import('../../src/sql/pgClient');
    const a = new pg.Client({ connectionString: process.env['ANTQ_PG_URL'] });
    const b = new pg.Client({ connectionString: process.env['ANTQ_PG_URL'] });
    await a.connect();
    await b.connect();
    try {
      await a.query('DROP TABLE IF EXISTS antq_test_turns');
      // A begins (its transaction open), then waits for the rest of its file while B loads.
      const { source, started, go } = gatedSource('unit,indicator,value,period\n', '61,marches,1,2023\n62,marches,2,2023\n');
      const first = loadFigures(pgClient(a, { copyFrom: from }), source, { table: 'antq_test_turns', mode: 'lenient', maxTrackedKeys: 1 });
      await started;
      const second = loadFigures(pgClient(b, { copyFrom: from }), 'unit,indicator,value,period\n62,marches,2,2023\n61,marches,1,2023\n', { table: 'antq_test_turns', mode: 'lenient', maxTrackedKeys: 1 });
      await new Promise((r) => setTimeout(r, 300));
      go();
      const ra = await first;
      const rb = await second;
      expect([ra.accepted, ra.errors]).toEqual([2, 0]);
      expect(rb.accepted).toBe(0);
      expect(rb.groups.find((g) => g.code === 'duplicate_figure')?.occurrences.map((o) => o.message)).toEqual([
        'row 1: repeats the figure with row_no 1 already in the table',
        'row 2: repeats the figure with row_no 0 already in the table',
      ]);
      expect((await a.query('SELECT row_no::int AS n, unit FROM antq_test_turns ORDER BY row_no')).rows).toEqual([{ n: 0, unit: '61' }, { n: 1, unit: '62' }]);
      await a.query('DROP TABLE antq_test_turns');
    } finally {
      await a.end();
      await b.end();
    }
  }, 120_000);
});
