import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseViNumber } from '../../src/viNumber/parseViNumber';
import { parseViQuantity } from '../../src/viNumber/parseViQuantity';
import { readViNumberWords } from '../../src/viNumber/readViNumberWords';

describe('numbers written in words', () => {
  it.each([
    ['hai', 2],
    ['mười', 10],
    ['mười hai', 12],
    ['mười lăm', 15],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['ba mươi tư', 34],
    ['ba mươi lăm', 35],
    ['chín mươi chín', 99],
    ['một trăm', 100],
    ['một trăm linh năm', 105],
    ['hai trăm lẻ tư', 204],
    ['ba trăm mười hai', 312],
    ['bốn trăm năm mươi', 450],
    ['một nghìn', 1000],
    ['một ngàn hai trăm', 1200],
    ['một nghìn không trăm bốn mươi tư', 1044],
    ['hai triệu ba trăm nghìn', 2_300_000],
    ['năm tỷ', 5_000_000_000],
    ['Mười Hai', 12],
  ])('reads %s as %d', (text, value) => {
    expect(parseViNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['hai đợt cao điểm', 2, 'exact', 'count', 'cao điểm'],
    ['ba mươi lăm tổ tự quản', 35, 'exact', 'count', 'tổ tự quản'],
    ['hơn một nghìn lượt học sinh', 1000, 'over', 'person_times', 'học sinh'],
    ['mười hai tập thể', 12, 'exact', 'count', 'tập thể'],
    ['gần hai trăm hộ', 200, 'nearly', 'household', ''],
  ])('reads the figure %s', (text, value, qualifier, uom, noun) => {
    const r = parseViQuantity(text);
    expect(r.ok && [r.value.quantity.value, r.value.quantity.qualifier, r.value.quantity.uom, r.value.noun]).toEqual([value, qualifier, uom, noun]);
  });

  it('does not read "năm" after a tens word as five ("mười năm" is ten years)', () => {
    expect(parseViNumber('mười năm').ok).toBe(false);
    expect(parseViNumber('hai mươi năm').ok).toBe(false);
  });

  it('does not start a number with mốt, tư, lăm or không, nor read words with scale words off', () => {
    for (const t of ['tư', 'lăm', 'mốt', 'không']) expect(parseViNumber(t).ok).toBe(false);
    expect(parseViNumber('hai', { scaleWords: false }).ok).toBe(false);
  });

  it('reads every number below a million written the usual way back to itself', () => {
    const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
    const below100 = (n: number): string => {
      if (n < 10) return DIGITS[n] as string;
      const t = Math.floor(n / 10);
      const u = n % 10;
      const head = t === 1 ? 'mười' : `${DIGITS[t] as string} mươi`;
      if (u === 0) return head;
      const unit = u === 5 ? 'lăm' : u === 1 && t > 1 ? 'mốt' : (DIGITS[u] as string);
      return `${head} ${unit}`;
    };
    const below1000 = (n: number): string => {
      const h = Math.floor(n / 100);
      const r = n % 100;
      if (h === 0) return below100(r);
      if (r === 0) return `${DIGITS[h] as string} trăm`;
      return r < 10 ? `${DIGITS[h] as string} trăm linh ${DIGITS[r] as string}` : `${DIGITS[h] as string} trăm ${below100(r)}`;
    };
    const say = (n: number): string => {
      const k = Math.floor(n / 1000);
      const r = n % 1000;
      if (k === 0) return below1000(r);
      return r === 0 ? `${below1000(k)} nghìn` : `${below1000(k)} nghìn ${below1000(r)}`;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        expect(parseViNumber(say(n))).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe('readViNumberWords', () => {
  it('reads words where they start and says where they end', () => {
    expect(readViNumberWords('ba mươi lăm tổ tự quản')).toEqual({ value: 35, end: 11 });
    expect(readViNumberWords('hơn một nghìn lượt', 4)).toEqual({ value: 1000, end: 13 });
    expect(readViNumberWords('tổ tự quản')).toBeNull();
    expect(readViNumberWords('hai', 7)).toBeNull();
    expect(readViNumberWords('hai', -1)).toBeNull();
  });

  it('reads the spoken short tens: mốt, tư, lăm after a digit are the units of a tens word left out', () => {
    expect(readViNumberWords('năm lăm cuộc họp dân')).toEqual({ value: 55, end: 7 });
    expect(readViNumberWords('hai mốt đoàn viên')).toEqual({ value: 21, end: 7 });
    expect(readViNumberWords('ba tư hộ')?.value).toBe(34);
    // Not after "một" (fifteen is "mười lăm"), and "năm" after a digit is no unit.
    expect(readViNumberWords('một lăm')?.value).toBe(1);
    expect(readViNumberWords('hai năm')?.value).toBe(2);
  });

  it('reads a number of tens counted with "chục": hai chục is twenty, not two', () => {
    expect(readViNumberWords('hai chục tin báo')).toEqual({ value: 20, end: 8 });
    expect(readViNumberWords('một chục hộ')?.value).toBe(10);
    expect(readViNumberWords('ba chục nghìn lượt')?.value).toBe(30_000);
    // "chục" alone is no number; a digit after it is no unit of it when it is "năm" (years).
    expect(readViNumberWords('chục người')).toBeNull();
    expect(readViNumberWords('hai chục năm')?.value).toBe(20);
    // "vạn" is ten thousand, after digits or words, and before a smaller scale.
    expect(parseViQuantity('1,5 vạn tờ rơi')).toMatchObject({ ok: true, value: { quantity: { value: 15_000 } } });
    expect(readViNumberWords('hai vạn năm nghìn')?.value).toBe(25_000);
    expect(parseViQuantity('hàng vạn lượt người')).toMatchObject({ ok: true, value: { quantity: { value: 10_000, qualifier: 'vague' } } });
    expect(parseViQuantity('hơn hai chục tin có giá trị')).toMatchObject({ ok: true, value: { quantity: { value: 20, qualifier: 'over' } } });
  });
});

describe('"chục" alone after a qualifier is ten', () => {
  it('reads "hơn chục vụ việc" as over ten', () => {
    const r = parseViQuantity('hơn chục vụ việc');
    expect(r.ok && [r.value.quantity.value, r.value.quantity.qualifier]).toEqual([10, 'over']);
    expect(parseViQuantity('gần chục người')).toMatchObject({ ok: true, value: { quantity: { value: 10, qualifier: 'nearly', uom: 'person' } } });
    // Alone, with no qualifier, it is still no number.
    expect(readViNumberWords('chục người')).toBeNull();
  });
});
