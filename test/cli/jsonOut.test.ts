import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJsonStreamed } from '../../src/cli/internal/jsonOut';
import { runCli } from '../../src/cli/runCli';
import { tempDir } from '../tempDir';

function pieces(value: unknown, chunk?: number): string[] {
  const out: string[] = [];
  writeJsonStreamed(value, (s) => out.push(s), chunk);
  return out;
}

describe('JSON output streamed row by row', () => {
  it('writes exactly the text of JSON.stringify(value, null, 2)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 64 }), (v, chunk) => {
        expect(pieces(v, chunk).join('')).toBe(JSON.stringify(v, null, 2));
      }),
      { seed: 16, numRuns: 300 },
    );
    const odd = { a: undefined, b: () => 1, c: [undefined, () => 1, Number.NaN], d: new Date(0), e: { toJSON: () => 'x' } };
    expect(pieces(odd).join('')).toBe(JSON.stringify(odd, null, 2));
  });

  it('never holds the whole result as one string', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ unit: `U${i}`, value: i }));
    const out = pieces({ rows });
    expect(out.length).toBeGreaterThan(50);
    expect(Math.max(...out.slice(0, 100).map((s) => s.length))).toBeLessThan(70_000);
    expect(JSON.parse(out.join(''))).toEqual({ rows });
  });

  it('summarize --format json reaches stdout in many writes', async () => {
    const dir = tempDir('antq-json-');
    const lines = ['unit,indicator,value,period'];
    for (let i = 0; i < 20_000; i++) lines.push(`U${i},marches,1,2023`);
    writeFileSync(join(dir, 'f.csv'), `${lines.join('\n')}\n`);
    const writes: string[] = [];
    const code = await runCli(['summarize', 'f.csv', '--by', 'unit', '--format', 'json'], { stdout: { write: (s: string) => writes.push(s) }, stderr: { write: () => true }, cwd: dir });
    expect(code).toBe(0);
    expect(writes.length).toBeGreaterThan(10);
    expect(JSON.parse(writes.join('')).summary.rows).toHaveLength(20_000);
  });
});

describe('--rejects on NDJSON keeps the line as read', () => {
  it('writes a cell nested 5,000 deep back unchanged, without a stack overflow', async () => {
    const dir = tempDir('antq-rej-');
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const bad = `{"unit":"42","indicator":"marches","value":${deep},"period":"2023"}`;
    writeFileSync(join(dir, 'f.ndjson'), `{"unit":"42","indicator":"marches","value":3,"period":"2022"}\n${bad}\n`);
    let err = '';
    const code = await runCli(['validate', 'f.ndjson', '--rejects', 'rej.ndjson'], { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) }, cwd: dir });
    expect(code).toBe(1);
    expect(err).not.toContain('RangeError');
    const [line = ''] = readFileSync(join(dir, 'rej.ndjson'), 'utf8').trim().split('\n');
    expect(line).toContain(bad);
    const parsed = JSON.parse(line) as { row: number; line: number; errors: { code: string }[] };
    expect(parsed).toMatchObject({ row: 2, line: 2 });
    expect(parsed.errors.length).toBeGreaterThan(0);
  });
});

describe('jsonChunks with rows made on the way', () => {
  it('prints a JsonArray as the array of its items, in pieces', async () => {
    const { JsonArray, jsonChunks } = await import('../../src/cli/internal/jsonOut');
    let made = 0;
    const rows = function* (): Generator<{ unit: string; n: number }> {
      for (let i = 0; i < 5000; i++) {
        made++;
        yield { unit: `U${i}`, n: i };
      }
    };
    const value = { rows: new JsonArray(rows), after: new JsonArray(() => [made]), empty: new JsonArray(() => []) };
    const pieces = [...jsonChunks(value, 1024)];
    expect(pieces.length).toBeGreaterThan(20);
    const expected = { rows: [...rows()], after: [5000], empty: [] };
    expect(pieces.join('')).toBe(JSON.stringify(expected, null, 2));
  });
});
