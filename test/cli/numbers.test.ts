import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { importFigures } from '../../src/import/importFigures';
import { tempDir } from '../tempDir';

let dir = '';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd: dir });
  return { code, out, err };
}

beforeAll(() => {
  dir = tempDir('antq-num-');
  writeFileSync(join(dir, 'big.csv'), 'unit,indicator,value,period\n42,marches,1e308,2022\n43,marches,1e308,2022\n');
});

describe('a sum past the finite numbers', () => {
  it('is sum_overflow with the figure, exit 1 and nothing printed, in every format and command', async () => {
    for (const format of ['table', 'csv', 'json', 'md']) {
      const r = await run(['summarize', 'big.csv', '--format', format]);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toContain('sum_overflow');
      expect(r.err).toContain('unit 43');
      expect(r.err).not.toMatch(/Infinity|NaN/);
    }
    for (const argv of [['compare', 'big.csv', '--current', '2022', '--baseline', '2021'], ['report', 'big.csv', '--period', '2022']]) {
      const r = await run(argv);
      expect(r.code).toBe(1);
      expect(r.err).toContain('sum_overflow');
    }
  });
});

describe('numbers that are not exactly representable', () => {
  it('refuses 9007199254740993 and 1e-400 (inexact_number) but reads 1e308 and 9007199254740991', async () => {
    const r = await importFigures('unit,indicator,value,period\n42,marches,9007199254740993,2022\n43,marches,1e-400,2022\n44,marches,1e308,2022\n45,marches,9007199254740991,2022\n46,marches,0.000,2022\n', { mode: 'lenient' });
    expect(r.accepted).toBe(3);
    const g = r.groups.find((x) => x.code === 'inexact_number');
    expect(g?.occurrences.map((o) => [o.row, o.column])).toEqual([
      [1, 'value'],
      [2, 'value'],
    ]);
  });
});
