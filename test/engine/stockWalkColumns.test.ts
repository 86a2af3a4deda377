import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import { finalizePartial, stockLevelWalker } from '../../src/engine/finalizePartial';
import type { PartialAggregate, PartialObservation } from '../../src/engine/PartialAggregate';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { aggregate as referenceAggregate } from './reference/aggregate';
import type { AggregateOptions as ReferenceOptions } from './reference/AggregateOptions';
import { splitLevels, type KeyedLevel } from './splitLevels';

// The stock walk keeps each series' latest level in columns shared by the groups of a read one
// after the other (grown by doubling from 64 slots): groups of many series (past 64 and 1,024),
// of different sizes in one read (a small one after a large one), series that start late, skip
// buckets or stop, levels of one day with different values and qualifiers, ceased units, rollup,
// asOf and values near 2 ** 53 (where the order of the additions changes a sum).

/** A small deterministic generator (the draw gives its seed). */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

const N_COMMUNES = 1400;
const tree = createUnitRegistry([
  { code: 'VN', name: 'Việt Nam', level: 'national' },
  { code: 'P1', name: 'Tỉnh Một', level: 'province', parent: 'VN' },
  { code: 'P2', name: 'Tỉnh Hai', level: 'province', parent: 'VN' },
  { code: 'D1', name: 'Huyện Một', level: 'district', parent: 'P1', validTo: '2024-06-30' },
  { code: 'D2', name: 'Huyện Hai', level: 'district', parent: 'P1' },
  { code: 'D3', name: 'Huyện Ba', level: 'district', parent: 'P2' },
  ...Array.from({ length: N_COMMUNES }, (_, i) => ({
    code: `C${String(i).padStart(4, '0')}`,
    name: `Xã ${i}`,
    level: 'commune' as const,
    parent: i % 3 === 0 ? 'D1' : i % 3 === 1 ? 'D2' : 'D3',
    ...(i % 3 === 0 ? { validTo: '2024-06-30' } : i % 17 === 5 ? { validTo: '2025-03-31' } : {}),
  })),
]);
const COMMUNES = Array.from({ length: N_COMMUNES }, (_, i) => `C${String(i).padStart(4, '0')}`);
const STOCKS = ['model_sites', 'security_teams', 'areas_assessed', 'areas_meeting_security_standard_count'] as const;
const BIG = 2 ** 53;

interface Plan {
  readonly seed: number;
  /** Series per group, in the order the groups are first met. */
  readonly sizes: readonly number[];
  readonly huge: boolean;
  readonly reporters: boolean;
}

function figuresOf(p: Plan): Figure[] {
  const r = rng(p.seed);
  const out: Figure[] = [];
  const months = ['2023-11', '2023-12', '2024-01', '2024-02', '2024-04', '2024-07', '2024-12-31', '2025-02', '2025-05', '2025-09'];
  p.sizes.forEach((size, g) => {
    const indicator = STOCKS[g % STOCKS.length] as string;
    const category = g >= STOCKS.length ? 'commune' : undefined;
    for (let s = 0; s < size; s++) {
      // Units in a shuffled order, so that the first met is not the first by name.
      const unit = COMMUNES[(s * 7919 + g * 31) % N_COMMUNES] as string;
      const startAt = Math.floor(r() * 4);
      const stopAt = r() < 0.2 ? startAt + 1 + Math.floor(r() * 3) : months.length;
      for (let m = startAt; m < stopAt; m++) {
        if (r() < 0.3) continue; // skips a bucket
        const value = p.huge && r() < 0.5 ? BIG - Math.floor(r() * 16) : Math.floor(r() * 40);
        const f: { -readonly [K in keyof Figure]: Figure[K] } = { unit, indicator, value, period: months[m] as string };
        if (category !== undefined) f.category = category;
        if (p.reporters && r() < 0.5) f.reporter = r() < 0.5 ? 'police' : 'front';
        const q = r();
        if (q < 0.1) f.qualifier = 'about';
        else if (q < 0.15) f.qualifier = 'over';
        else if (q < 0.18) f.qualifier = 'under';
        out.push(f);
        // The same day again, another value or qualifier: the later in (day, value, qualifier) wins.
        if (r() < 0.1) out.push({ ...f, value: r() < 0.5 ? value : value + 1, qualifier: r() < 0.5 ? 'nearly' : 'vague' });
      }
    }
  });
  // Shuffle within a group, not across (the group order stays the one planned).
  return out;
}

