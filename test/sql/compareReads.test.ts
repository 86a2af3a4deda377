// The reads of a comparison that depend on the unit dictionary: figures left out for their unit's
// span (a unit that starts or ends inside a period, a ceased unit, a merged one, an unknown code)
// counted once, under the first reason that applies, and stock levels of units whose span changes
// inside a window; every crosswalk share is 1 here (no split, unlike fixtures.ts). Both databases
// are checked against comparePeriods; PostgreSQL reads each side alone.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparePeriods, type ComparePeriodsOptions } from '../../src/compare/comparePeriods';
import type { GroupDimension } from '../../src/engine/GroupDimension';
import type { Figure } from '../../src/schema/FigureSchema';
import { comparePeriodsSql } from '../../src/sql/comparePeriodsSql';
import type { SqlClient } from '../../src/sql/SqlClient';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { openDuckDb, openPglite, reload } from './harness';

const RUNS = Number(process.env['ANTQ_SQL_RUNS'] ?? 30);

// Merges and moves with a share of 1, units that start and end inside a quarter or a month.
const registry = createUnitRegistry([
  { code: 'P1', name: 'P1', level: 'province' },
  { code: 'P2', name: 'P2', level: 'province', validTo: '2025-06-30', successors: [{ code: 'P1' }] },
  { code: 'D1', name: 'D1', level: 'district', parent: 'P1' },
  { code: 'D2', name: 'D2', level: 'district', parent: 'P2', validTo: '2025-06-30', successors: [{ code: 'D1' }] },
  { code: 'C1', name: 'C1', level: 'commune', parent: 'D1' },
  { code: 'C2', name: 'C2', level: 'commune', parent: 'D2', validTo: '2025-06-30', successors: [{ code: 'C1' }] },
  { code: 'C3', name: 'C3', level: 'commune', parent: 'D1', validFrom: '2024-04-01' },
  { code: 'C4', name: 'C4', level: 'commune', parent: 'D1', validTo: '2024-09-15' },
  { code: 'C5', name: 'C5', level: 'commune', parent: 'D2', validTo: '2025-06-30', successors: [{ code: 'C5' }] },
  { code: 'C5', name: 'C5 moved', level: 'commune', parent: 'D1', validFrom: '2025-07-01' },
]);

const UNITS = ['P1', 'P2', 'D1', 'D2', 'C1', 'C2', 'C3', 'C4', 'C5', 'ZZ'];
// Stocks (model_sites, security_teams, areas_assessed), flows and a ratio, and one unknown id;
// units of measure some of them do not allow.
const INDICATORS = ['model_sites', 'security_teams', 'areas_assessed', 'marches', 'disputes_mediated', 'disputes_mediated_successfully', 'mediation_success_rate', 'not_an_indicator'];
const PERIODS = ['2023', '2024-03', '2024-Q2', '2024-06-30', '2024-09', '2024-09-10', '2024-Q3', '2024-12-31', '2025-H1', '2025-06-30', '2025-07', '2025-H2', '2025', 'official:2024', 'not-a-period'];

const arbFigure: fc.Arbitrary<Figure> = fc
  .record({
    unit: fc.constantFrom(...UNITS),
    indicator: fc.constantFrom(...INDICATORS),
    value: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(0.5, 2.25)),
    period: fc.option(fc.constantFrom(...PERIODS), { nil: undefined, freq: 12 }),
    qualifier: fc.constantFrom(undefined, undefined, 'about', 'over'),
    uom: fc.constantFrom(undefined, undefined, 'kg'),
    category: fc.constantFrom(undefined, 'a', 'a.b'),
    reporter: fc.constantFrom(undefined, 'police', 'police+front'),
  })
  .map((r) => {
    const f: { -readonly [K in keyof Figure]: Figure[K] } = { unit: r.unit, indicator: r.indicator, value: r.value };
    if (r.period !== undefined) f.period = r.period;
    if (r.qualifier !== undefined) f.qualifier = r.qualifier as NonNullable<Figure['qualifier']>;
    if (r.category !== undefined) f.category = r.category;
    if (r.reporter !== undefined) f.reporter = r.reporter;
    if (r.uom !== undefined) f.uom = r.uom as NonNullable<Figure['uom']>;
    return f;
  });

// Stock figures of a few series, many to a series and window: which one is the latest level
// (day, then the larger value, then the qualifier) decides the rows.
const arbStockFigure: fc.Arbitrary<Figure> = fc
  .record({
    unit: fc.constantFrom('C1', 'C3', 'C5'),
    indicator: fc.constantFrom('model_sites', 'security_teams'),
    value: fc.constantFrom(1, 2),
    period: fc.constantFrom('2024-03', '2024-Q2', '2024-05', '2024-06-30', '2024-09', '2024-Q3', '2025-06-30', '2025-07', '2025-H2'),
    qualifier: fc.constantFrom(undefined, 'about', 'over'),
  })
  .map((r) => {
    const f: { -readonly [K in keyof Figure]: Figure[K] } = { unit: r.unit, indicator: r.indicator, value: r.value, period: r.period };
    if (r.qualifier !== undefined) f.qualifier = r.qualifier as NonNullable<Figure['qualifier']>;
    return f;
  });

