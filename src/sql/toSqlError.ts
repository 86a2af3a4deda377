import { isAntqError } from '../errors/isAntqError';
import type { SqlDialect } from './SqlClient';
import { SqlError } from './SqlError';
import type { SqlErrorCode } from './SqlErrorCode';
import { maskPasswords } from './maskPasswords';

/** DuckDB's own errors are plain errors whose first line begins with their kind: "Out of Memory Error: …", "Catalog Error: …". */
const DUCKDB_FAILURE = /^[A-Z][A-Za-z ]* Error: /;

/** DuckDB's kinds of failure by the start of the first line; the first that matches wins, else `sql_failed`. */
const DUCKDB_CODES: readonly (readonly [RegExp, SqlErrorCode])[] = [
  [/^Out of Memory Error: /, 'sql_out_of_memory'],
  [/^INTERRUPT Error: /, 'sql_cancelled'],
  [/^Catalog Error: Table with name .* does not exist/, 'sql_no_table'],
  // The appender's own words (`createAppender`), without a kind.
  [/^Table ".*" could not be found/, 'sql_no_table'],
  // The appender's words, without a kind: out of memory when it writes (before any other failure
  // to write), a row breaking a constraint (`NOT NULL`, `CHECK`), a value it cannot cast to its column.
  [/^Failed to append: (could not allocate|failed to allocate|failed to pin) /i, 'sql_out_of_memory'],
  [/^Failed to append: /, 'sql_failed'],
  [/^(Could not convert string .* to |Type .* with value .* can't be cast )/, 'sql_failed'],
  [/^Binder Error: (Referenced column .* not found|Table .* does not have a column named)/, 'sql_no_column'],
];

/** PostgreSQL's SQLSTATEs that have a code of their own; any other is `sql_failed`. */
const SQLSTATE_CODES: Readonly<Record<string, SqlErrorCode>> = {
  '53200': 'sql_out_of_memory',
  '57014': 'sql_cancelled',
  '42P01': 'sql_no_table',
  '42703': 'sql_no_column',
  '28P01': 'sql_auth_failed',
  '28000': 'sql_auth_failed',
  '3D000': 'sql_no_database',
  '57P01': 'sql_connection_lost',
  '57P02': 'sql_connection_lost',
  '57P03': 'sql_connection_lost',
};

/** `pg`'s own words when the connection is gone (no SQLSTATE: the server did not answer). */
const PG_CONNECTION_LOST = /^(Connection terminated|Client has encountered a connection error and is not queryable)/;

/** A plain `Error` without a code of its own: how a driver reports in words (not a `TypeError`, not a socket's or file system's error). */
function isPlainError(e: Error): boolean {
  return e.constructor === Error && typeof (e as { code?: unknown }).code !== 'string';
}

/** PostgreSQL's SQLSTATE on a server error (`pg`'s and PGlite's `DatabaseError`: a five-character `code` and a `severity`). */
function sqlStateOf(e: Error): string | null {
  const { code, severity } = e as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string' ? code : null;
}

/**
 * The database's own failure as a {@link SqlError} with a stable code and the driver's error as
 * `cause`; anything else (antq's own errors, a fault in antq such as a `TypeError`, a file
 * system's or a socket's error with its own code) is returned as it is, to be thrown unchanged.
 * DuckDB's failures are plain errors whose first line names their kind; PostgreSQL's carry a
 * SQLSTATE. The database's first line is kept, with any password masked.
 */
export function toSqlError(e: unknown, dialect: SqlDialect): unknown {
  if (!(e instanceof Error) || isAntqError(e)) return e;
  const first = maskPasswords(e.message.split('\n', 1)[0] ?? '');
  if (dialect === 'duckdb') {
    if (!isPlainError(e)) return e;
    const code = DUCKDB_CODES.find(([pattern]) => pattern.test(first))?.[1] ?? (DUCKDB_FAILURE.test(first) ? 'sql_failed' : null);
    return code === null ? e : new SqlError(code, dialect, first, null, e);
  }
  const state = sqlStateOf(e);
  if (state === null) {
    return isPlainError(e) && PG_CONNECTION_LOST.test(first) ? new SqlError('sql_connection_lost', dialect, first, null, e) : e;
  }
  return new SqlError(SQLSTATE_CODES[state] ?? (state.startsWith('08') ? 'sql_connection_lost' : 'sql_failed'), dialect, first, state, e);
}
