import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import { finalizePartial } from '../../src/engine/finalizePartial';
import { mergePartials } from '../../src/engine/mergePartials';
import { joinKey } from '../../src/engine/partialKeys';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { Figure } from '../../src/schema/FigureSchema';
import { encodeFigures } from '../../src/table/encodeFigures';
import { aggregateSql } from '../../src/sql/aggregateSql';
import { openDuckDb, openPglite, reload } from '../sql/harness';
import { registry } from '../sql/fixtures';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';

// Texts holding the key separator (U+0001) or its escape (U+0002) are unusual but valid strings
// for a caller who did not validate: they must never make two groups or two stock series one.
describe('key texts holding the separator', () => {
  it('joinKey never gives two lists of parts the same key', () => {
    const lists = [
      ['a\u0001b', 'c'],
      ['a', 'b\u0001c'],
      ['a\u0002', '\u0003b'],
      ['a\u0002\u0003b', ''],
      ['a\u0001', 'b'],
      ['a', '\u0001b'],
      ['a\u0002\u0002', ''],
      ['a\u0002', '\u0002'],
    ];
    const keys = lists.map(joinKey);
    expect(new Set(keys).size).toBe(lists.length);
    expect(joinKey(['42', 'marches', ''])).toBe('42\u0001marches\u0001');
  });

  it('keeps two stock series apart when their category and reporter texts shift the separator', () => {
    const figures: Figure[] = [
      { unit: 'u1', indicator: 'model_sites', category: 'a\u0001b', reporter: 'r', value: 1, period: '2023-01' },
      { unit: 'u1', indicator: 'model_sites', category: 'a', reporter: 'b\u0001r', value: 5, period: '2023-02' },
    ];
    const r = aggregate(figures, { by: ['indicator'] });
    expect(r.rows.map((x) => [x.value, x.figures])).toEqual([[6, 2]]);
  });

  it('keeps cells apart when partial aggregates merge', () => {
    const figures: Figure[] = [
      { unit: 'c', indicator: 'marches', category: 'a\u0001b', value: 1, period: '2023' },
      { unit: 'b\u0001c', indicator: 'marches', category: 'a', value: 5, period: '2023' },
    ];
    const options: AggregateOptions = { by: ['indicator', 'category', 'unit'] };
    const parts = figures.map((f) => {
      const a = createAggregator(options);
      a.add(f);
      return a.partial();
    });
    const merged = finalizePartial(mergePartials(parts), options);
    const whole = aggregate(figures, options);
    expect(merged.rows).toEqual(whole.rows);
    expect(whole.rows.map((x) => [x.category, x.unit, x.value])).toEqual([
      ['a', 'b\u0001c', 5],
      ['a\u0001b', 'c', 1],
    ]);
  });

  for (const [name, open] of [
    ['DuckDB', openDuckDb],
    ['PGlite', openPglite],
  ] as const) {
    it(`gives the same stock levels through ${name}`, async () => {
      const figures: Figure[] = [
        { unit: 'u1', indicator: 'model_sites', category: 'a\u0001b', reporter: 'r', value: 1, period: '2023-01' },
        { unit: 'u1', indicator: 'model_sites', category: 'a', reporter: 'b\u0001r', value: 5, period: '2023-02' },
      ];
      const client = await open();
      await reload(client, figures);
      const r = await aggregateSql(client, { by: ['indicator'] });
      expect(r.rows.map((x) => [x.value, x.figures])).toEqual([[6, 2]]);
    });
  }
});

// A JavaScript caller may hand over a number, an array or an object where a text belongs, or no
// unit at all: such figures are left out with a code and their row, never counted, never a crash.
describe('figures whose key fields are not text', () => {
  const good: Figure = { unit: 'a', indicator: 'marches', value: 2, period: '2023' };
  const bad = (fields: Record<string, unknown>): Figure => ({ ...good, value: 1, ...fields }) as unknown as Figure;
  const cases: [string, Figure, NonNullable<AggregateOptions['by']>][] = [
    ['a numeric unit', bad({ unit: 42 }), ['indicator']],
    ['a numeric unit, by unit', bad({ unit: 42 }), ['indicator', 'unit']],
    ['an object for a unit', bad({ unit: {} }), ['indicator', 'unit']],
    ['no unit', bad({ unit: undefined }), ['indicator', 'unit']],
    ['a null unit', bad({ unit: null }), ['indicator']],
    ['an empty unit', bad({ unit: '' }), ['indicator', 'unit']],
    ['a numeric category, by category', bad({ category: 5 }), ['indicator', 'category']],
    ['a numeric programme, by programme', bad({ program: 3 }), ['indicator', 'program']],
    ['a numeric reporter, by reporter', bad({ reporter: 7 }), ['indicator', 'reporter']],
    ['an array reporter, by reporter', bad({ reporter: ['police'] }), ['indicator', 'reporter']],
  ];
  for (const [name, figure, by] of cases) {
    it(`leaves out ${name} as invalid_text, from figures and from a table`, () => {
      const figures = [good, figure, good];
      for (const input of [figures, encodeFigures(figures)]) {
        const r = aggregate(input, { by, rowOffset: 1 });
        expect(r.excluded).toEqual({ invalid_text: { count: 1, rows: [2] } });
        expect(r.read).toBe(3);
        expect(r.used).toBe(2);
        expect(r.rows.map((x) => x.value)).toEqual([4]);
      }
    });
  }

  it('refuses a window that is not a period id or a Period', () => {
    for (const period of [{ granularity: 'year' }, { id: '2023', startDay: 0, endDay: 1 }, 42]) {
      expect(() => aggregate([good], { period } as unknown as AggregateOptions)).toThrow(/period must be a (period id or a Period|string)/);
    }
  });

  it('reads a null category, reporter or programme as absent', () => {
    const r = aggregate([good, bad({ category: null, reporter: null, program: null })], { by: ['indicator', 'category', 'reporter', 'program'] });
    expect(r.excluded).toEqual({});
    expect(r.rows.map((x) => x.value)).toEqual([3]);
  });

  it('keeps the other rows, their exclusions and their stocks in a batch with one bad row', () => {
    const figures: Figure[] = [
      { unit: 'u1', indicator: 'model_sites', value: 4, period: '2023-01' },
      bad({ unit: 9 }),
      { unit: 'u1', indicator: 'no_such_indicator', value: 1, period: '2023' },
      { unit: 'u2', indicator: 'model_sites', value: 3, period: '2023-03' },
      { unit: 'u1', indicator: 'model_sites', value: 6, period: '2023-05' },
    ];
    const r = aggregate(figures, { by: ['indicator', 'unit'] });
    expect(r.excluded).toEqual({ invalid_text: { count: 1, rows: [1] }, unknown_indicator: { count: 1, rows: [2] } });
    expect(r.rows.map((x) => [x.indicator, x.unit, x.value])).toEqual([
      ['model_sites', 'u1', 6],
      ['model_sites', 'u2', 3],
    ]);
  });
});

