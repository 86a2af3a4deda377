/**
 * Splits a figure's `reporter` into organisation ids, dropping repeats and keeping the order
 * given. A joint activity (`police+front`) is one figure: count it once in totals and credit each
 * of these ids in per-reporter breakdowns.
 *
 * @param reporter - a reporter string, e.g. `police+front`, or `undefined`
 * @returns the ids, or an empty array when there is no reporter
 * @example
 * ```ts
 * splitReporter('police+front');
 * // => ['police', 'front']
 * splitReporter(undefined);
 * // => []
 * ```
 * @category Domain
 */
export function splitReporter(reporter: string | undefined): string[] {
  if (reporter === undefined || reporter === '') return [];
  const out: string[] = [];
  for (const part of reporter.split('+')) {
    const id = part.trim();
    if (id !== '' && !out.includes(id)) out.push(id);
  }
  return out;
}
