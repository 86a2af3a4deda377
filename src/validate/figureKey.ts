/**
 * The one identity of a figure for the cross-row checks (duplicates, conflicts, subsets,
 * year-to-date series): programme (normalised), unit, reporters (canonical: split, deduplicated,
 * sorted), period, indicator, category, the unit of measure the row actually has (its own, or its
 * indicator's default when it omits one) and statistic. A subset row looks its superset up by the
 * same key with only the indicator swapped, so both sides are compared in the same unit of measure.
 *
 * @param program - the normalised programme code, or `''`
 * @param unit - the unit code
 * @param reporter - the canonical reporter set, or `''`
 * @param period - the period text, or a series key such as `year:2023`
 * @param indicator - the indicator id
 * @param category - the category code, or `''`
 * @param uom - the effective unit of measure
 * @param statistic - the statistic (`total` when absent)
 * @returns the key string
 */
export function figureKey(program: string, unit: string, reporter: string, period: string, indicator: string, category: string, uom: string, statistic: string): string {
  return `${program}\u0000${unit}\u0000${reporter}\u0000${period}\u0000${indicator}\u0000${category}\u0000${uom}\u0000${statistic}`;
}
