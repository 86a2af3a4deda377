import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { aggregateAsync } from '../../src/engine/aggregateAsync';
import { createAggregator } from '../../src/engine/createAggregator';
import { finalizePartial } from '../../src/engine/finalizePartial';
import { mergePartials } from '../../src/engine/mergePartials';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { AggregateRow } from '../../src/engine/AggregateRow';
import { isAntqError } from '../../src/errors/isAntqError';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';

const units = createUnitRegistry([
  { code: 'VN', name: 'Việt Nam', level: 'national' },
  { code: 'P1', name: 'Tỉnh Một', level: 'province', parent: 'VN' },
  { code: 'P2', name: 'Tỉnh Hai', level: 'province', parent: 'VN' },
  { code: 'D1', name: 'Huyện Một', level: 'district', parent: 'P1' },
  { code: 'D2', name: 'Huyện Hai', level: 'district', parent: 'P1' },
  { code: 'D3', name: 'Huyện Ba', level: 'district', parent: 'P2' },
  { code: 'C1', name: 'Xã Một', level: 'commune', parent: 'D1' },
  { code: 'C2', name: 'Xã Hai', level: 'commune', parent: 'D1' },
  { code: 'C3', name: 'Xã Ba', level: 'commune', parent: 'D2' },
  { code: 'C4', name: 'Xã Bốn', level: 'commune', parent: 'D3' },
]);

const f = (unit: string, indicator: string, value: number, period: string | undefined, extra: Partial<Figure> = {}): Figure => {
  const fig: Figure = { unit, indicator, value, ...extra };
  return period === undefined ? fig : { ...fig, period };
};

const row = (rows: readonly AggregateRow[], match: Partial<AggregateRow>): AggregateRow => {
  const hit = rows.filter((r) => Object.entries(match).every(([k, v]) => (r as unknown as Record<string, unknown>)[k] === v));
  expect(hit).toHaveLength(1);
  return hit[0] as AggregateRow;
};

describe('aggregate: the rule of each indicator', () => {
  it('sums flows and carries the qualifier and bounds', () => {
    const { rows } = aggregate([
      f('C1', 'marches', 20, '2014'),
      f('C2', 'marches', 15, '2015', { qualifier: 'over' }),
      f('C3', 'propaganda_attendance', 15000, '2015', { qualifier: 'nearly' }),
      f('C3', 'propaganda_attendance', 1000, '2016'),
    ], { by: ['indicator'] });
    expect(row(rows, { indicator: 'marches' })).toMatchObject({ value: 35, qualifier: 'over', lower: 35, lowerInclusive: false, upper: null, figures: 2, kind: 'flow' });
    expect(row(rows, { indicator: 'propaganda_attendance' })).toMatchObject({ value: 16000, qualifier: 'nearly', lower: 14500, lowerInclusive: true, upper: 16000, upperInclusive: false });
  });

  it('takes the latest level of a stock, never a sum over time', () => {
    const { rows } = aggregate(
      [f('P1', 'model_sites', 1900, '2018-12-31'), f('P1', 'model_sites', 2100, '2023-05-24'), f('P1', 'model_sites', 2500, '2024-01-01')],
      { by: ['indicator'], period: '2013/2023' },
    );
    expect(row(rows, { indicator: 'model_sites' })).toMatchObject({ value: 2100, kind: 'stock', carriedForward: 0 });
  });

  it('adds the latest stock levels of different units, and carries a level forward into a later bucket', () => {
    const { rows } = aggregate(
      [f('C1', 'security_teams', 3, '2021-12-31'), f('C2', 'security_teams', 4, '2021-12-31'), f('C1', 'security_teams', 5, '2022-12-31')],
      { by: ['indicator', 'period'] },
    );
    expect(row(rows, { period: '2021' })).toMatchObject({ value: 7, carriedForward: 0 });
    expect(row(rows, { period: '2022' })).toMatchObject({ value: 9, carriedForward: 1, coverage: { reported: 2, expected: null } });
    const noCarry = aggregate(
      [f('C1', 'security_teams', 3, '2021-12-31'), f('C2', 'security_teams', 4, '2021-12-31'), f('C1', 'security_teams', 5, '2022-12-31')],
      { by: ['indicator', 'period'], carryForward: false },
    );
    expect(row(noCarry.rows, { period: '2022' })).toMatchObject({ value: 5, carriedForward: 0 });
  });

  it('uses a stock level from before the window as the level at its end', () => {
    const { rows } = aggregate([f('C1', 'security_teams', 3, '2019-12-31')], { by: ['indicator'], period: '2023' });
    expect(row(rows, { indicator: 'security_teams' })).toMatchObject({ value: 3, carriedForward: 1 });
  });

  it('recomputes a ratio from its parts instead of averaging percentages', () => {
    const { rows } = aggregate(
      [
        f('C1', 'disputes_mediated', 10, '2023'),
        f('C1', 'disputes_mediated_successfully', 9, '2023'),
        f('C2', 'disputes_mediated', 30, '2023'),
        f('C2', 'disputes_mediated_successfully', 15, '2023'),
        f('C1', 'mediation_success_rate', 90, '2023'),
        f('C2', 'mediation_success_rate', 50, '2023'),
      ],
      { by: ['indicator'] },
    );
    // (9 + 15) / (10 + 30) = 60 %, not the mean of 90 % and 50 % (70 %).
    expect(row(rows, { indicator: 'mediation_success_rate' })).toMatchObject({ value: 60, qualifier: 'exact', kind: 'ratio' });
  });

  it('refuses to add up percentages whose parts are missing', () => {
    const { rows } = aggregate([f('C1', 'mediation_success_rate', 90, '2023'), f('C2', 'mediation_success_rate', 50, '2023')], { by: ['indicator'] });
    expect(row(rows, { indicator: 'mediation_success_rate' })).toMatchObject({ value: null, reason: 'ratio_parts_missing', figures: 2 });
    const single = aggregate([f('C1', 'mediation_success_rate', 90, '2023')], { by: ['indicator'] });
    expect(single.rows[0]?.value).toBe(90);
  });

  it('keeps units of measure apart', () => {
    const { rows } = aggregate(
      [f('C1', 'fireworks_surrendered', 2.2, '2023', { uom: 'kg' }), f('C1', 'fireworks_surrendered', 17.543, '2023', { uom: 'kg' }), f('C1', 'fireworks_surrendered', 5, '2023', { uom: 'piece' })],
      { by: ['indicator'] },
    );
    expect(row(rows, { uom: 'kg' }).value).toBe(19.743);
    expect(row(rows, { uom: 'piece' }).value).toBe(5);
  });
});

