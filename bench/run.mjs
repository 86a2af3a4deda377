// antq benchmarks: `npm run bench` (builds first), `npm run bench -- --rows 10000000`.
// Every in-memory case runs in this one process on the same records; file cases run in child
// processes (each with its own peak RSS) on the CSV file of those same records; DuckDB runs in a
// child process too. Times are medians of `--repeats` runs (file jobs: `--file-repeats`), and each
// is reported as a ratio to its baseline measured in the same run, since the machine is shared.
// `--write` puts the tables into docs/performance.md between the markers for this size.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import * as antq from 'antq';
import { ensureCsv, median } from './data.mjs';

const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
if (args.includes('--sql')) {
  // antq/sql: DuckDB pushdown against the in-process engine (bench/sql.mjs).
  const { runSqlBench } = await import('./sql.mjs');
  const repeats = arg('sql-repeats', undefined);
  runSqlBench(arg('sql-sizes', '1000000,10000000').split(',').map(Number), { ...(arg('sql-dir', undefined) ? { dir: arg('sql-dir') } : {}), ...(repeats ? { repeats: Number(repeats) } : {}), memoryLimit: arg('sql-memory-limit', '1GB'), threads: arg('sql-threads', '2'), engine: arg('sql-engine', 'duckdb') });
  process.exit(0);
}
const { aggregate, createUnitRegistry, encodeFigures } = antq;
const rows = Number(arg('rows', '1000000'));
// `--memory-only`: the in-memory tables (a) and (b) only, no file jobs (a quick look while working).
const memoryOnly = args.includes('--memory-only');
const repeats = Number(arg('repeats', '5'));
const fileRepeats = Number(arg('file-repeats', rows >= 5_000_000 ? '1' : '3'));
const root = new URL('../', import.meta.url).pathname;
const node = process.execPath;

// After a forced collection the heap of a million figure objects is still being swept in the
// background, and on a loaded 2-core machine that slows whatever runs next; a short pause lets it end.
const settle = () => new Promise((ok) => setTimeout(ok, 200));
async function time(fn, n = repeats) {
  const ms = [];
  let out;
  for (let r = 0; r < n; r++) {
    globalThis.gc?.();
    await settle();
    const t0 = performance.now();
    out = fn();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), best: ms.reduce((a, b) => Math.min(a, b), Infinity), out };
}
// In-memory rows also give the ratio of the fastest runs: on a loaded machine the median of a few
// runs moves a lot from run to run, the fastest run much less.
const best = (t, base, duckBase) => `; best of ${repeats} ×${(t.best / base.best).toFixed(2)}${duckBase?.best ? `, ×${(t.best / duckBase.best).toFixed(2)} DuckDB` : ''}`;

const results = [];
const lines = [];
const say = (s) => {
  console.log(s);
  lines.push(s);
};
const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
function row(section, name, ms, base, extra = '') {
  const ratio = ms / base;
  results.push({ section, case: name, ms: Math.round(ms * 10) / 10, ratio: Math.round(ratio * 100) / 100, extra });
  say(`| ${name} | ${fmtMs(ms)} | ×${ratio.toFixed(2)} | ${extra} |`);
}
const header = (title, base) => {
  say(`\n**${title}** (ratio to ${base})\n`);
  say('| case | median | ratio | notes |');
  say('|---|---|---|---|');
};

// ---- data -------------------------------------------------------------------------------------
// The figures and the typed-array baselines' codes (bench/memoryData.mjs, `--rows` records),
// imported here so that `--sql` makes none of them.
const { figs, typedRollup, typedSums, unitRows } = await import('./memoryData.mjs');
const registry = createUnitRegistry(unitRows);
// `--distinct-units`: the file jobs read a copy in which every row names a unit of its own.
const distinctUnits = args.includes('--distinct-units');
const file = await ensureCsv(rows, { distinctUnits });

