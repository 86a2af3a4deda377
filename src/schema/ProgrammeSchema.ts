import { z } from 'zod';
import { IsoDateSchema } from '../period/IsoDateSchema';
import { UNIT_LEVELS } from './UnitLevel';
import { normalizeProgrammeCode } from './normalizeProgrammeCode';

/**
 * A named phase (giai đoạn) of a programme: a date range with a Vietnamese name.
 *
 * @example
 * ```ts
 * PhaseSchema.parse({ name: 'Giai đoạn 1', start: '2013-08-01', end: '2018-07-31' }).name;
 * // => 'Giai đoạn 1'
 * ```
 * @category Domain
 */
export const PhaseSchema = z.object({
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  start: IsoDateSchema,
  end: IsoDateSchema,
});

/**
 * A coordination programme (chương trình phối hợp) without cross-field checks: normalised code
 * and raw spelling, titles, parties (organisation ids), signing date, period of validity, named
 * phases, the programme it implements (`parent`, for local versions) and its successor.
 *
 * @example
 * ```ts
 * ProgrammeBaseSchema.shape.code.parse('09/CTr-BCA-MTTW');
 * // => '09/CTr-BCA-MTTW'
 * ```
 * @category Domain
 */
export const ProgrammeBaseSchema = z.object({
  code: z.string().min(1),
  rawCode: z.string().min(1).optional(),
  titleVi: z.string().min(1),
  titleEn: z.string().min(1).optional(),
  parties: z.array(z.string().min(1)).min(1),
  signedOn: IsoDateSchema,
  period: z.object({ start: IsoDateSchema, end: IsoDateSchema }),
  phases: z.array(PhaseSchema).optional(),
  level: z.enum(UNIT_LEVELS).optional(),
  unit: z.string().min(1).optional(),
  parent: z.string().min(1).optional(),
  successor: z.string().min(1).optional(),
});

/**
 * A programme with its checks: `code` is already normalised (see {@link normalizeProgrammeCode}),
 * the period and every phase run forwards, phases lie within the period, the programme is signed
 * before its period ends, and it is not its own successor.
 *
 * @example
 * ```ts
 * ProgrammeSchema.safeParse({
 *   code: '09/Ctr-BCA-TTTW', titleVi: 'x', parties: ['bca'], signedOn: '2013-08-01',
 *   period: { start: '2013-08-01', end: '2023-12-31' },
 * }).success;
 * // => false
 * ```
 * @category Domain
 */
export const ProgrammeSchema = ProgrammeBaseSchema.superRefine((p, ctx) => {
  if (normalizeProgrammeCode(p.code) !== p.code) {
    ctx.addIssue({ code: 'custom', path: ['code'], message: `code is not normalised (expected ${normalizeProgrammeCode(p.code)})` });
  }
  if (p.period.end < p.period.start) {
    ctx.addIssue({ code: 'custom', path: ['period', 'end'], message: 'the period ends before it starts' });
  }
  if (p.signedOn > p.period.end) {
    ctx.addIssue({ code: 'custom', path: ['signedOn'], message: 'signed after the period ends' });
  }
  (p.phases ?? []).forEach((ph, i) => {
    if (ph.end < ph.start) ctx.addIssue({ code: 'custom', path: ['phases', i, 'end'], message: 'the phase ends before it starts' });
    if (ph.start < p.period.start || ph.end > p.period.end) {
      ctx.addIssue({ code: 'custom', path: ['phases', i], message: 'the phase lies outside the programme period' });
    }
  });
  if (p.successor !== undefined && normalizeProgrammeCode(p.successor) === p.code) {
    ctx.addIssue({ code: 'custom', path: ['successor'], message: 'a programme cannot be its own successor' });
  }
});

/**
 * A programme as validated by {@link ProgrammeSchema}.
 *
 * @category Domain
 */
export type Programme = z.output<typeof ProgrammeSchema>;

/**
 * The input accepted by {@link ProgrammeSchema}.
 *
 * @category Domain
 */
export type ProgrammeInput = z.input<typeof ProgrammeSchema>;
