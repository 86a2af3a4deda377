import { describe, expect, it } from 'vitest';
import { AntqError } from '../../src/errors/AntqError';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import type { Figure } from '../../src/schema/FigureSchema';
import { encodeColumns, encodeFigures } from '../../src/table/encodeFigures';
import { isFigureTable } from '../../src/table/isFigureTable';
import type { FigureTable } from '../../src/table/FigureTable';

const figures: Figure[] = [
  { unit: '42', indicator: 'marches', value: 20, period: '2014', reporter: 'police', note: 'trên 20 cuộc' },
  { unit: '42', indicator: 'marches', value: 15, period: '2015', qualifier: 'over', source: 'p. 3' },
  { unit: '44', indicator: 'weapons_surrendered', category: 'gun.military', uom: 'piece', value: 7, period: '2015', program: '09/CTr-BCA-MTTW' },
];

describe('encodeFigures', () => {
  it('dictionary-encodes every key field, absent as -1, values in a Float64Array', () => {
    const t = encodeFigures(figures);
    expect(t.format).toBe('antq.table/1');
    expect(t.length).toBe(3);
    expect(t.unit.values).toEqual(['42', '44']);
    expect([...t.unit.codes]).toEqual([0, 0, 1]);
    expect([...t.qualifier.codes]).toEqual([-1, 0, -1]);
    expect(t.qualifier.values).toEqual(['over']);
    expect([...t.category.codes]).toEqual([-1, -1, 0]);
    expect([...t.value]).toEqual([20, 15, 7]);
    expect(t.note).toBeUndefined();
    expect(isFigureTable(t)).toBe(true);
    expect(isFigureTable(figures)).toBe(false);
  });

  it('keeps notes and sources on request, and does not touch the figures', () => {
    const before = JSON.stringify(figures);
    const t = encodeFigures(figures, { text: true });
    expect(t.note?.values).toEqual(['trên 20 cuộc']);
    expect([...(t.source?.codes ?? [])]).toEqual([-1, 0, -1]);
    expect(JSON.stringify(figures)).toBe(before);
  });

  it('a value that is not a number becomes NaN, and aggregation excludes it as before', () => {
    const odd = [{ unit: '1', indicator: 'marches', value: '5' }] as unknown as Figure[];
    const t = encodeFigures(odd);
    expect(Number.isNaN(t.value[0])).toBe(true);
    expect(aggregate(t).excluded).toEqual(aggregate(odd).excluded);
    expect(aggregate(t).excluded.invalid_value?.count).toBe(1);
  });

  it('gives the same aggregation as the figures, whatever the options', () => {
    const t = encodeFigures(figures);
    for (const by of [['indicator'], ['indicator', 'category', 'period'], ['indicator', 'unit', 'reporter', 'program']] as const) {
      expect(aggregate(t, { by })).toEqual(aggregate(figures, { by }));
    }
    const agg = createAggregator({ by: ['indicator', 'unit'] });
    agg.addAll(t, [10, 11, 12]);
    agg.addAll(encodeFigures([{ unit: '42', indicator: 'nope', value: 1 }]), [13]);
    expect(agg.result().excluded).toEqual({ unknown_indicator: { count: 1, rows: [13] } });
    expect(agg.result().rows.map((r) => [r.unit, r.indicator, r.value])).toEqual([
      ['42', 'marches', 35],
      ['44', 'weapons_surrendered', 7],
    ]);
  });

  it('bad input is an AntqError, never a TypeError', () => {
    expect(() => encodeFigures(null as unknown as Figure[])).toThrow(AntqError);
    expect(() => encodeFigures([null] as unknown as Figure[])).toThrow(/figure 0 is not an object/);
    const t = encodeFigures(figures);
    const broken: FigureTable = { ...t, unit: { codes: Int32Array.from([0, 5, 1]), values: t.unit.values } };
    expect(() => aggregate(broken)).toThrow(/column unit, figure 1: code 5/);
    const short: FigureTable = { ...t, value: new Float64Array(2) };
    expect(() => aggregate(short)).toThrow(AntqError);
    expect(() => createAggregator().addAll(t, [1])).toThrow(AntqError);
  });

  it('the library encoder: a range of the list, stopped early once its dictionaries pass a size', () => {
    const list: Figure[] = Array.from({ length: 20_000 }, (_, i) => ({ unit: `U${i % 7_000}`, indicator: 'marches', value: i, period: '2020' }));
    const plain = (t: FigureTable): unknown => JSON.parse(JSON.stringify(t, (_, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v)));
    // A range: the same table as the figures of that range encoded alone.
    expect(plain(encodeColumns('t', list, false, new Set(), 10_000, 10_020))).toEqual(plain(encodeFigures(list.slice(10_000, 10_020))));
    // Stopped at the first multiple of 4,096 figures where the dictionaries hold more than 5,000 values.
    const cut = encodeColumns('t', list, false, new Set(), 0, list.length, 5_000);
    expect(cut.length).toBe(8_192);
    expect(cut.unit.codes).toHaveLength(8_192);
    expect(cut.value).toHaveLength(8_192);
    expect(plain(cut)).toEqual(plain(encodeFigures(list.slice(0, 8_192))));
    // Without a limit, or under it, the whole range.
    expect(encodeColumns('t', list, false, new Set(), 0, list.length).length).toBe(20_000);
    expect(encodeColumns('t', list, false, new Set(), 0, list.length, 8_000).length).toBe(20_000);
  });
});
