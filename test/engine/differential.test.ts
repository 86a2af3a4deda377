import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import { finalizePartial } from '../../src/engine/finalizePartial';
import { encodeFigures } from '../../src/table/encodeFigures';
import { compileFilter } from '../../src/engine/FigureFilter';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { figure, options, toOptions, tree, vn } from './figureArbitraries';
import { aggregate as referenceAggregate } from './reference/aggregate';
import { createAggregator as referenceCreateAggregator } from './reference/createAggregator';
import { finalizePartial as referenceFinalizePartial } from './reference/finalizePartial';
import type { AggregateOptions as ReferenceOptions } from './reference/AggregateOptions';

// ANTQ_DIFF_RUNS multiplies every run count (e.g. ANTQ_DIFF_RUNS=20 for a long run).
const RUNS = Math.max(1, Number(process.env.ANTQ_DIFF_RUNS ?? '1') || 1);
const runs = (n: number): number => n * RUNS;

// The engine must give exactly the rows the engine gave before the columnar work (kept in
// ./reference), for any data set and any options: flows, stocks, ratios and their parts,
// qualifiers, joint figures, windows, buckets, levels, rollup and restatement.

/**
 * The reference engine fed as the engine is: the reference has no `filter` (nor file rows), so it
 * gets the figures the filter keeps, and its excluded rows are mapped back to their place in the
 * whole input.
 */
function referenceFed(figures: readonly Figure[], o: AggregateOptions): { result(): ReturnType<typeof referenceAggregate>; partial(): ReturnType<ReturnType<typeof referenceCreateAggregator>['partial']> } {
  const { filter, ...rest } = o;
  const ref = referenceCreateAggregator(rest as ReferenceOptions);
  const offset = o.rowOffset ?? 0;
  const keep = filter === undefined ? () => true : (compileFilter(filter).keep ?? (() => true));
  const kept = figures.map((f, i) => [f, i] as const).filter(([f]) => keep(f));
  ref.addAll(kept.map(([f]) => f));
  const back = <E extends Record<string, { readonly count: number; readonly rows: readonly number[] } | undefined>>(e: E): E =>
    Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v === undefined ? v : { ...v, rows: v.rows.map((r) => (kept[r - offset]?.[1] ?? -1) + offset) }])) as E;
  return {
    result: () => {
      const r = ref.result();
      return { ...r, excluded: back(r.excluded) };
    },
    partial: () => {
      const p = ref.partial();
      return { ...p, excluded: back(p.excluded) };
    },
  };
}

const same = (figures: readonly Figure[], o: AggregateOptions): void => {
  const mine = aggregate(figures, o);
  const before = o.filter === undefined ? referenceAggregate(figures, o as ReferenceOptions) : referenceFed(figures, o).result();
  expect(mine).toEqual(before);
  // The same figures as a table built once give the same result.
  expect(aggregate(encodeFigures(figures), o)).toEqual(before);
};

