import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { tempDir } from '../tempDir';

let dir = '';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s), isTTY: false }, cwd: dir });
  return { code, out, err };
}

beforeAll(() => {
  dir = tempDir('antq-cli-threads-');
  // Past the first 64 kB the file is cut into segments; bad rows, quoted line breaks and duplicates on the way.
  const lines = ['unit,indicator,value,period,note'];
  for (let i = 0; i < 40_000; i++) {
    if (i % 991 === 3) lines.push(`P${i % 40},marchs,${i},2023,`);
    else if (i % 1499 === 7) lines.push(`P${i % 40},marches,x,2023,`);
    else if (i % 1201 === 9) lines.push('P1,marches,1,2023');
    else lines.push(`P${i % 40},marches,${i % 70},${2000 + (i % 23)}-${String(1 + (i % 12)).padStart(2, '0')},${i % 17 === 0 ? '"a ""note""\non two lines"' : ''}`);
  }
  writeFileSync(join(dir, 'f.csv'), `${lines.join('\n')}\n`);
});

describe('runCli --threads', () => {
  it('validates and summarizes as with one thread (here the worker file is not built: every segment is read on the calling thread)', async () => {
    for (const args of [
      ['validate', 'f.csv', '--format', 'json'],
      ['validate', 'f.csv', '--format', 'csv', '--lenient'],
      ['summarize', 'f.csv', '--lenient', '--by', 'indicator,period', '--granularity', 'year', '--format', 'csv'],
    ]) {
      const one = await run(args);
      const two = await run([...args, '--threads', '2']);
      expect(two).toEqual(one);
      expect(one.out.length).toBeGreaterThan(100);
    }
  });

  it('refuses a number of threads that is not a positive whole number', async () => {
    for (const n of ['0', '-1', '1.5', 'x', '0x2', '1e3', '2.0', ' 2', '']) {
      const r = await run(['validate', 'f.csv', '--threads', n]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('--threads');
    }
  });

  it('reads with any larger number as with one thread (no more threads are started than cores)', async () => {
    const one = await run(['validate', 'f.csv', '--format', 'json']);
    for (const n of ['65', '1000']) expect(await run(['validate', 'f.csv', '--format', 'json', '--threads', n])).toEqual(one);
  });
});