function nestedNumericMaps() {
  const root = new Map();
  let cells = 0;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    let a = root.get(f.indicator);
    if (a === undefined) root.set(f.indicator, (a = new Map()));
    const c = f.category ?? '';
    let b = a.get(c);
    if (b === undefined) a.set(c, (b = new Map()));
    let d = b.get(f.uom);
    if (d === undefined) b.set(f.uom, (d = new Map()));
    const p = f.period;
    const year = (p.charCodeAt(0) - 48) * 1000 + (p.charCodeAt(1) - 48) * 100 + (p.charCodeAt(2) - 48) * 10 + (p.charCodeAt(3) - 48);
    const v = d.get(year);
    if (v === undefined) cells++;
    d.set(year, (v ?? 0) + f.value);
  }
  return cells;
}
// antq's build-once form (when this build has it): the figures encoded once into a FigureTable,
// not timed, like the typed-array baselines' codes.
const table = typeof encodeFigures === 'function' ? encodeFigures(figs) : null;

// `coverage: false` (when this build has it) skips counting the reporting units per row.
const probeCoverage = (() => {
  const two = [{ unit: 'A', indicator: 'marches', value: 1 }, { unit: 'B', indicator: 'marches', value: 1 }];
  return aggregate(two, { by: ['indicator'], coverage: false }).rows[0]?.coverage?.reported !== 2;
})();

let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  if (execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim() !== '') commit += ' + uncommitted src changes';
} catch {}
say(`antq bench: ${rows.toLocaleString('en')} records; ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}; Node ${process.version}; commit ${commit}; ${new Date().toISOString().slice(0, 10)}; medians of ${repeats} (in memory) and ${fileRepeats} (file jobs)`);

