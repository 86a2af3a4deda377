import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUnitValidAt } from '../../src/units/isUnitValidAt';

describe('isUnitValidAt', () => {
  it.each([
    [{}, '1900-01-01', true],
    [{ validTo: '2025-06-30' }, '2025-06-30', true],
    [{ validTo: '2025-06-30' }, '2025-07-01', false],
    [{ validFrom: '2025-07-01' }, '2025-06-30', false],
    [{ validFrom: '2025-07-01' }, '2025-07-01', true],
    [{ validFrom: '2025-01-01', validTo: '2025-06-30' }, '2025-03-15', true],
    [{ validFrom: '2025-01-01', validTo: '2025-06-30' }, '2024-12-31', false],
  ])('%o on %s → %s', (unit, date, valid) => {
    expect(isUnitValidAt(unit, date)).toBe(valid);
  });

  it('agrees with comparing day numbers', () => {
    const day = fc.integer({ min: 0, max: 50_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (a, b, x) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(isUnitValidAt({ validFrom: from, validTo: to }, x)).toBe(Date.parse(from) <= Date.parse(x) && Date.parse(x) <= Date.parse(to));
      }),
    );
  });
});