describe('aggregate: grouping', () => {
  it('counts a joint figure once in totals and credits each reporter in a breakdown', () => {
    const figures = [f('C1', 'marches', 10, '2023', { reporter: 'police+front' }), f('C1', 'marches', 5, '2023', { reporter: 'police' })];
    expect(aggregate(figures, { by: ['indicator'] }).rows[0]?.value).toBe(15);
    const { rows } = aggregate(figures, { by: ['indicator', 'reporter'] });
    expect(row(rows, { reporter: 'police' })).toMatchObject({ value: 15, jointFigures: 1 });
    expect(row(rows, { reporter: 'front' })).toMatchObject({ value: 10, jointFigures: 1 });
  });

  it('cuts categories to a depth', () => {
    const figures = [
      f('C1', 'weapons_surrendered', 127, '2023', { category: 'gun.military', qualifier: 'over' }),
      f('C1', 'weapons_surrendered', 366, '2023', { category: 'gun.hunting' }),
      f('C1', 'weapons_surrendered', 767, '2023', { category: 'crude.bayonet' }),
    ];
    const { rows } = aggregate(figures, { by: ['indicator', 'category'], categoryDepth: 1 });
    expect(row(rows, { category: 'gun' })).toMatchObject({ value: 493, qualifier: 'over' });
    expect(row(rows, { category: 'crude' }).value).toBe(767);
  });

  it('rolls commendations up by any facet, open facets included', () => {
    const figures = [
      f('C1', 'commendations', 9, '2023', { category: 'provincial_police_director.certificate_of_merit.collective' }),
      f('C1', 'commendations', 15, '2023', { category: 'provincial_police_director.certificate_of_merit.individual' }),
      f('C1', 'commendations', 12, '2023', { category: '*.*.collective' }),
      f('C1', 'commendations', 4, '2023', { category: 'front_committee.certificate_of_commendation.collective' }),
      f('C1', 'weapons_surrendered', 5, '2023', { category: 'gun.military' }),
    ];
    const byRecipient = aggregate(figures, { by: ['indicator', 'category'], categoryFacets: ['recipient'] }).rows;
    expect(row(byRecipient, { indicator: 'commendations', category: '*.*.collective' }).value).toBe(25);
    expect(row(byRecipient, { indicator: 'commendations', category: '*.*.individual' }).value).toBe(15);
    expect(row(byRecipient, { indicator: 'weapons_surrendered' }).category).toBe('gun.military');
    const byAward = aggregate(figures, { by: ['indicator', 'category'], categoryFacets: ['award'] }).rows;
    expect(row(byAward, { indicator: 'commendations', category: '*.certificate_of_merit' }).value).toBe(24);
    expect(row(byAward, { indicator: 'commendations', category: '' }).value).toBe(12);
  });

  it('buckets by period and leaves out a flow that straddles a bucket', () => {
    const r = aggregate(
      [f('C1', 'marches', 1, '2023-01'), f('C1', 'marches', 2, '2023-03'), f('C1', 'marches', 4, '2023-04'), f('C1', 'marches', 8, '2023-03-15/2023-04-15')],
      { by: ['indicator', 'period'], granularity: 'quarter' },
    );
    expect(r.rows.map((x) => [x.period, x.value])).toEqual([['2023-Q1', 3], ['2023-Q2', 4]]);
    expect(r.excluded.straddles_bucket).toEqual({ count: 1, rows: [3] });
  });

  it('keeps flows inside the window and reports the rest', () => {
    const r = aggregate(
      [f('C1', 'marches', 1, '2013-08-01/2023-05-24'), f('C1', 'marches', 2, '2024'), f('C1', 'marches', 4, '2012-06/2014-06'), f('C1', 'marches', 8, undefined)],
      { by: ['indicator'], period: '2013-08-01/2023-05-24' },
    );
    expect(r.rows[0]?.value).toBe(1);
    expect(r.excluded).toEqual({ no_period: { count: 1, rows: [3] }, outside_window: { count: 1, rows: [1] }, straddles_window: { count: 1, rows: [2] } });
    expect(r.read).toBe(4);
    expect(r.used).toBe(1);
  });

  it('reports every figure it cannot use, with its reason and row', () => {
    const bad = [
      f('C1', 'no_such_indicator', 1, '2023'),
      f('C1', 'weapons_surrendered', 1, '2023', { uom: 'kg' }),
      f('C1', 'marches', -1, '2023'),
      f('C1', 'marches', Number.NaN, '2023'),
      f('C1', 'marches', 1, '2023-13'),
      f('C1', 'marches', 1, '2023', { qualifier: 'roughly' as never }),
    ];
    const r = aggregate(bad, { by: ['indicator'], rowOffset: 1 });
    expect(r.rows).toEqual([]);
    expect(r.excluded).toEqual({
      invalid_period: { count: 1, rows: [5] },
      invalid_value: { count: 3, rows: [3, 4, 6] },
      unknown_indicator: { count: 1, rows: [1] },
      uom_not_allowed: { count: 1, rows: [2] },
    });
  });

  it('never mutates its input and never returns NaN or Infinity', () => {
    const figures = [f('C1', 'marches', 1.5, '2023', { qualifier: 'about' }), f('C1', 'model_sites', 3, '2023-12-31')];
    const copy = structuredClone(figures);
    const r = aggregate(figures, { by: ['indicator', 'unit', 'period'], units, rollup: true, reportingLevel: 'commune' });
    expect(figures).toEqual(copy);
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });
});

