import { importFigures, type ImportFiguresOptions } from '../import/importFigures';
import type { ImportReport } from '../import/ImportReport';
import type { TextSource } from '../io/TextSource';
import type { Figure } from '../schema/FigureSchema';
import type { SqlClient } from './SqlClient';
import { createFiguresTable } from './createFiguresTable';
import { insertFigures } from './insertFigures';
import { quoteIdent } from './internal/quote';
import { num } from './internal/rows';

/** Figures inserted at a time: one DuckDB row group. */
const LOAD_BATCH = 122_880;

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
 * as `importFigures` does, only accepted figures enter (DuckDB: the appender; PostgreSQL:
 * batched parameterised inserts), and the report lists every rejected row as `importFigures`
 * reports it. The load is one transaction: in `strict` mode (the default) a file with any error
 * loads nothing. Row numbers continue after the rows already in the table.
 *
 * @param client - the connection
 * @param source - the text: a string, bytes, or an (async) iterable of chunks such as `fs.createReadStream(path)`
 * @param options - import options and the table
 * @returns the import report (`accepted` is the number of figures loaded)
 * @throws `AntqError` `invalid_option` for bad import options (as `importFigures`)
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
  const name = quoteIdent(table);
  await createFiguresTable(client, table);
  await client.query('BEGIN TRANSACTION');
  try {
    let next = num((await client.query(`SELECT COALESCE(max(row_no) + 1, 0) AS n FROM ${name}`))[0]?.['n'] ?? 0);
    // The import hands over small batches; the database takes larger ones much faster (each
    // insert is one appender flush in DuckDB, one statement round in PostgreSQL).
    let pending: Figure[] = [];
    const flush = async (): Promise<void> => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      next += await insertFigures(client, batch, { table, firstRow: next });
    };
    const report = await importFigures(source, {
      ...importOptions,
      onFigures: async (figures: readonly Figure[], rows: readonly number[]) => {
        for (const f of figures) pending.push(f);
        if (pending.length >= LOAD_BATCH) await flush();
        if (onFigures !== undefined) await onFigures(figures, rows);
      },
    });
    await flush();
    await client.query(report.accepted === 0 && report.mode === 'strict' && !report.ok ? 'ROLLBACK' : 'COMMIT');
    return report;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}
