import type { Figure } from '../schema/FigureSchema';
import type { SqlClient, SqlValue } from './SqlClient';
import { FIGURES_TABLE_COLUMNS } from './figuresTableDdl';

/**
 * Options of {@link insertFigures}.
 *
 * @category SQL
 */
export interface InsertFiguresOptions {
  /** The figures table. Default `antq_figures`. */
  readonly table?: string;
  /** `row_no` of the first figure (for loading in several calls). Default 0. */
  readonly firstRow?: number;
}

function* figureRows(figures: Iterable<Figure>, first: number): Generator<SqlValue[]> {
  let row = first;
  for (const f of figures) {
    yield [row++, f.program ?? null, f.unit, f.reporter ?? null, f.period ?? null, f.indicator, f.category ?? null, f.value, f.uom ?? null, f.qualifier ?? null, f.statistic ?? null, f.note ?? null, f.source ?? null];
  }
}

/**
 * Inserts figures into a figures table, numbering them from `firstRow`. It does not validate:
 * load files with {@link loadFigures}, which inserts only the rows antq's import accepts. It is
 * not a transaction by itself: when the database refuses a figure (a `NOT NULL` column, say)
 * after the driver has written earlier batches (DuckDB writes every 204,800 rows, PGlite every
 * 100,000, `pg` without `copyFrom` every 50,000), those stay in the table. For all or nothing,
 * run it between `BEGIN` and `COMMIT` and `ROLLBACK` on failure, as `loadFigures` does.
 *
 * @param client - the connection
 * @param figures - the figures
 * @param options - the table and the first row number
 * @returns the number of figures inserted
 * @example
 * ```ts
 * await insertFigures(client, [{ unit: '42', indicator: 'marches', value: 35 }]);
 * // => 1
 * ```
 * @category SQL
 */
export async function insertFigures(client: SqlClient, figures: Iterable<Figure>, options: InsertFiguresOptions = {}): Promise<number> {
  const list = Array.isArray(figures) ? (figures as readonly Figure[]) : [...figures];
  await client.insertRows(options.table ?? 'antq_figures', FIGURES_TABLE_COLUMNS, figureRows(list, options.firstRow ?? 0));
  return list.length;
}
