import { z } from 'zod';
import { ID_PATTERN } from './patterns';
import { IsoDateSchema } from '../period/IsoDateSchema';

/**
 * A batch of commendations without cross-field checks: issuer × award × recipient kind × count
 * (the facets of the `commendations` indicator's category code, `issuer.award.recipient`), with
 * the unit, date and programme it was given for.
 *
 * @example
 * ```ts
 * CommendationBaseSchema.parse({ issuer: 'provincial_police_director', award: 'certificate_of_merit', recipientKind: 'collective', count: 10, unit: '42' }).count;
 * // => 10
 * ```
 * @category Domain
 */
export const CommendationBaseSchema = z.object({
  issuer: z.string().regex(ID_PATTERN),
  award: z.string().regex(ID_PATTERN),
  recipientKind: z.enum(['collective', 'individual']),
  count: z.number().int().positive(),
  unit: z.string().min(1),
  date: IsoDateSchema.optional(),
  program: z.string().min(1).optional(),
  note: z.string().optional(),
  source: z.string().optional(),
});

/**
 * A batch of commendations with its checks: an emulation flag (cờ thi đua) goes to collectives
 * only.
 *
 * @example
 * ```ts
 * CommendationSchema.safeParse({ issuer: 'front_committee', award: 'emulation_flag', recipientKind: 'individual', count: 1, unit: '42' }).success;
 * // => false
 * ```
 * @category Domain
 */
export const CommendationSchema = CommendationBaseSchema.superRefine((c, ctx) => {
  if (c.award === 'emulation_flag' && c.recipientKind !== 'collective') {
    ctx.addIssue({ code: 'custom', path: ['recipientKind'], message: 'an emulation flag goes to collectives only' });
  }
});

/**
 * A batch of commendations as validated by {@link CommendationSchema}.
 *
 * @category Domain
 */
export type Commendation = z.output<typeof CommendationSchema>;

/**
 * The input accepted by {@link CommendationSchema}.
 *
 * @category Domain
 */
export type CommendationInput = z.input<typeof CommendationSchema>;