describe('aggregate: the unit hierarchy', () => {
  const figures = [
    f('C1', 'marches', 1, '2023'),
    f('C2', 'marches', 2, '2023'),
    f('C3', 'marches', 4, '2023', { qualifier: 'over' }),
    f('C4', 'marches', 8, '2023'),
    f('D1', 'marches', 16, '2023'),
    f('P1', 'marches', 0, '2023'),
  ];

  it('groups units at a level', () => {
    const { rows } = aggregate(figures, { by: ['indicator', 'unit'], units, level: 'province', reportingLevel: 'commune', period: '2023' });
    expect(row(rows, { unit: 'P1' })).toMatchObject({ value: 23, qualifier: 'over', level: 'province', coverage: { reported: 5, expected: 3 } });
    expect(row(rows, { unit: 'P2' })).toMatchObject({ value: 8, coverage: { reported: 1, expected: 1 } });
  });

  it('gives subtotals at every level in one pass, own figures apart from the children', () => {
    const { rows } = aggregate(figures, { by: ['indicator', 'unit'], units, rollup: true });
    expect(row(rows, { unit: 'VN' })).toMatchObject({ value: 31, level: 'national', own: { value: 0, figures: 0 }, children: { value: 31 } });
    expect(row(rows, { unit: 'P1' })).toMatchObject({ value: 23, own: { value: 0, figures: 1 }, children: { value: 23, qualifier: 'over' } });
    expect(row(rows, { unit: 'D1' })).toMatchObject({ value: 19, own: { value: 16 }, children: { value: 3 } });
    expect(row(rows, { unit: 'C3' })).toMatchObject({ value: 4, own: { value: 4 }, children: { value: 0, figures: 0 } });
  });

  it('reports units the registry does not know, and figures above the level asked for', () => {
    const r = aggregate([f('X9', 'marches', 1, '2023'), f('P1', 'marches', 1, '2023')], { by: ['indicator', 'unit'], units, level: 'district' });
    expect(r.excluded).toEqual({ above_level: { count: 1, rows: [1] }, unknown_unit: { count: 1, rows: [0] } });
  });

  it('counts reported against expected units without a unit dimension', () => {
    const { rows } = aggregate(figures, { by: ['indicator'], units, reportingLevel: 'commune', period: '2023' });
    expect(rows[0]?.coverage).toEqual({ reported: 6, expected: 4 });
  });
});

