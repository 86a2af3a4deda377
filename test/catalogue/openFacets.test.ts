import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import { getCategory } from '../../src/catalogue/getCategory';
import { validateFigures } from '../../src/validate/validateFigures';

describe('open facets of a faceted category', () => {
  const def = BUILTIN_CATALOGUE.commendations;

  it('reads a recipient-only and an award-only code, labelled by the facets given', () => {
    expect(getCategory(def, '*.*.collective')?.labelEn).toBe('Collectives');
    expect(getCategory(def, '*.medal')?.labelVi).toBe('Huân chương');
    expect(getCategory(def, '*.certificate_of_merit.individual')?.labelEn).toBe('Certificate of merit, Individuals');
    expect(getCategory(def, 'front_committee.*.*')?.labelEn).toBe('Fatherland Front Committee');
  });

  it('refuses a code with no facet named, a wrong segment, or too many segments', () => {
    expect(getCategory(def, '*')).toBeUndefined();
    expect(getCategory(def, '*.*.*')).toBeUndefined();
    expect(getCategory(def, '*.*.robot')).toBeUndefined();
    expect(getCategory(def, '*.*.collective.x')).toBeUndefined();
  });

  it('lets explicit categories keep their meaning: `*` is no wildcard there', () => {
    expect(getCategory(BUILTIN_CATALOGUE.weapons_surrendered, '*.military')).toBeUndefined();
  });
});

describe('validating figures with open facets', () => {
  const row = { program: '09/CTr-BCA-MTTW', unit: '42', period: '2023', indicator: 'commendations', value: 12 } as const;

  it('accepts a recipient-only commendation and refuses an unknown recipient', () => {
    expect(validateFigures([{ ...row, category: '*.*.collective' }]).issues).toEqual([]);
    expect(validateFigures([{ ...row, category: '*.*.robot' }]).issues.map((i) => [i.code, i.column])).toEqual([['unknown_category', 'category']]);
  });
});
