import { describe, expect, it } from 'vitest';
import { formatEnQuantity } from '../../src/quantity/formatEnQuantity';
import { QUALIFIERS } from '../../src/quantity/Qualifier';
import { qualifierWord } from '../../src/quantity/qualifierWord';
import { quantity } from '../../src/quantity/quantity';
import { formatViQuantity } from '../../src/viNumber/formatViQuantity';
import { parseViQuantity } from '../../src/viNumber/parseViQuantity';

describe('qualifierWord', () => {
  it('gives the word of every qualifier in both languages, empty only for exact', () => {
    for (const q of QUALIFIERS) {
      for (const lang of ['en', 'vi'] as const) expect(qualifierWord(q, lang) === '').toBe(q === 'exact');
    }
    expect(qualifierWord('at_least', 'en')).toBe('at least');
    expect(qualifierWord('under', 'vi')).toBe('dưới');
  });

  it('is the word the formatters write and the Vietnamese reader reads back', () => {
    for (const q of ['over', 'nearly', 'about', 'at_least', 'under'] as const) {
      const x = quantity(127, 'piece', q);
      expect(formatEnQuantity(x).startsWith(`${qualifierWord(q, 'en')} `)).toBe(true);
      const vi = formatViQuantity(x);
      expect(vi.startsWith(`${qualifierWord(q, 'vi')} `)).toBe(true);
      const back = parseViQuantity(vi);
      expect(back.ok && back.value.quantity.qualifier).toBe(q);
    }
  });
});
