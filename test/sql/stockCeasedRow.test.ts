// antq/sql gives the engine's row for a stock whose every unit ceased before the row's end (an
// empty sum: value 0, figures 0), with and without a window, period grouping, asOf and rollup.
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { Figure } from '../../src/schema/FigureSchema';
import { aggregateSql } from '../../src/sql/aggregateSql';
import type { SqlClient } from '../../src/sql/SqlClient';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { openDuckDb, openPglite, reload } from './harness';

const units = createUnitRegistry([
  { code: 'P', name: 'Tỉnh', level: 'province' },
  { code: 'D', name: 'Huyện', level: 'district', parent: 'P', validTo: '2025-06-30', successors: [{ code: 'X1', weight: 0.25 }, { code: 'X2', weight: 0.75 }] },
  { code: 'X1', name: 'Một', level: 'district', parent: 'P', validFrom: '2025-07-01' },
  { code: 'X2', name: 'Hai', level: 'district', parent: 'P', validFrom: '2025-07-01' },
]);
const figures: Figure[] = [
  { unit: 'D', indicator: 'model_sites', value: 100, period: '2024-12-31' },
  { unit: 'D', indicator: 'security_teams', value: 8, period: '2025-03-31' },
];
const cases: AggregateOptions[] = [
  { by: ['indicator', 'unit'], units },
  { by: ['indicator'], units },
  { by: ['indicator', 'unit'], units, rollup: true },
  { by: ['indicator', 'unit'], units, asOf: '2026-01-01' },
  { by: ['indicator', 'unit'], units, period: '2025' },
  { by: ['indicator', 'unit', 'period'], units, granularity: 'year' },
];

describe.each([
  ['duckdb', openDuckDb],
  ['pglite', openPglite],
] as const)('antq/sql on %s: a stock row whose units all ceased', (_name, open) => {
  let client: SqlClient;
  beforeAll(async () => {
    client = await open();
    await reload(client, figures);
  }, 300_000);

  it('is the engine’s row: an empty sum', async () => {
    for (const options of cases) expect(await aggregateSql(client, options), JSON.stringify(options)).toEqual(aggregate(figures, options));
    const open0 = await aggregateSql(client, { by: ['indicator', 'unit'], units });
    expect(open0.rows.map((r) => [r.indicator, r.unit, r.value, r.figures])).toEqual([
      ['model_sites', 'D', 0, 0],
      ['security_teams', 'D', 0, 0],
    ]);
  });
});
