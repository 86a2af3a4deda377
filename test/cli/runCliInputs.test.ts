import { writeFileSync, chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { tempDir } from '../tempDir';

let dir = '';

async function run(argv: string[], isTTY = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s), isTTY }, cwd: dir });
  return { code, out, err };
}

beforeAll(() => {
  dir = tempDir('antq-cli-in-');
  const files: Record<string, string> = {
    'f.csv': 'unit,indicator,value,period\n42,marches,20,2022\n',
    'f.ndjson': '{"unit":"42","indicator":"marches","value":-1,"period":"2022"}\n',
    'units.json': '{"units":[{"code":"42","name":"Hà Tĩnh","level":"province"}]}',
    'units-bad.json': '[{"code":"42","level":"planet"}]',
    'units-notjson.json': '{',
    'units-obj.json': '{"x":1}',
    'units-bad.csv': 'code,name\n42,Hà Tĩnh\n',
    'units-rows.csv': 'code,name,level,parent,valid_from,valid_to\n42,Hà Tĩnh,province,,2020-13-01,\n',
    'prog.json': '[{"code":"09/CTr-BCA-MTTW"}]',
    'prog-obj.json': '{}',
    'prog-notjson.json': 'x',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const lines = ['unit,indicator,value,period'];
  for (let i = 0; i < 100_001; i++) lines.push(`u${i},marches,1,2023`);
  writeFileSync(join(dir, 'big.csv'), `${lines.join('\n')}\n`);
});

describe('runCli: auxiliary inputs', () => {
  it('reads a units table from JSON (array or { units })', async () => {
    expect((await run(['validate', 'f.csv', '--units', 'units.json'])).code).toBe(0);
  });

  it.each(['units-bad.json', 'units-notjson.json', 'units-obj.json', 'units-bad.csv', 'units-rows.csv'])('refuses the units table %s with exit 1 and the file named', async (file) => {
    const r = await run(['validate', 'f.csv', '--units', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(file);
  });

  it.each(['prog.json', 'prog-obj.json', 'prog-notjson.json'])('refuses the programmes file %s', async (file) => {
    const r = await run(['validate', 'f.csv', '--programmes', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(file);
  });

  it('writes NDJSON rejects for NDJSON input', async () => {
    const r = await run(['validate', 'f.ndjson', '--rejects', 'rej.ndjson']);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'rej.ndjson'))).toBe(true);
  });

  it('fails cleanly when an output cannot be written', async () => {
    const r = await run(['convert', 'f.csv', join(dir, 'no-such-dir', 'x.csv')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no-such-dir');
  });

  it('parses -- and refuses a value on a flag or a short option', async () => {
    expect((await run(['parse', '--', '--lang'])).code).toBe(1);
    expect((await run(['validate', 'f.csv', '--lenient=yes'])).code).toBe(2);
    expect((await run(['validate', 'f.csv', '-x'])).code).toBe(2);
    expect((await run(['validate', 'f.csv', '-h'])).code).toBe(0);
    expect((await run(['help'])).code).toBe(0);
  });

  it('shows progress on a terminal and clears it', async () => {
    const r = await run(['validate', 'big.csv', '--format', 'json'], true);
    expect(r.code).toBe(0);
    // A bar and a percentage (the file's size is known), the rows so far and the rate.
    expect(r.err).toMatch(/big.csv: \[[#.]{20}\] \d{1,3}% 1\d{5} rows read, \d+ rows\/s/);
    expect(r.err.endsWith('\r\u001b[K')).toBe(true);
    const quiet = await run(['validate', 'f.csv'], false);
    expect(quiet.err).toBe('');
  }, 30_000);
});
