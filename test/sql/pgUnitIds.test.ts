// PostgreSQL hands each cell's units heard from over as ids of the unit dictionary (positions in
// the sorted unit codes), as DuckDB does, instead of one code string per cell and unit.
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { Figure } from '../../src/schema/FigureSchema';
import { comparePeriods } from '../../src/compare/comparePeriods';
import { aggregateSql } from '../../src/sql/aggregateSql';
import { comparePeriodsSql } from '../../src/sql/comparePeriodsSql';
import type { SqlClient } from '../../src/sql/SqlClient';
import { openPglite, reload, watchUnitForms } from './harness';
import { pgliteClient } from '../../src/sql/pgClient';
import { PGlite } from '@electric-sql/pglite';
import { extendCatalogue } from '../../src/catalogue/extendCatalogue';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import { QUALIFIERS } from '../../src/quantity/Qualifier';

// 600 units whose codes sort as text unlike their numbers (`U10` before `U9`), so an id is a
// position in the sorted codes and no other order. Flows of every unit; stock levels of some units
// in 2021 only, carried into 2022 and 2023, where others report: a stock cell counts the units it
// heard from (ids) together with the units of its levels (codes), so an id pointing at the wrong
// code counts two units where there is one.
const many = 600;
const figures: Figure[] = [];
for (let i = 0; i < many; i++) {
  const k = (i * 241) % many;
  const unit = `U${k}`;
  figures.push({ unit, indicator: 'marches', value: k % 13, period: `${2021 + (k % 3)}-0${1 + (k % 9)}`, ...(k % 5 === 0 ? { category: 'firework' } : {}) });
  figures.push({ unit, indicator: 'model_sites', value: 1 + (k % 4), period: k % 4 === 0 ? '2021-03' : `${2021 + (k % 3)}-11` });
  if (k % 7 === 0) figures.push({ unit, indicator: 'marches', value: 2, period: '2023-12' });
}

describe('aggregateSql on PostgreSQL with unit ids', () => {
  let pg: SqlClient;
  beforeAll(async () => {
    pg = await openPglite();
    await reload(pg, figures);
  }, 300_000);

  const cases: [string, AggregateOptions][] = [
    ['by indicator, category and year', { by: ['indicator', 'category', 'period'] }],
    ['with a period window (its periods as parameters)', { by: ['indicator', 'category'], period: '2022/2023' }],
    ['by indicator and month', { by: ['indicator', 'period'], granularity: 'month' }],
  ];
  for (const [name, options] of cases) {
    it(`counts every unit of each cell as aggregate does, ${name}`, async () => {
      const { client, forms } = watchUnitForms(pg);
      const got = await aggregateSql(client, options);
      expect(forms).toEqual(['ids']);
      expect(got).toEqual(aggregate(figures, options));
      // The counts compared are not all trivial: the stock cells carry levels forward.
      expect(got.rows.some((r) => r.indicator === 'model_sites' && (r.coverage.reported ?? 0) > 100)).toBe(true);
    }, 300_000);
  }

  it('reads both sides of a comparison through unit ids, as comparePeriods', async () => {
    const { client, forms } = watchUnitForms(pg);
    const options = { by: ['indicator', 'category'] as const, current: '2023', baseline: '2022' };
    expect(await comparePeriodsSql(client, { ...options, by: [...options.by] })).toEqual(comparePeriods(figures, { ...options, by: [...options.by] }));
    expect(forms).toContain('ids');
  }, 300_000);

  // A cell's keys on its first stock level only (NULL after it): a row of a dozen texts per
  // level was most of the Node heap's growth from 10M to 50M figures.
  it('hands a cell\'s keys over on its first stock level only', async () => {
    const levels: Readonly<Record<string, unknown>>[] = [];
    const { queryBatches } = pg;
    if (queryBatches === undefined) throw new Error('PGlite reads in batches');
    const client: SqlClient = {
      ...pg,
      async *queryBatches(sql, params) {
        for await (const batch of queryBatches.call(pg, sql, params)) {
          if (/ AS s_first\b/.test(sql)) for (const r of batch) levels.push(r);
          yield batch;
        }
      },
    };
    const options: AggregateOptions = { by: ['indicator', 'category', 'period'] };
    expect(await aggregateSql(client, options)).toEqual(aggregate(figures, options));
    const firsts = levels.filter((r) => r['s_first'] !== null);
    expect(levels.length).toBe(many);
    // model_sites in 2021, 2022 and 2023.
    expect(firsts.length).toBe(3);
    expect(firsts.map((r) => r['bucket'])).toEqual([...new Set(firsts.map((r) => r['bucket']))]);
    for (const r of levels) {
      expect(typeof r['s_unit']).toBe('string');
      expect(r['src_unit']).toBeUndefined();
      if (r['s_first'] === null) expect([r['indicator'], r['category'], r['bucket'], r['uom'], r['kind']]).toEqual([null, null, null, null, null]);
    }
  }, 300_000);

  // Autovacuum never analyzes temporary tables: antq does, or the planner guesses their sizes.
  it('gives the planner statistics of every dictionary', async () => {
    await aggregateSql(pg, { by: ['indicator', 'category', 'period'] });
    const tables = await pg.query("SELECT relname AS t, reltuples AS n FROM pg_class WHERE relname LIKE 'antq_q_%' AND relpersistence = 't' AND relkind = 'r'");
    expect(tables.map((r) => String(r['t'])).sort()).toEqual(['antq_q_cat', 'antq_q_per', 'antq_q_unit', 'antq_q_uom']);
    for (const r of tables) expect(Number(r['n'])).toBeGreaterThan(0);
  }, 300_000);

  it('keeps codes when grouped by unit', async () => {
    const { client, forms } = watchUnitForms(pg);
    const options: AggregateOptions = { by: ['indicator', 'unit'] };
    expect(await aggregateSql(client, options)).toEqual(aggregate(figures, options));
    expect(forms).not.toContain('ids');
  }, 300_000);

  // A caller's table whose unit codes are numbers: PostgreSQL writes 0.000001 as 1e-06, JavaScript
  // as 0.000001; both units must find their ids.
  it('counts units of a numeric unit column, whatever text JavaScript gives a number', async () => {
    const client = pgliteClient(new PGlite());
    await client.query('CREATE TABLE own (row_no BIGINT, program TEXT, unit DOUBLE PRECISION, reporter TEXT, period TEXT, indicator TEXT, category TEXT, value DOUBLE PRECISION, uom TEXT, qualifier TEXT, statistic TEXT, note TEXT, source TEXT)');
    await client.query(
      `INSERT INTO own VALUES (1, NULL, 0.000001, NULL, '2023', 'marches', NULL, 5, NULL, NULL, NULL, NULL, NULL), (2, NULL, 2, NULL, '2023', 'marches', NULL, 7, NULL, NULL, NULL, NULL, NULL), (3, NULL, NULL, NULL, '2023', 'marches', NULL, 1, NULL, NULL, NULL, NULL, NULL)`,
    );
    const { client: seen, forms } = watchUnitForms(client);
    const all = await aggregateSql(seen, { table: 'own', by: ['indicator'] });
    expect(forms).toEqual(['ids']);
    expect(all.rows.map((r) => [r.value, r.coverage.reported])).toEqual([[12, 2]]);
    expect(all.excluded.invalid_text?.count).toBe(1);
  }, 300_000);
});