// ---- DuckDB (child process) ---------------------------------------------------------------
let duck = null;
if (!args.includes('--no-duckdb'))
try {
  duck = JSON.parse(execFileSync(node, [new URL('./duckdb.mjs', import.meta.url).pathname, file, String(repeats)], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').pop());
} catch (e) {
  console.error(`DuckDB skipped: ${e.message.split('\n')[0]}`);
}

// ---- (a) sums in memory -----------------------------------------------------------------------
const a1 = await time(typedSums);
const a2 = await time(nestedNumericMaps);
const aOpts = { by: ['indicator', 'category', 'period'], granularity: 'year' };
const a3 = await time(() => aggregate(figs, aOpts).rows.length);
header(`(a) sums by indicator × category × uom × year, ${rows.toLocaleString('en')} figures in memory`, 'the typed-array loop');
row('a', 'typed-array loop over dictionary codes', a1.ms, a1.ms, `${a1.out} cells${best(a1, a1)}`);
row('a', 'nested `Map`s, numeric year', a2.ms, a1.ms, `${a2.out} cells${best(a2, a1)}`);
if (duck) row('a', 'DuckDB, table loaded', duck.memSums.ms, a1.ms, `${duck.memSums.rows} rows${best(duck.memSums, a1)}`);
const vsDuck = (ms) => (duck ? `; ×${(ms / duck.memSums.ms).toFixed(2)} DuckDB` : '');
if (table) {
  const t3 = await time(() => aggregate(table, aOpts).rows.length);
  row('a', '**antq `aggregate` over a `FigureTable`** (built once, not timed)', t3.ms, a1.ms, `${t3.out} rows${vsDuck(t3.ms)}${best(t3, a1, duck?.memSums)}`);
  const t4 = await time(() => aggregate(table, { ...aOpts, coverage: false }).rows.length);
  row('a', '**antq over a `FigureTable`, `coverage: false`**', t4.ms, a1.ms, `${t4.out} rows${vsDuck(t4.ms)}${best(t4, a1, duck?.memSums)}`);
}
row('a', '**antq `aggregate`, plain figures**', a3.ms, a1.ms, `${a3.out} rows${vsDuck(a3.ms)}${best(a3, a1, duck?.memSums)}`);
if (probeCoverage) {
  const a4 = await time(() => aggregate(figs, { ...aOpts, coverage: false }).rows.length);
  row('a', '**antq `aggregate`, plain figures, `coverage: false`**', a4.ms, a1.ms, `${a4.out} rows${vsDuck(a4.ms)}${best(a4, a1, duck?.memSums)}`);
}

// ---- (b) hierarchy subtotals in memory ---------------------------------------------------------
const b1 = await time(typedRollup);
const bOpts = { by: ['indicator', 'unit'], units: registry, rollup: true };
const b2 = await time(() => aggregate(figs, bOpts).rows.length);
const bt = table ? await time(() => aggregate(table, bOpts).rows.length) : null;
const btc = table ? await time(() => aggregate(table, { ...bOpts, coverage: false }).rows.length) : null;
header(`(b) subtotals commune → district → province → national by indicator × uom, ${rows.toLocaleString('en')} figures in memory`, 'the typed-array rollup');
row('b', 'typed-array rollup over unit codes', b1.ms, b1.ms, `${b1.out} cells`);
if (duck) row('b', 'DuckDB, table loaded (join to ancestors)', duck.memRollup.ms, b1.ms, `${duck.memRollup.rows} rows${best(duck.memRollup, b1)}`);
const vsDuckB = (ms) => (duck ? `; ×${(ms / duck.memRollup.ms).toFixed(2)} DuckDB` : '');
if (bt && btc) {
  row('b', '**antq `aggregate` with `rollup: true` over a `FigureTable`** (built once, not timed)', bt.ms, b1.ms, `${bt.out} rows${vsDuckB(bt.ms)}${best(bt, b1, duck?.memRollup)}`);
  row('b', '**antq rollup over a `FigureTable`, `coverage: false`**', btc.ms, b1.ms, `${btc.out} rows${vsDuckB(btc.ms)}${best(btc, b1, duck?.memRollup)}`);
}
row('b', '**antq `aggregate` with `rollup: true`, plain figures**', b2.ms, b1.ms, `${b2.out} rows${vsDuckB(b2.ms)}${best(b2, b1, duck?.memRollup)}`);
if (probeCoverage) {
  const b3 = await time(() => aggregate(figs, { ...bOpts, coverage: false }).rows.length);
  row('b', '**antq rollup, plain figures, `coverage: false`**', b3.ms, b1.ms, `${b3.out} rows${best(b3, b1)}`);
}
if (memoryOnly) process.exit(0);

// ---- (c) CSV file → validated summary, and validate --------------------------------------------
const fileMb = Math.round(readFileSync(file).length / 2 ** 20);
figs.length = 0; // free the heap before the child processes run
globalThis.gc?.();
function child(argv) {
  const ms = [];
  let last;
  for (let r = 0; r < fileRepeats; r++) {
    const out = execFileSync(node, ['--expose-gc', ...argv], { encoding: 'utf8', maxBuffer: 1 << 26 });
    last = JSON.parse(out.trim().split('\n').pop());
    ms.push(last.ms);
  }
  return { ...last, ms: median(ms) };
}
/** Runs the CLI under /usr/bin/time: wall time (with Node's start-up) and peak RSS. */
function cli(argv) {
  const ms = [];
  let rss = 0;
  for (let r = 0; r < fileRepeats; r++) {
    const t0 = performance.now();
    const res = spawnSync('/usr/bin/time', ['-f', '@@ %M', node, `${root}dist/cli/bin.js`, ...argv], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'ignore', 'pipe'] });
    ms.push(performance.now() - t0);
    const m = /@@ (\d+)/.exec(res.stderr ?? '');
    if (res.status !== 0 || m === null) throw new Error(`antq ${argv[0]} failed (${res.status}): ${String(res.stderr).slice(-500)}`);
    rss = Math.max(rss, Math.round(Number(m[1]) / 1024));
  }
  return { ms: median(ms), rss };
}

