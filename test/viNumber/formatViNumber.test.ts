import { describe, expect, it } from 'vitest';

import { isAntqError } from '../../src/errors/isAntqError';
import type { FormatViNumberOptions } from '../../src/viNumber/formatViNumber';
import { formatViNumber } from '../../src/viNumber/formatViNumber';

describe('formatViNumber', () => {
  const cases: readonly [number, FormatViNumberOptions, string][] = [
    [17543, {}, '17.543'],
    [2412, {}, '2.412'],
    [985, {}, '985'],
    [0, {}, '0'],
    [-0, {}, '0'],
    [2.2, {}, '2,2'],
    [72.6, {}, '72,6'],
    [1200000, {}, '1.200.000'],
    [1234.5, {}, '1.234,5'],
    [-1234.5, {}, '-1.234,5'],
    [0.30000000000000004, {}, '0,30000000000000004'],
    [1e-7, {}, '0,0000001'],
    [1e21, {}, '1.000.000.000.000.000.000.000'],
    [Number.MAX_SAFE_INTEGER, {}, '9.007.199.254.740.991'],
    [2.256, { maxFractionDigits: 2 }, '2,26'],
    [2.25, { maxFractionDigits: 1 }, '2,3'],
    [9.999, { maxFractionDigits: 2 }, '10'],
    [999.96, { maxFractionDigits: 1 }, '1.000'],
    [2.2, { maxFractionDigits: 0 }, '2'],
    [1200000, { scale: 'auto' }, '1,2 triệu'],
    [81000, { scale: 'auto' }, '81 nghìn'],
    [35000000000, { scale: 'auto' }, '35 tỷ'],
    [17543, { scale: 'auto' }, '17.543'],
    [1234567, { scale: 'auto' }, '1.234.567'],
    [1500000000000, { scale: 'auto' }, '1.500 tỷ'],
    [999, { scale: 'auto' }, '999'],
    [1234567, { scale: 'triệu', maxFractionDigits: 1 }, '1,2 triệu'],
    [81000, { scale: 'nghìn' }, '81 nghìn'],
    [500, { scale: 'nghìn' }, '0,5 nghìn'],
    [4000000, { scale: 'tỷ' }, '0,004 tỷ'],
  ];
  it.each(cases)('writes %d with %j as %j', (n, options, expected) => {
    expect(formatViNumber(n, options)).toBe(expected);
  });

  const misuse: readonly [string, () => unknown, string][] = [
    ['NaN', () => formatViNumber(Number.NaN), 'invalid_number'],
    ['Infinity', () => formatViNumber(Number.NEGATIVE_INFINITY), 'invalid_number'],
    ['fraction digits', () => formatViNumber(1, { maxFractionDigits: -1 }), 'invalid_option'],
    ['fraction digits 1.5', () => formatViNumber(1, { maxFractionDigits: 1.5 }), 'invalid_option'],
    ['scale', () => formatViNumber(1, { scale: 'vạn' as never }), 'invalid_option'],
  ];
  it.each(misuse)('throws for %s', (_name, f, code) => {
    let caught: unknown;
    try {
      f();
    } catch (e) {
      caught = e;
    }
    expect(isAntqError(caught) && caught.code).toBe(code);
  });
});
