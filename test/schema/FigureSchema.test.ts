import { describe, expect, it } from 'vitest';
import { FigureBaseSchema, FigureSchema } from '../../src/schema/FigureSchema';
import { splitReporter } from '../../src/schema/splitReporter';

const ok = { unit: '42', indicator: 'weapons_surrendered', value: 127 };

describe('FigureSchema', () => {
  it('accepts a full row and strips unknown columns', () => {
    const row = { program: '09/CTr-BCA-MTTW', ...ok, reporter: 'police+front', period: '2013-08-01/2023-05-24', category: 'gun.military', uom: 'piece', qualifier: 'over', statistic: 'total', note: 'trên 127 khẩu súng quân dụng', source: 'x', extra: 1 };
    const { extra: _drop, ...expected } = row;
    expect(FigureSchema.parse(row)).toEqual(expected);
  });

  it.each([
    [{ ...ok, value: -1 }, 'value'],
    [{ ...ok, value: Number.POSITIVE_INFINITY }, 'value'],
    [{ ...ok, value: Number.NaN }, 'value'],
    [{ ...ok, value: '127' }, 'value'],
    [{ ...ok, unit: '' }, 'unit'],
    [{ ...ok, indicator: 'Weapons' }, 'indicator'],
    [{ ...ok, category: 'gun..military' }, 'category'],
    [{ ...ok, reporter: 'police+' }, 'reporter'],
    [{ ...ok, uom: 'khẩu' }, 'uom'],
    [{ ...ok, qualifier: 'roughly' }, 'qualifier'],
    [{ ...ok, statistic: 'median' }, 'statistic'],
    [{ ...ok, value: 1500, qualifier: 'vague' }, 'value'],
  ])('rejects %j at %s', (row, field) => {
    const r = FigureSchema.safeParse(row);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toEqual([field]);
  });

  it('accepts vague figures that are powers of ten', () => {
    for (const value of [10, 100, 1000, 1e6]) expect(FigureSchema.safeParse({ ...ok, value, qualifier: 'vague' }).success).toBe(true);
  });

  it('has a refinement-free base that extends', () => {
    const Mine = FigureBaseSchema.extend({ confidence: FigureBaseSchema.shape.value });
    expect(Mine.parse({ ...ok, confidence: 1 }).confidence).toBe(1);
    expect(FigureBaseSchema.partial().parse({})).toEqual({});
  });
});

describe('splitReporter', () => {
  it.each([
    ['police+front', ['police', 'front']],
    ['police', ['police']],
    ['police+front+police', ['police', 'front']],
    ['', []],
    [undefined, []],
  ])('%s', (r, expected) => {
    expect(splitReporter(r)).toEqual(expected);
  });
});
