import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import type { CategoryDef, IndicatorDef } from '../../src/catalogue/Catalogue';
import { defineCatalogue } from '../../src/catalogue/defineCatalogue';
import { extendCatalogue } from '../../src/catalogue/extendCatalogue';
import { isAntqError } from '../../src/errors/isAntqError';
import { validateFigures } from '../../src/validate/validateFigures';

const drugs = {
  labelVi: 'Người nghiện được cai', labelEn: 'Drug users treated', nounVi: 'người nghiện', nounEn: 'drug users',
  synonymsVi: ['cai nghiện'], uoms: ['person'], defaultUom: 'person', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
} as const satisfies IndicatorDef;
const airsoft = { labelVi: 'Súng airsoft', labelEn: 'Airsoft guns', nounVi: 'súng airsoft', nounEn: 'airsoft guns', classifierVi: 'khẩu' } as const satisfies CategoryDef;

function codesOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (isAntqError(e)) {
      expect(e.code).toBe('invalid_catalogue');
      expect(e.message.startsWith('extendCatalogue:')).toBe(true);
      return e.issues.map((i) => i.code);
    }
    throw e;
  }
  return [];
}

describe('extendCatalogue', () => {
  it('adds indicators and categories without touching the base', () => {
    const before = JSON.stringify(BUILTIN_CATALOGUE);
    const mine = defineCatalogue({ indicators: { drug_users_treated: drugs }, categories: { weapons_surrendered: { 'gun.airsoft': airsoft } } });
    expect(mine.drug_users_treated).toBe(drugs);
    expect(mine.weapons_surrendered.categories['gun.airsoft']).toBe(airsoft);
    expect(mine.weapons_surrendered.categories['gun.military']).toBe(BUILTIN_CATALOGUE.weapons_surrendered.categories['gun.military']);
    expect(mine.marches).toBe(BUILTIN_CATALOGUE.marches);
    expect(JSON.stringify(BUILTIN_CATALOGUE)).toBe(before);
    expect('gun.airsoft' in BUILTIN_CATALOGUE.weapons_surrendered.categories).toBe(false);
  });

  it('adds categories to an indicator that had none, and to a new one', () => {
    const mine = extendCatalogue(BUILTIN_CATALOGUE, {
      indicators: { drug_users_treated: drugs },
      categories: { marches: { traffic: { labelVi: 'An toàn giao thông', labelEn: 'Road safety', nounVi: 'an toàn giao thông', nounEn: 'road safety' } }, drug_users_treated: { voluntary: airsoft } },
    });
    expect(Object.keys(mine.marches.categories)).toEqual(['traffic']);
    expect(Object.keys(mine.drug_users_treated.categories)).toEqual(['voluntary']);
  });

  it('lets custom entries flow into validation', () => {
    const mine = defineCatalogue({ indicators: { drug_users_treated: drugs }, categories: { weapons_surrendered: { 'gun.airsoft': airsoft } } });
    const rows = [
      { unit: '42', period: '2023', indicator: 'drug_users_treated', value: 12 },
      { unit: '42', period: '2023', indicator: 'weapons_surrendered', category: 'gun.airsoft', value: 3 },
    ];
    expect(validateFigures(rows, { catalogue: mine }).issues).toEqual([]);
    expect(validateFigures(rows).issues.map((i) => [i.code, i.row])).toEqual([
      ['unknown_indicator', 0],
      ['unknown_category', 1],
    ]);
  });

  it.each([
    ['an existing id', { indicators: { marches: drugs } }, ['indicator_exists']],
    ['an existing category', { categories: { weapons_surrendered: { 'gun.military': airsoft } } }, ['category_exists']],
    ['categories of an unknown indicator', { categories: { nope: { x: airsoft } } }, ['invalid_category_target']],
    ['explicit categories on a faceted indicator', { categories: { commendations: { x: airsoft } } }, ['invalid_category_target']],
    ['a category without its parent', { categories: { weapons_surrendered: { 'laser.pointer': airsoft } } }, ['invalid_value']],
    ['an unknown reference', { indicators: { drug_users_relapsed: { ...drugs, subsetOf: 'drug_users' } } }, ['unknown_reference']],
    ['a subset with units its superset lacks', { indicators: { guns_kg: { ...drugs, uoms: ['kg'], defaultUom: 'kg', subsetOf: 'weapons_surrendered' } } }, ['subset_uom_mismatch']],
    ['a bad id', { indicators: { 'Drug-Users': drugs } }, ['invalid_indicator_id']],
    ['a stock summed over time', { indicators: { cameras_x: { ...drugs, kind: 'stock' } } }, ['invalid_value']],
  ])('rejects %s', (_name, extension, codes) => {
    expect(codesOf(() => extendCatalogue(BUILTIN_CATALOGUE, extension as never))).toEqual(codes);
  });
});
