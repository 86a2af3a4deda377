// With very many distinct units, DuckDB hands the units heard from over as lists of unit ids
// instead of bitmaps spanning the whole unit dictionary (issue 14: 10M units took DuckDB past 8 GB).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { Figure } from '../../src/schema/FigureSchema';
import { comparePeriods } from '../../src/compare/comparePeriods';
import { aggregateSqlShared } from '../../src/sql/aggregateSql';
import { comparePeriodsSql } from '../../src/sql/comparePeriodsSql';
import type { SqlClient } from '../../src/sql/SqlClient';
import { arbFigure, arbOptions } from './fixtures';
import { openDuckDb, reload, watchUnitForms } from './harness';

const RUNS = Number(process.env['ANTQ_SQL_RUNS'] ?? 30);

describe('aggregateSql on DuckDB with lists of unit ids', () => {
  let duck: SqlClient;
  beforeAll(async () => {
    duck = await openDuckDb();
  }, 300_000);

  it('gives the rows of aggregate on random datasets and options when every cell takes lists', async () => {
    let lists = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(arbFigure, { maxLength: 40 }), fc.array(arbOptions, { minLength: 1, maxLength: 4 }), async (figures, optionsList) => {
        await reload(duck, figures);
        for (const options of optionsList) {
          const { client, forms } = watchUnitForms(duck);
          // A limit below 0: lists even for a table without figures.
          expect(await aggregateSqlShared(client, options, new Map(), -1)).toEqual(aggregate(figures, options));
          expect(forms).not.toContain('bitmap');
          if (forms.includes('lists')) lists++;
        }
      }),
      {
        numRuns: RUNS,
        // Lists are taken only without a registry and without units as a key, about one draw of
        // options in fourteen; the first example (run first, even with one run) takes them twice (CI once drew none).
        examples: [
          [
            [
              { unit: 'C1', indicator: 'marches', value: 3, period: '2024-06-30' },
              { unit: 'C2', indicator: 'marches', value: 4, period: '2025-03', category: 'firework' },
              { unit: 'C1', indicator: 'security_teams', value: 2, period: '2025-H2' },
            ],
            [{ by: ['indicator', 'category'] }, { by: ['period'], granularity: 'year' }],
          ],
          [[], [{ by: [] }]],
        ],
      }
    );
    // The lists were taken (options without a registry, reporters or units as a key).
    expect(lists).toBeGreaterThanOrEqual(2);
  }, 600_000);

  // Units past the limit: 70,000 codes, one figure each, in an order unlike the ids' (codes sort
  // as text), so that each cell's list holds its ids out of order and crosses blocks of 65,536 ids.
  const many = 70_000;
  const manyFigures: Figure[] = [];
  for (let i = 0; i < many; i++) {
    const k = (i * 7919) % many;
    manyFigures.push({
      unit: `U${k}`,
      indicator: k % 3 === 0 ? 'disputes_mediated' : 'marches',
      value: k % 97,
      period: `${2020 + (k % 5)}`,
      ...(k % 11 === 0 ? { category: 'firework' } : {}),
    });
  }
  // Two more figures of units already met, in other cells: repeats across a cell's groups.
  manyFigures.push({ unit: 'U0', indicator: 'marches', value: 1, period: '2021' }, { unit: 'U69999', indicator: 'marches', value: 1, period: '2021-05' });
  const byPeriod: AggregateOptions = {
    by: ['indicator', 'category', 'period'],
  };

  it('takes lists past 65,536 distinct units and counts every unit of each cell exactly as aggregate', async () => {
    await reload(duck, manyFigures);
    const { client, forms } = watchUnitForms(duck);
    const got = await aggregateSqlShared(client, byPeriod, new Map());
    expect(forms).toEqual(['lists']);
    const want = aggregate(manyFigures, byPeriod);
    expect(got).toEqual(want);
    // The counts checked above are real: every unit is counted once in its cells.
    expect(got.rows.reduce((n, r) => n + (r.coverage?.reported ?? 0), 0)).toBe(many + 2);
    // The same figures through bitmaps (limit raised) give the same rows.
    const bits = watchUnitForms(duck);
    expect(await aggregateSqlShared(bits.client, byPeriod, new Map(), many + 1)).toEqual(want);
    expect(bits.forms).toEqual(['bitmap']);
  }, 300_000);

  it('reads both sides of a comparison through lists past 65,536 units, as comparePeriods', async () => {
    await reload(duck, manyFigures);
    const { client, forms } = watchUnitForms(duck);
    const options = { by: ['indicator', 'category'] as const, current: '2024', baseline: '2022' };
    expect(await comparePeriodsSql(client, { ...options, by: [...options.by] })).toEqual(comparePeriods(manyFigures, { ...options, by: [...options.by] }));
    expect(forms).toEqual(['lists']);
  }, 300_000);

  it('keeps bitmaps at 65,536 distinct units and below', async () => {
    const atLimit = manyFigures.filter((f) => Number(f.unit.slice(1)) < 65_536);
    await reload(duck, atLimit);
    const { client, forms } = watchUnitForms(duck);
    const options: AggregateOptions = {
      by: ['indicator'],
      period: '2021/2023',
    };
    expect(await aggregateSqlShared(client, options, new Map())).toEqual(aggregate(atLimit, options));
    expect(forms).toEqual(['bitmap']);
  }, 300_000);
});
