/**
 * Kinds of organisation that take part in the movement, in a stable order (public API ids).
 *
 * @example
 * ```ts
 * ORGANISATION_KINDS.includes('front');
 * // => true
 * ```
 * @category Domain
 */
export const ORGANISATION_KINDS = ['police', 'front', 'member_organisation', 'government', 'party'] as const;

/**
 * A kind of organisation: the police (Công an), the Fatherland Front (MTTQ), one of the Front's
 * member organisations, local government (UBND) or a party body (cấp ủy).
 *
 * @category Domain
 */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * The Front's member organisations, in a stable order (public API ids, also used as reporter ids).
 *
 * @example
 * ```ts
 * MEMBER_ORGANISATIONS[0];
 * // => 'farmers_union'
 * ```
 * @category Domain
 */
export const MEMBER_ORGANISATIONS = [
  'farmers_union',
  'womens_union',
  'youth_union',
  'veterans_association',
  'trade_union',
] as const;

/**
 * A member organisation of the Front: Farmers' Union (Hội Nông dân), Women's Union (Hội Liên hiệp
 * Phụ nữ), Youth Union (Đoàn Thanh niên), Veterans' Association (Hội Cựu chiến binh) or the trade
 * unions (Công đoàn).
 *
 * @category Domain
 */
export type MemberOrganisation = (typeof MEMBER_ORGANISATIONS)[number];
