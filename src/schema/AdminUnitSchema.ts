import { z } from 'zod';
import { IsoDateSchema } from '../period/IsoDateSchema';
import { UNIT_LEVELS } from './UnitLevel';

/**
 * The successor of a unit that ceased: the unit its territory went to, with the share of it
 * (`weight`, 0–1) when the unit was split.
 *
 * @example
 * ```ts
 * UnitSuccessorSchema.parse({ code: '44' });
 * // => { code: '44' }
 * ```
 * @category Domain
 */
export const UnitSuccessorSchema = z.object({
  code: z.string().min(1),
  weight: z.number().gt(0).lte(1).optional(),
});

/**
 * An administrative unit without cross-field checks, for users to `.extend()`. Columns as in the
 * units table: code, name, level, parent, validity interval (open ends omitted),
 * plus successors for merges and splits.
 *
 * @example
 * ```ts
 * AdminUnitBaseSchema.parse({ code: '42', name: 'Hà Tĩnh', level: 'province' }).level;
 * // => 'province'
 * ```
 * @category Domain
 */
export const AdminUnitBaseSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  level: z.enum(UNIT_LEVELS),
  /** Finer type within the level: `tinh`, `thanh_pho`, `huyen`, `xa`, `phuong`, `dac_khu`, … */
  type: z.string().min(1).optional(),
  parent: z.string().min(1).optional(),
  validFrom: IsoDateSchema.optional(),
  validTo: IsoDateSchema.optional(),
  successors: z.array(UnitSuccessorSchema).optional(),
});

/**
 * An administrative unit, with its checks: the validity interval runs forwards, a unit is not its
 * own parent, and split weights add up to at most 1.
 *
 * @example
 * ```ts
 * AdminUnitSchema.safeParse({ code: 'X', name: 'X', level: 'commune', validFrom: '2025-07-01', validTo: '2020-01-01' }).success;
 * // => false
 * ```
 * @category Domain
 */
export const AdminUnitSchema = AdminUnitBaseSchema.superRefine((unit, ctx) => {
  if (unit.validFrom !== undefined && unit.validTo !== undefined && unit.validTo < unit.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validTo is before validFrom' });
  }
  if (unit.parent !== undefined && unit.parent === unit.code) {
    ctx.addIssue({ code: 'custom', path: ['parent'], message: 'a unit cannot be its own parent' });
  }
  if (unit.successors !== undefined) {
    const total = unit.successors.reduce((s, x) => s + (x.weight ?? 0), 0);
    if (total > 1 + 1e-9) {
      ctx.addIssue({ code: 'custom', path: ['successors'], message: 'successor weights add up to more than 1' });
    }
  }
});

/**
 * An administrative unit as validated by {@link AdminUnitSchema}.
 *
 * @category Domain
 */
export type AdminUnit = z.output<typeof AdminUnitSchema>;

/**
 * The input accepted by {@link AdminUnitSchema}.
 *
 * @category Domain
 */
export type AdminUnitInput = z.input<typeof AdminUnitSchema>;
