import { z } from 'zod';
import { UOMS } from '../quantity/Uom';
import { categoryAncestors } from './categoryAncestors';
import { CATEGORY_PATTERN, ID_PATTERN } from './patterns';

/**
 * One category of an indicator: labels, nouns, classifier word, synonyms and optional units of
 * measure.
 *
 * @example
 * ```ts
 * CategoryDefSchema.parse({ labelVi: 'Súng săn', labelEn: 'Hunting guns', nounVi: 'súng săn', nounEn: 'hunting guns', classifierVi: 'khẩu' }).classifierVi;
 * // => 'khẩu'
 * ```
 * @category Catalogue
 */
export const CategoryDefSchema = z.object({
  labelVi: z.string().min(1),
  labelEn: z.string().min(1),
  nounVi: z.string().min(1),
  nounEn: z.string().min(1),
  classifierVi: z.string().min(1).optional(),
  synonymsVi: z.array(z.string().min(1)).optional(),
  uoms: z.array(z.enum(UOMS)).min(1).optional(),
});

const FacetSchema = z.object({
  key: z.string().regex(ID_PATTERN),
  values: z.record(z.string().regex(ID_PATTERN), CategoryDefSchema),
});

/**
 * An indicator definition without cross-field checks (for `.extend()`): the shape of one entry
 * of a catalogue, for definitions that arrive as JSON.
 *
 * @example
 * ```ts
 * IndicatorBaseSchema.shape.kind.options;
 * // => ['flow', 'stock', 'ratio']
 * ```
 * @category Catalogue
 */
export const IndicatorBaseSchema = z.object({
  labelVi: z.string().min(1),
  labelEn: z.string().min(1),
  nounVi: z.string().min(1),
  nounEn: z.string().min(1),
  classifierVi: z.string().min(1).optional(),
  synonymsVi: z.array(z.string().min(1)),
  uoms: z.array(z.enum(UOMS)).min(1),
  defaultUom: z.enum(UOMS),
  kind: z.enum(['flow', 'stock', 'ratio']),
  timeAggregation: z.enum(['sum', 'last', 'recompute']),
  unitAggregation: z.enum(['sum', 'recompute']),
  categories: z.record(z.string().regex(CATEGORY_PATTERN), CategoryDefSchema).optional(),
  categoryFacets: z.array(FacetSchema).min(1).optional(),
  namedCategories: z.boolean().optional(),
  subsetOf: z.string().regex(ID_PATTERN).optional(),
  pairedWith: z.array(z.string().regex(ID_PATTERN)).optional(),
  ratio: z.object({ numerator: z.string().regex(ID_PATTERN), denominator: z.string().regex(ID_PATTERN) }).optional(),
});

const TIME_BY_KIND = { flow: 'sum', stock: 'last', ratio: 'recompute' } as const;

/**
 * An indicator definition with its checks: the default unit of measure is allowed, the
 * aggregation rules fit the kind (flow → sum, stock → last, ratio → recompute, and only ratios
 * recompute over units), a ratio names its parts, every category's parent code is defined,
 * category units of measure are allowed for the indicator, and explicit and faceted categories
 * are not mixed. References to other indicators are checked by {@link validateCatalogue}.
 *
 * @example
 * ```ts
 * IndicatorSchema.safeParse({
 *   labelVi: 'Pháo', labelEn: 'Fireworks', nounVi: 'pháo', nounEn: 'fireworks', synonymsVi: [],
 *   uoms: ['kg'], defaultUom: 'piece', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
 * }).success;
 * // => false
 * ```
 * @category Catalogue
 */
export const IndicatorSchema = IndicatorBaseSchema.superRefine((d, ctx) => {
  if (!d.uoms.includes(d.defaultUom)) {
    ctx.addIssue({ code: 'custom', path: ['defaultUom'], message: 'defaultUom is not one of uoms' });
  }
  if (d.timeAggregation !== TIME_BY_KIND[d.kind]) {
    ctx.addIssue({ code: 'custom', path: ['timeAggregation'], message: `a ${d.kind} indicator aggregates over time by ${TIME_BY_KIND[d.kind]}` });
  }
  if ((d.unitAggregation === 'recompute') !== (d.kind === 'ratio')) {
    ctx.addIssue({ code: 'custom', path: ['unitAggregation'], message: 'only ratios recompute over units' });
  }
  if ((d.kind === 'ratio') !== (d.ratio !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['ratio'], message: 'a ratio indicator, and only a ratio, names its numerator and denominator' });
  }
  if (d.categories !== undefined && d.categoryFacets !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['categoryFacets'], message: 'use either categories or categoryFacets, not both' });
  }
  for (const [code, cat] of Object.entries(d.categories ?? {})) {
    for (const parent of categoryAncestors(code).slice(1)) {
      if (d.categories?.[parent] === undefined) {
        ctx.addIssue({ code: 'custom', path: ['categories', code], message: `parent category ${parent} is not defined` });
      }
    }
    for (const uom of cat.uoms ?? []) {
      if (!d.uoms.includes(uom)) {
        ctx.addIssue({ code: 'custom', path: ['categories', code, 'uoms'], message: `${uom} is not allowed for the indicator` });
      }
    }
  }
});

/**
 * An indicator definition as validated by {@link IndicatorSchema}.
 *
 * @category Catalogue
 */
export type Indicator = z.output<typeof IndicatorSchema>;

/**
 * The input accepted by {@link IndicatorSchema}.
 *
 * @category Catalogue
 */
export type IndicatorInput = z.input<typeof IndicatorSchema>;
