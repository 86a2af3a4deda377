import { AntqError } from '../../errors/AntqError';

/** A SQL identifier in double quotes, embedded quotes doubled: safe for any name. */
export function quoteIdent(name: string): string {
  if (typeof name !== 'string' || name === '' || name.includes('\u0000')) {
    throw new AntqError('invalid_argument', `sql: ${JSON.stringify(String(name))} is not a usable table or column name`);
  }
  return `"${name.replace(/"/g, '""')}"`;
}
