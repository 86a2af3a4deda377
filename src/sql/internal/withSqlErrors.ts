import type { SqlClient } from '../SqlClient';
import { toSqlError } from '../toSqlError';

/**
 * The client with the database's own failures thrown as `SqlError`s (see `toSqlError`): every
 * statement of antq/sql goes through a client, so this is the one place they are named.
 */
export function withSqlErrors(client: SqlClient): SqlClient {
  const dialect = client.dialect;
  const fail = (e: unknown): never => {
    throw toSqlError(e, dialect);
  };
  const batches = client.queryBatches?.bind(client);
  return {
    dialect,
    query: (sql, params) => client.query(sql, params).catch(fail),
    ...(batches === undefined
      ? {}
      : {
          async *queryBatches(sql, params) {
            try {
              yield* batches(sql, params);
            } catch (e) {
              fail(e);
            }
          },
        }),
    insertRows: (table, columns, rows) => client.insertRows(table, columns, rows).catch(fail),
  };
}
