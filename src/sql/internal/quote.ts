import { AntqError } from '../../errors/AntqError';

/** A SQL identifier in double quotes, embedded quotes doubled: safe for any name. */
export function quoteIdent(name: string): string {
  if (typeof name !== 'string' || name === '' || name.includes('\u0000')) {
    throw new AntqError('invalid_argument', `sql: ${JSON.stringify(String(name))} is not a usable table or column name`);
  }
  return `"${name.replace(/"/g, '""')}"`;
}

/** Positional parameters, `$1`, `$2`, …, shared by DuckDB and PostgreSQL. */
export class Params {
  readonly values: (string | number | boolean | null)[] = [];

  /** Binds a value and returns its placeholder. */
  add(value: string | number | boolean | null): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
