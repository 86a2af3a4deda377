// What a comparison reads once for both sides: the unit dictionary's codes too, when the sides
// are read apart (PostgreSQL), with the rows of comparePeriods.
import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../../src/compare/comparePeriods';
import type { Figure } from '../../src/schema/FigureSchema';
import { comparePeriodsSql } from '../../src/sql/comparePeriodsSql';
import type { SqlClient } from '../../src/sql/SqlClient';
import { openDuckDb, openPglite, reload } from './harness';

/** The client, and how many times it was asked for the table's distinct units. */
function countUnitReads(client: SqlClient): { client: SqlClient; reads: () => number } {
  let reads = 0;
  const note = (sql: string): void => {
    if (/^SELECT DISTINCT (CAST\()?unit\b/.test(sql)) reads++;
  };
  const batches = client.queryBatches?.bind(client);
  return {
    reads: () => reads,
    client: {
      ...client,
      query: (sql, params) => {
        note(sql);
        return client.query(sql, params);
      },
      ...(batches === undefined
        ? {}
        : {
            queryBatches: (sql, params) => {
              note(sql);
              return batches(sql, params);
            },
          }),
    },
  };
}

const figures: Figure[] = [
  { unit: 'C1', indicator: 'marches', value: 20, period: '2023' },
  { unit: 'C2', indicator: 'marches', value: 15, period: '2024', qualifier: 'over' },
  { unit: 'C3', indicator: 'marches', value: 4, period: '2024-05' },
  { unit: 'C1', indicator: 'model_sites', value: 3, period: '2023-06-30' },
  { unit: 'C2', indicator: 'model_sites', value: 5, period: '2024-12-31' },
];

describe.each([
  ['duckdb', openDuckDb],
  ['pglite', openPglite],
] as const)('comparePeriodsSql on %s', (_name, open) => {
  it("reads the table's distinct units once for both sides", async () => {
    const db = await open();
    await reload(db, figures);
    const { client, reads } = countUnitReads(db);
    const options = { current: '2024', baseline: '2023' };
    expect(await comparePeriodsSql(client, options)).toEqual(comparePeriods(figures, options));
    expect(reads()).toBe(1);
  }, 120_000);
});
