import { spawn } from 'node:child_process';
import { existsSync, linkSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { tempDir } from '../tempDir';

let dir = '';
const GOOD = 'unit,indicator,value,period\n42,marches,20,2022\n42,marches,15,2023\n';
const BAD = 'unit,indicator,value,period\n42,marches,20,2022\n42,marches,-1,2023\n';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd: dir });
  return { code, out, err };
}

const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
const temps = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

beforeAll(() => {
  dir = tempDir('antq-out-');
});

describe('outputs never destroy inputs', () => {
  it('refuses convert k.csv k.csv (output_is_input) and leaves the file as it was', async () => {
    writeFileSync(join(dir, 'k.csv'), GOOD);
    const r = await run(['convert', 'k.csv', 'k.csv']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('output_is_input');
    expect(read('k.csv')).toBe(GOOD);
    expect(await run(['convert', 'k.csv', './sub/../k.csv'])).toMatchObject({ code: 2 });
    expect(read('k.csv')).toBe(GOOD);
  });

  it('refuses --rejects onto the input, also through a symbolic or hard link', async () => {
    writeFileSync(join(dir, 'f.csv'), BAD);
    symlinkSync(join(dir, 'f.csv'), join(dir, 'sym.csv'));
    linkSync(join(dir, 'f.csv'), join(dir, 'hard.csv'));
    for (const target of ['f.csv', 'sym.csv', 'hard.csv']) {
      const r = await run(['validate', 'f.csv', '--rejects', target]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('output_is_input');
      expect(read('f.csv')).toBe(BAD);
    }
    expect((await run(['summarize', 'f.csv', '--rejects', 'f.csv'])).code).toBe(2);
    expect((await run(['convert', 'sym.csv', 'hard.csv', '--lenient'])).code).toBe(2);
    expect(read('f.csv')).toBe(BAD);
    expect(temps()).toEqual([]);
  });

  it('a failed strict convert leaves an existing output file as it was', async () => {
    writeFileSync(join(dir, 'bad.csv'), BAD);
    writeFileSync(join(dir, 'old.ndjson'), 'previous content\n');
    const r = await run(['convert', 'bad.csv', 'old.ndjson']);
    expect(r.code).toBe(1);
    expect(read('old.ndjson')).toBe('previous content\n');
    expect(temps()).toEqual([]);
    expect(await run(['convert', 'bad.csv', 'new.ndjson'])).toMatchObject({ code: 1 });
    expect(existsSync(join(dir, 'new.ndjson'))).toBe(false);
  });

  it('a successful convert replaces the output in one piece', async () => {
    writeFileSync(join(dir, 'g.csv'), GOOD);
    writeFileSync(join(dir, 'g.ndjson'), 'previous content\n');
    expect((await run(['convert', 'g.csv', 'g.ndjson'])).code).toBe(0);
    expect(read('g.ndjson').trim().split('\n')).toHaveLength(2);
    expect(temps()).toEqual([]);
  });

  it('strict convert to stdout prints nothing when the input has an error', async () => {
    writeFileSync(join(dir, 'bad.csv'), BAD);
    const r = await run(['convert', 'bad.csv', '-', '--output-format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const ok = await run(['convert', 'bad.csv', '-', '--output-format', 'ndjson', '--lenient']);
    expect(ok.code).toBe(0);
    expect(ok.out.trim().split('\n')).toHaveLength(1);
    const good = await run(['convert', 'g.csv', '-', '--output-format', 'ndjson']);
    expect(good.out.trim().split('\n')).toHaveLength(2);
  });
});

describe('-o/--output FILE', () => {
  it('writes what the command prints to FILE', async () => {
    writeFileSync(join(dir, 'g.csv'), GOOD);
    const r = await run(['summarize', 'g.csv', '--format', 'csv', '-o', 'sum.csv']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(read('sum.csv')).toContain('marches');
    expect((await run(['validate', 'g.csv', '--output', 'v.txt'])).code).toBe(0);
    expect(read('v.txt')).toContain('valid');
    expect((await run(['convert', 'g.csv', '-o', 'c.ndjson'])).code).toBe(0);
    expect(read('c.ndjson').trim().split('\n')).toHaveLength(2);
  });

  it('refuses an output that is an input, and a failed strict run leaves FILE as it was', async () => {
    writeFileSync(join(dir, 'g.csv'), GOOD);
    const r = await run(['summarize', 'g.csv', '-o', 'g.csv']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('output_is_input');
    expect(read('g.csv')).toBe(GOOD);
    writeFileSync(join(dir, 'bad.csv'), BAD);
    writeFileSync(join(dir, 'keep.txt'), 'keep me\n');
    expect((await run(['summarize', 'bad.csv', '-o', 'keep.txt'])).code).toBe(1);
    expect(read('keep.txt')).toBe('keep me\n');
    expect(temps()).toEqual([]);
  });
});

describe('a closed pipe', () => {
  it('ends `antq convert big.csv - | head -1` quietly with exit 0', async () => {
    const { build } = await import('tsup');
    const out = tempDir('antq-bin-');
    const root = resolve(import.meta.dirname, '../..');
    await build({ entry: { bin: join(root, 'src/cli/bin.ts') }, outDir: out, format: ['esm'], silent: true, config: false, target: 'node20', platform: 'node', noExternal: ['zod'] });
    const rows = ['unit,indicator,value,period'];
    for (let i = 0; i < 30_000; i++) rows.push(`U${i},marches,${i},2022`);
    writeFileSync(join(dir, 'big.csv'), `${rows.join('\n')}\n`);
    for (const args of [['convert', 'big.csv', '-', '--output-format', 'ndjson', '--lenient'], ['summarize', 'big.csv', '--by', 'unit', '--format', 'csv'], ['summarize', 'big.csv', '--by', 'unit', '--format', 'json']]) {
      const child = spawn(process.execPath, [join(out, 'bin.js'), ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const first = await new Promise<string>((res) => child.stdout.once('data', (d: Buffer) => res(d.toString())));
      child.stdout.destroy();
      const code = await new Promise<number | null>((res) => child.on('close', (c) => res(c)));
      expect(first.length).toBeGreaterThan(0);
      expect(err).toBe('');
      expect(code).toBe(0);
    }
  }, 60_000);
});
