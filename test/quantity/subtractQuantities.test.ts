import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Qualifier } from '../../src/quantity/Qualifier';
import { QUALIFIERS } from '../../src/quantity/Qualifier';
import type { Quantity } from '../../src/quantity/quantity';
import { quantity } from '../../src/quantity/quantity';
import { subtractQuantities } from '../../src/quantity/subtractQuantities';

describe('subtractQuantities', () => {
  it('subtracts exact values exactly, negative allowed', () => {
    const r = subtractQuantities(quantity(100, 'count'), quantity(130, 'count'));
    expect(r).toEqual({
      ok: true,
      value: { value: -30, qualifier: 'exact', uom: 'count', lower: -30, lowerInclusive: true, upper: -30, upperInclusive: true },
    });
  });

  it('is inexact with an inexact side and keeps the interval', () => {
    const r = subtractQuantities(quantity(100, 'count'), quantity(30, 'count', 'over'));
    expect(r.ok && [r.value.value, r.value.qualifier, r.value.lower, r.value.upper, r.value.upperInclusive]).toEqual([
      70,
      'under',
      null,
      70,
      false,
    ]);
  });

  it('converts mass and refuses other mixes', () => {
    const a: Quantity = quantity(2, 'kg');
    const b: Quantity = quantity(500, 'g');
    const r = subtractQuantities(a, b);
    expect(r.ok && [r.value.value, r.value.uom]).toEqual([1500, 'g']);
    const c: Quantity = quantity(2, 'piece');
    const bad = subtractQuantities(a, c);
    expect(bad.ok ? null : bad.issues.map((i) => [i.code, i.path])).toEqual([['uom_mismatch', [1]]]);
  });

  it('contains every possible true difference (property)', () => {
    const arb = fc
      .record({
        v: fc.integer({ min: 1, max: 100_000 }),
        q: fc.constantFrom<Qualifier>(...QUALIFIERS.filter((x) => x !== 'vague')),
        pick: fc.double({ min: 0.001, max: 0.999, noNaN: true }),
      })
      .map(({ v, q, pick }) => {
        const x = quantity(v, 'count', q);
        const lo = x.lower ?? 0;
        const hi = x.upper ?? lo + 1000;
        return { x, t: q === 'exact' ? v : lo + (hi - lo) * pick };
      });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const r = subtractQuantities(a.x, b.x);
        if (!r.ok) throw new Error('unexpected failure');
        const t = a.t - b.t;
        if (r.value.lower !== null) expect(t).toBeGreaterThanOrEqual(r.value.lower - 1e-6);
        if (r.value.upper !== null) expect(t).toBeLessThanOrEqual(r.value.upper + 1e-6);
        expect(r.value.qualifier === 'exact').toBe(a.x.qualifier === 'exact' && b.x.qualifier === 'exact');
      }),
    );
  });
});