describe('aggregate: misuse', () => {
  it.each<[string, AggregateOptions]>([
    ['unknown dimension', { by: ['colour' as never] }],
    ['rollup without units', { by: ['unit'], rollup: true }],
    ['rollup without unit', { by: ['indicator'], units, rollup: true }],
    ['rollup and level', { by: ['unit'], units, rollup: true, level: 'province' }],
    ['bad period', { period: '2023-13' }],
    ['bad depth', { categoryDepth: 0 }],
    ['bad facets', { categoryFacets: 'recipient' as never }],
    ['bad granularity', { granularity: 'decade' as never }],
    ['bad level', { units, level: 'planet' as never }],
    ['bad row offset', { rowOffset: -1 }],
  ])('throws for %s', (_, options) => {
    let caught: unknown;
    try {
      aggregate([], options);
    } catch (e) {
      caught = e;
    }
    expect(isAntqError(caught)).toBe(true);
    expect((caught as { code: string }).code).toBe('invalid_argument');
  });
});

describe('aggregate: streaming and shards', () => {
  it('reads async iterables of figures and of batches', async () => {
    async function* source(): AsyncGenerator<Figure | Figure[]> {
      yield f('C1', 'marches', 1, '2023');
      yield [f('C2', 'marches', 2, '2023'), f('C3', 'marches', 3, '2023')];
    }
    const r = await aggregateAsync(source(), { by: ['indicator'] });
    expect(r.rows[0]?.value).toBe(6);
    expect((await aggregateAsync([f('C1', 'marches', 1, '2023')])).rows[0]?.value).toBe(1);
  });

  it("a partial taken right after add() counts the figures still waiting in the aggregator's batch", () => {
    const agg = createAggregator({ by: ['indicator'] });
    agg.add(f('C1', 'marches', 2, '2023'));
    agg.add(f('C2', 'marches', -1, '2023'));
    const p = agg.partial();
    expect({ read: p.read, used: p.used }).toEqual({ read: 2, used: 1 });
    expect(finalizePartial(p, { by: ['indicator'] })).toEqual(aggregate([f('C1', 'marches', 2, '2023'), f('C2', 'marches', -1, '2023')], { by: ['indicator'] }));
  });

  it('refuses to merge partials of different options or of nothing', () => {
    const a = createAggregator({ by: ['indicator'] }).partial();
    const b = createAggregator({ by: ['indicator', 'unit'] }).partial();
    expect(() => mergePartials([a, b])).toThrow(/different options/);
    expect(() => mergePartials([])).toThrow(/at least one/);
    expect(() => mergePartials([{ format: 'x' } as never])).toThrow(/not a partial/);
    expect(() => finalizePartial(a, { by: ['unit'] })).toThrow(/options differ/);
    expect(() => finalizePartial({ ...a, format: 'y' } as never, { by: ['indicator'] })).toThrow(/not a partial/);
  });
});

// ---- properties ------------------------------------------------------------------------------

