import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { runCliIn, type CliRun } from './runCliIn';
import { tempDir } from '../tempDir';

const dir = tempDir('antq-many-');
writeFileSync(join(dir, 'a.csv'), 'unit,indicator,value,period\n42,marches,20,2023\n');
writeFileSync(join(dir, 'b.csv'), 'unit,indicator,value,period\n40,marches,5,2023\n');
writeFileSync(join(dir, 'bad.csv'), 'unit,indicator,value,period\n40,marches,-5,2023\n');

const cli = (argv: string[], stdin?: string): Promise<CliRun> => runCliIn(dir, argv, stdin);

const values = (out: string): number[] => (JSON.parse(out) as { summary: { rows: { value: number }[] } }).summary.rows.map((r) => r.value);

describe('several input files, and - for standard input', () => {
  it('summarize adds up every file, with one import report each', async () => {
    const r = await cli(['summarize', 'a.csv', 'b.csv', '--by', 'indicator', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    expect(values(r.out)).toEqual([25]);
    expect((JSON.parse(r.out) as { import: { read: number }[] }).import.map((i) => i.read)).toEqual([1, 1]);
    const one = await cli(['summarize', 'a.csv', '--by', 'indicator', '--format', 'json']);
    expect((JSON.parse(one.out) as { import: { read: number } }).import.read).toBe(1);
  });

  it('reads - among the files', async () => {
    const r = await cli(['summarize', 'a.csv', '-', '--by', 'indicator', '--format', 'json'], 'unit,indicator,value,period\n44,marches,1,2023\n');
    expect(values(r.out)).toEqual([21]);
    expect((await cli(['summarize', '-', '-'], '')).code).toBe(2);
  });

  it('compare, report and validate take several files; a strict failure in any file fails all', async () => {
    const c = await cli(['compare', 'a.csv', 'b.csv', '--current', '2023', '--baseline', '2022', '--by', 'indicator', '--format', 'json']);
    expect((JSON.parse(c.out) as { comparison: { rows: { current: { value: number } | null }[] } }).comparison.rows[0]?.current?.value).toBe(25);
    const rep = await cli(['report', 'a.csv', 'b.csv', '--format', 'json']);
    expect((JSON.parse(rep.out) as { report: { figures: { read: number } } }).report.figures.read).toBe(2);
    const v = await cli(['validate', 'a.csv', 'bad.csv']);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/a\.csv: valid/);
    expect(v.out).toMatch(/bad\.csv: NOT valid/);
    expect((await cli(['summarize', 'a.csv', 'bad.csv'])).code).toBe(1);
    expect((await cli(['summarize'])).code).toBe(2);
  });
});

describe('--version', () => {
  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = await cli([flag]);
      expect([r.code, r.out]).toEqual([0, `${version}\n`]);
    }
  });
});

describe('help in both languages', () => {
  async function help(argv: string[], env?: Record<string, string>): Promise<string> {
    let out = '';
    await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: dir, ...(env === undefined ? {} : { env }) });
    return out;
  }

  it('is Vietnamese with --lang vi or a Vietnamese locale, English otherwise', async () => {
    expect(await help(['--help'])).toMatch(/^antq: figures/);
    expect(await help(['--help', '--lang', 'vi'])).toMatch(/Cách dùng: antq <lệnh>/);
    expect(await help(['--lang', 'vi', '--help'])).toMatch(/Cách dùng: antq <lệnh>/);
    expect(await help(['--help'], { LANG: 'vi_VN.UTF-8' })).toMatch(/Cách dùng/);
    expect(await help(['--help'], { LANG: 'vi_VN.UTF-8', LC_ALL: 'en_US.UTF-8' })).toMatch(/^antq: figures/);
    expect(await help(['--help', '--lang=en'], { LANG: 'vi_VN.UTF-8' })).toMatch(/^antq: figures/);
    expect(await help(['summarize', '--help', '--lang', 'vi'])).toMatch(/Cách dùng: antq summarize/);
    expect(await help(['compare', '--help'], { LC_MESSAGES: 'vi' })).toMatch(/Cách dùng: antq compare/);
  });

  it('has every command in both languages', async () => {
    for (const command of ['validate', 'summarize', 'compare', 'report', 'catalog', 'units', 'parse', 'convert', 'extract']) {
      expect(await help([command, '--help'])).toMatch(new RegExp(`^Usage: antq ${command}`));
      expect(await help([command, '--help', '--lang', 'vi'])).toMatch(new RegExp(`^Cách dùng: antq ${command}`));
    }
  });

  it('still runs a command with --lang before it', async () => {
    const r = await cli(['--lang', 'vi', 'parse', 'trên 127 khẩu súng quân dụng', '--format', 'json']);
    expect(r.code).toBe(0);
  });
});
