import { spawn } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { duckdbSettings, redactDb } from '../../src/cli/internal/sqlCommands';
import { tempDir } from '../tempDir';

let dir = '';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd: dir });
  return { code, out, err };
}

/**
 * A result with the row lists and places of its exclusions left out (their counts stay), and their
 * lines dropped (file rows have lines, a table's `row_no` has none).
 */
function withoutRows(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key: string, v: unknown) => (key === 'lines' ? undefined : (key === 'rows' && Array.isArray(v) && v.every((x) => typeof x === 'number')) || key === 'at' ? '…' : v)) as unknown;
}

const SYNTH = join(__dirname, '../../examples/synthetic');

beforeAll(() => {
  dir = tempDir('antq-cli-sql-');
  copyFileSync(join(SYNTH, 'figures.csv'), join(dir, 'synth.csv'));
  copyFileSync(join(SYNTH, 'units.csv'), join(dir, 'synth-units.csv'));
  writeFileSync(join(dir, 'bad.csv'), 'unit,indicator,value,period\n42,marches,20,2022\n42,marches,-1,2023\n');
});

describe('antq load, and summarize/compare --db', () => {
  it('loads a file into DuckDB and answers summarize and compare as the in-process engine does', async () => {
    const load = await run(['load', 'synth.csv', '--db', 'figures.duckdb', '--format', 'json']);
    expect(load.code).toBe(0);
    const loaded = JSON.parse(load.out) as { loaded: number; import: { accepted: number } };
    expect(loaded.loaded).toBe(loaded.import.accepted);
    expect(loaded.loaded).toBeGreaterThan(0);

    const args = ['--by', 'indicator,unit', '--units', 'synth-units.csv', '--level', 'province', '--format', 'json'];
    const inProcess = await run(['summarize', 'synth.csv', ...args]);
    const inDb = await run(['summarize', '--db', 'figures.duckdb', ...args]);
    expect(inDb.code).toBe(0);
    // Equal but for the row numbers of figures left out: the file names file rows (as validation
    // does), the table its `row_no` (the position among the figures loaded).
    expect(withoutRows((JSON.parse(inDb.out) as { summary: unknown }).summary)).toEqual(withoutRows((JSON.parse(inProcess.out) as { summary: unknown }).summary));
    // Left-out figures of the database are named by the table's row_no, not as file rows.
    const windowed = await run(['summarize', '--db', 'figures.duckdb', '--period', '2023', '--format', 'json']);
    const places = Object.values((JSON.parse(windowed.out) as { summary: { excluded: Record<string, { at: object[] }> } }).summary.excluded).flatMap((e) => e.at);
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(Object.keys(p).sort()).toEqual(['row_no', 'table']);
    expect(places[0]).toMatchObject({ table: 'antq_figures' });
    const text = await run(['summarize', '--db', 'figures.duckdb', '--period', '2023', '--lang', 'en']);
    expect(text.out).toMatch(/left out: .*\(table antq_figures, row_no \d/);

    const cmp = ['--current', '2023', '--baseline', '2022', '--by', 'indicator', '--format', 'json'];
    const a = await run(['compare', 'synth.csv', ...cmp]);
    const b = await run(['compare', '--engine', 'duckdb', '--db', 'figures.duckdb', ...cmp]);
    expect(b.code).toBe(0);
    expect(withoutRows((JSON.parse(b.out) as { comparison: unknown }).comparison)).toEqual(withoutRows((JSON.parse(a.out) as { comparison: unknown }).comparison));
  }, 120_000);

  it('loads nothing from a file with errors unless --lenient', async () => {
    const strict = await run(['load', 'bad.csv', '--db', 'bad.duckdb']);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('0 figures loaded');
    const lenient = await run(['load', 'bad.csv', '--db', 'bad.duckdb', '--lenient']);
    expect(lenient.code).toBe(0);
    expect(lenient.out).toContain('1 figures loaded');
  }, 60_000);

  it('finds repeats past --max-tracked-keys in the database: strict loads nothing, lenient drops them', async () => {
    writeFileSync(join(dir, 'repeats.csv'), 'unit,indicator,value,period\n41,marches,1,2023\n42,marches,2,2023\n43,marches,3,2023\n42,marches,2,2023\n43,marches,4,2023\n');
    const strict = await run(['load', 'repeats.csv', '--db', 'repeats.duckdb', '--max-tracked-keys', '1', '--format', 'json']);
    expect(strict.code).toBe(1);
    const report = (JSON.parse(strict.out) as { loaded: number; import: { groups: { code: string; occurrences: { row: number; line: number }[] }[] } });
    expect(report.loaded).toBe(0);
    expect(report.import.groups.filter((g) => g.code !== 'cross_row_checks_limited').map((g) => [g.code, g.occurrences.map((o) => [o.row, o.line])])).toEqual([
      ['conflicting_figure', [[5, 6]]],
      ['duplicate_figure', [[4, 5]]],
    ]);
    expect(strict.err).toContain('2 repeated figures found in the database');
    const lenient = await run(['load', 'repeats.csv', '--db', 'repeats.duckdb', '--max-tracked-keys', '1', '--lenient']);
    expect(lenient.code).toBe(0);
    expect(lenient.out).toContain('3 figures loaded');
  }, 60_000);

  it('lenient: the summary on stderr gives the numbers after the database found the repeats', async () => {
    writeFileSync(join(dir, 'repeats-bad.csv'), 'unit,indicator,value,period\n41,marches,1,2023\n42,marches,2,2023\n43,marches,3,2023\n42,marches,2,2023\n43,marches,4,2023\n44,marches,-1,2023\n');
    const lenient = await run(['load', 'repeats-bad.csv', '--db', 'repeats-bad.duckdb', '--max-tracked-keys', '1', '--lenient']);
    expect(lenient.code).toBe(0);
    expect(lenient.err).toContain('repeats-bad.csv: 3 error(s) in 3 of 6 rows; 3 rows kept\n2 repeated figures found in the database (past --max-tracked-keys)\n');
    expect(lenient.err).not.toContain('5 rows kept');
    expect(lenient.out).toContain('3 figures loaded');
  }, 60_000);

  it('says what is wrong with the arguments', async () => {
    expect((await run(['summarize', '--engine', 'duckdb'])).code).toBe(2);
    expect((await run(['summarize', 'synth.csv', '--db', 'figures.duckdb'])).code).toBe(2);
    expect((await run(['load', '--db', 'x.duckdb'])).code).toBe(2);
    const memory = await run(['summarize', '--db', 'figures.duckdb', '--memory-limit', 'lots']);
    expect(memory.code).toBe(2);
    expect(memory.err).toContain('--memory-limit takes a size');
    for (const n of ['0', '0x2', '1025']) {
      const threads = await run(['summarize', '--db', 'figures.duckdb', '--threads', n]);
      expect(threads.code).toBe(2);
      expect(threads.err).toContain('--threads must be a whole number from 1 to 1024');
    }
  });

  it('opens embedded DuckDB with 96MB for summarize, 256MB for compare and report and 1GB for load, unless --memory-limit says otherwise', async () => {
    const args = (options: [string, string][]): { positionals: string[]; options: Map<string, string> } => ({ positionals: [], options: new Map(options) });
    expect(duckdbSettings(args([]), 'summary').memory_limit).toBe('96MB');
    expect(duckdbSettings(args([]), 'query').memory_limit).toBe('256MB');
    expect(duckdbSettings(args([]), 'load').memory_limit).toBe('1GB');
    expect(duckdbSettings(args([['memory-limit', '2GB']]), 'summary').memory_limit).toBe('2GB');
    expect(duckdbSettings(args([['memory-limit', '2GB']]), 'query').memory_limit).toBe('2GB');
    expect(duckdbSettings(args([['memory-limit', '512MB']]), 'load').memory_limit).toBe('512MB');
    expect(duckdbSettings(args([['threads', '3']]), 'query').threads).toBe('3');
    expect(() => duckdbSettings(args([['memory-limit', 'lots']]), 'summary')).toThrow('--memory-limit takes a size');
    // The help says so, in both languages.
    for (const [lang, text] of [['en', 'default 96MB for'], ['vi', 'mặc định 96MB']]) {
      for (const command of ['summarize', 'compare', 'report']) expect((await run([command, '--help', '--lang', lang as string])).out).toContain(text);
      expect((await run(['load', '--help', '--lang', lang as string])).out).toContain(lang === 'en' ? 'default 1GB' : 'mặc định 1GB');
    }
  });

  it('bounds embedded DuckDB with --memory-limit and --threads, and answers the same', async () => {
    const args = ['summarize', '--db', 'figures.duckdb', '--by', 'indicator', '--format', 'json'];
    const plain = await run(args);
    const bounded = await run([...args, '--memory-limit', '256MB', '--threads', '1']);
    expect(bounded.code).toBe(0);
    expect(bounded.out).toBe(plain.out);
  }, 60_000);

  it('summarizes a database another process holds open for reading (opened read-only)', async () => {
    // A second process opens the file read-only and waits; a read-write open would find it locked.
    const reader = spawn(process.execPath, ['--input-type=module', '-e', "const { DuckDBInstance } = await import('@duckdb/node-api'); const i = await DuckDBInstance.create(process.argv[1], { access_mode: 'READ_ONLY' }); await i.connect(); process.stdout.write('open\\n'); setTimeout(() => undefined, 60_000);", join(dir, 'figures.duckdb')], { cwd: join(__dirname, '../..'), stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        reader.stdout.on('data', (b: Buffer) => (b.toString().includes('open') ? resolve() : undefined));
        reader.on('exit', (code) => reject(new Error(`the reader ended with ${String(code)}`)));
      });
      const r = await run(['summarize', '--db', 'figures.duckdb', '--by', 'indicator', '--format', 'json']);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      // load writes, so it still needs the file to itself.
      const load = await run(['load', 'synth.csv', '--db', 'figures.duckdb']);
      expect(load.code).toBe(1);
      expect(load.err).toContain('figures.duckdb');
    } finally {
      reader.kill();
    }
  }, 60_000);

  it('never prints a database password', async () => {
    expect(redactDb('postgres://ana:s3cret@db.example:5432/antq')).toBe('postgres://ana:***@db.example:5432/antq');
    expect(redactDb('figures.duckdb')).toBe('figures.duckdb');
    const r = await run(['summarize', '--db', 'postgresql://ana:s3cret@127.0.0.1:1/antq']);
    expect(r.code).toBe(1);
    expect(r.err + r.out).not.toContain('s3cret');
    expect(r.err).toContain('***');
    // A password in the URL's query, or in a key=value connection string, quoted or not.
    expect(redactDb('postgres://ana@db.example/antq?sslmode=require&password=s3cret&x=1')).toBe('postgres://ana@db.example/antq?sslmode=require&password=***&x=1');
    expect(redactDb("host=db.example password='s3 cr\\'et' dbname=antq")).toBe('host=db.example password=*** dbname=antq');
    expect(redactDb('host=db.example PASSWORD = s3cret dbname=antq')).toBe('host=db.example PASSWORD = *** dbname=antq');
    for (const db of ['postgres://ana@127.0.0.1:1/antq?password=s3cret', 'host=127.0.0.1 port=1 password=s3cret dbname=antq']) {
      const q = await run(['summarize', '--engine', 'postgres', '--db', db]);
      expect(q.code).toBe(1);
      expect(q.err + q.out).not.toContain('s3cret');
    }
  }, 60_000);
  it('writes the report of a file from the database, and refuses a figure filter there', async () => {
    expect((await run(['load', 'synth.csv', '--db', 'report.duckdb'])).code).toBe(0);
    const args = ['--period', '2013/2023', '--compare', '2023:2022', '--format', 'json'];
    const file = JSON.parse((await run(['report', 'synth.csv', ...args])).out) as { report: { sections: unknown; figures: unknown; subtitle: unknown } };
    const db = await run(['report', '--db', 'report.duckdb', ...args]);
    expect(db.code).toBe(0);
    const fromDb = JSON.parse(db.out) as { report: { sections: unknown; figures: unknown; subtitle: unknown }; table: string };
    expect(fromDb.report.sections).toEqual(file.report.sections);
    expect(fromDb.report.figures).toEqual(file.report.figures);
    expect(fromDb.report.subtitle).toEqual(file.report.subtitle);
    expect(fromDb.table).toBe('antq_figures');
    const text = await run(['report', '--db', 'report.duckdb', '--period', '2023', '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.out.length).toBeGreaterThan(0);
    const refused = await run(['report', '--db', 'report.duckdb', '--unit', '42']);
    expect(refused.code).toBe(2);
  });
});