const split = child([new URL('./stream.mjs', import.meta.url).pathname, file, '--mode', 'split']);
const lib = child([new URL('./stream.mjs', import.meta.url).pathname, file, '--mode', 'antq']);
const libTable = child([new URL('./stream.mjs', import.meta.url).pathname, file, '--mode', 'table']);
const libThreads = child([new URL('./stream.mjs', import.meta.url).pathname, file, '--mode', 'table', '--threads', '2']);
const summarize = cli(['summarize', file, '--by', 'indicator,category,period', '--granularity', 'year', '--format', 'csv']);
const summarizeThreads = cli(['summarize', file, '--by', 'indicator,category,period', '--granularity', 'year', '--format', 'csv', '--threads', '2']);
const validate = cli(['validate', file]);
const validateThreads = cli(['validate', file, '--threads', '2']);
header(`(c) CSV file (${fileMb} MB, ${rows.toLocaleString('en')} records${distinctUnits ? ', a distinct unit on every row' : ''}) → validated summary by indicator × category × uom × year`, 'the chunked split loop');
row('c', 'chunked `indexOf` split loop into `Map`s (no checks)', split.ms, split.ms, `peak RSS ${split.peakRssMb} MB`);
if (duck) row('c', 'DuckDB `read_csv` + GROUP BY', duck.fileSums.ms, split.ms, `${duck.threads} threads`);
row('c', '**antq `readFigures` → `createAggregator`**', lib.ms, split.ms, `peak RSS ${lib.peakRssMb} MB${duck ? `; ×${(lib.ms / duck.fileSums.ms).toFixed(2)} DuckDB` : ''}`);
row('c', '**antq `importFigures` → figure tables → `createAggregator`**', libTable.ms, split.ms, `peak RSS ${libTable.peakRssMb} MB${duck ? `; ×${(libTable.ms / duck.fileSums.ms).toFixed(2)} DuckDB` : ''}`);
row('c', '**antq `importFigures` → figure tables → `createAggregator`, `threads: 2`**', libThreads.ms, split.ms, `peak RSS ${libThreads.peakRssMb} MB${duck ? `; ×${(libThreads.ms / duck.fileSums.ms).toFixed(2)} DuckDB` : ''}`);
row('c', '**`antq summarize`** (whole process)', summarize.ms, split.ms, `peak RSS ${summarize.rss} MB${duck ? `; ×${(summarize.ms / duck.fileSums.ms).toFixed(2)} DuckDB` : ''}`);
row('c', '**`antq summarize --threads 2`** (whole process)', summarizeThreads.ms, split.ms, `peak RSS ${summarizeThreads.rss} MB${duck ? `; ×${(summarizeThreads.ms / duck.fileSums.ms).toFixed(2)} DuckDB` : ''}`);
header('(d) `antq validate` (whole process)', 'the chunked split loop');
row('d', '**`antq validate`**', validate.ms, split.ms, `${Math.round(rows / (validate.ms / 1000)).toLocaleString('en')} rows/s; peak RSS ${validate.rss} MB`);
row('d', '**`antq validate --threads 2`**', validateThreads.ms, split.ms, `${Math.round(rows / (validateThreads.ms / 1000)).toLocaleString('en')} rows/s; peak RSS ${validateThreads.rss} MB`);

if (args.includes('--json')) console.log(JSON.stringify(results));
if (args.includes('--write')) {
  const doc = `${root}docs/performance.md`;
  const text = readFileSync(doc, 'utf8');
  const label = arg('label', 'now');
  const start = `<!-- bench rows=${rows} ${label} -->`;
  const end = `<!-- /bench rows=${rows} ${label} -->`;
  const block = `${start}\n${lines.join('\n')}\n${end}`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  writeFileSync(doc, i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + end.length) : `${text.trimEnd()}\n\n${block}\n`);
  console.log(`\nwrote ${doc}`);
}
