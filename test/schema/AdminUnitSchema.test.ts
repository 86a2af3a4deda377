import { describe, expect, it } from 'vitest';
import { AdminUnitSchema } from '../../src/schema/AdminUnitSchema';

const paths = (v: unknown): string[] => (AdminUnitSchema.safeParse(v).error?.issues ?? []).map((i) => i.path.join('.'));

describe('AdminUnitSchema', () => {
  it.each([
    [{ code: '42', name: 'Hà Tĩnh', level: 'province' }, []],
    [{ code: '44', name: 'Quảng Bình', level: 'province', validTo: '2025-06-30', successors: [{ code: '44' }] }, []],
    [{ code: 'X', name: 'X', level: 'commune', validFrom: '2025-07-01', validTo: '2020-01-01' }, ['validTo']],
    [{ code: 'X', name: 'X', level: 'commune', parent: 'X' }, ['parent']],
    [{ code: 'X', name: 'X', level: 'commune', successors: [{ code: 'A', weight: 0.7 }, { code: 'B', weight: 0.6 }] }, ['successors']],
    [{ code: 'X', name: 'X', level: 'hamlet' }, ['level']],
  ])('checks %j', (unit, expected) => {
    expect(paths(unit)).toEqual(expected);
  });
});
