import type { SqlClient } from './SqlClient';
import { figuresTableDdl } from './figuresTableDdl';

/**
 * Creates the figures table when it does not exist yet (see {@link figuresTableDdl}).
 *
 * @param client - the connection
 * @param table - the table name; default `antq_figures`
 * @returns nothing
 * @example
 * ```ts
 * await createFiguresTable(client);
 * ```
 * @category SQL
 */
export async function createFiguresTable(client: SqlClient, table = 'antq_figures'): Promise<void> {
  await client.query(figuresTableDdl(client.dialect, table));
}
