import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAggregator } from '../../src/engine/createAggregator';
import { aggregate } from '../../src/engine/aggregate';
import { finalizePartial } from '../../src/engine/finalizePartial';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import type { Catalogue } from '../../src/catalogue/Catalogue';
import { mergePartials } from '../../src/engine/mergePartials';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { PartialAggregate } from '../../src/engine/PartialAggregate';
import { AntqError } from '../../src/errors/AntqError';
import type { Figure } from '../../src/schema/FigureSchema';
import { encodeFigures } from '../../src/table/encodeFigures';
import { arbFigure as sqlFigure, arbOptions as sqlOptions } from '../sql/fixtures';
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

/** A deep copy of `p` with each field at a path of `edits` set (see {@link withField}). */
function withFields(p: PartialAggregate, edits: readonly (readonly [readonly (string | number)[], unknown])[]): PartialAggregate {
  return edits.reduce((q, [path, value]) => withField(q, path, value), p);
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

  // Fields each well formed that disagree with one another or with the spec, as no partial antq
  // writes has them: each refused, naming the field.
  const ZERO = { n: 0, sum: [0, 0], lowerDelta: [0, 0], upperDelta: [0, 0], unbounded: 0, lowerExclusive: 0, upperExclusive: 0, qualifier: 'exact' };
  // Rollup cells: 0 C3 (own: about, no children), 1 C4 (own: over), 2 D2 (own: exact, children: about), 3 D3 (children only), … 6 VN.
  const rollupAgree: [string, number, readonly (readonly [readonly (string | number)[], unknown])[]][] = [
    ['children.sum', 0, [[['children', 'sum'], [1, 0]]]],
    ['children.qualifier', 0, [[['children', 'qualifier'], 'about']]],
    ['own.upperDelta', 2, [[['own', 'upperDelta'], [1, 0]]]],
    ['own.unbounded', 2, [[['own', 'unbounded'], 1]]],
    ['own.unbounded', 1, [[['own', 'unbounded'], 0]]],
    ['own.lowerExclusive', 1, [[['own', 'lowerExclusive'], 0]]],
    ['own.lowerExclusive', 1, [[['own', 'qualifier'], 'at_least']]],
    ['own.upperDelta', 0, [[['own', 'qualifier'], 'nearly']]],
    ['total.qualifier', 6, [[['total', 'qualifier'], 'vague']]],
    ['total.n', 6, [[['total', 'n'], 4]]],
    ['total.qualifier', 1, [[['total', 'qualifier'], 'about']]],
    ['children.n', 3, [[['children'], ZERO]]],
    ['joint', 0, [[['joint'], 2]]],
    ['units', 0, [[['units'], ['C3', 'C4']]]],
    ['units', 6, [[['units'], ['C4', 'C3', 'D2']]]],
    ['units', 6, [[['units'], ['C3', 'C3', 'D2']]]],
    ['dims.reporter', 0, [[['dims', 'reporter'], 'police']]],
    ['dims.unit', 0, [[['dims', 'unit'], undefined]]],
    ['bucket', 0, [[['bucket'], 2024]]],
    ['version', 0, [[['version'], 'C4@2020-01-01']]],
    ['version', 0, [[['version'], undefined], [['level'], undefined]]],
    ['level', 0, [[['version'], undefined]]],
    ['level', 0, [[['level'], undefined]]],
    ['restatedFrom', 0, [[['restatedFrom'], ['C1']]]],
    ['restatedFrom', 0, [[['restatedFrom'], []]]],
  ];
  it.each(rollupAgree)('refuses a rollup cell whose %s disagrees (cell %i, %j)', (field, at, edits) => {
    refused(withFields(rollup, edits.map(([path, value]) => [['cells', at, ...path], value])), rollupOptions, { cell: at }, field);
  });

  // Cells of stocks: 0 a flow (marches, C3), 1 and 2 stocks (model_sites, C3 and C4), grouped by period.
  const flowCell = stocks.cells[flowAt];
  const stockAgree: [string, number, readonly (readonly [readonly (string | number)[], unknown])[]][] = [
    ['total.n', stockAt, [[['total'], flowCell?.total]]],
    ['observations', stockAt, [[['observations'], undefined]]],
    ['observations', stockAt, [[['observations'], []]]],
    ['bucket', stockAt, [[['bucket'], null]]],
    ['bucket', flowAt, [[['bucket'], -1]]],
    ['bucket', stockAt, [[['bucket'], -1]]],
    ['own', flowAt, [[['own'], ZERO], [['children'], flowCell?.total]]],
    ['level', stockAt, [[['level'], 'commune']]],
    ['units', stockAt, [[['units'], ['C3', 'C4']]]],
    ['observations[0].until', stockAt, [[['observations', 0, 'until'], 19_000]]],
    ['observations[0].own', stockAt, [[['observations', 0, 'own'], false]]],
  ];
  it.each(stockAgree)('refuses a cell of stocks whose %s disagrees (cell %i, %j)', (field, at, edits) => {
    refused(withFields(stocks, edits.map(([path, value]) => [['cells', at, ...path], value])), stockOptions, { cell: at }, field);
  });

  it('refuses a flow cell relabelled a stock and a stock a flow (finalizePartial by the catalogue, mergePartials by their sums)', () => {
    for (const [at, edits] of [
      [flowAt, [[['kind'], 'stock']]],
      [stockAt, [[['kind'], 'flow'], [['observations'], undefined]]],
    ] as const) {
      const bad = withFields(stocks, edits.map(([path, value]) => [['cells', at, ...path], value]));
      expect(thrown(() => finalizePartial(bad, stockOptions)).message).toContain(`finalizePartial: cell ${at}: field kind is not `);
      expect(thrown(() => mergePartials([bad])).message).toContain(`mergePartials: partial 0, cell ${at}: field total.n is not `);
    }
  });

  it('refuses a unit version without a units registry (finalizePartial, which has the options; mergePartials by its key)', () => {
    const bad = withFields(stocks, [[['cells', stockAt, 'version'], 'C3@2020-01-01'], [['cells', stockAt, 'level'], 'commune']]);
    expect(thrown(() => finalizePartial(bad, stockOptions)).message).toContain(`finalizePartial: cell ${stockAt}: field version is not absent`);
    // Its spec does not say whether a registry was given, but the key is the unit's.
    expect(thrown(() => mergePartials([bad])).message).toContain(`mergePartials: partial 0, cell ${stockAt}: field key is not`);
  });

  it("refuses a cell whose indicator, kind or unit of measure is not the catalogue's (finalizePartial, which has the catalogue)", () => {
    const cases: [string, readonly (readonly [readonly (string | number)[], unknown])[]][] = [
      ['kind', [[['kind'], 'ratio']]],
      ['uom', [[['uom'], 'kg']]],
      ['indicator', [[['indicator'], 'no_such_indicator'], [['dims', 'indicator'], 'no_such_indicator']]],
    ];
    for (const [field, edits] of cases) {
      const bad = withFields(stocks, edits.map(([path, value]) => [['cells', flowAt, ...path], value]));
      const e = thrown(() => finalizePartial(bad, stockOptions));
      expect(e.code).toBe('invalid_argument');
      expect(e.message).toContain(`finalizePartial: cell ${flowAt}: field ${field} is not `);
    }
  });

  it("takes a cell in its indicator's default unit of measure when the catalogue's uoms do not list it (as the engine does)", () => {
    // defineCatalogue and extendCatalogue do not ask that defaultUom be one of uoms, and the engine
    // takes a figure in the default unit of measure either way: its partial must finalize.
    const catalogue = { ...BUILTIN_CATALOGUE, my_flow: { ...BUILTIN_CATALOGUE.marches, uoms: ['kg'], defaultUom: 'count' }, my_stock: { ...BUILTIN_CATALOGUE.model_sites, uoms: [], defaultUom: 'count' } } as unknown as Catalogue;
    const o: AggregateOptions = { by: ['indicator', 'unit'], catalogue };
    const figures: Figure[] = [
      { unit: 'C3', indicator: 'my_flow', value: 2, period: '2024' },
      { unit: 'C3', indicator: 'my_stock', value: 5, period: '2024', uom: 'count' },
    ];
    const p = partialOf(figures, o);
    expect(p.cells.map((c) => c.uom)).toEqual(['count', 'count']);
    const json = JSON.parse(JSON.stringify(p)) as PartialAggregate;
    expect(finalizePartial(json, o)).toStrictEqual(aggregate(figures, o));
    // A unit of measure neither listed nor the default is still refused.
    expect(thrown(() => finalizePartial(withField(p, ['cells', 0, 'uom'], 'piece'), o)).message).toContain('finalizePartial: cell 0: field uom is not a unit of measure of my_flow in the catalogue');
  });

  it('says, finalizing a partial made with or without a units registry the other way, that the options may differ', () => {
    const figures: Figure[] = [{ unit: 'C3', indicator: 'marches', value: 2, period: '2024' }];
    const plain: AggregateOptions = { by: ['indicator', 'unit'] };
    const withUnits: AggregateOptions = { by: ['indicator', 'unit'], units: tree };
    expect(thrown(() => finalizePartial(partialOf(figures, plain), withUnits)).message).toContain('field version is not given (grouped by unit with a units registry, a cell names its unit version: or the partial was made without options.units)');
    expect(thrown(() => finalizePartial(partialOf(figures, withUnits), plain)).message).toContain('field version is not absent (a cell has a unit version only when grouped by unit with a units registry: or the partial was made with options.units');
  });

  it('refuses a cell whose level is not the one the partial was made for', () => {
    const o: AggregateOptions = { by: ['indicator', 'unit'], units: tree, level: 'district' };
    const p = partialOf([{ unit: 'C3', indicator: 'marches', value: 2, period: '2024' }], o);
    expect(p.cells[0]?.level).toBe('district');
    refused(withField(p, ['cells', 0, 'level'], 'province'), o, { cell: 0 }, 'level');
  });

  it('refuses stock levels out of series order or repeated', () => {
    const o: AggregateOptions = { by: ['indicator'] };
    const p = partialOf(
      [
        { unit: 'C3', indicator: 'model_sites', value: 7, period: '2024-06' },
        { unit: 'C4', indicator: 'model_sites', value: 2, period: '2024-09' },
      ],
      o,
    );
    const levels = p.cells[0]?.observations ?? [];
    expect(levels).toHaveLength(2);
    refused(withField(p, ['cells', 0, 'observations'], [levels[1], levels[0]]), o, { cell: 0 }, 'observations[1].series');
    refused(withField(p, ['cells', 0, 'observations'], [levels[0], levels[0]]), o, { cell: 0 }, 'observations[1].series');
  });

  it('refuses cells out of key order or repeated', () => {
    const [a, b, ...rest] = rollup.cells;
    refused(withField(rollup, ['cells'], [b, a, ...rest]), rollupOptions, { cell: 1 }, 'key');
    refused(withField(rollup, ['cells'], [a, a, b, ...rest]), rollupOptions, { cell: 1 }, 'key');
  });

  const headAgree: [string, readonly (readonly [readonly (string | number)[], unknown])[]][] = [
    ['read', [[['read'], rollup.read + 1]]],
    ['excluded.invalid_value.count', [[['excluded', 'invalid_value'], { count: 0, rows: [] }]]],
    ['excluded.invalid_value.rows', [[['excluded', 'invalid_value'], { count: 2, rows: [5] }], [['read'], rollup.read + 2]]],
    ['excluded.invalid_value.rows', [[['excluded', 'invalid_value'], { count: 2, rows: [7, 5] }], [['read'], rollup.read + 2]]],
    ['excluded.invalid_value.rows', [[['excluded', 'invalid_value'], { count: 21, rows: Array.from({ length: 21 }, (_, i) => i) }], [['read'], rollup.read + 21]]],
    ['cells', [[['used'], 0], [['read'], 0]]],
  ];
  it.each(headAgree)('refuses a partial whose %s disagrees (%j)', (field, edits) => {
    refused(withFields(rollup, edits), rollupOptions, null, field);
  });

  it('refuses a spec that is not one antq writes (mergePartials, which has no options to compare it with)', () => {
    const bad = withField(rollup, ['spec'], 'another spec');
    const e = thrown(() => mergePartials([bad, bad]));
    expect(e.code).toBe('invalid_argument');
    expect(e.message).toContain('mergePartials: partial 0: field spec is not a spec antq writes');
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

  it('takes every partial antq writes, merged, from tables, with row numbers given or coverage off, in process and through JSON', () => {
    // Fields that agree as antq writes them: partials of shards (their figures' row numbers
    // given, possibly repeated across shards), merged, must all pass the checks of their relations.
    const drawn = fc.oneof(
      fc.record({ figures: fc.array(figure(['VN', 'P1', 'P2', 'D1', 'D2', 'D3', 'C1', 'C2', 'C3', 'C4', 'X9']), { maxLength: 60 }), o: options.map((d) => toOptions(d, tree)) }),
      fc.record({ figures: fc.array(sqlFigure, { maxLength: 60 }), o: sqlOptions }),
    );
    fc.assert(
      fc.property(drawn, fc.boolean(), fc.constantFrom('list', 'table', 'one by one', 'rows'), fc.integer({ min: 1, max: 3 }), ({ figures, o: drawnOptions }, coverage, how, shards) => {
        const o: AggregateOptions = coverage ? drawnOptions : { ...drawnOptions, coverage: false };
        const size = Math.ceil(figures.length / shards);
        const parts: PartialAggregate[] = [];
        for (let s = 0; s < shards; s++) {
          const chunk = figures.slice(s * size, (s + 1) * size);
          const agg = createAggregator({ ...o, rowOffset: s * size });
          if (how === 'list') agg.addAll(chunk);
          else if (how === 'table') agg.addAll(encodeFigures(chunk));
          else if (how === 'one by one') for (const f of chunk) agg.add(f);
          // Descending, never negative (a negative row number is refused by addAll).
          else agg.addAll(chunk, chunk.map((_, i) => 3 * (chunk.length - i)));
          parts.push(agg.partial());
        }
        const merged = mergePartials(parts);
        for (const p of [...parts, merged, mergePartials([merged, ...parts])]) {
          const json = JSON.parse(JSON.stringify(p)) as PartialAggregate;
          expect(mergePartials([json])).toStrictEqual(p);
          expect(finalizePartial(json, o)).toStrictEqual(finalizePartial(p, o));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes partials that left out more figures of a reason than the row numbers kept, merged too', () => {
    // fc.array draws at most 10 figures by default, so the property above seldom passes 20 of a reason.
    const o: AggregateOptions = { by: ['indicator'] };
    const bad = (n: number): Figure[] => Array.from({ length: n }, () => ({ unit: 'C3', indicator: 'no_such_indicator', value: 1, period: '2024' }));
    const a = createAggregator(o);
    a.addAll([...bad(25), { unit: 'C3', indicator: 'marches', value: 2, period: '2024' }]);
    const b = createAggregator({ ...o, rowOffset: 26 });
    b.addAll(bad(3));
    const parts = [a.partial(), b.partial()];
    expect(parts[0]?.excluded.unknown_indicator?.rows).toHaveLength(20);
    const merged = mergePartials(parts.map((p) => JSON.parse(JSON.stringify(p)) as PartialAggregate));
    expect(merged.excluded.unknown_indicator).toEqual({ count: 28, rows: Array.from({ length: 20 }, (_, i) => i) });
    expect(finalizePartial(merged, o).excluded).toEqual(merged.excluded);
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
