import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import { categoryAncestors } from '../../src/schema/categoryAncestors';
import { getCategory } from '../../src/catalogue/getCategory';
import { getIndicator } from '../../src/catalogue/getIndicator';
import { hasIndicator } from '../../src/catalogue/hasIndicator';
import { isCategoryWithin } from '../../src/catalogue/isCategoryWithin';
import { isAntqError } from '../../src/errors/isAntqError';

const segment = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);
const code = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('.'));

describe('categoryAncestors', () => {
  it.each([
    ['gun.military', ['gun.military', 'gun']],
    ['crude', ['crude']],
    ['a.b.c', ['a.b.c', 'a.b', 'a']],
  ])('%s', (c, expected) => {
    expect(categoryAncestors(c)).toEqual(expected);
  });

  it('lists codes that each contain the next, ending at the root', () => {
    fc.assert(
      fc.property(code, (c) => {
        const a = categoryAncestors(c);
        expect(a[0]).toBe(c);
        expect(a).toHaveLength(c.split('.').length);
        for (const x of a) expect(isCategoryWithin(c, x)).toBe(true);
      }),
    );
  });
});

describe('isCategoryWithin', () => {
  it.each([
    ['gun.military', 'gun', true],
    ['gun', 'gun', true],
    ['gun', 'gun.military', false],
    ['gunpowder', 'gun', false],
    ['ordnance.bomb', 'gun', false],
  ])('%s within %s: %s', (c, a, expected) => {
    expect(isCategoryWithin(c, a)).toBe(expected);
  });

  it('holds exactly for the ancestors', () => {
    fc.assert(fc.property(code, code, (c, a) => isCategoryWithin(c, a) === categoryAncestors(c).includes(a)));
  });
});

describe('getCategory', () => {
  it('reads explicit categories and rejects unknown or inherited keys', () => {
    expect(getCategory(BUILTIN_CATALOGUE.weapons_surrendered, 'gun')?.nounVi).toBe('súng các loại');
    expect(getCategory(BUILTIN_CATALOGUE.weapons_surrendered, 'gun.laser')).toBeUndefined();
    expect(getCategory(BUILTIN_CATALOGUE.weapons_surrendered, 'toString')).toBeUndefined();
    expect(getCategory(BUILTIN_CATALOGUE.marches, 'gun')).toBeUndefined();
  });

  it('resolves faceted commendation codes and their prefixes', () => {
    const c = BUILTIN_CATALOGUE.commendations;
    expect(getCategory(c, 'provincial_police_director')?.labelEn).toBe('Provincial Police Director');
    expect(getCategory(c, 'provincial_police_director.certificate_of_merit.individual')).toEqual({
      labelVi: 'Giám đốc Công an tỉnh, Bằng khen, Cá nhân',
      labelEn: 'Provincial Police Director, Certificate of merit, Individuals',
      nounVi: 'của Giám đốc Công an tỉnh bằng khen cá nhân',
      nounEn: 'from the provincial police director certificates of merit individuals',
    });
    expect(getCategory(c, 'provincial_police_director.collective')).toBeUndefined();
    expect(getCategory(c, 'provincial_police_director.certificate_of_merit.individual.extra')).toBeUndefined();
    expect(getCategory(c, 'toString')).toBeUndefined();
  });
});

describe('getIndicator and hasIndicator', () => {
  it('finds own ids only', () => {
    expect(getIndicator(BUILTIN_CATALOGUE, 'marches').labelEn).toBe('Marches and rallies');
    expect(hasIndicator(BUILTIN_CATALOGUE, 'marches')).toBe(true);
    expect(hasIndicator(BUILTIN_CATALOGUE, 'constructor')).toBe(false);
  });

  it('throws unknown_indicator when an id is forced past the types', () => {
    try {
      getIndicator(BUILTIN_CATALOGUE, 'nope' as 'marches');
      expect.unreachable();
    } catch (e) {
      expect(isAntqError(e) && e.code).toBe('unknown_indicator');
      expect((e as Error).message.startsWith('getIndicator:')).toBe(true);
    }
  });
});
