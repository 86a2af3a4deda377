import { describe, expect, it } from 'vitest';

import { differenceQualifier } from '../../src/quantity/differenceQualifier';
import type { Qualifier } from '../../src/quantity/Qualifier';
import { QUALIFIERS } from '../../src/quantity/Qualifier';

describe('differenceQualifier', () => {
  const cases: readonly [Qualifier, Qualifier, Qualifier][] = [
    ['exact', 'exact', 'exact'],
    ['over', 'exact', 'over'],
    ['nearly', 'exact', 'nearly'],
    ['exact', 'over', 'under'],
    ['exact', 'at_least', 'under'],
    ['exact', 'nearly', 'over'],
    ['exact', 'under', 'over'],
    ['exact', 'about', 'about'],
    ['over', 'over', 'about'],
    ['over', 'nearly', 'over'],
    ['nearly', 'over', 'under'],
    ['vague', 'exact', 'at_least'],
    ['exact', 'vague', 'under'],
  ];
  it.each(cases)('%s − %s = %s', (a, b, r) => {
    expect(differenceQualifier(a, b)).toBe(r);
  });

  it('is inexact whenever a side is inexact', () => {
    for (const a of QUALIFIERS)
      for (const b of QUALIFIERS) {
        expect(differenceQualifier(a, b) === 'exact').toBe(a === 'exact' && b === 'exact');
      }
  });
});
