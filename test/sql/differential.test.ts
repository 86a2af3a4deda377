import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { aggregateSql } from '../../src/sql/aggregateSql';
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
