import { describe, expect, it } from 'vitest';

import { isAntqError } from '../../src/errors/isAntqError';
import { formatEnQuantity } from '../../src/quantity/formatEnQuantity';
import type { Quantity } from '../../src/quantity/quantity';
import { quantity } from '../../src/quantity/quantity';

describe('formatEnQuantity', () => {
  const cases: readonly [Quantity, string | undefined, string][] = [
    [quantity(127, 'piece', 'over'), 'military guns', 'over 127 military guns'],
    [quantity(15000, 'person_times', 'nearly'), undefined, 'nearly 15,000 person-times'],
    [quantity(15000, 'person_times', 'nearly'), 'participants', 'nearly 15,000 participants'],
    [quantity(81000, 'count', 'over'), 'petitions', 'over 81,000 petitions'],
    [quantity(17543, 'kg'), 'industrial explosives', '17,543 kg of industrial explosives'],
    [quantity(985, 'pair'), 'wooden nunchaku', '985 pairs of wooden nunchaku'],
    [quantity(1, 'pair'), undefined, '1 pair'],
    [quantity(1202, 'box'), undefined, '1,202 boxes'],
    [quantity(2.2, 'tonne', 'about'), undefined, 'about 2.2 tonnes'],
    [quantity(50, 'household', 'at_least'), undefined, 'at least 50 households'],
    [quantity(5, 'person', 'under'), undefined, 'under 5 people'],
    [quantity(72.6, 'percent'), undefined, '72.6%'],
    [quantity(89.4, 'percent'), 'residential areas', '89.4% of residential areas'],
    [quantity(1200000, 'vnd'), undefined, '1,200,000 VND'],
    [quantity(2100, 'count'), undefined, '2,100'],
    [quantity(1000, 'person_times', 'vague'), undefined, 'thousands of person-times'],
    [quantity(10000, 'count', 'vague'), 'opinions', 'tens of thousands of opinions'],
    [quantity(100, 'kg', 'vague'), 'explosives', 'hundreds of kg of explosives'],
    [quantity(100, 'count', 'vague'), undefined, 'hundreds'],
  ];
  it.each(cases)('%# writes %s', (q, noun, expected) => {
    expect(formatEnQuantity(q, noun === undefined ? {} : { noun })).toBe(expected);
  });

  it('rounds on request and writes differences', () => {
    expect(formatEnQuantity(quantity(2.256, 'kg'), { maxFractionDigits: 2 })).toBe('2.26 kg');
    const diff: Quantity = { ...quantity(0, 'count'), value: -1234 };
    expect(formatEnQuantity(diff)).toBe('-1,234');
  });

  it('throws for a non-finite value', () => {
    const bad: Quantity = { ...quantity(0, 'count'), value: Number.NaN };
    let caught: unknown;
    try {
      formatEnQuantity(bad);
    } catch (e) {
      caught = e;
    }
    expect(isAntqError(caught) && caught.code).toBe('invalid_number');
  });
});
