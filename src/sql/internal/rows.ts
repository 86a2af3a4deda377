import { AntqError } from '../../errors/AntqError';
import { combineQualifiers } from '../../quantity/combineQualifiers';
import { QUALIFIERS, type Qualifier } from '../../quantity/Qualifier';
import type { PartialSums } from '../../engine/PartialAggregate';
import type { SqlClient, SqlValue } from '../SqlClient';
import { QUALIFIER_BIT } from './qualifierBits';

/** A number from a driver: DuckDB gives `bigint` for counts, PostgreSQL strings for `bigint`/`numeric`. */
export function num(x: unknown): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'bigint') return Number(x);
  if (typeof x === 'string' && x.trim() !== '' && Number.isFinite(Number(x))) return Number(x);
  throw new AntqError('sql_bad_result', `sql: expected a number from the database, got ${typeof x}`);
}

/** A nullable number. */
export function numOrNull(x: unknown): number | null {
  return x === null || x === undefined ? null : num(x);
}

/** A nullable string. */
export function strOrNull(x: unknown): string | null {
  if (x === null || x === undefined) return null;
  return typeof x === 'string' ? x : text(x);
}

/** Text of a scalar from a driver (numbers and booleans as written). */
function text(x: unknown): string {
  if (typeof x === 'string') return x;
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') return String(x);
  throw new AntqError('sql_bad_result', `sql: expected text from the database, got ${typeof x}`);
}

/** A list of strings from a DuckDB `LIST` or a PostgreSQL array (`null` when empty). */
export function strList(x: unknown): string[] {
  if (x === null || x === undefined) return [];
  if (Array.isArray(x)) return (x as unknown[]).map(text);
  // PostgreSQL without array parsing: '{a,b}'.
  if (typeof x === 'string' && x.startsWith('{') && x.endsWith('}')) {
    const inner = x.slice(1, -1);
    return inner === '' ? [] : inner.split(',').map((s) => s.replace(/^"(.*)"$/, '$1'));
  }
  throw new AntqError('sql_bad_result', 'sql: expected a list from the database');
}

/** A list of numbers from a DuckDB `LIST` or a PostgreSQL array. */
export function numList(x: unknown): number[] {
  return Array.isArray(x) ? (x as unknown[]).map(num) : strList(x).map(num);
}

/** The rows of a statement one by one, read a batch at a time when the client can. */
export async function* eachRow(client: SqlClient, sql: string, params: readonly SqlValue[] = []): AsyncGenerator<Readonly<Record<string, unknown>>> {
  for await (const batch of eachBatch(client, sql, params)) yield* batch;
}

/**
 * The rows of a statement a batch at a time (the whole result as one batch when the client
 * cannot batch): a reader of many rows walks each batch itself, with no promise per row.
 */
export async function* eachBatch(client: SqlClient, sql: string, params: readonly SqlValue[] = []): AsyncGenerator<readonly Readonly<Record<string, unknown>>[]> {
  if (client.queryBatches === undefined) {
    yield await client.query(sql, params);
    return;
  }
  yield* client.queryBatches(sql, params);
}

/**
 * The ids set in a bitmap from DuckDB's `bitstring_agg` whose first set bit stands for id `first`
 * (`null`: a bitmap over ids from 0, bit `i` standing for id `i`), as the driver gives it: a count
 * of padding bits, then the bits, most significant first.
 */
export function bitIds(x: unknown, first: number | null): number[] {
  if (!(x instanceof Uint8Array)) throw new AntqError('sql_bad_result', 'sql: expected a bitmap from the database');
  const ids: number[] = [];
  let at = -1;
  const pad = x[0] ?? 0;
  const bits = (x.length - 1) * 8 - pad;
  for (let i = 0; i < bits; i++) {
    const o = i + pad;
    if (((x[1 + (o >> 3)] ?? 0) & (0x80 >> (o & 7))) === 0) continue;
    if (first === null) {
      ids.push(i);
      continue;
    }
    if (at < 0) at = i;
    ids.push(first + i - at);
  }
  return ids;
}

/** A boolean from a driver. */
export function bool(x: unknown): boolean {
  return x === true || x === 't' || x === 'true' || x === 1;
}

/** The flow sums of one part of a grouped row (columns `<prefix>_n`, `<prefix>_si`, …). */
export function sumsOf(row: Readonly<Record<string, unknown>>, prefix: string): PartialSums {
  const g = (k: string): number => num(row[`${prefix}_${k}`]);
  let qualifier: Qualifier = 'exact';
  // The qualifiers seen, as a bit mask over QUALIFIERS (a join of the lattice: order is irrelevant).
  const mask = num(row[`${prefix}_q`]);
  for (const q of QUALIFIERS) if (q !== 'exact' && (mask & QUALIFIER_BIT[q]) !== 0) qualifier = combineQualifiers(qualifier, q);
  return {
    n: g('n'),
    sum: [g('si'), g('sm')],
    lowerDelta: [g('li'), g('lm')],
    upperDelta: [g('ui'), g('um')],
    unbounded: g('unb'),
    lowerExclusive: g('lx'),
    upperExclusive: g('ux'),
    qualifier,
  };
}
