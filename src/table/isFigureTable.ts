import type { FigureTable } from './FigureTable';

/**
 * Whether a value is a {@link FigureTable} (its format tag and columns), for JavaScript callers
 * and functions that take figures or a table.
 *
 * @param x - any value
 * @returns `true` for a figure table
 * @example
 * ```ts
 * [isFigureTable(encodeFigures([])), isFigureTable([])];
 * // => [true, false]
 * ```
 * @category Figure tables
 */
export function isFigureTable(x: unknown): x is FigureTable {
  return typeof x === 'object' && x !== null && (x as { readonly format?: unknown }).format === 'antq.table/1' && (x as { readonly value?: unknown }).value instanceof Float64Array;
}
