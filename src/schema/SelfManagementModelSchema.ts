import { z } from 'zod';
import { IsoDateSchema } from '../period/IsoDateSchema';

/**
 * Kinds of self-management model (mô hình tự phòng, tự quản, tự bảo vệ, tự hòa giải), plus
 * `security_link` for coordination links with enterprises and projects, and `other`.
 *
 * @example
 * ```ts
 * MODEL_TYPES.includes('self_management');
 * // => true
 * ```
 * @category Domain
 */
export const MODEL_TYPES = ['self_defense', 'self_management', 'self_protection', 'self_mediation', 'security_link', 'other'] as const;

/**
 * A recognition of a model by an authority (e.g. the ministry noticing it and spreading it
 * nationwide).
 *
 * @example
 * ```ts
 * RecognitionSchema.parse({ by: 'ministry_of_public_security' }).by;
 * // => 'ministry_of_public_security'
 * ```
 * @category Domain
 */
export const RecognitionSchema = z.object({
  by: z.string().min(1),
  date: IsoDateSchema.optional(),
  note: z.string().optional(),
});

/**
 * A named self-management model without cross-field checks: name, type, unit, number of sites
 * and members, when it was set up and who recognised it.
 *
 * @example
 * ```ts
 * SelfManagementModelBaseSchema.parse({ name: 'Tổ liên gia tự quản về ANTT', type: 'self_management', unit: '42' }).type;
 * // => 'self_management'
 * ```
 * @category Domain
 */
export const SelfManagementModelBaseSchema = z.object({
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  type: z.enum(MODEL_TYPES),
  unit: z.string().min(1),
  place: z.string().min(1).optional(),
  program: z.string().min(1).optional(),
  sites: z.number().int().nonnegative().optional(),
  members: z.number().int().nonnegative().optional(),
  established: IsoDateSchema.optional(),
  recognisedBy: z.array(RecognitionSchema).optional(),
  note: z.string().optional(),
  source: z.string().optional(),
});

/**
 * A self-management model with its checks: a recognition is not dated before the model was set
 * up, and a model with members has at least one site.
 *
 * @example
 * ```ts
 * SelfManagementModelSchema.safeParse({ name: 'x', type: 'other', unit: '42', sites: 0, members: 12 }).success;
 * // => false
 * ```
 * @category Domain
 */
export const SelfManagementModelSchema = SelfManagementModelBaseSchema.superRefine((m, ctx) => {
  (m.recognisedBy ?? []).forEach((r, i) => {
    if (r.date !== undefined && m.established !== undefined && r.date < m.established) {
      ctx.addIssue({ code: 'custom', path: ['recognisedBy', i, 'date'], message: 'recognised before it was set up' });
    }
  });
  if (m.sites === 0 && (m.members ?? 0) > 0) {
    ctx.addIssue({ code: 'custom', path: ['sites'], message: 'a model with members has at least one site' });
  }
});

/**
 * A self-management model as validated by {@link SelfManagementModelSchema}.
 *
 * @category Domain
 */
export type SelfManagementModel = z.output<typeof SelfManagementModelSchema>;

/**
 * The input accepted by {@link SelfManagementModelSchema}.
 *
 * @category Domain
 */
export type SelfManagementModelInput = z.input<typeof SelfManagementModelSchema>;
