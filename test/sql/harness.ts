import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import type { Figure } from '../../src/schema/FigureSchema';
import type { SqlClient } from '../../src/sql/SqlClient';
import { createFiguresTable } from '../../src/sql/createFiguresTable';
import { duckdbClient } from '../../src/sql/duckdbClient';
import { insertFigures } from '../../src/sql/insertFigures';
import { pgliteClient } from '../../src/sql/pgClient';

export async function openDuckDb(): Promise<SqlClient> {
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const client = duckdbClient(conn);
  // Tiny tables: one thread plans and runs them faster than many.
  await client.query('SET threads = 1');
  await createFiguresTable(client);
  return client;
}

export async function openPglite(): Promise<SqlClient> {
  const client = pgliteClient(new PGlite());
  await createFiguresTable(client);
  return client;
}

/** Replaces the figures table's rows. */
export async function reload(client: SqlClient, figures: readonly Figure[], table = 'antq_figures'): Promise<void> {
  await client.query(`DELETE FROM "${table.replace(/"/g, '""')}"`);
  await insertFigures(client, figures, { table });
}
