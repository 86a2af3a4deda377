import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extendCatalogue } from '../../src/catalogue/extendCatalogue';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import { comparePeriods, type ComparePeriodsOptions } from '../../src/compare/comparePeriods';
import { aggregate } from '../../src/engine/aggregate';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { Figure } from '../../src/schema/FigureSchema';
import { aggregateSql } from '../../src/sql/aggregateSql';
import { compileAggregate, compileWindowed } from '../../src/sql/compileAggregate';
import { comparePeriodsSql } from '../../src/sql/comparePeriodsSql';
import { figuresTableDdl } from '../../src/sql/figuresTableDdl';
import { createFiguresTable } from '../../src/sql/createFiguresTable';
import type { SqlClient, SqlValue } from '../../src/sql/SqlClient';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { registry } from './fixtures';
import { openDuckDb, openPglite, reload } from './harness';

const EVIL = "x'; DROP TABLE antq_figures; --";

const figures: Figure[] = [
  { unit: 'C1', indicator: 'marches', value: 20, period: '2024', reporter: 'police+front' },
  { unit: 'C2', indicator: 'marches', value: 15, period: '2024', qualifier: 'over' },
  { unit: 'C3', indicator: 'marches', value: 100, period: '2025-03' },
  { unit: 'N1', indicator: 'marches', value: 7, period: '2026-02' },
  { unit: 'C1', indicator: 'model_sites', value: 19, period: '2023-12-31' },
  { unit: 'C1', indicator: 'model_sites', value: 21, period: '2025-05-24', qualifier: 'nearly' },
  { unit: 'C3', indicator: 'model_sites', value: 5, period: '2024-12-31' },
];

