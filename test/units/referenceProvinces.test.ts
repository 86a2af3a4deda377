import { describe, expect, it } from 'vitest';
import { AdminUnitSchema } from '../../src/schema/AdminUnitSchema';
import { referenceProvinces } from '../../src/units/referenceProvinces';
import { unitVersionId } from '../../src/units/unitVersionId';

describe('referenceProvinces', () => {
  const units = referenceProvinces();

  it('holds the root, 63 + 1 pre-reform versions and 23 new merged units', () => {
    expect(units).toHaveLength(88);
    expect(units[0]).toEqual({ code: 'VN', name: 'Việt Nam', nameEn: 'Viet Nam', level: 'national' });
    expect(units.filter((u) => u.validFrom === '2025-07-01')).toHaveLength(23);
    expect(units.filter((u) => u.validTo === '2025-06-30')).toHaveLength(52);
    expect(units.filter((u) => u.level === 'province' && u.validTo === undefined)).toHaveLength(34);
  });

  it('gives every version a distinct id and passes AdminUnitSchema', () => {
    expect(new Set(units.map(unitVersionId)).size).toBe(units.length);
    for (const u of units) expect(AdminUnitSchema.safeParse(u).success, unitVersionId(u)).toBe(true);
  });

  it('models Huế as two versions of code 46', () => {
    expect(units.filter((u) => u.code === '46')).toEqual([
      { code: '46', name: 'Thừa Thiên Huế', level: 'province', type: 'tinh', parent: 'VN', validTo: '2024-12-31', successors: [{ code: '46' }] },
      { code: '46', name: 'Huế', level: 'province', type: 'thanh_pho', parent: 'VN', validFrom: '2025-01-01' },
    ]);
  });

  it('models code 44 as Quảng Bình, then the merged Quảng Trị', () => {
    expect(units.filter((u) => u.code === '44').map((u) => [unitVersionId(u), u.name, u.validTo ?? null])).toEqual([
      ['44@*', 'Quảng Bình', '2025-06-30'],
      ['44@2025-07-01', 'Quảng Trị', null],
    ]);
  });

  it('returns frozen units, a fresh array each call', () => {
    expect(Object.isFrozen(units)).toBe(true);
    expect(units.every((u) => Object.isFrozen(u))).toBe(true);
    expect(referenceProvinces()).not.toBe(units);
    expect(referenceProvinces()).toEqual(units);
  });
});
