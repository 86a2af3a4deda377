import { describe, expect, it } from 'vitest';

import { isAntqError } from '../../src/errors/isAntqError';
import type { Qualifier } from '../../src/quantity/Qualifier';
import { quantity } from '../../src/quantity/quantity';

describe('quantity', () => {
  const cases: readonly [Qualifier, number, number | null, boolean, number | null, boolean][] = [
    ['exact', 127, 127, true, 127, true],
    ['over', 127, 127, false, null, false],
    ['at_least', 50, 50, true, null, false],
    ['nearly', 15000, 13500, true, 15000, false],
    ['about', 100, 90, true, 110, true],
    ['under', 5, 0, true, 5, false],
    ['vague', 1000, 1000, true, null, false],
    ['exact', 0, 0, true, 0, true],
    ['over', 0, 0, false, null, false],
    ['about', 0, 0, true, 0, true],
  ];
  it.each(cases)('%s %d has the documented default interval', (qualifier, value, lower, li, upper, ui) => {
    const q = quantity(value, 'count', qualifier);
    expect(q).toEqual({ value, qualifier, uom: 'count', lower, lowerInclusive: li, upper, upperInclusive: ui });
  });

  it('is JSON-serialisable without loss (no Infinity)', () => {
    for (const [qualifier, value] of cases) {
      const q = quantity(value, 'kg', qualifier, { raw: 'x' });
      expect(JSON.parse(JSON.stringify(q))).toEqual(q);
    }
  });

  it('lets options replace the default bounds and keeps raw', () => {
    const q = quantity(15000, 'person_times', 'nearly', { lower: 14000, raw: 'gần 15.000 lượt người' });
    expect(q.lower).toBe(14000);
    expect(q.upper).toBe(15000);
    expect(q.raw).toBe('gần 15.000 lượt người');
    const capped = quantity(127, 'piece', 'over', { upper: 140, upperInclusive: true });
    expect([capped.upper, capped.upperInclusive]).toEqual([140, true]);
    const unbounded = quantity(5, 'piece', 'exact', { upper: null, upperInclusive: true });
    expect([unbounded.upper, unbounded.upperInclusive]).toEqual([null, false]);
  });

  it('does not write an undefined raw', () => {
    expect('raw' in quantity(1, 'count')).toBe(false);
  });

  const misuse: readonly [string, () => unknown][] = [
    ['negative', () => quantity(-1, 'count')],
    ['NaN', () => quantity(Number.NaN, 'count')],
    ['Infinity', () => quantity(Number.POSITIVE_INFINITY, 'count')],
    ['unknown uom', () => quantity(1, 'litre' as never)],
    ['unknown qualifier', () => quantity(1, 'count', 'roughly' as never)],
    ['vague not a magnitude', () => quantity(1500, 'count', 'vague')],
    ['vague below 10', () => quantity(1, 'count', 'vague')],
    ['under 0 is empty', () => quantity(0, 'count', 'under')],
    ['nearly 0 is empty', () => quantity(0, 'count', 'nearly')],
    ['value outside bounds', () => quantity(10, 'count', 'exact', { lower: 11, upper: 12 })],
    ['infinite bound', () => quantity(10, 'count', 'over', { upper: Number.POSITIVE_INFINITY })],
    ['reversed bounds', () => quantity(10, 'count', 'exact', { lower: 10, upper: 10, upperInclusive: false })],
  ];
  it.each(misuse)('throws invalid_quantity for %s', (_name, f) => {
    let caught: unknown;
    try {
      f();
    } catch (e) {
      caught = e;
    }
    expect(isAntqError(caught)).toBe(true);
    expect((caught as { code: string }).code).toBe('invalid_quantity');
  });
});