describe('the engine against the reference engine', () => {
  it('gives every row exactly as before, on a unit tree with a reorganisation', () => {
    fc.assert(
      fc.property(fc.array(figure(['VN', 'P1', 'P2', 'D1', 'D2', 'D3', 'C1', 'C2', 'C3', 'C4', 'X9']), { maxLength: 60 }), options, (figures, d) => {
        same(figures, toOptions(d, tree));
      }),
      { numRuns: runs(300) },
    );
  });

  it('gives every row exactly as before across the 2025 province reform (asOf)', () => {
    fc.assert(
      fc.property(fc.array(figure(['42', '44', '45', '01', '79']), { maxLength: 40 }), options, (figures, d) => {
        same(figures, toOptions({ ...d, shape: d.shape === 'level' ? 'asOf' : (d.shape ?? 'plain') }, vn));
      }),
      { numRuns: runs(150) },
    );
  });

  it('gives the same partials, in any batch split', () => {
    fc.assert(
      fc.property(fc.array(figure(['P1', 'D2', 'C1', 'C3', 'C4']), { maxLength: 40 }), options, fc.nat(40), (figures, d, cut) => {
        const o = toOptions(d, tree);
        const mine = createAggregator(o);
        const before = referenceFed(figures, o);
        // One figure at a time, then a batch, then a table: one engine whatever the form.
        const third = Math.floor(cut / 2);
        for (const f of figures.slice(0, third)) mine.add(f);
        mine.addAll(figures.slice(third, cut));
        mine.addAll(encodeFigures(figures.slice(cut)));
        // The spec fingerprint is internal and grew a field (category facets) after the freeze.
        const { spec: _mine, ...mineRest } = mine.partial();
        const { spec: _before, ...beforeRest } = before.partial();
        expect(mineRest).toEqual(beforeRest);
        const { filter: _filter, ...plain } = o;
        const { spec: _key, ...minePartial } = mine.partial();
        expect(finalizePartial({ ...minePartial, spec: createAggregator(o).partial().spec }, o)).toEqual(referenceFinalizePartial(before.partial(), plain as ReferenceOptions));
      }),
      { numRuns: runs(150) },
    );
  });

  it('gives every row exactly as before on larger data sets (more keys, exclusions and qualified values than the first buffers hold)', () => {
    fc.assert(
      fc.property(fc.array(figure(['VN', 'P1', 'P2', 'D1', 'D2', 'D3', 'C1', 'C2', 'C3', 'C4', 'X9']), { minLength: 300, maxLength: 900 }), options, (figures, d) => {
        same(figures, toOptions(d, tree));
      }),
      { numRuns: runs(12) },
    );
  });

  it('gives every row exactly as before when the keys are too many for the column pass', () => {
    // Distinct categories × units × months far beyond what a dense key array may hold, and
    // (grouped by category only) more coverage bits than it may keep: the row loop takes them.
    const wide: Figure[] = [];
    for (let i = 0; i < 3000; i++) {
      wide.push({ unit: `u${i % 700}`, indicator: i % 5 === 0 ? 'model_sites' : 'marches', value: i % 7, period: `2024-${String((i % 12) + 1).padStart(2, '0')}`, category: `c${i}`, ...(i % 11 === 0 ? { qualifier: 'over' as const } : {}) });
    }
    same(wide, { by: ['indicator', 'category', 'unit', 'period'], granularity: 'month' });
    const many: Figure[] = [];
    for (let i = 0; i < 20000; i++) many.push({ unit: `u${i}`, indicator: 'marches', value: 1, period: '2024', category: `c${i}` });
    same(many, { by: ['indicator', 'category'] });
  });

  it('gives every row exactly as before when rows left to the row loop and qualified values outgrow several blocks of the column pass', () => {
    // 60,000 figures (the column pass reads 16,384 rows a call): a third stocks, a third qualified
    // or fractional, some excluded, so the lists it keeps of both grow between its blocks.
    const big: Figure[] = [];
    const units = ['C1', 'C2', 'C3', 'C4', 'D2', 'X9'];
    for (let i = 0; i < 60000; i++) {
      const kind = i % 3;
      big.push({
        unit: units[i % units.length] as string,
        indicator: kind === 0 ? 'model_sites' : i % 7 === 0 ? 'weapons_surrendered' : 'marches',
        value: kind === 1 && i % 2 === 0 ? (i % 13) + 0.25 : i % 9,
        period: i % 17 === 0 ? '2024-13' : `${2020 + (i % 5)}-${String((i % 12) + 1).padStart(2, '0')}`,
        ...(i % 7 === 0 ? { category: i % 2 === 0 ? 'gun.military' : 'explosive' } : {}),
        ...(kind === 1 && i % 4 === 1 ? { qualifier: i % 8 === 1 ? ('over' as const) : ('nearly' as const) } : {}),
      });
    }
    same(big, { by: ['indicator', 'category', 'period'], granularity: 'year' });
    same(big, { by: ['indicator', 'period'], granularity: 'quarter', carryForward: false });
    same(big, { by: ['indicator', 'unit'], units: tree, rollup: true });
  });

  it('gives every row exactly as before when the rows left to the row loop are read from their copies, by reporter, programme and filter', () => {
    // 50,000 figures over several blocks of the column pass: stocks, joint figures (by reporter),
    // qualified and fractional values, bad values and periods, each left to the row loop, which
    // reads them from columns the pass copied; their exclusions must name their own rows.
    const big: Figure[] = [];
    const units = ['C1', 'C2', 'C3', 'C4', 'D2', 'X9'];
    for (let i = 0; i < 50000; i++) {
      const kind = i % 5;
      big.push({
        unit: units[(i * 7) % units.length] as string,
        indicator: kind === 0 ? 'model_sites' : i % 3 === 0 ? 'march_participants' : 'marches',
        value: i % 997 === 0 ? -1 : kind === 1 ? (i % 13) + 0.5 : i % 11,
        period: i % 1009 === 0 ? '2024-13' : `${2020 + (i % 4)}-${String((i % 12) + 1).padStart(2, '0')}`,
        reporter: i % 4 === 0 ? 'police+front' : i % 4 === 1 ? 'police' : 'front',
        program: i % 6 === 0 ? 'p2' : 'p1',
        ...(kind === 2 && i % 3 !== 0 ? { qualifier: i % 2 === 0 ? ('over' as const) : ('about' as const) } : {}),
      });
    }
    same(big, { by: ['indicator', 'reporter', 'period'], granularity: 'year' });
    same(big, { by: ['indicator', 'program', 'period'], granularity: 'quarter' });
    same(big, { by: ['indicator', 'period'], granularity: 'year', filter: { reporter: ['police'] } });
  });

  it('with coverage: false gives the same rows with coverage.reported null', () => {
    fc.assert(
      fc.property(fc.array(figure(['VN', 'P1', 'D1', 'D2', 'C1', 'C2', 'C3', 'C4']), { maxLength: 60 }), options, (figures, d) => {
        const o = toOptions(d, tree);
        const off = aggregate(figures, { ...o, coverage: false });
        const on = aggregate(figures, o);
        expect(off.rows.every((r) => r.coverage.reported === null)).toBe(true);
        expect(off).toEqual({ ...on, rows: on.rows.map((r) => ({ ...r, coverage: { ...r.coverage, reported: null } })) });
      }),
      { numRuns: runs(200) },
    );
  });

  it('gives every rollup row exactly as before, fields in the same order, with thousands of rows and qualified parts', () => {
    // A tree of 1,600 communes under 40 districts and 4 provinces: rollup results of thousands of
    // rows (ordered by counting sort on their ranks, in two passes of 16 bits once programmes and
    // categories are grouped too), flow subtotals with qualified and fractional parts (kept in
    // blocks of their own), stock subtotals, whole-number rows, and units the tree does not know.
    const rows: { code: string; name: string; level: 'national' | 'province' | 'district' | 'commune'; parent?: string }[] = [{ code: 'VN', name: 'VN', level: 'national' }];
    for (let p = 0; p < 4; p++) rows.push({ code: `P${p}`, name: `P${p}`, level: 'province', parent: 'VN' });
    for (let d = 0; d < 40; d++) rows.push({ code: `D${d}`, name: `D${d}`, level: 'district', parent: `P${d % 4}` });
    for (let c = 0; c < 1600; c++) rows.push({ code: `C${c}`, name: `C${c}`, level: 'commune', parent: `D${(c * 7) % 40}` });
    const big = createUnitRegistry(rows);
    const inds = ['marches', 'march_participants', 'weapons_surrendered', 'explosives_surrendered', 'model_sites'] as const;
    const figures: Figure[] = [];
    for (let i = 0; i < 24000; i++) {
      const indicator = inds[i % 5] as (typeof inds)[number];
      const unit = i % 97 === 0 ? `X${i % 3}` : i % 211 === 0 ? `D${i % 40}` : `C${(Math.floor(i / 5) * 13) % 1600}`;
      const f: { -readonly [K in keyof Figure]: Figure[K] } = { unit, indicator, value: i % 23 === 0 ? (i % 11) + 0.25 : i % 17, period: `${2020 + (i % 4)}-${String((i % 12) + 1).padStart(2, '0')}` };
      if (i % 29 === 0) f.qualifier = i % 2 === 0 ? 'over' : 'about';
      if (i % 3 === 0) f.category = i % 2 === 0 ? 'gun.military' : 'explosive';
      if (i % 5 === 1) f.program = i % 2 === 0 ? '09/CTr-BCA-MTTW' : '07/CTrPH-BCA-MTTW';
      figures.push(f);
    }
    // Compared as JSON text: the same fields in the same order too.
    const exactly = (o: AggregateOptions): void => {
      const before = referenceAggregate(figures, o as ReferenceOptions);
      expect(JSON.stringify(aggregate(figures, o))).toBe(JSON.stringify(before));
      expect(JSON.stringify(aggregate(encodeFigures(figures), o))).toBe(JSON.stringify(before));
      // The reference has no `coverage: false`: the same rows with `coverage.reported` null.
      const off = { ...before, rows: before.rows.map((r) => ({ ...r, coverage: { ...r.coverage, reported: null } })) };
      expect(JSON.stringify(aggregate(encodeFigures(figures), { ...o, coverage: false }))).toBe(JSON.stringify(off));
    };
    exactly({ by: ['indicator', 'unit'], units: big, rollup: true });
    exactly({ by: ['indicator', 'program', 'category', 'unit'], units: big, rollup: true });
    exactly({ by: ['indicator', 'unit', 'period'], units: big, rollup: true, granularity: 'year' });
  });

  it('gives every stock subtotal of a rollup exactly as before, walked from the leaves or through the general path', () => {
    // Stocks of one indicator by reporter and category (several series per commune), qualified,
    // fractional and dated levels, a commune whose unit ceased (C1 and C2 until 30 Jun 2025) and
    // C1 again under another district from 1 Jul 2025 (one series in two leaves of a group: the
    // general path), levels before a window (carried in: the general path too) and joint figures.
    const figures: Figure[] = [];
    const units = ['C1', 'C2', 'C3', 'C4', 'D2', 'P2'];
    for (let i = 0; i < 240; i++) {
      const f: { -readonly [K in keyof Figure]: Figure[K] } = {
        unit: units[i % units.length] as string,
        indicator: i % 4 === 3 ? 'marches' : i % 2 === 0 ? 'model_sites' : 'security_teams',
        value: i % 7 === 0 ? (i % 5) + 0.5 : i % 13,
        period: `${2022 + (i % 3)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      };
      if (i % 11 === 0) f.qualifier = i % 2 === 0 ? 'over' : 'about';
      if (i % 3 === 0) f.reporter = i % 2 === 0 ? 'police' : 'police+front';
      if (i % 5 === 0) f.category = 'commune';
      figures.push(f);
    }
    // C1 and C2 within 2024 and 2025 too (the cycle above dates them 2022 and 2023 only).
    figures.push({ unit: 'C2', indicator: 'model_sites', value: 3.5, period: '2024-05-01' }, { unit: 'C1', indicator: 'security_teams', value: 2, period: '2025-03-01', reporter: 'front' }, { unit: 'C2', indicator: 'security_teams', value: 1, period: '2025-02-01' });
    // C1's series (police, no category) in both of its versions: two leaves of one group.
    const late: Figure[] = [...figures, { unit: 'C1', indicator: 'model_sites', value: 4, period: '2025-09-01', reporter: 'police' }, { unit: 'C1', indicator: 'model_sites', value: 6, period: '2025-05-01', reporter: 'police' }];
    const exactly = (list: readonly Figure[], o: AggregateOptions): void => {
      const before = referenceAggregate(list, o as ReferenceOptions);
      expect(before.rows.some((r) => r.kind === 'stock' && r.level === 'national')).toBe(true);
      expect(JSON.stringify(aggregate(list, o))).toBe(JSON.stringify(before));
      expect(JSON.stringify(aggregate(encodeFigures(list), o))).toBe(JSON.stringify(before));
    };
    for (const by of [['indicator', 'unit'], ['indicator', 'unit', 'reporter'], ['indicator', 'category', 'unit']] as const) {
      // Walked from the leaves (no period buckets, every series in one leaf of its group).
      exactly(figures, { by: [...by], units: tree, rollup: true });
      // Levels before the window (2022, 2023) are carried in: the general path.
      exactly(figures, { by: [...by], units: tree, rollup: true, period: '2024' });
      // A window holding every level (none carried in), ending before C1 and C2 ceased.
      exactly(figures, { by: [...by], units: tree, rollup: true, period: '2022/2024' });
      // Units that ceased before the window's end, and C1 in two versions: the general path.
      exactly(figures, { by: [...by], units: tree, rollup: true, period: '2025-07-01/2026-12-31' });
      exactly(late, { by: [...by], units: tree, rollup: true });
      // Levels carried in from before the window: the general path.
      exactly(figures, { by: [...by], units: tree, rollup: true, period: '2024', carryForward: true });
    }
  });
});
