/**
 * Administrative levels, from the top down. `region` is a reporting grouping
 * (khu vực), not an administrative unit.
 *
 * @example
 * ```ts
 * UNIT_LEVELS.indexOf('commune') > UNIT_LEVELS.indexOf('province');
 * // => true
 * ```
 * @category Domain
 */
export const UNIT_LEVELS = ['national', 'region', 'province', 'district', 'commune', 'village'] as const;

/**
 * An administrative level: national, region, province, district, commune or village.
 *
 * @category Domain
 */
export type UnitLevel = (typeof UNIT_LEVELS)[number];
