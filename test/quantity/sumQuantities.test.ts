import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { combineQualifiers } from '../../src/quantity/combineQualifiers';
import type { Qualifier } from '../../src/quantity/Qualifier';
import { QUALIFIERS } from '../../src/quantity/Qualifier';
import type { Quantity } from '../../src/quantity/quantity';
import { quantity } from '../../src/quantity/quantity';
import { sumQuantities } from '../../src/quantity/sumQuantities';

function codes(r: ReturnType<typeof sumQuantities>): unknown {
  return r.ok ? null : r.issues.map((i) => [i.code, i.path]);
}

describe('sumQuantities', () => {
  it('adds values, keeps bounds and derives the qualifier', () => {
    const r = sumQuantities([quantity(127, 'piece', 'over'), quantity(366, 'piece'), quantity(9235, 'piece')]);
    expect(r).toEqual({
      ok: true,
      value: { value: 9728, qualifier: 'over', uom: 'piece', lower: 9728, lowerInclusive: false, upper: null, upperInclusive: false },
    });
  });

  it('keeps "nearly" through a sum of nearly terms', () => {
    const r = sumQuantities([quantity(15000, 'person_times', 'nearly'), quantity(1000, 'person_times', 'nearly')]);
    expect(r.ok && [r.value.qualifier, r.value.lower, r.value.upper, r.value.upperInclusive]).toEqual(['nearly', 14400, 16000, false]);
  });

  it('gives about for over + nearly, with both ends bounded below', () => {
    const r = sumQuantities([quantity(100, 'count', 'over'), quantity(100, 'count', 'nearly')]);
    expect(r.ok && [r.value.qualifier, r.value.lower, r.value.lowerInclusive, r.value.upper]).toEqual(['about', 190, false, null]);
  });

  it('converts mass to the finest unit in the list', () => {
    const r = sumQuantities([quantity(17.543, 'tonne'), quantity(2.2, 'kg'), quantity(500, 'g')]);
    expect(r.ok && [r.value.value, r.value.uom]).toEqual([17545700, 'g']);
  });

  it('converts to options.uom when given', () => {
    const r = sumQuantities([quantity(1500, 'g'), quantity(2, 'kg')], { uom: 'kg' });
    expect(r.ok && [r.value.value, r.value.uom]).toEqual([3.5, 'kg']);
  });

  it('refuses incompatible units with one issue per offending item', () => {
    expect(codes(sumQuantities([quantity(1, 'kg'), quantity(2, 'piece'), quantity(3, 'g'), quantity(4, 'pair')]))).toEqual([
      ['uom_mismatch', [1]],
      ['uom_mismatch', [3]],
    ]);
    expect(codes(sumQuantities([quantity(1, 'piece')], { uom: 'pair' }))).toEqual([['uom_mismatch', [0]]]);
    expect(codes(sumQuantities([quantity(1, 'vnd'), quantity(1, 'count')]))).toEqual([['uom_mismatch', [1]]]);
  });

  it('refuses to add percentages', () => {
    expect(codes(sumQuantities([quantity(72.6, 'percent'), quantity(10, 'percent')]))).toEqual([
      ['uom_not_additive', [0]],
      ['uom_not_additive', [1]],
    ]);
  });

  it('needs a unit for an empty sum', () => {
    expect(codes(sumQuantities([]))).toEqual([['empty_sum', []]]);
    expect(sumQuantities([], { uom: 'count' })).toEqual({
      ok: true,
      value: { value: 0, qualifier: 'exact', uom: 'count', lower: 0, lowerInclusive: true, upper: 0, upperInclusive: true },
    });
  });

  it('turns a vague term into at_least', () => {
    const r = sumQuantities([quantity(1000, 'person_times', 'vague')]);
    expect(r.ok && [r.value.qualifier, r.value.value, r.value.lower]).toEqual(['at_least', 1000, 1000]);
  });

  it('does not mutate its input and drops raw', () => {
    const items = [quantity(1, 'count', 'over', { raw: 'trên 1' })];
    const copy = JSON.parse(JSON.stringify(items)) as unknown;
    const r = sumQuantities(items);
    expect(items).toEqual(copy);
    expect(r.ok && 'raw' in r.value).toBe(false);
  });

  const arbQ = fc
    .record({ v: fc.integer({ min: 1, max: 1_000_000 }), q: fc.constantFrom<Qualifier>(...QUALIFIERS.filter((x) => x !== 'vague')) })
    .map(({ v, q }) => quantity(v, 'count', q));

  it('is order-independent and merging shards equals one pass (property)', () => {
    fc.assert(
      fc.property(fc.array(arbQ, { maxLength: 12 }), fc.nat(), (items, cut) => {
        const one = sumQuantities(items, { uom: 'count' });
        const rev = sumQuantities([...items].reverse(), { uom: 'count' });
        const k = items.length === 0 ? 0 : cut % (items.length + 1);
        const a = sumQuantities(items.slice(0, k), { uom: 'count' });
        const b = sumQuantities(items.slice(k), { uom: 'count' });
        if (!one.ok || !rev.ok || !a.ok || !b.ok) throw new Error('unexpected failure');
        const merged = sumQuantities([a.value, b.value]);
        if (!merged.ok) throw new Error('unexpected failure');
        for (const r of [rev.value, merged.value]) {
          expect(r.qualifier).toBe(one.value.qualifier);
          expect(r.value).toBe(one.value.value);
          expect(r.upper === null).toBe(one.value.upper === null);
          expect(r.lowerInclusive).toBe(one.value.lowerInclusive);
          expect(r.upperInclusive).toBe(one.value.upperInclusive);
        }
      }),
    );
  });

  it('matches the allocation-free fold documented on combineQualifiers', () => {
    fc.assert(
      fc.property(fc.array(arbQ, { minLength: 1, maxLength: 12 }), (items: Quantity[]) => {
        let q: Qualifier = 'exact';
        let value = 0;
        let upper: number | null = 0;
        for (const x of items) {
          q = combineQualifiers(q, x.qualifier);
          value += x.value;
          upper = upper === null || x.upper === null ? null : upper + x.upper;
        }
        const r = sumQuantities(items);
        expect(r.ok && [r.value.qualifier, r.value.value, r.value.upper]).toEqual([q, value, upper]);
      }),
    );
  });
});