const arbComparison: fc.Arbitrary<ComparePeriodsOptions> = fc
  .record({
    by: fc.subarray<GroupDimension>(['program', 'category', 'unit', 'reporter']),
    mode: fc.constantFrom('units', 'level', 'rollup', 'asOf'),
    level: fc.constantFrom('province', 'district', 'commune'),
    carryForward: fc.constantFrom(undefined, false),
    periods: fc.constantFrom(['2025', '2024'], ['2025-H2', '2025-H1'], ['2024-Q3', '2024-Q2'], ['2024-09', '2024-03']),
  })
  .map((r) => {
    const by: GroupDimension[] = ['indicator', ...r.by];
    const o: { -readonly [K in keyof ComparePeriodsOptions]: ComparePeriodsOptions[K] } = { current: r.periods[0] as string, baseline: r.periods[1] as string, by, units: registry };
    if (r.carryForward !== undefined) o.carryForward = r.carryForward;
    if (r.mode === 'level') o.level = r.level as NonNullable<ComparePeriodsOptions['level']>;
    if (r.mode === 'rollup') {
      o.rollup = true;
      if (!by.includes('unit')) by.push('unit');
    }
    if (r.mode === 'asOf') o.asOf = '2026-01-01';
    return o;
  });

describe.each([
  ['duckdb', openDuckDb],
  ['pglite', openPglite],
] as const)('comparePeriodsSql on %s, units that start, end, merge and move inside the periods', (_name, open) => {
  let client: SqlClient;
  beforeAll(async () => {
    client = await open();
  }, 300_000);

  it('gives the rows of comparePeriods: figures left out once, under their first reason; stock levels', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(arbFigure, arbStockFigure), { maxLength: 40 }), fc.array(arbComparison, { minLength: 1, maxLength: 3 }), async (figures, list) => {
        await reload(client, figures);
        for (const o of list) expect(await comparePeriodsSql(client, o)).toEqual(comparePeriods(figures, o));
      }),
      { numRuns: RUNS },
    );
  }, Math.max(600_000, RUNS * 3_000));

  it('takes the latest stock level of a unit that moves inside the window from its later span', async () => {
    const figures: Figure[] = [
      { unit: 'C5', indicator: 'model_sites', value: 2, period: '2025-06-30' },
      { unit: 'C5', indicator: 'model_sites', value: 1, period: '2025-07' },
      { unit: 'C1', indicator: 'model_sites', value: 4, period: '2025-Q1' },
      { unit: 'C5', indicator: 'model_sites', value: 3, period: '2024-06-30' },
    ];
    await reload(client, figures);
    for (const by of [['indicator'], ['indicator', 'unit']] as const) {
      const o: ComparePeriodsOptions = { current: '2025', baseline: '2024', by: [...by], units: registry };
      const got = await comparePeriodsSql(client, o);
      expect(got).toEqual(comparePeriods(figures, o));
      // By indicator: C5's July level (1) and C1's (4); by unit, C5's two versions apart.
      if (by.length === 1) expect(got.rows.map((r) => [r.current?.value, r.baseline?.value])).toEqual([[5, 3]]);
    }
  });

  it('counts a ceased unit’s figure outside the window as outside the window, and inside it as an unknown unit', async () => {
    const figures: Figure[] = [
      { unit: 'C4', indicator: 'marches', value: 3, period: '2024-09' },
      { unit: 'C4', indicator: 'marches', value: 4, period: '2024-03' },
      { unit: 'C4', indicator: 'marches', value: 5, period: '2023' },
      { unit: 'C3', indicator: 'model_sites', value: 6, period: '2024-03' },
      { unit: 'C3', indicator: 'model_sites', value: 7, period: '2024-Q2' },
      { unit: 'C1', indicator: 'model_sites', value: 8, period: '2024-06-30' },
    ];
    await reload(client, figures);
    const o: ComparePeriodsOptions = { current: '2024-Q3', baseline: '2024-Q2', by: ['indicator', 'unit'], units: registry, level: 'district' };
    const got = await comparePeriodsSql(client, o);
    expect(got).toEqual(comparePeriods(figures, o));
    // 2024-Q3: the ceased unit's September and the new unit's March stock (carried) have no unit.
    expect(got.current.excluded).toEqual({ outside_window: { count: 2, rows: [1, 2] }, unknown_unit: { count: 2, rows: [0, 3] } });
    // 2024-Q2: the ceased unit's September is after the window first.
    expect(got.baseline.excluded).toEqual({ outside_window: { count: 3, rows: [0, 1, 2] }, unknown_unit: { count: 1, rows: [3] } });
  });
});