const plan = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  sizes: fc.array(fc.constantFrom(1, 3, 40, 65, 130, 700, 1100, 1300), { minLength: 1, maxLength: 4 }),
  huge: fc.boolean(),
  reporters: fc.boolean(),
});

const optionSets: readonly AggregateOptions[] = [
  { by: ['indicator', 'period'], granularity: 'month' },
  { by: ['indicator', 'period'], granularity: 'quarter', period: '2024', units: tree },
  { by: ['indicator', 'category', 'period'], granularity: 'year', carryForward: false, units: tree },
  { by: ['indicator', 'reporter', 'period'], granularity: 'quarter', units: tree, asOf: '2025-01-01' },
  { by: ['indicator', 'unit'], units: tree, rollup: true },
  { by: ['indicator', 'unit', 'period'], granularity: 'year', units: tree, rollup: true },
  { by: ['indicator'], period: '2024-H2', units: tree },
];

/** The partial's levels handed over a group at a time, a cell's shuffled, some with earlier levels added. */
function split(partial: PartialAggregate, seed: number): { bare: PartialAggregate; levels: KeyedLevel[] } {
  const r = rng(seed);
  return splitLevels(partial, (key, observations) => {
    // Some series given earlier levels too (a day before, or a smaller value or qualifier on its day): the latest must win whatever the order.
    const levels = observations.flatMap((o): KeyedLevel[] => {
      const x = r();
      if (x >= 0.3) return [[key, o]];
      // (A level of 0 has no smaller value: it is given an earlier day instead, never a negative level.)
      const earlier = x < 0.1 || (x < 0.2 && o.value < 1) ? { ...o, day: o.day - 1, value: o.value + 1 } : x < 0.2 ? { ...o, value: o.value - 1, qualifier: 'vague' as const } : { ...o, qualifier: 'about' as const };
      return o.qualifier === 'about' && x >= 0.2 ? [[key, o]] : [[key, o], [key, earlier]];
    });
    for (let i = levels.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [levels[i], levels[j]] = [levels[j] as KeyedLevel, levels[i] as KeyedLevel];
    }
    return levels;
  });
}

