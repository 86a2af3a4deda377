import { describe, expect, it } from 'vitest';
import { parseViQuantity } from '../../src/viNumber/parseViQuantity';

const value = (s: string): number | string => {
  const r = parseViQuantity(s);
  return r.ok ? r.value.quantity.value : (r.issues[0]?.code ?? '?');
};

describe('parseViQuantity: phrases that were misread', () => {
  it('reads "rưỡi" after a scale word as half of that scale', () => {
    expect(value('3 triệu rưỡi')).toBe(3_500_000);
    expect(value('1 nghìn rưỡi người')).toBe(1500);
    expect(value('2 tỷ rưỡi đồng')).toBe(2_500_000_000);
    const r = parseViQuantity('trên 3 triệu rưỡi đồng');
    expect(r.ok && [r.value.quantity.value, r.value.quantity.qualifier, r.value.quantity.uom]).toEqual([3_500_000, 'over', 'vnd']);
  });

  it('refuses a space between digit groups and exponent notation instead of reading 12 and 1', () => {
    expect(value('12 345 người')).toBe('space_in_number');
    expect(value('1e309 người')).toBe('exponent_not_supported');
    expect(value('12 người')).toBe(12);
    expect(value('12 34 người')).toBe(12);
  });

  it('flags a reversed range', () => {
    expect(value('khoảng 5 đến 3')).toBe('range_reversed');
    expect(value('5 đến 3 người')).toBe('range_reversed');
  });
});
