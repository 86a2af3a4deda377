import { expect, it } from 'vitest';
import { comparePeriods, type ComparePeriodsOptions } from '../../src/compare/comparePeriods';
import type { Figure } from '../../src/schema/FigureSchema';
import { comparePeriodsSql } from '../../src/sql/comparePeriodsSql';
import type { SqlClient } from '../../src/sql/SqlClient';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { openDuckDb, reload } from './harness';

// The SqlClient contract does not say how a driver returns booleans: a client that gives 1 and 0
// must get the same exclusions as one that gives true and false.
it('reads the figures left out the same from a client that returns booleans as 1 and 0', async () => {
  const inner = await openDuckDb();
  const asNumbers = (rows: readonly Readonly<Record<string, unknown>>[]): Record<string, unknown>[] =>
    rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? 1 : 0) : v])));
  const client: SqlClient = {
    dialect: inner.dialect,
    query: async (sql, params) => asNumbers(await inner.query(sql, params)),
    insertRows: (table, columns, rows) => inner.insertRows(table, columns, rows),
  };
  const units = createUnitRegistry([{ code: 'A', name: 'A', level: 'commune', validTo: '2024-06-30' }]);
  const figures: Figure[] = [
    { unit: 'A', indicator: 'marches', value: 1, period: '2024-09' },
    { unit: 'A', indicator: 'marches', value: 1, period: '2024-03' },
  ];
  await reload(inner, figures);
  const options: ComparePeriodsOptions = { by: ['indicator'], units, current: '2024-Q3', baseline: '2024-Q1' };
  const got = await comparePeriodsSql(client, options);
  const want = comparePeriods(figures, options);
  expect(got?.current.excluded).toEqual(want.current.excluded);
  expect(got?.baseline.excluded).toEqual(want.baseline.excluded);
});
