import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import { AntqError } from '../../src/errors/AntqError';
import { buildReport } from '../../src/report/buildReport';
import { readFigures } from '../../src/import/readFigures';
import type { Figure } from '../../src/schema/FigureSchema';

const figures: Figure[] = [
  { unit: '42', indicator: 'marches', value: 10, period: '2023' },
  { unit: '42', indicator: 'marches', value: 7, period: '2022-07-01/2023-06-30' },
  { unit: '40', indicator: 'marches', value: 3, period: '2021' },
];

describe('row numbers of figures left out', () => {
  it('a plain array: the index in the input, from rowOffset', () => {
    expect(aggregate(figures, { period: '2023' }).excluded).toEqual({ outside_window: { count: 1, rows: [2] }, straddles_window: { count: 1, rows: [1] } });
    expect(aggregate(figures, { period: '2023', rowOffset: 100 }).excluded).toEqual({ outside_window: { count: 1, rows: [102] }, straddles_window: { count: 1, rows: [101] } });
  });

  it('addAll(figures, rows) and add(figure, row) name the rows given; the rest of the result is the same', () => {
    const plain = aggregate(figures, { period: '2023' });
    const agg = createAggregator({ period: '2023' });
    agg.addAll(figures.slice(0, 2), [3, 7]);
    agg.add(figures[2] as Figure, 12);
    const named = agg.result();
    expect(named.excluded).toEqual({ outside_window: { count: 1, rows: [12] }, straddles_window: { count: 1, rows: [7] } });
    expect({ ...named, excluded: null }).toEqual({ ...plain, excluded: null });
    // Partials carry the rows given too.
    expect(agg.partial().excluded['straddles_window']?.rows).toEqual([7]);
  });

  it('refuses rows that do not match the figures, before adding any', () => {
    const agg = createAggregator({ period: '2023' });
    expect(() => agg.addAll(figures, [1, 2])).toThrow(AntqError);
    expect(() => agg.addAll(figures, [1, 2, -1])).toThrow(/addAll: a row number must be an integer >= 0/);
    expect(() => agg.addAll(figures, [1, 2.5, 3])).toThrow(AntqError);
    expect(() => agg.add(figures[0] as Figure, Number.NaN)).toThrow(AntqError);
    expect(agg.result().read).toBe(0);
  });

  it('readFigures gives the data row of each accepted figure, as its issues count rows', async () => {
    const text = 'unit,indicator,value,period\n42,marches,10,2023\n42,marches,-1,2023\n42,marches,7,2022\n';
    const rows: number[] = [];
    const rejected: number[] = [];
    for await (const b of readFigures(text)) {
      expect(b.rows).toHaveLength(b.figures.length);
      rows.push(...b.rows);
      rejected.push(...b.rejected.map((r) => r.row));
    }
    expect([rows, rejected]).toEqual([[1, 3], [2]]);
    const json: number[] = [];
    for await (const b of readFigures('[{"unit":"42","indicator":"marches","value":-1},{"unit":"42","indicator":"marches","value":1}]', { format: 'json' })) json.push(...b.rows);
    expect(json).toEqual([2]);
  });

  it('buildReport names the rows given, or the index in its input (also with a unit)', () => {
    const messages = (rows?: number[], unit?: string): string[] =>
      buildReport(figures, { period: '2023', lang: 'en', ...(rows === undefined ? {} : { rows }), ...(unit === undefined ? {} : { unit }) })
        .notes.filter((n) => n.code === 'figures_excluded')
        .map((n) => n.message);
    expect(messages([4, 9, 11])).toEqual(['1 figure(s) left out of the totals: outside_window (rows 11)', '1 figure(s) left out of the totals: straddles_window (rows 9)']);
    expect(messages()).toEqual(['1 figure(s) left out of the totals: outside_window (rows 2)', '1 figure(s) left out of the totals: straddles_window (rows 1)']);
    // Unit 40's only figure is the third one: its index in the input, not among unit 40's figures.
    expect(messages(undefined, '40')).toEqual(['1 figure(s) left out of the totals: outside_window (rows 2)']);
    expect(() => buildReport(figures, { rows: [1] })).toThrow(AntqError);
  });
});
