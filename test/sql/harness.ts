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

/**
 * A client that notes how each cells statement asks for the units heard from: `bitmap`
 * (DuckDB's `unit_bits`), `lists` (DuckDB's `unit_ids`), `ids` (PostgreSQL's `unit_id_text`) or
 * `codes` (`units`).
 */
export function watchUnitForms(client: SqlClient): { client: SqlClient; forms: string[] } {
  const forms: string[] = [];
  const note = (sql: string): void => {
    if (/ AS unit_ids\b/.test(sql)) forms.push('lists');
    else if (/ AS unit_bits\b/.test(sql)) forms.push('bitmap');
    else if (/ AS unit_id_text\b/.test(sql)) forms.push('ids');
    else if (/ AS units\b/.test(sql)) forms.push('codes');
  };
  const { queryBatches } = client;
  return {
    forms,
    client: {
      ...client,
      query: (sql, params) => {
        note(sql);
        return client.query(sql, params);
      },
      ...(queryBatches === undefined
        ? {}
        : {
            queryBatches: (sql, params) => {
              note(sql);
              return queryBatches.call(client, sql, params);
            },
          }),
    },
  };
}
