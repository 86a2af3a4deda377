import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isAntqError } from '../../src/errors/isAntqError';
import type { Qualifier } from '../../src/quantity/Qualifier';
import { QUALIFIERS } from '../../src/quantity/Qualifier';
import type { Quantity } from '../../src/quantity/quantity';
import { quantity } from '../../src/quantity/quantity';
import type { Uom } from '../../src/quantity/Uom';
import { UOMS } from '../../src/quantity/Uom';
import type { FormatViQuantityOptions } from '../../src/viNumber/formatViQuantity';
import { formatViQuantity } from '../../src/viNumber/formatViQuantity';
import { parseViQuantity } from '../../src/viNumber/parseViQuantity';

describe('formatViQuantity', () => {
  const cases: readonly [Quantity, FormatViQuantityOptions, string][] = [
    [quantity(127, 'piece', 'over'), { classifier: 'khẩu', noun: 'súng quân dụng' }, 'trên 127 khẩu súng quân dụng'],
    [quantity(15000, 'person_times', 'nearly'), {}, 'gần 15.000 lượt người'],
    [quantity(81000, 'count', 'over'), { classifier: 'lượt', noun: 'đơn thư', scale: 'auto' }, 'trên 81 nghìn lượt đơn thư'],
    [quantity(17543, 'kg'), { noun: 'thuốc nổ công nghiệp' }, '17.543 kg thuốc nổ công nghiệp'],
    [quantity(17543, 'kg'), { classifier: 'khẩu' }, '17.543 kg'],
    [quantity(985, 'pair'), { noun: 'côn gỗ' }, '985 đôi côn gỗ'],
    [quantity(2100, 'count'), { noun: 'điểm' }, '2.100 điểm'],
    [quantity(2.2, 'kg'), {}, '2,2 kg'],
    [quantity(72.6, 'percent'), {}, '72,6%'],
    [quantity(72.6, 'percent', 'over'), {}, 'trên 72,6%'],
    [quantity(1200000, 'vnd'), { scale: 'auto' }, '1,2 triệu đồng'],
    [quantity(1200000, 'vnd'), {}, '1.200.000 đồng'],
    [quantity(4000000, 'count', 'nearly'), { scale: 'triệu', noun: 'ý kiến' }, 'gần 4 triệu ý kiến'],
    [quantity(50, 'household', 'at_least'), {}, 'ít nhất 50 hộ'],
    [quantity(5, 'person', 'under'), {}, 'dưới 5 người'],
    [quantity(200, 'person', 'about'), {}, 'khoảng 200 người'],
    [quantity(3, 'tonne'), { noun: '  pháo  ' }, '3 tấn pháo'],
    [quantity(1500, 'm2'), {}, '1.500 m²'],
    [quantity(120, 'm'), {}, '120 m'],
    [quantity(500, 'g'), {}, '500 g'],
    [quantity(7, 'piece'), {}, '7 chiếc'],
    [quantity(12, 'box'), {}, '12 hộp'],
    [quantity(1000, 'person_times', 'vague'), {}, 'hàng nghìn lượt người'],
    [quantity(10000, 'person', 'vague'), {}, 'hàng chục nghìn người'],
    [quantity(100, 'piece', 'vague'), { classifier: 'khẩu', noun: 'súng' }, 'hàng trăm khẩu súng'],
    [quantity(2.256, 'kg'), { maxFractionDigits: 2 }, '2,26 kg'],
    [quantity(0, 'count'), { noun: 'vụ' }, '0 vụ'],
  ];
  it.each(cases)('%# writes %j', (q, options, expected) => {
    expect(formatViQuantity(q, options)).toBe(expected);
  });

  it('throws for a bad scale', () => {
    let caught: unknown;
    try {
      formatViQuantity(quantity(1, 'count'), { scale: 'vạn' as never });
    } catch (e) {
      caught = e;
    }
    expect(isAntqError(caught) && caught.code).toBe('invalid_option');
  });

  // Classifiers that parseViQuantity maps back to the same unit.
  const CLASSIFIERS: Readonly<Partial<Record<Uom, readonly string[]>>> = {
    count: ['cuộc', 'buổi', 'đợt', 'lần', 'vụ', 'lượt'],
    piece: ['khẩu', 'quả', 'viên', 'chiếc'],
    pair: ['đôi', 'cặp'],
    box: ['hộp', 'thùng'],
  };
  const NOUNS = ['súng quân dụng', 'đơn thư', 'côn gỗ', 'điểm', 'ý kiến đóng góp', 'thuốc nổ công nghiệp', 'xã'];

  const arbCase = fc
    .record({
      uom: fc.constantFrom<Uom>(...UOMS),
      qualifier: fc.constantFrom<Qualifier>(...QUALIFIERS),
      value: fc.oneof(
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 100_000_000 }).map((n) => n / 1000),
        fc.double({ min: 0.001, max: 1e9, noNaN: true }),
      ),
      exp: fc.integer({ min: 1, max: 12 }),
      scale: fc.constantFrom<'none' | 'auto' | 'nghìn' | 'triệu' | 'tỷ'>('none', 'auto', 'nghìn', 'triệu', 'tỷ'),
      noun: fc.option(fc.constantFrom(...NOUNS), { nil: undefined }),
      pick: fc.nat(),
    })
    .map(({ uom, qualifier, value, exp, scale, noun, pick }) => {
      const v = qualifier === 'vague' ? 10 ** exp : value;
      const list = CLASSIFIERS[uom];
      const classifier = list === undefined || pick % 3 === 0 ? undefined : list[pick % list.length];
      // A bare "lượt" (or one before a word for people) reads as person-times: give it a noun
      // from the list, which has no word for people.
      const withNoun = classifier === 'lượt' ? (noun ?? 'đơn thư') : noun;
      const options: FormatViQuantityOptions = {
        scale,
        ...(classifier === undefined ? {} : { classifier }),
        ...(withNoun === undefined ? {} : { noun: withNoun }),
      };
      return { q: quantity(v, uom, qualifier), options };
    });

  it('reads back what it writes: parseViQuantity(formatViQuantity(q)) gives q (property)', () => {
    fc.assert(
      fc.property(arbCase, ({ q, options }) => {
        const text = formatViQuantity(q, options);
        const r = parseViQuantity(text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const { raw, ...rest } = r.value.quantity;
        expect(rest).toEqual(q);
        expect(typeof raw).toBe('string');
        expect(r.value.noun).toBe(options.noun ?? '');
      }),
      { numRuns: 1000 },
    );
  });
});
