import { describe, expect, it } from 'vitest';
import { unitVersionId } from '../../src/units/unitVersionId';

describe('unitVersionId', () => {
  it.each([
    [{ code: '44', validFrom: '2025-07-01' }, '44@2025-07-01'],
    [{ code: '44' }, '44@*'],
    [{ code: 'VN' }, 'VN@*'],
  ])('%o → %s', (unit, id) => {
    expect(unitVersionId(unit)).toBe(id);
  });
});
