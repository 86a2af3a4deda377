import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { combineQualifiers } from '../../src/quantity/combineQualifiers';
import type { Qualifier } from '../../src/quantity/Qualifier';
import { QUALIFIERS } from '../../src/quantity/Qualifier';
import { quantity } from '../../src/quantity/quantity';
import { sumQuantities } from '../../src/quantity/sumQuantities';

// The table in docs/quantities.md, row by row (row + column).
const TABLE: Readonly<Record<Qualifier, readonly Qualifier[]>> = {
  //          exact       over        nearly    about    at_least    under     vague
  exact: ['exact', 'over', 'nearly', 'about', 'at_least', 'under', 'at_least'],
  over: ['over', 'over', 'about', 'about', 'over', 'about', 'over'],
  nearly: ['nearly', 'about', 'nearly', 'about', 'about', 'under', 'about'],
  about: ['about', 'about', 'about', 'about', 'about', 'about', 'about'],
  at_least: ['at_least', 'over', 'about', 'about', 'at_least', 'about', 'at_least'],
  under: ['under', 'about', 'under', 'about', 'about', 'under', 'about'],
  vague: ['at_least', 'over', 'about', 'about', 'at_least', 'about', 'at_least'],
};

describe('combineQualifiers', () => {
  it('follows the documented table for every pair', () => {
    for (const a of QUALIFIERS) {
      QUALIFIERS.forEach((b, j) => {
        expect([a, b, combineQualifiers(a, b)]).toEqual([a, b, TABLE[a][j]]);
      });
    }
  });

  it('gives the rules of the issue', () => {
    expect(combineQualifiers('over', 'exact')).toBe('over');
    expect(combineQualifiers('nearly', 'nearly')).toBe('nearly');
    expect(combineQualifiers('over', 'nearly')).toBe('about');
  });

  it('is commutative over all pairs', () => {
    for (const a of QUALIFIERS) for (const b of QUALIFIERS) expect(combineQualifiers(a, b)).toBe(combineQualifiers(b, a));
  });

  it('is associative over all triples', () => {
    for (const a of QUALIFIERS)
      for (const b of QUALIFIERS)
        for (const c of QUALIFIERS) {
          expect(combineQualifiers(combineQualifiers(a, b), c)).toBe(combineQualifiers(a, combineQualifiers(b, c)));
        }
  });

  it('has exact as identity for every qualifier that arithmetic produces', () => {
    for (const a of QUALIFIERS.filter((q) => q !== 'vague')) {
      expect(combineQualifiers(a, 'exact')).toBe(a);
      expect(combineQualifiers(a, a)).toBe(a);
    }
  });

  // A quantity with a true value drawn from its interval (integers, default bounds).
  const term = fc
    .record({
      qualifier: fc.constantFrom(...QUALIFIERS),
      value: fc.integer({ min: 1, max: 1_000_000 }),
      exp: fc.integer({ min: 1, max: 6 }),
      pick: fc.double({ min: 0, max: 1, noNaN: true }),
      extra: fc.integer({ min: 1, max: 1000 }),
    })
    .map(({ qualifier, value, exp, pick, extra }) => {
      const v = qualifier === 'vague' ? 10 ** exp : value;
      const q = quantity(v, 'count', qualifier);
      const lo = q.lower ?? 0;
      const hi = q.upper ?? lo + extra;
      let t = lo + (hi - lo) * pick;
      if (!q.lowerInclusive && t === lo) t = lo + Math.min(1e-3, (hi - lo) / 2 || 1e-3);
      if (!q.upperInclusive && q.upper !== null && t >= hi) t = hi - Math.min(1e-3, (hi - lo) / 2);
      return { q, t };
    });

  it('keeps the true sum inside the bounds and the qualifier truthful (property)', () => {
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 8 }), (terms) => {
        const r = sumQuantities(terms.map((x) => x.q));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const s = r.value;
        const t = terms.reduce((acc, x) => acc + x.t, 0);
        const eps = 1e-6 * Math.max(1, t);
        if (s.lower !== null) expect(t).toBeGreaterThanOrEqual(s.lower - eps);
        if (s.upper !== null) expect(t).toBeLessThanOrEqual(s.upper + eps);
        const v = s.value;
        switch (s.qualifier) {
          case 'exact':
            expect(Math.abs(t - v)).toBeLessThanOrEqual(eps);
            break;
          case 'over':
          case 'at_least':
            expect(t).toBeGreaterThanOrEqual(v - eps);
            break;
          case 'nearly':
          case 'under':
            expect(t).toBeLessThanOrEqual(v + eps);
            break;
          default:
            break;
        }
      }),
      { numRuns: 300 },
    );
  });
});