// A caller's own table may hold figures without a unit (NULL or empty): pushed down, they are
// left out as the engine leaves them out, first of all reasons, whatever shape the query takes.
describe('figures without a unit in a caller table, through antq/sql', () => {
  const figures: (Figure & { readonly unit: string | null })[] = [
    { unit: 'C1', indicator: 'marches', value: 2, period: '2023' },
    { unit: null, indicator: 'marches', value: 7, period: '2023' },
    { unit: '', indicator: 'model_sites', value: 5, period: '2023-05' },
    { unit: 'C2', indicator: 'model_sites', value: 3, period: '2023-06' },
    { unit: null, indicator: 'no_such_indicator', value: 1, period: '2023' },
    { unit: 'C1', indicator: 'marches', value: 4, period: '2022' },
    { unit: null, indicator: 'marches', value: 1, period: '2022' },
  ] as unknown as (Figure & { readonly unit: string | null })[];
  const optionSets: AggregateOptions[] = [
    { by: ['indicator'] },
    { by: ['indicator', 'unit'] },
    { by: ['indicator', 'period'], granularity: 'year' },
    { by: ['indicator'], period: '2023' },
    { by: ['indicator', 'reporter'] },
    { by: ['indicator', 'unit'], units: registry, level: 'commune' },
    { by: ['indicator'], units: registry, level: 'province' },
  ];
  for (const [name, open] of [
    ['DuckDB', openDuckDb],
    ['PGlite', openPglite],
  ] as const) {
    it(`matches the engine through ${name}`, async () => {
      const client = await open();
      await client.query(`CREATE TABLE own (row_no BIGINT, program TEXT, unit TEXT, reporter TEXT, period TEXT, indicator TEXT, category TEXT, value DOUBLE PRECISION, uom TEXT, qualifier TEXT, statistic TEXT, note TEXT, source TEXT)`);
      const literal = (v: string | null): string => (v === null ? 'NULL' : `'${v}'`);
      await client.query(
        `INSERT INTO own (row_no, unit, period, indicator, value) VALUES ${figures.map((f, i) => `(${i}, ${literal(f.unit)}, ${literal(f.period ?? null)}, ${literal(f.indicator)}, ${f.value})`).join(', ')}`,
      );
      const asFigures = figures.map((f) => (f.unit === null ? { ...f, unit: undefined } : f)) as unknown as Figure[];
      for (const options of optionSets) {
        const want = aggregate(asFigures, options);
        expect(want.excluded.invalid_text).toEqual({ count: 4, rows: [1, 2, 4, 6] });
        const got = await aggregateSql(client, { ...options, table: 'own' });
        expect(got.excluded, JSON.stringify(options)).toEqual(want.excluded);
        expect(got.rows, JSON.stringify(options)).toEqual(want.rows);
      }
    });
  }
});

describe('a caller table with numeric unit codes and NULL units, with a units registry', () => {
  it('leaves the NULL units out and reads the numbers as codes (DuckDB)', async () => {
    const units = createUnitRegistry([{ code: '42', name: 'Forty-two', level: 'commune' }]);
    const client = await openDuckDb();
    await client.query(`CREATE TABLE own (row_no BIGINT, program TEXT, unit INTEGER, reporter TEXT, period TEXT, indicator TEXT, category TEXT, value DOUBLE, uom TEXT, qualifier TEXT, statistic TEXT, note TEXT, source TEXT)`);
    await client.query(`INSERT INTO own (row_no, unit, period, indicator, value) VALUES (0, 42, '2023', 'marches', 3), (1, NULL, '2023', 'marches', 9), (2, 43, '2023', 'marches', 1)`);
    const figures = [
      { unit: '42', indicator: 'marches', value: 3, period: '2023' },
      { indicator: 'marches', value: 9, period: '2023' },
      { unit: '43', indicator: 'marches', value: 1, period: '2023' },
    ] as unknown as Figure[];
    for (const options of [{ by: ['indicator'] }, { by: ['indicator', 'unit'] }, { by: ['indicator'], period: '2023' }] as AggregateOptions[]) {
      const want = aggregate(figures, { ...options, units });
      expect(want.excluded).toEqual({ invalid_text: { count: 1, rows: [1] }, unknown_unit: { count: 1, rows: [2] } });
      const got = await aggregateSql(client, { ...options, units, table: 'own' });
      expect(got.excluded).toEqual(want.excluded);
      expect(got.rows).toEqual(want.rows);
    }
  });
});
