import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { pgliteClient } from '../../src/sql/pgClient';
import type { SqlValue } from '../../src/sql/SqlClient';

describe('pgliteClient', () => {
  it('copies rows in as they are: NULL and empty text apart, quotes, commas, line breaks, exact doubles, booleans', async () => {
    const client = pgliteClient(new PGlite());
    await client.query('CREATE TABLE t (i INTEGER, s TEXT, d DOUBLE PRECISION, b BOOLEAN)');
    const rows: SqlValue[][] = [
      [0, null, null, null],
      [1, '', 0.1 + 0.2, true],
      [2, 'a "quoted", b\nc\r\nd \\N', 1e-7, false],
      [3, "x'; DROP TABLE t; --", 123456789.123456, true],
    ];
    await client.insertRows('t', ['i', 's', 'd', 'b'], rows);
    const got = await client.query('SELECT i, s, d, b FROM t ORDER BY i');
    expect(got.map((r) => [r['i'], r['s'], r['d'], r['b']])).toEqual(rows);
  });

  it('copies more rows than one batch', async () => {
    const client = pgliteClient(new PGlite());
    await client.query('CREATE TABLE t (i INTEGER)');
    await client.insertRows('t', ['i'], (function* () {
      for (let i = 0; i < 250_001; i++) yield [i];
    })());
    const [r] = await client.query('SELECT count(*)::int AS n, sum(i)::float8 AS s FROM t');
    expect(r).toEqual({ n: 250_001, s: 31_250_125_000 });
  });
});
