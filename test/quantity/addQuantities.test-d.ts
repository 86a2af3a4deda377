import { describe, expectTypeOf, it } from 'vitest';

import type { ParseResult } from '../../src/errors/ParseResult';
import { addQuantities } from '../../src/quantity/addQuantities';
import { compareQuantities } from '../../src/quantity/compareQuantities';
import type { Quantity } from '../../src/quantity/quantity';
import { quantity } from '../../src/quantity/quantity';
import { subtractQuantities } from '../../src/quantity/subtractQuantities';

describe('unit types', () => {
  it('keeps the literal unit', () => {
    expectTypeOf(quantity(1, 'kg')).toEqualTypeOf<Quantity<'kg'>>();
    expectTypeOf(addQuantities(quantity(1, 'kg'), quantity(2, 'kg'))).toEqualTypeOf<ParseResult<Quantity<'kg'>>>();
  });

  it('refuses to add, subtract or compare different literal units', () => {
    // @ts-expect-error kilograms and guns do not add
    addQuantities(quantity(1, 'kg'), quantity(2, 'piece'));
    // @ts-expect-error kilograms and grams need an explicit convertQuantity when the types know
    subtractQuantities(quantity(1, 'kg'), quantity(2, 'g'));
    // @ts-expect-error persons and person-times are different units
    compareQuantities(quantity(1, 'person'), quantity(2, 'person_times'));
  });

  it('accepts wide quantities and checks them at run time', () => {
    const a: Quantity = quantity(1, 'kg');
    const b: Quantity = quantity(2, 'piece');
    expectTypeOf(addQuantities(a, b)).toEqualTypeOf<ParseResult<Quantity>>();
  });
});
