/**
 * The columns of the long format of figures (one row per figure), in the order antq writes them.
 * `unit`, `indicator` and `value` are required when reading; the others are optional and may come
 * in any order.
 *
 * @example
 * ```ts
 * FIGURE_COLUMNS.slice(0, 3);
 * // => ['program', 'unit', 'reporter']
 * ```
 * @category Import
 */
export const FIGURE_COLUMNS = ['program', 'unit', 'reporter', 'period', 'indicator', 'category', 'value', 'uom', 'qualifier', 'statistic', 'note', 'source'] as const;

/**
 * One column of the long format: see {@link FIGURE_COLUMNS}.
 *
 * @example
 * ```ts
 * const c: FigureColumn = 'value';
 * c;
 * // => 'value'
 * ```
 * @category Import
 */
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];
