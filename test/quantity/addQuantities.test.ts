import { describe, expect, it } from 'vitest';

import { addQuantities } from '../../src/quantity/addQuantities';
import type { Quantity } from '../../src/quantity/quantity';
import { quantity } from '../../src/quantity/quantity';

describe('addQuantities', () => {
  it('adds two quantities of one unit', () => {
    const r = addQuantities(quantity(15000, 'person_times', 'nearly'), quantity(200, 'person_times'));
    expect(r.ok && [r.value.value, r.value.qualifier, r.value.lower, r.value.upper]).toEqual([15200, 'nearly', 13700, 15200]);
  });

  it('converts mass units when the types are wide', () => {
    const a: Quantity = quantity(1, 'kg');
    const b: Quantity = quantity(250, 'g');
    const r = addQuantities(a, b);
    expect(r.ok && [r.value.value, r.value.uom]).toEqual([1250, 'g']);
  });

  it('returns uom_mismatch for incompatible wide types', () => {
    const a: Quantity = quantity(17543, 'kg');
    const b: Quantity = quantity(127, 'piece');
    const r = addQuantities(a, b);
    expect(r.ok ? null : r.issues.map((i) => [i.code, i.path])).toEqual([['uom_mismatch', [1]]]);
  });

  it('refuses percentages', () => {
    const r = addQuantities(quantity(50, 'percent'), quantity(20, 'percent'));
    expect(r.ok ? null : r.issues.map((i) => i.code)).toEqual(['uom_not_additive', 'uom_not_additive']);
  });
});
