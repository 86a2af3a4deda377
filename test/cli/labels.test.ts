import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import { indicatorLabel, qualifierWord } from '../../src/cli/internal/labels';

describe('CLI labels', () => {
  it('labels indicators and categories, falling back to the codes', () => {
    const def = BUILTIN_CATALOGUE.weapons_surrendered;
    expect(indicatorLabel(BUILTIN_CATALOGUE, 'marches', undefined, 'en')).toBe(BUILTIN_CATALOGUE.marches.labelEn);
    expect(indicatorLabel(BUILTIN_CATALOGUE, 'weapons_surrendered', 'gun.military', 'vi')).toBe(`${def.labelVi}: ${def.categories?.['gun.military']?.labelVi ?? ''}`);
    expect(indicatorLabel(BUILTIN_CATALOGUE, 'weapons_surrendered', 'gun.laser', 'en')).toBe(`${def.labelEn}: gun.laser`);
    expect(indicatorLabel(BUILTIN_CATALOGUE, 'no_such_indicator', undefined, 'vi')).toBe('no_such_indicator');
  });

  it('words qualifiers for people and keeps ids for machines', () => {
    expect([qualifierWord('over', 'vi', false), qualifierWord('over', 'en', false), qualifierWord('over', 'vi', true), qualifierWord(undefined, 'vi', false), qualifierWord('odd', 'en', false)]).toEqual(['trên', 'over', 'over', '', 'odd']);
  });
});
