import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAggregator } from '../../src/engine/createAggregator';
import { finalizePartial } from '../../src/engine/finalizePartial';
import { mergePartials } from '../../src/engine/mergePartials';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { PartialAggregate } from '../../src/engine/PartialAggregate';
import { AntqError } from '../../src/errors/AntqError';
import type { Figure } from '../../src/schema/FigureSchema';
import { figure, options, toOptions, tree } from './figureArbitraries';

// A partial aggregate from outside (JSON between machines, hand-edited or corrupted) is checked
// field by field, per cell, by mergePartials and finalizePartial alike: a bad field is refused
// with its code, the function, the cell's position and the field, never NaN or wrong rows.

const partialOf = (figures: readonly Figure[], o: AggregateOptions): PartialAggregate => {
  const agg = createAggregator(o);
  agg.addAll(figures);
  return agg.partial();
};

const rollupOptions: AggregateOptions = { by: ['indicator', 'unit'], units: tree, rollup: true };
const rollup = partialOf(
  [
    { unit: 'C3', indicator: 'marches', value: 2.5, period: '2024', qualifier: 'about' },
    { unit: 'C4', indicator: 'marches', value: 4, period: '2024', qualifier: 'over' },
    { unit: 'D2', indicator: 'marches', value: 1, period: '2024', reporter: 'police+front' },
  ],
  rollupOptions,
);

const stockOptions: AggregateOptions = { by: ['indicator', 'unit', 'period'], granularity: 'year' };
const stocks = partialOf(
  [
    { unit: 'C3', indicator: 'model_sites', value: 7, period: '2024-06' },
    { unit: 'C3', indicator: 'marches', value: 3, period: '2024' },
    { unit: 'C4', indicator: 'model_sites', value: 2, period: '2024-09', qualifier: 'nearly' },
  ],
  stockOptions,
);
const stockAt = stocks.cells.findIndex((c) => c.kind === 'stock');
const flowAt = stocks.cells.findIndex((c) => c.kind === 'flow');

/** A deep copy of `p` with the field at `path` set to `value` (deleted when `value` is `undefined`). */
function withField(p: PartialAggregate, path: readonly (string | number)[], value: unknown): PartialAggregate {
  const copy = structuredClone(p) as unknown as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete o[last];
  else o[last] = value;
  return copy as unknown as PartialAggregate;
}

/** The error `f` throws (fails the test when it throws none or not an AntqError). */
function thrown(f: () => unknown): AntqError {
  try {
    f();
  } catch (e) {
    if (e instanceof AntqError) return e;
    throw e;
  }
  throw new Error('nothing thrown');
}

/** Expects both functions to refuse `bad`, naming themselves, the position and the field. */
function refused(bad: PartialAggregate, o: AggregateOptions, where: { cell: number } | null, field: string): void {
  const fin = thrown(() => finalizePartial(bad, o));
  expect(fin.code).toBe('invalid_argument');
  expect(fin.message).toContain(`finalizePartial: ${where === null ? 'the partial' : `cell ${where.cell}`}: field ${field} is not `);
  // Merged after a good partial, the bad one is the second.
  const good = partialOf([], o);
  const merge = thrown(() => mergePartials([good, bad]));
  expect(merge.code).toBe('invalid_argument');
  expect(merge.message).toContain(`mergePartials: partial 1${where === null ? '' : `, cell ${where.cell}`}: field ${field} is not `);
}