describe('the stock walk on many series per group', () => {
  it('gives the reference engine rows, in process and through partials', () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 0, max: optionSets.length - 1 }), (p, oi) => {
        const figures = figuresOf(p);
        const o = optionSets[oi] as AggregateOptions;
        const mine = aggregate(figures, o);
        expect(mine).toEqual(referenceAggregate(figures, o as ReferenceOptions));
        const agg = createAggregator(o);
        agg.addAll(figures);
        const partial = JSON.parse(JSON.stringify(agg.partial())) as PartialAggregate;
        // A partial's levels are added in the order of their series' names, in process in the order met:
        // past 2 ** 53 the two sums may differ (as before the columns).
        if (!p.huge) expect(finalizePartial(partial, o)).toEqual(mine);
      }),
      { numRuns: 25 },
    );
  });

  it('gives the rows of finalizePartial through the walker, one level object refilled for every level', () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 0, max: optionSets.length - 1 }), (p, oi) => {
        const o = optionSets[oi] as AggregateOptions;
        const agg = createAggregator(o);
        agg.addAll(figuresOf(p));
        const partial = JSON.parse(JSON.stringify(agg.partial())) as PartialAggregate;
        const { bare, levels } = split(partial, p.seed);
        const walker = stockLevelWalker(bare, o, [], []);
        const level: { -readonly [K in keyof PartialObservation]-?: PartialObservation[K] } = { series: '', unit: '', day: 0, value: 0, qualifier: 'exact', own: true, until: 0 };
        for (const [key, l] of levels) {
          level.series = l.series;
          level.unit = l.unit;
          level.day = l.day;
          level.value = l.value;
          level.qualifier = l.qualifier;
          level.own = l.own;
          level.until = l.until ?? Number.MAX_SAFE_INTEGER;
          walker.add(key, level);
        }
        expect(walker.finish()).toEqual(finalizePartial(partial, o));
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a partial level whose qualifier is not one of QUALIFIERS, whether carried or not (not kept as exact)', () => {
    for (const periods of [['2023', '2024'], ['2024']]) {
      const o: AggregateOptions = { by: ['indicator', 'period'], granularity: 'year' };
      const agg = createAggregator(o);
      agg.addAll(periods.map((period, i) => ({ unit: `U${i}`, indicator: 'model_sites', value: 5 + i, period, qualifier: 'about' as const })));
      const partial = JSON.parse(JSON.stringify(agg.partial()).replaceAll('"about"', '"bogus"')) as PartialAggregate;
      expect(() => finalizePartial(partial, o)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
      const { bare, levels } = split(partial, 1);
      const walker = stockLevelWalker(bare, o, [], []);
      expect(() => {
        for (const [key, l] of levels) walker.add(key, l);
        walker.finish();
      }).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    }
  });

  it('refuses a negative level, handed to the walker or in a partial, as the rows refuse a negative value (no row whose lower bound exceeds its upper)', () => {
    const o: AggregateOptions = { by: ['indicator', 'period'], granularity: 'year' };
    const agg = createAggregator(o);
    agg.addAll([{ unit: 'U0', indicator: 'model_sites', value: 5, period: '2024' }]);
    const partial = JSON.parse(JSON.stringify(agg.partial())) as PartialAggregate;
    const { bare, levels } = split(partial, 1);
    const [key, level] = levels[0] as KeyedLevel;
    for (const value of [-1, -0.5, -Number.MIN_VALUE]) {
      const bad = { ...level, value };
      const walker = stockLevelWalker(bare, o, [], []);
      expect(() => walker.add(key, bad)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
      const broken = { ...partial, cells: partial.cells.map((c) => (c.key === key ? { ...c, observations: [bad] } : c)) };
      expect(() => finalizePartial(broken, o)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    }
    // 0 is a level (and -0 is 0).
    for (const value of [0, -0]) {
      const zero = { ...partial, cells: partial.cells.map((c) => (c.key === key ? { ...c, observations: [{ ...level, value }] } : c)) };
      expect(finalizePartial(zero, o).rows[0]?.value).toBe(0);
    }
  });

  it('refuses a level handed to the walker whose day, value or last day is not a finite number, as finalizePartial refuses it in a partial', () => {
    const o: AggregateOptions = { by: ['indicator', 'period'], granularity: 'year' };
    const agg = createAggregator(o);
    agg.addAll([{ unit: 'U0', indicator: 'model_sites', value: 5, period: '2024' }]);
    const partial = JSON.parse(JSON.stringify(agg.partial())) as PartialAggregate;
    const { bare, levels } = split(partial, 1);
    const [key, level] = levels[0] as KeyedLevel;
    for (const bad of [{ ...level, day: Number.NaN }, { ...level, value: Number.NaN }, { ...level, value: Number.POSITIVE_INFINITY }, { ...level, day: Number.NEGATIVE_INFINITY }, { ...level, until: Number.NaN }]) {
      const walker = stockLevelWalker(bare, o, [], []);
      expect(() => walker.add(key, bad)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
      const broken = { ...partial, cells: partial.cells.map((c) => (c.key === key ? { ...c, observations: [bad] } : c)) };
      expect(() => finalizePartial(broken, o)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    }
  });
});
