import { describe, expect, it } from 'vitest';
import { addSeries, meetHeld, newSeriesColumns, qualifierOfNumber, resetColumns, takeLevel, unitNumber, type SeriesColumns } from '../../../src/engine/internal/SeriesColumns';

/** Slot `x`'s level read back from the columns. */
function levelOf(c: SeriesColumns, x: number): [number, number, string, boolean, number, string | undefined, number] {
  return [c.day[x] as number, c.value[x] as number, qualifierOfNumber(c.qualifier[x] as number), c.own[x] === 1, c.until[x] as number, c.unitCode[c.unit[x] as number], c.seen[x] as number];
}

describe('SeriesColumns', () => {
  it('keeps every series past its first room (grown by doubling), each in its slot', () => {
    const c = newSeriesColumns(4);
    for (let i = 0; i < 100; i++) addSeries(c, `s${i}`, `u${i % 7}`, i, i + 0.5, i % 2 === 0 ? 'exact' : 'about', i % 3 === 0, Number.MAX_SAFE_INTEGER - i, 1);
    expect(c.size).toBe(100);
    expect(c.unitCode).toHaveLength(7);
    for (const i of [0, 3, 4, 5, 63, 64, 99]) {
      expect(c.slot.get(`s${i}`)).toBe(i);
      expect(levelOf(c, i)).toEqual([i, i + 0.5, i % 2 === 0 ? 'exact' : 'about', i % 3 === 0, Number.MAX_SAFE_INTEGER - i, `u${i % 7}`, 1]);
    }
  });

  it('takes a level only if it is later (day, then value, then qualifier), with its unit', () => {
    const c = newSeriesColumns();
    const x = addSeries(c, 's', 'A', 10, 5, 'exact', true, 99, 1);
    takeLevel(c, x, 'B', 9, 50, 'over', false, 1);
    expect(levelOf(c, x)).toEqual([10, 5, 'exact', true, 99, 'A', 1]);
    takeLevel(c, x, 'B', 10, 5, 'about', false, 98);
    expect(levelOf(c, x)).toEqual([10, 5, 'exact', true, 99, 'A', 1]);
    takeLevel(c, x, 'B', 10, 5, 'over', false, 98);
    expect(levelOf(c, x)).toEqual([10, 5, 'over', false, 98, 'B', 1]);
    takeLevel(c, x, 'A', 11, 1, 'exact', true, 97);
    expect(levelOf(c, x)).toEqual([11, 1, 'exact', true, 97, 'A', 1]);
  });

  it('numbers the series held in the order of their names, after those numbered before', () => {
    const c = newSeriesColumns(2);
    addSeries(c, 'm', 'U', 1, 1, 'exact', true, 9, 1);
    c.met = c.size;
    const held: string[] = [];
    for (const name of ['z', 'b', 'q', 'a']) {
      addSeries(c, name, name.toUpperCase(), 2, name.charCodeAt(0), 'exact', true, 9, 2);
      held.push(name);
    }
    meetHeld(c, held, 3);
    expect(held).toEqual([]);
    expect(c.met).toBe(5);
    expect(['m', 'a', 'b', 'q', 'z'].map((n) => c.slot.get(n))).toEqual([0, 1, 2, 3, 4]);
    expect([0, 1, 2, 3, 4].map((x) => [c.value[x], c.unitCode[c.unit[x] as number], c.seen[x]])).toEqual([
      [1, 'U', 1],
      [97, 'A', 3],
      [98, 'B', 3],
      [113, 'Q', 3],
      [122, 'Z', 3],
    ]);
  });

  it("forgets every series and unit when reset (one set of columns serves a read's groups one after the other)", () => {
    const c = newSeriesColumns(2);
    for (let i = 0; i < 10; i++) addSeries(c, `s${i}`, `u${i}`, i, i, 'exact', true, 9, 1);
    c.met = c.size;
    resetColumns(c);
    expect([c.size, c.met, c.slot.size, c.unitCode.length]).toEqual([0, 0, 0, 0]);
    expect(unitNumber(c, 'u5')).toBe(0);
    expect(c.counted[0]).toBe(0);
    expect(addSeries(c, 's9', 'u5', 1, 2, 'exact', true, 9, 1)).toBe(0);
  });
});
