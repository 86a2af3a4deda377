import { describe, expect, it } from 'vitest';

import { isAntqError } from '../../src/errors/isAntqError';
import { quantity } from '../../src/quantity/quantity';
import { scaleQuantity } from '../../src/quantity/scaleQuantity';

describe('scaleQuantity', () => {
  it('scales value and bounds and keeps the qualifier', () => {
    const q = scaleQuantity(quantity(15000, 'person_times', 'nearly'), 0.1);
    expect([q.value, q.qualifier, q.lower, q.upper, q.upperInclusive]).toEqual([1500, 'nearly', 1350, 1500, false]);
    expect(scaleQuantity(quantity(127, 'piece', 'over', { raw: 'trên 127' }), 2)).toEqual({
      value: 254,
      qualifier: 'over',
      uom: 'piece',
      lower: 254,
      lowerInclusive: false,
      upper: null,
      upperInclusive: false,
    });
  });

  it('turns vague into at_least and 0 into exact 0', () => {
    expect(scaleQuantity(quantity(1000, 'count', 'vague'), 2).qualifier).toBe('at_least');
    expect(scaleQuantity(quantity(127, 'piece', 'over'), 0)).toEqual({
      value: 0,
      qualifier: 'exact',
      uom: 'piece',
      lower: 0,
      lowerInclusive: true,
      upper: 0,
      upperInclusive: true,
    });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('throws invalid_factor for %s', (f) => {
    let caught: unknown;
    try {
      scaleQuantity(quantity(1, 'count'), f);
    } catch (e) {
      caught = e;
    }
    expect(isAntqError(caught) && caught.code).toBe('invalid_factor');
  });
});
