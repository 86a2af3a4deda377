// A frozen copy of the engine as it was before the columnar work (commit 7b02b19), kept as
// the reference the differential property test compares the engine with. Not shipped.
/**
 * What aggregation can group by, in the order keys are built and rows sorted. `indicator` and
 * the unit of measure always separate rows (a sum of guns and kilograms is not a number), whether
 * listed or not.
 *
 * @example
 * ```ts
 * GROUP_DIMENSIONS.includes('reporter');
 * // => true
 * ```
 * @category Aggregation
 */
export const GROUP_DIMENSIONS = ['program', 'indicator', 'category', 'unit', 'reporter', 'period'] as const;

/**
 * One dimension to group figures by: programme, indicator, category, unit, reporter or period.
 *
 * @category Aggregation
 */
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];
