import { describe, expect, it } from 'vitest';
import { aggregateSql } from '../../src/sql/aggregateSql';
import { openDuckDb } from './harness';

// A team's own figures table (`table:`) need not follow `figuresTableDdl`: here the unit codes are
// numbers. Stock levels grouped by unit must still reach their rows (the cells' keys and the
// observations' keys are made the same way).
describe('aggregateSql over a table of the caller with numeric unit codes', () => {
  for (const type of ['INTEGER', 'BIGINT', 'VARCHAR']) {
    it(`groups stock levels by a ${type} unit column`, async () => {
      const client = await openDuckDb();
      await client.query(`CREATE TABLE own (row_no BIGINT, program TEXT, unit ${type}, reporter TEXT, period TEXT, indicator TEXT, category TEXT, value DOUBLE, uom TEXT, qualifier TEXT, statistic TEXT, note TEXT, source TEXT)`);
      await client.query(
        `INSERT INTO own VALUES (1, NULL, 42, NULL, '2023', 'model_sites', NULL, 5, NULL, NULL, NULL, NULL, NULL), (2, NULL, 43, NULL, '2023', 'model_sites', NULL, 7, NULL, NULL, NULL, NULL, NULL)`,
      );
      const byUnit = await aggregateSql(client, { table: 'own', by: ['indicator', 'unit'] });
      expect(byUnit.rows.map((r) => [r.unit, r.value, r.coverage.reported])).toEqual([
        ['42', 5, 1],
        ['43', 7, 1],
      ]);
      const all = await aggregateSql(client, { table: 'own', by: ['indicator'] });
      expect(all.rows.map((r) => [r.value, r.coverage.reported])).toEqual([[12, 2]]);
    });
  }
});

describe('aggregateSql over a table of the caller with a figure without a unit', () => {
  it("leaves the unitless figure out and counts a unit coded 'null' as any other (DuckDB)", async () => {
    const client = await openDuckDb();
    await client.query(`CREATE TABLE own (row_no BIGINT, program TEXT, unit TEXT, reporter TEXT, period TEXT, indicator TEXT, category TEXT, value DOUBLE, uom TEXT, qualifier TEXT, statistic TEXT, note TEXT, source TEXT)`);
    await client.query(
      `INSERT INTO own VALUES (1, NULL, NULL, NULL, '2023', 'marches', NULL, 5, NULL, NULL, NULL, NULL, NULL), (2, NULL, 'null', NULL, '2023', 'marches', NULL, 7, NULL, NULL, NULL, NULL, NULL), (3, NULL, '42', NULL, '2023', 'marches', NULL, 1, NULL, NULL, NULL, NULL, NULL)`,
    );
    const all = await aggregateSql(client, { table: 'own', by: ['indicator'] });
    expect(all.rows.map((r) => [r.value, r.coverage.reported])).toEqual([[8, 2]]);
    expect(all.used).toBe(2);
  });
});

describe('aggregateSql over a table of the caller with a figure without a row number', () => {
  it('counts a figure left out whose row_no is NULL, with no row number for it (DuckDB)', async () => {
    const client = await openDuckDb();
    await client.query(`CREATE TABLE own (row_no BIGINT, program TEXT, unit TEXT, reporter TEXT, period TEXT, indicator TEXT, category TEXT, value DOUBLE, uom TEXT, qualifier TEXT, statistic TEXT, note TEXT, source TEXT)`);
    await client.query(
      `INSERT INTO own VALUES (NULL, NULL, NULL, NULL, '2023', 'marches', NULL, 5, NULL, NULL, NULL, NULL, NULL), (3, NULL, '42', NULL, '2023', 'marches', NULL, 1, NULL, NULL, NULL, NULL, NULL), (4, NULL, '42', NULL, '2023', 'no_such_indicator', NULL, 1, NULL, NULL, NULL, NULL, NULL)`,
    );
    const all = await aggregateSql(client, { table: 'own', by: ['indicator'] });
    expect(all.rows.map((r) => [r.indicator, r.value])).toEqual([['marches', 1]]);
    expect([all.read, all.used]).toEqual([3, 1]);
    expect(all.excluded).toEqual({ invalid_text: { count: 1, rows: [] }, unknown_indicator: { count: 1, rows: [4] } });
  });
});
