import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatViNumber } from '../../src/viNumber/formatViNumber';
import { parseViNumber } from '../../src/viNumber/parseViNumber';

type Expect = number | readonly [code: string, position: number];

function outcome(r: ReturnType<typeof parseViNumber>): Expect {
  if (r.ok) return r.value;
  const i = r.issues[0];
  return [i?.code ?? '', i?.position ?? -1];
}

describe('parseViNumber', () => {
  const vi: readonly [string, Expect][] = [
    // plain, grouped, decimals
    ['2.412', 2412],
    ['17.543', 17543],
    ['1.000', 1000],
    ['1.200.000', 1200000],
    ['121.200', 121200],
    ['2,2', 2.2],
    ['72,6', 72.6],
    ['1.234,5', 1234.5],
    ['0,5', 0.5],
    ['2000', 2000],
    ['02', 2],
    ['007', 7],
    ['0', 0],
    ['00', 0],
    ['0,0', 0],
    ['2,20', 2.2],
    ['  985  ', 985],
    ['\u00a09.235\u202f', 9235],
    ['12345678', 12345678],
    ['9.007.199.254.740.991', 9007199254740991],
    ['0,30000000000000004', 0.30000000000000004],
    // scale words
    ['81 nghìn', 81000],
    ['613 ngàn', 613000],
    ['4 triệu', 4000000],
    ['1,2 triệu', 1200000],
    ['35 tỷ', 35000000000],
    ['35 tỉ', 35000000000],
    ['1,5 nghìn tỷ', 1500000000000],
    ['2 triệu 500 nghìn', 2500000],
    ['1 tỷ 200 triệu', 1200000000],
    ['81nghìn', 81000],
    ['81 NGHÌN', 81000],
    ['0,001 nghìn', 1],
    ['1,23456 nghìn', 1234.56],
    // traps and failures with positions
    ['', ['empty_input', 0]],
    ['   ', ['empty_input', 0]],
    ['abc', ['expected_number', 0]],
    ['-5', ['expected_number', 0]],
    ['+5', ['expected_number', 0]],
    ['1.23.4', ['malformed_number', 2]],
    ['1.7.2024', ['malformed_number', 2]],
    ['1234.567', ['malformed_number', 4]],
    ['1.2345', ['malformed_number', 2]],
    ['1.5', ['malformed_number', 2]],
    ['1,2,3', ['malformed_number', 3]],
    ['1,2.345', ['malformed_number', 3]],
    ['12.345,6,7', ['malformed_number', 8]],
    ['1.000kg', ['unexpected_text', 5]],
    ['17.543 kg', ['unexpected_text', 7]],
    ['2 triệu 500', ['unexpected_text', 8]],
    ['81 nghìn nghìn nghìn', ['unexpected_text', 15]],
    ['9007199254740992', ['number_too_large', 0]],
    ['9.007.199.254.740.993', ['number_too_large', 0]],
    ['99999999999999999999', ['number_too_large', 0]],
    ['10.000.000 tỷ', ['number_too_large', 0]],
    ['9.000.000 tỷ', 9e15],
    ['0,12345678901234567891', ['number_too_precise', 0]],
    ['1,5.', ['unexpected_text', 3]],
    ['5 trăm', ['unexpected_text', 2]],
    ['١٢٣', ['expected_number', 0]],
    ['１２３', ['expected_number', 0]],
  ];
  it.each(vi)('reads %j', (text, expected) => {
    expect(outcome(parseViNumber(text))).toEqual(expected);
  });

  const machine: readonly [string, Expect][] = [
    ['17543', 17543],
    ['2.2', 2.2],
    ['1,000', 1000],
    ['1,234.5', 1234.5],
    ['1,23,456', ['malformed_number', 2]],
    ['1.2.3', ['malformed_number', 3]],
  ];
  it.each(machine)('reads %j with decimalSeparator "."', (text, expected) => {
    expect(outcome(parseViNumber(text, { decimalSeparator: '.' }))).toEqual(expected);
  });

  it('can refuse scale words', () => {
    expect(outcome(parseViNumber('81 nghìn', { scaleWords: false }))).toEqual(['unexpected_text', 3]);
  });

  it('never throws and never returns NaN on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '2', '0', '.', ',', ' ', 'n', 'g', 'h', 'ì', 'triệu', 'tỷ', '/', '-') }), (t) => {
        const r = parseViNumber(t);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        else expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it('reads back what formatViNumber writes (property)', () => {
    const num = fc.oneof(
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100),
    );
    fc.assert(
      fc.property(num, fc.constantFrom('none', 'auto', 'nghìn', 'triệu', 'tỷ') , (n, scale) => {
        const text = formatViNumber(n, { scale });
        const r = parseViNumber(text);
        expect(r).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
      { numRuns: 500 },
    );
  });

  it('finishes quickly on adversarial input and fails with a position', () => {
    const inputs = [
      '1'.repeat(100_000),
      '1.'.repeat(50_000),
      '1.000'.repeat(20_000),
      '1,'.repeat(50_000),
      `1${'.000'.repeat(25_000)}`,
      `${'9'.repeat(3)}${'.999'.repeat(25_000)}`,
      ' '.repeat(100_000),
      `1 ${'nghìn '.repeat(20_000)}`,
      'số١٢٣'.repeat(20_000),
      `0,${'1'.repeat(100_000)}`,
    ];
    const t0 = performance.now();
    for (const t of inputs) {
      const r = parseViNumber(t);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(typeof r.issues[0]?.position).toBe('number');
    }
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
