import { z } from 'zod';
import { QUALIFIERS } from '../quantity/Qualifier';
import { UOMS } from '../quantity/Uom';
import { FIGURE_CATEGORY_PATTERN, ID_PATTERN, REPORTER_PATTERN, isVagueMagnitude } from './patterns';
import { STATISTICS } from './Statistic';

/**
 * One figure, one row of the long format, without cross-field checks (for `.extend()`).
 * Field names are the CSV column names. `reporter` is one organisation id or several joined by
 * `+` (`police+front`): a joint activity is one row, so totals count it once, and breakdowns
 * credit each reporter (split it with {@link splitReporter}). An absent `uom` means the
 * indicator's `defaultUom`, an absent `qualifier` means `exact`, an absent `statistic` `total`.
 *
 * @example
 * ```ts
 * FigureBaseSchema.parse({ unit: '42', indicator: 'marches', value: 35 }).value;
 * // => 35
 * ```
 * @category Domain
 */
export const FigureBaseSchema = z.object({
  program: z.string().min(1).optional(),
  unit: z.string().min(1),
  reporter: z.string().regex(REPORTER_PATTERN).optional(),
  period: z.string().min(1).optional(),
  indicator: z.string().regex(ID_PATTERN),
  category: z.string().regex(FIGURE_CATEGORY_PATTERN).optional(),
  value: z.number().nonnegative(),
  uom: z.enum(UOMS).optional(),
  qualifier: z.enum(QUALIFIERS).optional(),
  statistic: z.enum(STATISTICS).optional(),
  note: z.string().optional(),
  source: z.string().optional(),
});

/**
 * One figure with its row-level checks: a `vague` figure ("hàng nghìn") carries a power of ten
 * from 10 up. Checks that need the catalogue, the units table or other rows are in
 * {@link validateFigures}.
 *
 * @example
 * ```ts
 * FigureSchema.safeParse({ unit: '42', indicator: 'tips_received', value: 1500, qualifier: 'vague' }).success;
 * // => false
 * ```
 * @category Domain
 */
export const FigureSchema = FigureBaseSchema.superRefine((figure, ctx) => {
  if (figure.qualifier === 'vague' && !isVagueMagnitude(figure.value)) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'a vague figure must be a power of ten (10, 100, 1000, …)' });
  }
});

/**
 * A figure as validated by {@link FigureSchema}.
 *
 * @category Domain
 */
export type Figure = z.output<typeof FigureSchema>;

/**
 * The input accepted by {@link FigureSchema}.
 *
 * @category Domain
 */
export type FigureInput = z.input<typeof FigureSchema>;
