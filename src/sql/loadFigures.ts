import { importFigures, type ImportFiguresOptions } from '../import/importFigures';
import type { ImportReport } from '../import/ImportReport';
import type { TextSource } from '../io/TextSource';
import type { Figure } from '../schema/FigureSchema';
import type { SqlClient } from './SqlClient';
import { beginLoad } from './beginLoad';

/**
 * Options of {@link loadFigures}: those of `importFigures` (format, mode, Vietnamese numbers,
 * catalogue and units checks, callbacks), plus the table.
 *
 * @category SQL
 */
export type LoadFiguresOptions = ImportFiguresOptions & {
  /** The figures table, created when missing. Default `antq_figures`. */
  readonly table?: string;
};

/**
 * Loads a figure file into a database table through antq's own import: every row is validated
 * as `importFigures` does, only accepted figures enter (DuckDB: the appender; PostgreSQL: `COPY`
 * or `INSERT … unnest`, see {@link pgClient}), and the report lists every rejected row as
 * `importFigures` reports it. The load is one transaction: in `strict` mode (the default) a file
 * with any error loads nothing. Row numbers continue after the rows already in the table. When
 * the import's cross-row checks ran past `maxTrackedKeys` (`cross_row_checks_limited`), the
 * figures whose key repeats an earlier one, loaded now or already in the table, are found in the
 * database before the commit and reported as `duplicate_figure` or `conflicting_figure` at their
 * file row and line: `strict` then loads nothing, `lenient` leaves them out (a file whose keys fit
 * in the budget is not compared with the rows already in the table). In PostgreSQL the table is
 * locked against other writers until the load ends, so concurrent loads into one table take turns.
 *
 * @param client - the connection
 * @param source - the text: a string, bytes, or an (async) iterable of chunks such as `fs.createReadStream(path)`
 * @param options - import options and the table
 * @returns the import report (`accepted` is the number of figures loaded)
 * @throws `AntqError` `invalid_option` for bad import options (as `importFigures`); `load_in_progress`
 * when the connection has a load that has not ended (one load at a time per connection)
 * @example
 * ```ts
 * const report = await loadFigures(client, 'unit,indicator,value,period\n42,marches,35,2023\n');
 * report.accepted;
 * // => 1
 * ```
 * @category SQL
 */
export async function loadFigures(client: SqlClient, source: TextSource, options: LoadFiguresOptions = {}): Promise<ImportReport> {
  const { table = 'antq_figures', onFigures, ...importOptions } = options;
  const load = await beginLoad(client, table, { catalogue: importOptions.catalogue, maxOccurrences: importOptions.maxOccurrences });
  let report: ImportReport;
  try {
    report = await importFigures(source, {
      ...importOptions,
      onFigures: async (figures: readonly Figure[], rows: readonly number[], lines?: readonly number[]) => {
        await load.add(figures, rows, lines);
        if (onFigures !== undefined) await onFigures(figures, rows, lines);
      },
    });
  } catch (e) {
    await load.abort();
    throw e;
  }
  return load.finish(report);
}
