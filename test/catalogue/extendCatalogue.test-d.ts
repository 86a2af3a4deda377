import { describe, expectTypeOf, it } from 'vitest';
import { BUILTIN_CATALOGUE, type BuiltinIndicatorId } from '../../src/catalogue/builtinCatalogue';
import type { Catalogue, CategoryCode, IndicatorId } from '../../src/catalogue/Catalogue';
import { defineCatalogue } from '../../src/catalogue/defineCatalogue';
import { extendCatalogue } from '../../src/catalogue/extendCatalogue';
import { getIndicator } from '../../src/catalogue/getIndicator';
import { hasIndicator } from '../../src/catalogue/hasIndicator';
import type { FigureOf } from '../../src/catalogue/FigureOf';

const drugs = {
  labelVi: 'Người nghiện được cai',
  labelEn: 'Drug users treated',
  nounVi: 'người nghiện',
  nounEn: 'drug users',
  synonymsVi: ['cai nghiện'],
  uoms: ['person'],
  defaultUom: 'person',
  kind: 'flow',
  timeAggregation: 'sum',
  unitAggregation: 'sum',
} as const;

const mine = defineCatalogue({
  indicators: { drug_users_treated: drugs },
  categories: {
    weapons_surrendered: {
      'gun.airsoft': { labelVi: 'Súng airsoft', labelEn: 'Airsoft guns', nounVi: 'súng airsoft', nounEn: 'airsoft guns', classifierVi: 'khẩu' },
    },
  },
});

describe('catalogue types', () => {
  it('gives the built-in catalogue literal ids', () => {
    expectTypeOf<BuiltinIndicatorId>().toExtend<string>();
    expectTypeOf<'weapons_surrendered'>().toExtend<BuiltinIndicatorId>();
    expectTypeOf<'weapons_surrenderd'>().not.toExtend<BuiltinIndicatorId>();
    expectTypeOf(BUILTIN_CATALOGUE.model_sites.kind).toEqualTypeOf<'stock'>();
    expectTypeOf(BUILTIN_CATALOGUE).toExtend<Catalogue>();
    expectTypeOf<CategoryCode<typeof BUILTIN_CATALOGUE, 'weapons_surrendered'>>().toExtend<string>();
    expectTypeOf<'gun.military'>().toExtend<CategoryCode<typeof BUILTIN_CATALOGUE, 'weapons_surrendered'>>();
    expectTypeOf<'gun.airsoft'>().not.toExtend<CategoryCode<typeof BUILTIN_CATALOGUE, 'weapons_surrendered'>>();
    expectTypeOf<CategoryCode<typeof BUILTIN_CATALOGUE, 'marches'>>().toEqualTypeOf<never>();
  });

  it('unions user ids with the built-in ones and keeps their literal types', () => {
    expectTypeOf<IndicatorId<typeof mine>>().toEqualTypeOf<BuiltinIndicatorId | 'drug_users_treated'>();
    expectTypeOf(mine.drug_users_treated.kind).toEqualTypeOf<'flow'>();
    expectTypeOf(mine.drug_users_treated.uoms).toEqualTypeOf<readonly ['person']>();
    expectTypeOf(getIndicator(mine, 'drug_users_treated').defaultUom).toEqualTypeOf<'person'>();
    expectTypeOf(mine.weapons_surrendered.categories['gun.airsoft'].classifierVi).toEqualTypeOf<'khẩu'>();
    expectTypeOf(mine.weapons_surrendered.categories['gun.military'].classifierVi).toEqualTypeOf<'khẩu'>();
    expectTypeOf<'gun.airsoft'>().toExtend<CategoryCode<typeof mine, 'weapons_surrendered'>>();
  });

  it('makes a misspelt id a compile error', () => {
    // @ts-expect-error: not an indicator of the catalogue
    getIndicator(mine, 'drug_user_treated');
    // @ts-expect-error: not a built-in indicator
    getIndicator(BUILTIN_CATALOGUE, 'drug_users_treated');
    const ok: FigureOf<typeof mine> = { unit: '42', indicator: 'drug_users_treated', value: 3 };
    expectTypeOf(ok.indicator).toEqualTypeOf<IndicatorId<typeof mine>>();
    // @ts-expect-error: misspelt indicator id in a typed figure
    const bad: FigureOf<typeof mine> = { unit: '42', indicator: 'weapons_surrenderd', value: 3 };
    expectTypeOf(bad).not.toBeAny();
    extendCatalogue(BUILTIN_CATALOGUE, {
      // @ts-expect-error: categories for an indicator the catalogue does not have
      categories: { weapons_surrenderd: { x: { labelVi: 'x', labelEn: 'x', nounVi: 'x', nounEn: 'x' } } },
    });
  });

  it('narrows untrusted strings with hasIndicator', () => {
    const id: string = 'marches';
    if (hasIndicator(mine, id)) expectTypeOf(id).toEqualTypeOf<IndicatorId<typeof mine>>();
  });

  it('chains extensions', () => {
    const more = extendCatalogue(mine, { indicators: { drone_patrols: { ...drugs, uoms: ['count'], defaultUom: 'count' } } });
    expectTypeOf<IndicatorId<typeof more>>().toEqualTypeOf<BuiltinIndicatorId | 'drug_users_treated' | 'drone_patrols'>();
  });
});
