import { describe, expect, it } from 'vitest';

import { convertQuantity } from '../../src/quantity/convertQuantity';
import { quantity } from '../../src/quantity/quantity';
import type { Uom } from '../../src/quantity/Uom';
import { UOMS } from '../../src/quantity/Uom';
import { UOM_CONVERSIONS } from '../../src/quantity/UomConversion';

describe('convertQuantity', () => {
  const cases: readonly [number, Uom, Uom, number][] = [
    [17543, 'kg', 'tonne', 17.543],
    [17.543, 'tonne', 'kg', 17543],
    [2.2, 'kg', 'g', 2200],
    [1, 'g', 'tonne', 0.000001],
    [0.1, 'tonne', 'g', 100000],
    [5, 'kg', 'kg', 5],
  ];
  it.each(cases)('%d %s = %d %s, moving the decimal point exactly', (v, from, to, expected) => {
    const r = convertQuantity(quantity(v, from), to);
    expect(r.ok && [r.value.value, r.value.uom]).toEqual([expected, to]);
  });

  it('converts bounds and keeps the qualifier', () => {
    const r = convertQuantity(quantity(15, 'tonne', 'nearly'), 'kg');
    expect(r.ok && [r.value.value, r.value.qualifier, r.value.lower, r.value.upper]).toEqual([15000, 'nearly', 13500, 15000]);
    const o = convertQuantity(quantity(1, 'kg', 'over', { raw: 'trên 1 kg' }), 'g');
    expect(o.ok && [o.value.upper, 'raw' in o.value]).toEqual([null, false]);
  });

  it('converts only where the table defines it', () => {
    for (const from of UOMS)
      for (const to of UOMS) {
        const r = convertQuantity(quantity(1, from), to);
        const defined = from === to || (UOM_CONVERSIONS[from] !== undefined && UOM_CONVERSIONS[to] !== undefined);
        expect([from, to, r.ok]).toEqual([from, to, defined]);
        if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(['uom_mismatch']);
      }
  });
});
