import type { SqlValue } from '../SqlClient';

/**
 * A value as a field of PostgreSQL's CSV format (`COPY … WITH (FORMAT csv)`): NULL unquoted and
 * empty; text always quoted, embedded quotes doubled (so an empty string stays an empty string,
 * and commas, newlines and a lone `\.` are data); numbers in JavaScript's shortest round-trip
 * form, which `float8in` reads back to the same double (`-0` kept).
 */
function csvField(v: SqlValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return `"${v.replace(/"/g, '""')}"`;
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  return String(v);
}

/** One row as a line of PostgreSQL's CSV format, newline included. */
export function csvLine(row: readonly SqlValue[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) line += (i === 0 ? '' : ',') + csvField(row[i] as SqlValue);
  return `${line}\n`;
}
