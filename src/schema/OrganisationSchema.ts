import { z } from 'zod';
import { ID_PATTERN } from './patterns';
import { MEMBER_ORGANISATIONS, ORGANISATION_KINDS } from './Organisation';
import { UNIT_LEVELS } from './UnitLevel';

/**
 * An organisation taking part in the movement, without cross-field checks: its id (used as a
 * reporter id and as a programme party), names, kind, level and administrative unit.
 *
 * @example
 * ```ts
 * OrganisationBaseSchema.parse({ id: 'police_42', name: 'Công an tỉnh Hà Tĩnh', kind: 'police', level: 'province', unit: '42' }).kind;
 * // => 'police'
 * ```
 * @category Domain
 */
export const OrganisationBaseSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  kind: z.enum(ORGANISATION_KINDS),
  memberOrganisation: z.enum(MEMBER_ORGANISATIONS).optional(),
  level: z.enum(UNIT_LEVELS),
  unit: z.string().min(1).optional(),
});

/**
 * An organisation with its checks: `memberOrganisation` is given exactly when the kind is
 * `member_organisation`.
 *
 * @example
 * ```ts
 * OrganisationSchema.safeParse({ id: 'x', name: 'Hội Nông dân', kind: 'member_organisation', level: 'province' }).success;
 * // => false
 * ```
 * @category Domain
 */
export const OrganisationSchema = OrganisationBaseSchema.superRefine((o, ctx) => {
  if ((o.kind === 'member_organisation') !== (o.memberOrganisation !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['memberOrganisation'], message: 'memberOrganisation is required for, and only for, kind member_organisation' });
  }
});

/**
 * An organisation as validated by {@link OrganisationSchema}.
 *
 * @category Domain
 */
export type Organisation = z.output<typeof OrganisationSchema>;

/**
 * The input accepted by {@link OrganisationSchema}.
 *
 * @category Domain
 */
export type OrganisationInput = z.input<typeof OrganisationSchema>;
