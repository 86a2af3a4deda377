import { describe, expect, it } from 'vitest';

import { compareQuantities } from '../../src/quantity/compareQuantities';
import type { Quantity } from '../../src/quantity/quantity';
import { quantity } from '../../src/quantity/quantity';

describe('compareQuantities', () => {
  const cases: readonly [string, Quantity, Quantity, string, number][] = [
    ['exact equal', quantity(5, 'count'), quantity(5, 'count'), 'equal', 0],
    ['exact less', quantity(4, 'count'), quantity(5, 'count'), 'less', -1],
    ['over vs exact below', quantity(127, 'count', 'over'), quantity(100, 'count'), 'greater', 1],
    ['over v vs exact v: strictly greater', quantity(127, 'count', 'over'), quantity(127, 'count'), 'greater', 0],
    ['at_least v vs exact v: may be equal', quantity(127, 'count', 'at_least'), quantity(127, 'count'), 'overlap', 0],
    ['nearly vs exact inside', quantity(15000, 'count', 'nearly'), quantity(14000, 'count'), 'overlap', 1],
    ['nearly v vs exact v: strictly less', quantity(15000, 'count', 'nearly'), quantity(15000, 'count'), 'less', 0],
    ['under vs over', quantity(10, 'count', 'under'), quantity(10, 'count', 'over'), 'less', 0],
    ['about vs about', quantity(100, 'count', 'about'), quantity(105, 'count', 'about'), 'overlap', -1],
    ['over vs over', quantity(1, 'count', 'over'), quantity(2, 'count', 'over'), 'overlap', -1],
  ];
  it.each(cases)('%s', (_name, a, b, order, byValue) => {
    expect(compareQuantities(a, b)).toEqual({ ok: true, value: { order, byValue } });
  });

  it('converts mass and refuses other mixes', () => {
    const kg: Quantity = quantity(1, 'kg');
    const g: Quantity = quantity(999, 'g');
    expect(compareQuantities(kg, g)).toEqual({ ok: true, value: { order: 'greater', byValue: 1 } });
    const piece: Quantity = quantity(1, 'piece');
    const r = compareQuantities(kg, piece);
    expect(r.ok ? null : r.issues.map((i) => i.code)).toEqual(['uom_mismatch']);
  });
});