describe('the check of a partial from outside', () => {
  const at = rollup.cells.length - 1;
  const cellCases: [string, readonly (string | number)[], unknown][] = [
    ['cell', [], null],
    ['key', ['key'], 7],
    ['key', ['key'], 'another key'],
    ['indicator', ['indicator'], 7],
    ['dims', ['dims'], null],
    ['dims', ['dims'], ['marches']],
    ['dims.period', ['dims', 'period'], '2024'],
    ['dims.unit', ['dims', 'unit'], 5],
    ['dims.indicator', ['dims', 'indicator'], 'security_teams'],
    ['bucket', ['bucket'], 1.5],
    ['bucket', ['bucket'], -2],
    ['bucket', ['bucket'], '2024'],
    ['uom', ['uom'], 'bananas'],
    ['kind', ['kind'], 'level'],
    ['level', ['level'], 'planet'],
    ['version', ['version'], 3],
    ['total', ['total'], null],
    ['total.n', ['total', 'n'], -1],
    ['total.n', ['total', 'n'], 1.5],
    ['total.n', ['total', 'n'], '3'],
    ['total.unbounded', ['total', 'unbounded'], Number.NaN],
    ['total.lowerExclusive', ['total', 'lowerExclusive'], 2 ** 53],
    ['total.upperExclusive', ['total', 'upperExclusive'], undefined],
    // A count of more figures than the cell holds.
    ['total.unbounded', ['total', 'unbounded'], 1_000_000],
    ['total.lowerExclusive', ['total', 'lowerExclusive'], 1_000_000],
    ['own.upperExclusive', ['own', 'upperExclusive'], 1_000_000],
    ['total.sum', ['total', 'sum'], ['1', 0]],
    ['total.sum', ['total', 'sum'], [1.5, 0]],
    ['total.sum', ['total', 'sum'], [1, 0.5]],
    ['total.sum', ['total', 'sum'], [-1, 0]],
    ['total.sum', ['total', 'sum'], [1]],
    ['total.sum', ['total', 'sum'], 'x'],
    ['total.sum', ['total', 'sum'], [Number.NaN, 0]],
    ['total.lowerDelta', ['total', 'lowerDelta'], [1, 0]],
    ['total.lowerDelta', ['total', 'lowerDelta'], [0, 5]],
    ['total.upperDelta', ['total', 'upperDelta'], [-1, 0]],
    ['total.upperDelta', ['total', 'upperDelta'], [0, Number.POSITIVE_INFINITY]],
    ['total.qualifier', ['total', 'qualifier'], 'approximately'],
    ['own.n', ['own', 'n'], -3],
    ['children.sum', ['children', 'sum'], [null, null]],
    ['children', ['children'], undefined],
    ['own', ['own'], undefined],
    ['units', ['units'], 'C3'],
    ['units', ['units'], [3]],
    ['joint', ['joint'], -1],
    ['joint', ['joint'], '1'],
    ['restatedFrom', ['restatedFrom'], [1]],
  ];
  it.each(cellCases)('refuses a cell whose field %s (at %j) is %j', (field, path, value) => {
    refused(withField(rollup, ['cells', at, ...path], value), rollupOptions, { cell: at }, field);
  });

  const levelCases: [string, readonly (string | number)[], unknown][] = [
    ['observations', ['observations'], { series: 'x' }],
    ['observations[0]', ['observations', 0], 'x'],
    ['observations[0].series', ['observations', 0, 'series'], 1],
    ['observations[0].unit', ['observations', 0, 'unit'], null],
    ['observations[0].own', ['observations', 0, 'own'], 'yes'],
  ];
  it.each(levelCases)('refuses a stock level whose field %s (at %j) is %j', (field, path, value) => {
    refused(withField(stocks, ['cells', stockAt, ...path], value), stockOptions, { cell: stockAt }, field);
  });

  it('refuses stock levels in a cell that is not a stock', () => {
    const levels = stocks.cells[stockAt]?.observations;
    refused(withField(stocks, ['cells', flowAt, 'observations'], levels), stockOptions, { cell: flowAt }, 'observations');
  });

  it("checks a level's day, value and qualifier with the one rule of levels, naming the function", () => {
    for (const [field, value] of [['day', Number.NaN], ['value', -1], ['qualifier', 'roughly']] as const) {
      const bad = withField(stocks, ['cells', stockAt, 'observations', 0, field], value);
      expect(thrown(() => finalizePartial(bad, stockOptions)).message).toMatch(new RegExp(`^finalizePartial: cell ${stockAt}, observations\\[0\\]: a stock level of series`));
      expect(thrown(() => mergePartials([bad])).message).toMatch(new RegExp(`^mergePartials: partial 0, cell ${stockAt}, observations\\[0\\]: a stock level of series`));
    }
  });

  const headCases: [string, readonly (string | number)[], unknown][] = [
    ['read', ['read'], -1],
    ['used', ['used'], '1'],
    ['excluded', ['excluded'], null],
    ['excluded.lost', ['excluded', 'lost'], { count: 1, rows: [0] }],
    ['excluded.invalid_value.count', ['excluded', 'invalid_value'], { count: -1, rows: [] }],
    ['excluded.invalid_value.rows', ['excluded', 'invalid_value'], { count: 1, rows: [-1] }],
    ['cells', ['cells'], {}],
  ];
  it.each(headCases)('refuses a partial whose field %s (at %j) is %j', (field, path, value) => {
    refused(withField(rollup, path, value), rollupOptions, null, field);
  });

  it('takes what antq writes, overflowed sums too, in process and through JSON', () => {
    expect(() => finalizePartial(rollup, rollupOptions)).not.toThrow();
    expect(() => finalizePartial(stocks, stockOptions)).not.toThrow();
    // A sum past the largest double is Infinity in process and null in JSON; its row gets a reason.
    const huge = partialOf(
      [
        { unit: 'C3', indicator: 'funds_mobilized', value: 1e308, period: '2024', qualifier: 'about' },
        { unit: 'C4', indicator: 'funds_mobilized', value: 1e308, period: '2024', qualifier: 'about' },
      ],
      rollupOptions,
    );
    const json = JSON.parse(JSON.stringify(huge)) as PartialAggregate;
    expect(huge.cells.find((c) => c.dims.unit === 'VN')?.children?.sum[0]).toBe(Number.POSITIVE_INFINITY);
    for (const p of [huge, json, mergePartials([huge, json])]) {
      expect(finalizePartial(p, rollupOptions).rows.find((r) => r.unit === 'VN')).toMatchObject({ value: null, reason: 'sum_overflow' });
    }
  });

  it('takes every partial antq writes for random data and options, and reads it back as written', () => {
    fc.assert(
      fc.property(fc.array(figure(['VN', 'P1', 'P2', 'D1', 'D2', 'D3', 'C1', 'C2', 'C3', 'C4', 'X9']), { maxLength: 60 }), options, (figures, d) => {
        const o = toOptions(d, tree);
        const p = partialOf(figures, o);
        const json = JSON.parse(JSON.stringify(p)) as PartialAggregate;
        expect(json).toStrictEqual(p);
        expect(mergePartials([json])).toStrictEqual(p);
        expect(finalizePartial(json, o)).toStrictEqual(finalizePartial(p, o));
      }),
      { numRuns: 150 },
    );
  });
});
