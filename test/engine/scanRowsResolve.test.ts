import { describe, expect, it } from 'vitest';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import type { Figure } from '../../src/schema/FigureSchema';
import { encodeFigures } from '../../src/table/encodeFigures';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { aggregate as referenceAggregate } from './reference/aggregate';
import type { AggregateOptions as ReferenceOptions } from './reference/AggregateOptions';

// With a units table the column pass stops at each unit not looked up yet and goes on from that
// row once it is: units first met on the first row, the last, either side of a block's end (the
// first block ends at row 256, the next at 16,640), every row a new unit, units the table does
// not know or has ended, with a filter (rows read counted once), coverage on and off, rollup,
// joint figures and `asOf`, must give the reference engine's rows, read and used.

const N = 300;
const tree = createUnitRegistry([
  { code: 'VN', name: 'Việt Nam', level: 'national' },
  { code: 'P1', name: 'Tỉnh Một', level: 'province', parent: 'VN' },
  { code: 'P2', name: 'Tỉnh Hai', level: 'province', parent: 'VN' },
  ...Array.from({ length: N }, (_, i) => ({
    code: `C${i}`,
    name: `Xã ${i}`,
    level: 'district' as const,
    parent: i % 2 === 0 ? 'P1' : 'P2',
    ...(i % 5 === 0 ? { validTo: '2024-06-30' } : {}),
  })),
]);

const FLOWS = ['marches', 'march_participants', 'weapons_surrendered'] as const;
const PERIODS = ['2023', '2024-03', '2024-Q3', '2025-01'] as const;

/** `n` figures whose unit at row i is `unitAt(i)`. */
function figures(n: number, unitAt: (i: number) => string): Figure[] {
  return Array.from({ length: n }, (_, i): Figure => {
    const f: { -readonly [K in keyof Figure]: Figure[K] } = { unit: unitAt(i), indicator: FLOWS[i % 3] as string, value: (i * 7) % 50, period: PERIODS[(i >> 1) % 4] as string };
    if (i % 11 === 0) f.reporter = 'police;front';
    else if (i % 4 === 0) f.reporter = 'police';
    return f;
  });
}

/** Units first met at `news` rows (each a new one), the rows between repeating the last met. */
function newAt(news: readonly number[]): (i: number) => string {
  return (i) => {
    let k = 0;
    for (const at of news) if (at <= i) k++;
    return k === 0 ? 'C1' : k % 7 === 3 ? `X${k}` : `C${k % N}`;
  };
}

const layouts: readonly [string, Figure[]][] = [
  ['a new unit on the first and last rows', figures(400, newAt([0, 399]))],
  ['new units either side of the first block’s end', figures(600, newAt([254, 255, 256, 257, 300]))],
  ['new units either side of the second block’s end', figures(16_700, newAt([16_638, 16_639, 16_640, 16_641, 16_699]))],
  ['every row a new unit', figures(N + 40, (i) => (i < N ? `C${i}` : `Y${i}`))],
];

const optionSets: readonly AggregateOptions[] = [
  { by: ['indicator', 'period'], granularity: 'year', units: tree },
  { by: ['indicator', 'unit'], units: tree, rollup: true },
  { by: ['indicator', 'unit', 'period'], granularity: 'quarter', units: tree, rollup: true, coverage: false },
  { by: ['indicator', 'reporter'], units: tree, coverage: false },
  { by: ['indicator', 'period'], granularity: 'year', units: tree, asOf: '2024-12-31' },
  { by: ['indicator', 'unit'], units: tree, filter: { unit: ['C1', 'C3', 'C4', 'C257', 'X3', 'X10'] } },
  { by: ['indicator', 'unit', 'period'], granularity: 'month', units: tree, filter: { indicator: ['marches', 'weapons_surrendered'], unit: ['C1', 'C2', 'C5', 'C255', 'C256', 'X3', 'X10'] }, rollup: true },
];

describe('the column pass with units looked up as they are met', () => {
  for (const [name, figs] of layouts) {
    it(`gives the reference rows with ${name}`, () => {
      for (const options of optionSets) {
        const { coverage, filter, ...rest } = options;
        // The reference has no filter: it is given the figures the filter keeps.
        const kept = figs.filter((f) => (filter?.unit?.includes(f.unit) ?? true) && (filter?.indicator?.includes(f.indicator) ?? true));
        const want = referenceAggregate(kept, rest as ReferenceOptions);
        const rows = coverage === false ? want.rows.map((r) => ({ ...r, coverage: { ...r.coverage, reported: null } })) : want.rows;
        const got = aggregate(encodeFigures(figs), options);
        expect(JSON.stringify(got.rows)).toBe(JSON.stringify(rows));
        // With a filter the reference's row numbers are the kept figures', not the table's.
        if (filter === undefined) expect(got.excluded).toEqual(want.excluded);
        else expect(Object.entries(got.excluded).map(([code, e]) => [code, e.count])).toEqual(Object.entries(want.excluded).map(([code, e]) => [code, e.count]));
        expect([got.read, got.used]).toEqual([want.read, want.used]);
        // Two tables into one aggregator: the second's units resolved by their own codes.
        const agg = createAggregator(options);
        agg.addAll(encodeFigures(figs.slice(0, 300)));
        agg.addAll(encodeFigures(figs.slice(300)));
        const both = agg.result();
        expect(JSON.stringify(both.rows)).toBe(JSON.stringify(rows));
        expect([both.read, both.used]).toEqual([want.read, want.used]);
      }
    });
  }
});
