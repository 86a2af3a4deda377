import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import { isAntqError } from '../../src/errors/isAntqError';
import type { Figure } from '../../src/schema/FigureSchema';

// More figures than one batch of the engine (65,536), with excluded ones spread through, a stock
// and qualified values, so that an iterable read a batch at a time must give what the array gives.
function* figures(n: number): Generator<Figure> {
  for (let i = 0; i < n; i++) {
    const unit = `X${i % 97}`;
    if (i % 5000 === 7) yield { unit, indicator: 'no_such_indicator', value: 1, period: '2023' };
    else if (i % 3 === 0) yield { unit, indicator: 'security_teams', value: i % 11, period: `${2013 + (i % 11)}` };
    else yield { unit, indicator: 'propaganda_sessions', value: i % 7, qualifier: i % 13 === 0 ? 'over' : 'exact', period: `${2013 + (i % 11)}-${String(1 + (i % 12)).padStart(2, '0')}` };
  }
}

describe('aggregate over an iterable that is not an array', () => {
  it('gives the same result as over the same figures in an array, across batches', () => {
    const options = { by: ['indicator', 'period'], granularity: 'year' } as const;
    const fromArray = aggregate([...figures(140_000)], options);
    const fromGenerator = aggregate(figures(140_000), options);
    expect(fromGenerator).toEqual(fromArray);
    expect(fromGenerator.read - fromGenerator.used).toBeGreaterThan(0);
  });

  it('an array added whole (one table) and the same figures added one at a time (batches) give the same result, rows named alike', () => {
    // Past one batch, with a text that is not a string (left out with invalid_text) beyond the
    // first batch, units counted, and row numbers given.
    const list: Figure[] = [...figures(140_000)];
    list[100_001] = { ...(list[100_001] as Figure), unit: 7 as unknown as string };
    const rows = list.map((_, i) => 3 * i + 1);
    const options = { by: ['indicator', 'period'], granularity: 'year' } as const;
    const whole = createAggregator(options);
    whole.addAll(list, rows);
    const one = createAggregator(options);
    list.forEach((f, i) => one.add(f, rows[i]));
    const a = whole.result();
    const b = one.result();
    expect(a).toEqual(b);
    expect(a.excluded['invalid_text']?.rows).toEqual([300_004]);
    expect(a.excluded['unknown_indicator']?.count).toBe(28);
    expect(a.excluded['unknown_indicator']?.rows.slice(0, 2)).toEqual([22, 15_022]);
    expect(a.rows.some((r) => (r.coverage.reported ?? 0) > 1)).toBe(true);
    expect(whole.partial()).toEqual(one.partial());
  });

  it('many distinct units: an array added whole gives what figure-by-figure gives, rows named alike', () => {
    // Every figure a unit of its own: the whole list's table stops at about 65,536 distinct
    // values and the rest goes in batches; stocks need the figures of each table.
    const list: Figure[] = [];
    for (let i = 0; i < 150_000; i++) {
      const stock = i % 4 === 0;
      list.push({ unit: i === 140_001 ? (5 as unknown as string) : `U${i}`, indicator: stock ? 'security_teams' : 'propaganda_sessions', value: i % 9, period: stock ? `${2013 + (i % 11)}-12-31` : `${2013 + (i % 11)}` });
    }
    const rows = list.map((_, i) => 2 * i);
    const options = { by: ['indicator', 'period'], granularity: 'year' } as const;
    const whole = createAggregator(options);
    whole.addAll(list, rows);
    const one = createAggregator(options);
    list.forEach((f, i) => one.add(f, rows[i]));
    const a = whole.result();
    expect(a).toEqual(one.result());
    expect(a.excluded['invalid_text']?.rows).toEqual([280_002]);
    expect(a.read).toBe(150_000);
    expect(a.rows.reduce((sum, r) => sum + (r.coverage.reported ?? 0), 0)).toBeGreaterThan(140_000);
  });

  it('stocks whose units come back after the whole list\'s table stopped early are read from their own figures', () => {
    // 70,000 distinct units stop the first table; then 50 units report a level each day, so a
    // series' latest level depends on which figure each row of the next tables is.
    const list: Figure[] = [];
    for (let i = 0; i < 70_000; i++) list.push({ unit: `D${i}`, indicator: 'propaganda_sessions', value: 1, period: '2014' });
    for (let k = 0; k < 20_000; k++) {
      const day = new Date(Date.UTC(2013, 0, 1) + Math.floor(k / 50) * 86_400_000).toISOString().slice(0, 10);
      list.push({ unit: `S${k % 50}`, indicator: 'security_teams', value: (k * 7) % 13, period: day });
    }
    const options = { by: ['indicator', 'period'], granularity: 'month' } as const;
    const whole = createAggregator(options);
    whole.addAll(list);
    const one = createAggregator(options);
    for (const f of list) one.add(f);
    const a = whole.result();
    expect(a).toEqual(one.result());
    expect(a.rows.filter((r) => r.indicator === 'security_teams').length).toBeGreaterThan(12);
  });

  it('refuses a value that is not a figure with invalid_argument, wherever it stands', () => {
    function* bad(): Generator<unknown> {
      yield* figures(70_000);
      yield null;
    }
    let caught: unknown;
    try {
      aggregate(bad() as Iterable<Figure>);
    } catch (e) {
      caught = e;
    }
    expect(isAntqError(caught) && caught.code).toBe('invalid_argument');
  });
});