const INDICATORS = ['marches', 'propaganda_sessions', 'security_teams', 'fireworks_surrendered'] as const;
const arbFigure = fc.record({
  unit: fc.constantFrom('C1', 'C2', 'C3', 'C4', 'D1', 'P2'),
  indicator: fc.constantFrom(...INDICATORS),
  value: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 100_000 }).map((v) => v / 1000)),
  period: fc.constantFrom('2021', '2022-Q3', '2022-05', '2023-12-31', '2021-06-30', '2022'),
  qualifier: fc.constantFrom(undefined, 'over', 'nearly', 'about', 'at_least', 'under'),
  reporter: fc.constantFrom(undefined, 'police', 'front', 'police+front'),
  category: fc.constantFrom(undefined, 'firework', 'firework.explosive', 'firework.display'),
}).map((r) => {
  const fig: Figure = { unit: r.unit, indicator: r.indicator, value: r.value, period: r.period };
  const out: Figure = { ...fig, ...(r.qualifier ? { qualifier: r.qualifier as Figure['qualifier'] & string } : {}), ...(r.reporter ? { reporter: r.reporter } : {}) };
  const withUom: Figure = r.indicator === 'fireworks_surrendered' ? { ...out, uom: 'kg', ...(r.category ? { category: r.category } : {}) } : out;
  return r.indicator === 'security_teams' ? { ...withUom, period: '2022-12-31' } : withUom;
});

const key = (r: AggregateRow): string => JSON.stringify([r.indicator, r.uom, r.category, r.unit, r.reporter, r.period]);

describe('aggregate: properties', () => {
  it('merging shards in any order equals one pass (through JSON)', () => {
    fc.assert(
      fc.property(fc.array(arbFigure, { maxLength: 60 }), fc.array(fc.nat(3)), (figures, cuts) => {
        for (const options of [
          { by: ['indicator', 'category', 'period'], granularity: 'quarter' },
          { by: ['indicator', 'unit', 'reporter'], units, rollup: true, reportingLevel: 'commune', period: '2021/2023' },
        ] as AggregateOptions[]) {
          const whole = aggregate(figures, options);
          const shards: Figure[][] = [[], [], [], []];
          figures.forEach((fig, i) => shards[(cuts[i] ?? i) % 4]?.push(fig));
          const parts = shards.map((s) => {
            const a = createAggregator(options);
            a.addAll(s);
            return JSON.parse(JSON.stringify(a.partial())) as ReturnType<typeof a.partial>;
          });
          const merged = finalizePartial(mergePartials([...parts].reverse()), options);
          const mergedTwice = finalizePartial(mergePartials([mergePartials(parts.slice(0, 2)), mergePartials(parts.slice(2))]), options);
          expect(merged.rows).toEqual(whole.rows);
          expect(mergedTwice.rows).toEqual(whole.rows);
          expect(merged.read).toBe(whole.read);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the sum of groups equals the total, and subtotals equal the sums of their children', () => {
    fc.assert(
      fc.property(fc.array(arbFigure, { maxLength: 60 }), (figures) => {
        const flows = figures.filter((x) => x.indicator === 'marches');
        const total = aggregate(flows, { by: ['indicator'] }).rows[0]?.value ?? 0;
        const byUnit = aggregate(flows, { by: ['indicator', 'unit'] }).rows.reduce((s, r) => s + (r.value ?? 0), 0);
        expect(byUnit).toBeCloseTo(total, 6);
        const rolled = aggregate(flows, { by: ['indicator', 'unit'], units, rollup: true }).rows;
        for (const r of rolled) {
          const kids = units.childrenAt(r.unit as string, '2022-01-01').map((u) => u.code);
          const sumKids = rolled.filter((x) => kids.includes(x.unit as string)).reduce((s, x) => s + (x.value ?? 0), 0);
          expect(r.children?.value).toBeCloseTo(sumKids, 6);
          expect(r.value).toBeCloseTo((r.own?.value ?? 0) + sumKids, 6);
        }
      }),
    );
  });

  it('a stock over a multi-year period equals its latest value, not a sum', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 2013, max: 2023 }), fc.integer({ min: 0, max: 5000 })), { minLength: 1, maxLength: 11 }), (obs) => {
        const byYear = new Map(obs.map(([y, v]) => [y, v]));
        const figures = [...byYear].map(([y, v]) => f('P2', 'model_sites', v, `${y}-12-31`));
        const last = Math.max(...byYear.keys());
        const r = aggregate(figures, { by: ['indicator'], period: '2013/2023' });
        expect(r.rows[0]?.value).toBe(byYear.get(last));
      }),
    );
  });

  it('the true sum lies inside the bounds', () => {
    fc.assert(
      fc.property(fc.array(arbFigure, { maxLength: 40 }), (figures) => {
        for (const r of aggregate(figures, { by: ['indicator'] }).rows) {
          if (r.value === null || r.kind !== 'flow') continue;
          expect(r.lower).not.toBeNull();
          expect(r.value).toBeGreaterThanOrEqual((r.lower as number) - 1e-6);
          if (r.upper !== null) expect(r.value).toBeLessThanOrEqual(r.upper + 1e-6);
        }
      }),
    );
  });
});
