import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { comparePeriods } from '../../src/compare/comparePeriods';
import { aggregateSql } from '../../src/sql/aggregateSql';
import { comparePeriodsSql } from '../../src/sql/comparePeriodsSql';
import type { SqlClient } from '../../src/sql/SqlClient';
import { arbFigure, arbOptions } from './fixtures';
import { openDuckDb, openPglite, reload } from './harness';

// ANTQ_SQL_RUNS raises the number of random datasets (npm run test:sql-long).
const RUNS = Number(process.env['ANTQ_SQL_RUNS'] ?? 30);

describe.each([
  ['duckdb', openDuckDb],
  ['pglite', openPglite],
] as const)('aggregateSql on %s gives the rows of aggregate', (_name, open) => {
  let client: SqlClient;
  beforeAll(async () => {
    client = await open();
  }, 300_000);
  afterAll(() => undefined);

  it('on random datasets and options (flows, stocks, ratios, qualifiers, joint figures, levels, the 2025 reform)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbFigure, { maxLength: 40 }), fc.array(arbOptions, { minLength: 1, maxLength: 4 }), async (figures, optionsList) => {
        await reload(client, figures);
        for (const options of optionsList) {
          const want = aggregate(figures, options);
          const got = await aggregateSql(client, options);
          expect(got).toEqual(want);
        }
      }),
      { numRuns: RUNS },
    );
  }, Math.max(600_000, RUNS * 3_000));
});

// Two periods to compare, and the options of a side (no window of its own, never by period).
const arbComparison = fc.record({
  options: arbOptions,
  periods: fc.constantFrom(['2025', '2024'], ['2025-H2', '2024-H2'], ['2026', '2022'], ['2024-Q3', '2024-Q2']),
});

describe.each([
  ['duckdb', openDuckDb],
  ['pglite', openPglite],
] as const)('comparePeriodsSql on %s gives the rows of comparePeriods', (_name, open) => {
  let client: SqlClient;
  beforeAll(async () => {
    client = await open();
  }, 300_000);

  it('on random datasets, options and pairs of periods', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbFigure, { maxLength: 40 }), fc.array(arbComparison, { minLength: 1, maxLength: 3 }), async (figures, list) => {
        await reload(client, figures);
        for (const { options, periods } of list) {
          const { period: _window, granularity: _granularity, ...side } = options;
          const o = { ...side, by: (side.by ?? ['indicator', 'category']).filter((d) => d !== 'period'), current: periods[0] as string, baseline: periods[1] as string };
          expect(await comparePeriodsSql(client, o)).toEqual(comparePeriods(figures, o));
        }
      }),
      { numRuns: RUNS },
    );
  }, Math.max(600_000, RUNS * 3_000));
});