describe.each([
  ['duckdb', openDuckDb],
  ['pglite', openPglite],
] as const)('antq/sql on %s', (_name, open) => {
  let client: SqlClient;
  beforeAll(async () => {
    client = await open();
  }, 300_000);
  afterAll(() => undefined);

  it('gives the rows of aggregate for rollup, asOf, coverage and series by period', async () => {
    await reload(client, figures);
    const cases: AggregateOptions[] = [
      { by: ['indicator', 'unit'], units: registry, rollup: true, reportingLevel: 'commune', period: '2024/2025' },
      { by: ['indicator', 'unit', 'period'], units: registry, asOf: '2026-01-01', granularity: 'half' },
      { by: ['indicator', 'reporter'], period: '2024' },
    ];
    for (const options of cases) expect(await aggregateSql(client, options)).toEqual(aggregate(figures, options));
  });

  it('hands stock levels over the same whether a series part is a key, a column of its own or empty (DuckDB: the keys on the first row of a cell)', async () => {
    // Series that differ only in their program (P-A, P-B), others in category, reporter or unit
    // too; some parts empty; every qualifier; a level with no day; and a year cell of several
    // units' monthly levels (security_teams 2022, one unit with two) whose series are carried
    // into 2023 beside a fresh level of one of them, so that a series given another's unit
    // changes the sums; by rollup too. No data can show a cell's days out of place: the engine
    // compares a level's day only with the same series' levels of other (earlier) buckets.
    const stocks: Figure[] = [
      { unit: 'C1', indicator: 'model_sites', value: 4, period: '2024-03', category: 'firework.display', reporter: 'police' },
      { unit: 'C1', indicator: 'model_sites', value: 6, period: '2024-03', category: 'firework.explosive', reporter: 'police', qualifier: 'about' },
      { unit: 'C1', indicator: 'model_sites', value: 8, period: '2024-03', category: 'firework.explosive', program: '09/CTr-BCA-MTTW', qualifier: 'under' },
      { unit: 'C2', indicator: 'model_sites', value: 3, period: '2024-06', qualifier: 'over' },
      { unit: 'C2', indicator: 'model_sites', value: 5, period: '2025-06', reporter: 'front', qualifier: 'at_least' },
      { unit: 'C3', indicator: 'model_sites', value: 9, period: '2025-01', category: 'firework.display', qualifier: 'nearly' },
      { unit: 'C3', indicator: 'model_sites', value: 2, qualifier: 'vague' },
      { unit: 'C1', indicator: 'security_teams', value: 1, period: '2023', program: '07/CTrPH-BCA-MTTW', reporter: 'police+front' },
      { unit: 'N1', indicator: 'security_teams', value: 0.5, period: '2026-02', category: 'firework' },
      { unit: 'C1', indicator: 'marches', value: 2, period: '2024' },
      { unit: 'C4', indicator: 'model_sites', value: 7, period: '2024-05', category: 'firework.display', reporter: 'police', program: 'P-A' },
      { unit: 'C4', indicator: 'model_sites', value: 11, period: '2024-05', category: 'firework.display', reporter: 'police', program: 'P-B' },
      { unit: 'C1', indicator: 'security_teams', value: 3, period: '2022-02' },
      { unit: 'C1', indicator: 'security_teams', value: 4, period: '2022-09' },
      { unit: 'C2', indicator: 'security_teams', value: 10, period: '2022-05' },
      { unit: 'C3', indicator: 'security_teams', value: 20, period: '2022-11' },
      { unit: 'C4', indicator: 'security_teams', value: 30, period: '2022-07', qualifier: 'about' },
      { unit: 'C2', indicator: 'security_teams', value: 12, period: '2023-03' },
    ];
    await reload(client, stocks);
    const cases: AggregateOptions[] = [
      { by: ['indicator', 'period'], granularity: 'year' },
      { by: ['indicator', 'category', 'period'], granularity: 'half' },
      { by: ['indicator', 'category'], categoryDepth: 1 },
      { by: ['program', 'indicator', 'period'] },
      { by: ['indicator', 'reporter', 'period'] },
      { by: ['indicator', 'unit', 'period'] },
      { by: ['indicator', 'period'], units: registry, asOf: '2026-01-01' },
      { by: ['indicator', 'unit', 'period'], units: registry, rollup: true, granularity: 'year' },
    ];
    for (const options of cases) expect(await aggregateSql(client, options), JSON.stringify(options)).toEqual(aggregate(stocks, options));
  });

  it('walks each stock series group once, with its own levels only, when the levels come one row at a time', async () => {
    // A client whose batches hold one row each: a group's levels (and a cell's, whose keys come on
    // its first row only in DuckDB) are split across batches. Groups share their series (units,
    // reporters), so a level walked in another group changes that group's sums; a group walked
    // twice, or cut in two, gives rows twice or loses its carried levels. A ratio reads stock parts.
    const stocks: Figure[] = [];
    ['C1', 'C2', 'C3', 'C4'].forEach((unit, u) => {
      [2019, 2020, 2022, 2023, 2025].forEach((year, y) => {
        if ((u + y) % 3 === 2) return;
        stocks.push({ unit, indicator: 'security_teams', value: 10 * u + y, period: `${year}-06-30`, reporter: u % 2 === 0 ? 'police' : 'front' });
        stocks.push({ unit, indicator: 'model_sites', value: 100 + u * y, period: `${year}`, qualifier: y === 1 ? 'about' : 'exact' });
        stocks.push({ unit, indicator: 'areas_assessed', category: 'commune', value: 20 + u, period: `${year}-12-31` });
        if (y % 2 === 0) stocks.push({ unit, indicator: 'areas_meeting_security_standard_count', category: 'commune', value: 10 + u + y, period: `${year}-12-31` });
      });
    });
    stocks.push({ unit: 'C1', indicator: 'areas_meeting_security_standard', category: 'commune', value: 50, period: '2023' });
    await reload(client, stocks);
    let batches = 0;
    const oneRowAtATime: SqlClient = {
      dialect: client.dialect,
      query: (sql, params) => client.query(sql, params),
      insertRows: (table, columns, rows) => client.insertRows(table, columns, rows),
      async *queryBatches(sql, params = []) {
        const inner = client.queryBatches?.(sql, params) ?? [await client.query(sql, params)];
        for await (const batch of inner) {
          for (const row of batch) {
            batches++;
            yield [row];
          }
        }
      },
    };
    const cases: AggregateOptions[] = [
      { by: ['indicator', 'category', 'period'], granularity: 'year' },
      { by: ['indicator', 'reporter', 'period'], period: '2020/2024' },
      { by: ['indicator', 'unit', 'period'], units: registry, granularity: 'year' },
    ];
    for (const options of cases) expect(await aggregateSql(oneRowAtATime, options), JSON.stringify(options)).toEqual(aggregate(stocks, options));
    expect(batches).toBeGreaterThan(100);
  });

  it('keeps the groups of a stock indicator with two units of measure apart (the database must order the levels by group, uom included)', async () => {
    // Without the ORDER BY of the levels statement, PostgreSQL may give a year's levels of both
    // units of measure together, and the walker refuses a group that comes back.
    const catalogue = extendCatalogue(BUILTIN_CATALOGUE, {
      indicators: {
        depots: { labelVi: 'Kho', labelEn: 'Depots', nounVi: 'kho', nounEn: 'depots', synonymsVi: ['kho'], uoms: ['count', 'piece'], defaultUom: 'count', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum' },
      },
    });
    const stocks: Figure[] = [];
    for (const unit of ['A', 'B', 'C']) for (const year of [2020, 2021, 2022, 2023]) for (const uom of ['count', 'piece'] as const) stocks.push({ unit, indicator: 'depots', value: year - 2000 + (uom === 'piece' ? 100 : 0), period: `${year}`, uom });
    await reload(client, stocks);
    for (const by of [['indicator', 'period'], ['indicator', 'unit', 'period']] as const) {
      const options: AggregateOptions = { by: [...by], granularity: 'year', catalogue };
      expect(await aggregateSql(client, options), JSON.stringify(by)).toEqual(aggregate(stocks, options));
    }
  });

  it('adds the levels of a stock cell in series order, whatever order the database gives them (sums past 2 ** 53)', async () => {
    // One level of 2 ** 53 and thirty of 1: added in another order than the engine's, the rounded
    // sum differs (by indicator, and by indicator and period, it must be the engine's in both).
    const stocks: Figure[] = [{ unit: 'A00', indicator: 'model_sites', value: 2 ** 53, period: '2024' }];
    for (let i = 1; i <= 30; i++) stocks.push({ unit: `B${String(i).padStart(2, '0')}`, indicator: 'model_sites', value: 1, period: '2024' });
    await reload(client, [...stocks].reverse());
    for (const by of [['indicator'], ['indicator', 'period']] as const) {
      const options: AggregateOptions = { by: [...by] };
      expect(await aggregateSql(client, options), JSON.stringify(by)).toEqual(aggregate(stocks, options));
    }
  });

  it('sums the bounds of every qualifier as aggregate does, from groups of figures that share one (DuckDB: bitmap of units)', async () => {
    // Whole and fractional values (millionths, and tenths that round), each qualifier in several
    // units and periods, flows and stocks: the grouped bound terms must be the engine's sums. Each
    // qualifier has a flow of its own (an unbounded figure in a cell would hide the upper bounds),
    // and the stocks mix them.
    const qualifiers = [undefined, 'exact', 'over', 'nearly', 'about', 'at_least', 'under', 'vague'] as const;
    const flows = ['marches', 'trainings', 'media_items', 'festivals', 'commendations', 'listening_forums', 'tips_received', 'disputes_mediated'];
    const values = [10, 7.25, 0.05, 123.456789, 1e-7, 3, 19];
    const mixed: Figure[] = [];
    qualifiers.forEach((qualifier, qi) =>
      values.forEach((value, vi) => {
        const f: Figure = { unit: `U${(qi + vi) % 5}`, indicator: vi % 3 === 2 ? 'security_teams' : (flows[qi] as string), value, period: vi % 2 === 0 ? '2024' : '2025-06-30' };
        if (qualifier !== undefined) f.qualifier = qualifier;
        mixed.push(f);
      }),
    );
    await reload(client, mixed);
    for (const options of [{ by: ['indicator'] }, { by: ['indicator', 'period'], granularity: 'year' }, { by: ['indicator'], period: '2025' }, { by: [] }] as AggregateOptions[]) {
      expect(await aggregateSql(client, options)).toEqual(aggregate(mixed, options));
    }
  });

  it('gives the rows of comparePeriods', async () => {
    await reload(client, figures);
    const options = { current: '2025', baseline: '2024', by: ['indicator', 'unit'] as const, units: registry, level: 'province' as const };
    expect(await comparePeriodsSql(client, options)).toEqual(comparePeriods(figures, options));
    await expect(comparePeriodsSql(client, { current: '2025', by: ['period'] })).rejects.toMatchObject({ code: 'invalid_argument' });
  });

  it('reads the figures once for both sides of a comparison in DuckDB, each side alone in PostgreSQL', async () => {
    await reload(client, figures);
    const statements: string[] = [];
    const counting: SqlClient = {
      dialect: client.dialect,
      query: (sql, params) => (statements.push(sql), client.query(sql, params)),
      insertRows: (table, columns, rows) => client.insertRows(table, columns, rows),
    };
    for (const options of [
      { current: '2025', baseline: '2024', by: ['indicator', 'unit'] as const, units: registry, level: 'province' as const },
      { current: '2025-H1', baseline: '2024-H1', by: ['indicator'] as const },
      { current: '2025', baseline: '2024', by: ['indicator', 'reporter'] as const },
    ]) {
      statements.length = 0;
      expect(await comparePeriodsSql(counting, options)).toEqual(comparePeriods(figures, options));
      // DuckDB: one cells query and one stock observations query, over both sides' periods.
      const paired = statements.filter((sql) => !sql.startsWith('CREATE') && sql.includes('"antq_q_pers"'));
      expect(paired).toHaveLength(client.dialect === 'duckdb' ? 2 : 0);
      expect(statements.filter((sql) => sql.startsWith('CREATE') && sql.includes('"antq_q_per"'))).toHaveLength(client.dialect === 'duckdb' ? 1 : 2);
    }
  });

  it('takes only the options comparePeriods takes: a granularity or a period is refused as there, not pushed into each side', async () => {
    await reload(client, figures);
    for (const extra of [{ granularity: 'quarter' }, { period: '2025' }, { rowOffset: 2 }]) {
      const options = { current: '2025', baseline: '2024', by: ['indicator'], ...extra } as unknown as ComparePeriodsOptions;
      expect(() => comparePeriods(figures, options)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
      await expect(comparePeriodsSql(client, options)).rejects.toMatchObject({ code: 'invalid_argument' });
    }
    expect((await comparePeriodsSql(client, { current: '2025', baseline: '2024', by: ['indicator'], table: 'antq_figures' })).rows.length).toBeGreaterThan(0);
  });

  it('never splices text into SQL: a DROP TABLE in every string field, name and option comes back as data', async () => {
    const catalogue = extendCatalogue(BUILTIN_CATALOGUE, {
      indicators: {
        evil_x: { labelVi: EVIL, labelEn: EVIL, nounVi: EVIL, nounEn: EVIL, synonymsVi: [EVIL], uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum' },
      },
    });
    const units = createUnitRegistry([
      { code: EVIL, name: EVIL, level: 'province' },
      { code: `${EVIL}2`, name: EVIL, level: 'commune', parent: EVIL },
    ]);
    const evil: Figure[] = [
      { unit: `${EVIL}2`, indicator: 'evil_x', value: 3, period: '2024', program: EVIL, reporter: `${EVIL}+front`, category: EVIL, note: EVIL, source: EVIL, statistic: 'total' },
      { unit: EVIL, indicator: EVIL, value: 1, period: EVIL, uom: EVIL as Figure['uom'] & string },
      { unit: `${EVIL}2`, indicator: 'marches', value: 2, period: EVIL },
    ];
    const table = `figures"; DROP TABLE antq_figures; --`;
    await client.query(figuresTableDdl(client.dialect, table));
    await reload(client, evil, table);
    const options: AggregateOptions = { by: ['program', 'indicator', 'category', 'unit', 'reporter'], catalogue, units, rollup: true };
    const got = await aggregateSql(client, { ...options, table });
    expect(got).toEqual(aggregate(evil, options));
    expect(got.rows.some((r) => r.program === EVIL && r.category === EVIL && r.unit === EVIL)).toBe(true);
    expect(got.excluded.unknown_indicator?.count).toBe(1);
    // A qualifier outside the list is refused by the table's CHECK, as data.
    await expect(reload(client, [{ unit: 'u', indicator: 'marches', value: 1, qualifier: EVIL as Figure['qualifier'] & string }], table)).rejects.toThrow();
    // Both tables are still there.
    expect((await client.query(`SELECT count(*) AS n FROM "antq_figures"`)).length).toBe(1);
    expect((await client.query(`SELECT count(*) AS n FROM "${table.replace(/"/g, '""')}"`)).length).toBe(1);
  });

  it("binds a window's periods as parameters; a period text with a quote and a DROP TABLE stays data", async () => {
    const some: Figure[] = [
      { unit: 'C1', indicator: 'marches', value: 4, period: '2024' },
      { unit: 'C2', indicator: 'marches', value: 5, period: EVIL },
      { unit: 'C3', indicator: 'marches', value: 6, period: '2024-03' },
      { unit: 'C3', indicator: 'marches', value: 9, period: '2023' },
      { unit: 'C1', indicator: 'model_sites', value: 2, period: '2022-12-31' },
    ];
    await reload(client, some);
    const seen: { sql: string; params: readonly SqlValue[] }[] = [];
    const spy: SqlClient = {
      dialect: client.dialect,
      query: (sql, params = []) => {
        seen.push({ sql, params });
        return client.query(sql, params);
      },
      insertRows: (table, columns, rows) => client.insertRows(table, columns, rows),
    };
    const options: AggregateOptions = { by: ['indicator', 'unit'], period: '2024' };
    expect(await aggregateSql(spy, options)).toEqual(aggregate(some, options));
    expect(seen.flatMap((q) => q.params).sort()).toEqual(['2024', '2024-03']);
    expect(seen.some((q) => q.sql.includes('2024') || q.sql.includes(EVIL))).toBe(false);
    // A window without any of the data's periods.
    const none: AggregateOptions = { by: ['indicator'], period: '2030' };
    expect(await aggregateSql(client, none)).toEqual(aggregate(some, none));
    // The cells query of that window, with the hostile text bound among its periods (its period
    // dictionary is still the session's): the text matches only itself, which the dictionary
    // leaves out; the figures table is still there.
    await aggregateSql(client, options);
    const sorted = (rows: readonly Record<string, unknown>[]): string[] => rows.map((r) => JSON.stringify(r)).sort();
    const bound = await client.query(compileWindowed(options, client.dialect, 3).cells, [EVIL, '2024', '2024-03']);
    expect(sorted(bound)).toEqual(sorted(await client.query(compileAggregate(options, client.dialect).cells)));
    expect(bound.map((r) => `${String(r['indicator'])} ${String(r['code'])}`).sort()).toEqual(['marches C1', 'marches C3', 'model_sites C1']);
    expect((await client.query(`SELECT count(*) AS n FROM "antq_figures"`)).map((r) => Number(r['n']))).toEqual([5]);
  });

  it('refuses what it cannot push down, and bad options as aggregate does', async () => {
    await expect(aggregateSql(client, { by: ['indicator'], where: 'x' } as AggregateOptions)).rejects.toMatchObject({ code: 'sql_not_pushable' });
    await expect(aggregateSql(client, { rollup: true })).rejects.toMatchObject({ code: 'invalid_argument' });
    await expect(aggregateSql(client, { table: '' })).rejects.toMatchObject({ code: 'invalid_argument' });
  });
});

describe('compileAggregate', () => {
  it('quotes the table and binds no text', () => {
    const sql = compileAggregate({ by: ['indicator', 'unit'], table: 'my "figures"' }, 'postgres');
    expect(sql.cells).toContain('FROM "my ""figures""" f');
    expect(sql.setup.some((s) => s.startsWith('CREATE TEMP TABLE'))).toBe(true);
    expect(compileAggregate({}, 'duckdb').setup.every((s) => s.startsWith('CREATE OR REPLACE TEMP TABLE'))).toBe(true);
  });

  it('rejects an unknown dialect', () => {
    expect(() => compileAggregate({}, 'sqlite' as 'duckdb')).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});

describe.skipIf(process.env['ANTQ_PG_URL'] === undefined)('a PostgreSQL server (ANTQ_PG_URL)', () => {
  it('gives the rows of aggregate', async () => {
    const { default: pg } = await import('pg');
    const { pgClient } = await import('../../src/sql/pgClient');
    const db = new pg.Client({ connectionString: process.env['ANTQ_PG_URL'] });
    await db.connect();
    try {
      const client = pgClient(db);
      await createFiguresTable(client, 'antq_test_figures');
      await reload(client, figures, 'antq_test_figures');
      const options: AggregateOptions = { by: ['indicator', 'unit', 'period'], units: registry, asOf: '2026-01-01' };
      expect(await aggregateSql(client, { ...options, table: 'antq_test_figures' })).toEqual(aggregate(figures, options));
      await db.query('DROP TABLE antq_test_figures');
    } finally {
      await db.end();
    }
  });
});
