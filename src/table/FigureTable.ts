/**
 * One key column of a {@link FigureTable}: a code per figure and the distinct values the codes
 * stand for (dictionary encoding).
 *
 * @category Figure tables
 */
export interface FigureTableColumn {
  /** Per figure: the index of its value in `values`, or `-1` when the field is absent. */
  readonly codes: Int32Array;
  /** The distinct values, in order of first appearance. */
  readonly values: readonly string[];
}

/**
 * Figures in columns, built once (by {@link encodeFigures}) and read many times: each key field is
 * dictionary-encoded into integer codes, the values sit in a `Float64Array`. It is plain data
 * (typed arrays and string lists), so it can be kept, sent to a worker or aggregated again with
 * other options without reading the figures again. Notes and sources are kept only on request.
 *
 * A figure's bounds are not stored: they follow from its value and qualifier.
 *
 * @example
 * ```ts
 * const table = encodeFigures([
 *   { unit: '42', indicator: 'marches', value: 20, period: '2014' },
 *   { unit: '42', indicator: 'marches', value: 15, period: '2015' },
 * ]);
 * [table.length, table.unit.values, Array.from(table.period.codes)];
 * // => [2, ['42'], [0, 1]]
 * ```
 * @category Figure tables
 */
export interface FigureTable {
  /** Format tag, for JavaScript callers and stored copies. */
  readonly format: 'antq.table/1';
  /** Number of figures. */
  readonly length: number;
  /** Programme codes. */
  readonly program: FigureTableColumn;
  /** Unit codes. */
  readonly unit: FigureTableColumn;
  /** Reporters, as written (`police+front` is one value). */
  readonly reporter: FigureTableColumn;
  /** Period ids, as written. */
  readonly period: FigureTableColumn;
  /** Indicator ids. */
  readonly indicator: FigureTableColumn;
  /** Category codes. */
  readonly category: FigureTableColumn;
  /** Units of measure (absent: the indicator's default). */
  readonly uom: FigureTableColumn;
  /** Qualifiers (absent: `exact`). */
  readonly qualifier: FigureTableColumn;
  /** Statistics (absent: `total`). */
  readonly statistic: FigureTableColumn;
  /** Values; `NaN` where a figure's value was not a number. */
  readonly value: Float64Array;
  /** Notes, when the table was built with `text: true`. */
  readonly note?: FigureTableColumn;
  /** Sources, when the table was built with `text: true`. */
  readonly source?: FigureTableColumn;
}

/** The key columns of a figure table, in the order of the long format. */
export const FIGURE_TABLE_KEYS = ['program', 'unit', 'reporter', 'period', 'indicator', 'category', 'uom', 'qualifier', 'statistic'] as const;