describe("PostgreSQL's stock levels, a cell's rows together", () => {
  // A stock of three units of measure, every qualifier, 300 units over three years, read one level
  // per fetch: the rows after a cell's first carry no keys, so a cell's rows must come together
  // and its first row first, also when a fetch cuts the cell (the built-in stocks have one unit of
  // measure each, and their levels came in group order without the ORDER BY).
  const catalogue = extendCatalogue(BUILTIN_CATALOGUE, {
    indicators: {
      depots: { labelVi: 'Kho', labelEn: 'Depots', nounVi: 'kho', nounEn: 'depots', synonymsVi: ['kho'], uoms: ['count', 'piece', 'kg'], defaultUom: 'count', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum' },
    },
  });
  const stocks: Figure[] = [];
  for (let i = 0; i < 300; i++) {
    const uom = (['count', 'piece', 'kg'] as const)[i % 3] ?? 'count';
    for (const year of [2021, 2022, 2023]) {
      const qualifier = QUALIFIERS[(i + year) % QUALIFIERS.length] ?? 'exact';
      stocks.push({ unit: `U${(i * 37) % 300}`, indicator: 'depots', value: (i % 11) + year - 2020, period: `${year}-0${1 + (i % 9)}`, uom, qualifier });
    }
  }

  it('adds up as aggregate does, read one level per fetch', async () => {
    const pg = await openPglite();
    await reload(pg, stocks);
    const { queryBatches } = pg;
    if (queryBatches === undefined) throw new Error('PGlite reads in batches');
    let fetched = 0;
    const client: SqlClient = {
      ...pg,
      async *queryBatches(sql, params) {
        for await (const batch of queryBatches.call(pg, sql, params))
          for (const row of batch) {
            if (/ AS s_first\b/.test(sql)) fetched++;
            yield [row];
          }
      },
    };
    for (const by of [['indicator', 'period'], ['indicator', 'category', 'period'], ['period']] as const) {
      const options: AggregateOptions = { by: [...by], granularity: 'year', catalogue };
      expect(await aggregateSql(client, options), JSON.stringify(by)).toEqual(aggregate(stocks, options));
    }
    expect(fetched).toBeGreaterThan(900);
  }, 300_000);
});
