// Package smoke tests: pack the tarball as npm would publish it, install it into fresh consumer
// projects (ESM, CJS, TypeScript with node16 and bundler resolution) from the local npm cache, and
// run a real call in each. Run by `npm run test:package` after the build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const installed = (name: string): string =>
  (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

let work = '';
let tarball = '';
/** What `npm pack --json` says of the tarball: bytes packed and unpacked, and the files. */
let packed: { size: number; unpackedSize: number; files: { path: string }[] } = { size: 0, unpackedSize: 0, files: [] };

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
}

function project(name: string, files: Record<string, string>, pkgJson: Record<string, unknown>, extra: string[] = []): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, version: '1.0.0', ...pkgJson }, null, 2));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  run('npm', ['install', '--prefer-offline', '--no-save', '--ignore-scripts', tarball, `zod@${installed('zod')}`, ...extra], dir);
  return dir;
}

const CALL_ESM = `
import { isAntqError, ValidationError, aggregate, parseViQuantity } from 'antq';
import { runCli } from 'antq/cli';
import { compileAggregate, figuresTableDdl, duckdbClient } from 'antq/sql';
const e = new ValidationError([], 'smoke');
if (!isAntqError(e)) throw new Error('bad exports');
// antq/sql loads without any driver installed (the drivers are optional peers).
if (!compileAggregate({ by: ['indicator', 'unit'], period: '2023' }, 'duckdb').cells.includes('GROUP BY')) throw new Error('antq/sql compileAggregate');
if (!figuresTableDdl('postgres').startsWith('CREATE TABLE IF NOT EXISTS') || typeof duckdbClient !== 'function') throw new Error('antq/sql');
const q = parseViQuantity('trên 127 khẩu súng quân dụng');
if (!q.ok || q.value.quantity.value !== 127 || q.value.quantity.qualifier !== 'over') throw new Error('parseViQuantity');
const { rows } = aggregate([
  { unit: '42', indicator: 'model_sites', value: 1900, period: '2018-12-31' },
  { unit: '42', indicator: 'model_sites', value: 2100, period: '2023-05-24' },
], { by: ['indicator'], period: '2013/2023' });
if (rows[0].value !== 2100) throw new Error('aggregate');
let out = '';
const code = await runCli(['parse', 'hơn 81 nghìn lượt đơn thư', '--format', 'json'], { stdout: { write: (s) => { out += s; return true; } }, stderr: process.stderr, cwd: process.cwd() });
if (code !== 0 || !out.includes('81000')) throw new Error('runCli ' + code + ' ' + out);
console.log('ok', e.code);
`;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'antq-pkg-'));
  const out = run('npm', ['pack', '--json', '--pack-destination', work], root);
  const info = (JSON.parse(out) as (typeof packed & { filename: string })[])[0];
  const name = info?.filename;
  if (!name || info === undefined) throw new Error('npm pack gave no file');
  packed = info;
  tarball = join(work, name);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('packed tarball', () => {
  it('contains only what users need', () => {
    const list = run('tar', ['-tzf', tarball], work).split('\n').filter(Boolean);
    expect(list).toContain('package/dist/index.js');
    expect(list).toContain('package/dist/index.cjs');
    expect(list).toContain('package/dist/index.d.ts');
    expect(list).toContain('package/dist/index.d.cts');
    expect(list).toContain('package/LICENSE');
    expect(list.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toBe(false);
  });

  it('is lean: under 660 kB packed, no source maps, entries share their code, no unused dependency', () => {
    // A budget that moves with what the package does: 379 kB when set, 610 kB on 2026-12-07 (the
    // SQL load's repeats check and PostgreSQL COPY, the rollup's counting sort, the denser
    // interner), 649 kB on 2026-12-08 (the checks of partial aggregates, the engine's module-level
    // row functions, and the CLI's schemas in a chunk of their own loaded when used: 41 files).
    expect(packed.size).toBeLessThan(660_000);
    const paths = packed.files.map((f) => f.path);
    // The sources are not shipped, so a map would point at nothing.
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    // index, cli and the bin share chunks instead of each carrying a whole bundle.
    expect(paths.some((p) => /^dist\/chunk-[\w-]+\.js$/.test(p))).toBe(true);
    const bin = readFileSync(join(root, 'dist', 'cli', 'bin.js'), 'utf8');
    expect(bin.length).toBeLessThan(2_000);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    // Every runtime dependency is imported by dist; zod is a peer.
    const dist = paths.filter((p) => /\.(c?js)$/.test(p)).map((p) => readFileSync(join(root, p), 'utf8')).join('\n');
    for (const dep of Object.keys((pkg.dependencies ?? {}) as Record<string, string>)) expect(dist).toMatch(new RegExp(`from ['"]${dep}|require\\(['"]${dep}`));
    expect(pkg.repository).toBeDefined();
    expect(typeof pkg.homepage).toBe('string');
    expect(pkg.bugs).toBeDefined();
  });

  it('links the README to the guides with absolute addresses, so they work on the npm page', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string);
    expect(links.filter((l) => !/^(https?:|#)/.test(l))).toEqual([]);
    const home = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { homepage: string }).homepage.replace(/#.*$/, '');
    for (const l of links.filter((x) => x.includes('/docs/'))) {
      expect(l.startsWith(`${home}/blob/main/docs/`)).toBe(true);
      expect(existsSync(join(root, 'docs', l.slice(l.lastIndexOf('/') + 1)))).toBe(true);
    }
  });

  it('imports from a fresh ESM project', () => {
    const dir = project('esm', { 'index.mjs': CALL_ESM }, { type: 'module' });
    expect(run('node', ['index.mjs'], dir)).toContain('ok validation_failed');
    // The bin, as `npx antq` runs it.
    const out = run(join(dir, 'node_modules', '.bin', 'antq'), ['parse', 'quý III/2009', '--format', 'json'], dir);
    expect(out).toContain('2009-07-01');
    expect(() => run(join(dir, 'node_modules', '.bin', 'antq'), ['no-such-command'], dir)).toThrow();
  }, 120_000);

  it('requires from a fresh CJS project', () => {
    const code = `
const { isAntqError, ValidationError, parseViNumber, comparePeriods } = require('antq');
const { runCli } = require('antq/cli');
const { compileAggregate, pgClient } = require('antq/sql');
if (!compileAggregate({ by: ['indicator'], period: '2023' }, 'postgres').cells.includes('GROUP BY') || typeof pgClient !== 'function') throw new Error('antq/sql');
const e = new ValidationError([], 'smoke');
if (!isAntqError(e)) throw new Error('bad exports');
const n = parseViNumber('17.543');
if (!n.ok || n.value !== 17543) throw new Error('parseViNumber');
const cmp = comparePeriods(
  [{ unit: '42', indicator: 'marches', value: 100, period: '2022' }, { unit: '42', indicator: 'marches', value: 0, period: '2023' }],
  { current: '2022', baseline: '2023', by: ['indicator'] },
);
if (cmp.rows[0].percentChange !== null || cmp.rows[0].reason !== 'zero_baseline') throw new Error('comparePeriods');
if (typeof runCli !== 'function') throw new Error('runCli');
console.log('ok', e.code);
`;
    const dir = project('cjs', { 'index.cjs': code }, { type: 'commonjs' });
    expect(run('node', ['index.cjs'], dir)).toContain('ok validation_failed');
  }, 120_000);

  // The worker thread of `threads` is a file of its own in dist/ (csvWorker.js, csvWorker.cjs), found
  // next to the code that starts it: it must load from the installed package, ESM and CJS.
  for (const [kind, file, load] of [
    ['ESM', 'threads.mjs', "import { importFigures } from 'antq';\nimport { Worker } from 'node:worker_threads';\nconst workerFile = new URL('./csvWorker.js', import.meta.resolve('antq'));"],
    ['CJS', 'threads.cjs', "const { importFigures } = require('antq');\nconst { Worker } = require('node:worker_threads');\nconst workerFile = require('node:path').join(require('node:path').dirname(require.resolve('antq')), 'csvWorker.cjs');"],
  ] as const) {
    it(`reads a CSV file with worker threads (${kind}), the same as with one thread`, () => {
      const code = `${load}
const lines = ['unit,indicator,value,period,note'];
for (let i = 0; i < 60000; i++) lines.push(i % 997 === 5 ? 'P' + (i % 50) + ',marchs,' + i + ',2023,' : 'P' + (i % 50) + ',marches,' + (i % 90) + ',' + (2000 + (i % 24)) + '-' + String(1 + (i % 12)).padStart(2, '0') + ',' + (i % 13 === 0 ? '"a ""note""\\non two lines"' : ''));
const bytes = new TextEncoder().encode(lines.join('\\n') + '\\n');
async function read(threads) {
  let sum = 0;
  const chunks = [];
  for (let at = 0; at < bytes.length; at += 65536) chunks.push(bytes.subarray(at, at + 65536));
  const report = await importFigures(chunks, { threads, mode: 'lenient', onTable: (t) => { for (let i = 0; i < t.length; i++) sum += t.value[i]; } });
  return { report: JSON.stringify(report), sum };
}
// The worker file itself, as the library starts it: one segment of rows past the header.
function segment() {
  return new Promise((resolve, reject) => {
    const w = new Worker(workerFile, { workerData: { params: { header: ['unit', 'indicator', 'value', 'period', 'note'], delimiter: ',', viNumbers: false, maxRecordChars: undefined }, reader: 0 } });
    w.on('error', reject);
    w.on('message', (m) => { void w.terminate(); resolve(m.done); });
    const rows = new TextEncoder().encode('P1,marches,3,2023,\\nP2,marches,4,2023,"a\\nb"\\n');
    w.postMessage({ id: 0, bytes: rows }, [rows.buffer]);
  });
}
(async () => {
  const one = await read(1);
  const two = await read(2);
  if (two.report !== one.report || two.sum !== one.sum) throw new Error('threads differ');
  const done = await segment();
  if (done.dirty || done.rows !== 2 || done.lines !== 3 || done.value[1] !== 4 || done.reader !== 0 || done.texts[1].join() !== 'P1,P2') throw new Error('worker ' + JSON.stringify(done));
  console.log('ok threads', JSON.parse(one.report).rejected);
})();
`;
      const dir = project(`threads-${kind.toLowerCase()}`, { [file]: code }, { type: kind === 'ESM' ? 'module' : 'commonjs' });
      expect(run('node', [file], dir)).toContain('ok threads 59400');
    }, 120_000);
  }

  for (const resolution of ['node16', 'bundler'] as const) {
    it(`type-checks from TypeScript with moduleResolution ${resolution}`, () => {
      const tsconfig = {
        compilerOptions: {
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          module: resolution === 'node16' ? 'node16' : 'esnext',
          moduleResolution: resolution,
          target: 'es2022',
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
        },
        include: ['index.ts'],
      };
      const code = `
import { isAntqError, ValidationError, aggregate, type Qualifier, type Issue, type AggregateRow } from 'antq';
import { runCli, type CliIo } from 'antq/cli';
const rows: readonly AggregateRow[] = aggregate([{ unit: '42', indicator: 'marches', value: 1 }]).rows;
const io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: '.' };
void runCli(['catalog'], io);
const q: Qualifier = 'over';
const issues: Issue[] = [];
const e = new ValidationError(issues, 'smoke');
const ok: boolean = isAntqError(e);
// @ts-expect-error 'overr' is not a qualifier
const bad: Qualifier = 'overr';
export { q, ok, bad, rows };
`;
      const dir = project(`ts-${resolution}`, { 'index.ts': code, 'tsconfig.json': JSON.stringify(tsconfig) }, { type: 'module' }, [`@types/node@${installed('@types/node')}`]);
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      expect(() => run('node', [tsc, '-p', 'tsconfig.json'], dir)).not.toThrow();
    }, 120_000);
  }
});
