// `npm run bench -- --sql [--sql-sizes 1000000,10000000] [--sql-dir DIR] [--sql-memory-limit 1GB] [--sql-threads 2] [--sql-engine duckdb|postgres]`:
// DuckDB pushdown (antq/sql) against the in-process engine and against hand-written DuckDB SQL, on
// the same generated figures. With `--sql-engine postgres` the figures go to the PostgreSQL server
// of ANTQ_PG_URL instead (tables antq_bench_figures and antq_bench_units, dropped at the end; no
// hand-written step): the data then lives in another process, so the Node process's memory is
// antq's own. Embedded DuckDB lives in the Node process, so every DuckDB step opens it with
// the same `memory_limit` and `threads` (default 1GB and 2, as `antq … --db` bounds it too), and the
// pushdown and the hand-written queries get the same. Everything lives in a temporary folder (outside the repository unless
// --sql-dir says otherwise), deleted at the end: a CSV file of the figures and the .duckdb file.
// Each step runs in its own process so that its peak RSS is its own (the pushdown and the
// hand-written queries a process per job), and each says its JavaScript heap's peak apart
// (bench/heap-watch.mjs) and, for DuckDB's queries, DuckDB's own memory while the job runs
// (bench/duckdb-watch.mjs: what `duckdb_memory()` reports, at its largest, and the largest RSS less
// it at one moment, which is antq's and Node's part with what DuckDB allocates outside its buffer
// manager); a memory table per size sets the pushdown beside the hand-written query, job by job:
// - load: `loadFigures` (antq's validated import, then DuckDB's appender) from the CSV file;
// - pushdown: `aggregateSql` / `comparePeriodsSql` on the loaded table;
// - duckdb: a hand-written DuckDB query for each job on the same table (sums and distinct-unit
//   counts over the same groups, latest stock levels, rollup by GROUPING SETS; no qualifiers or
//   bounds): about the least time DuckDB needs for the job;
// - cli: `antq summarize --db` for the first job, the whole command as a user runs it;
// - in-process: `aggregate` / `comparePeriods` streaming the same figures from the generator (the
//   time of generating them alone is measured first and taken off).
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUILTIN_CATALOGUE, aggregate, comparePeriods, createUnitRegistry } from 'antq';
import { aggregateSql, comparePeriodsSql, duckdbClient, loadFigures, pgClient } from 'antq/sql';
import { DuckDBInstance } from '@duckdb/node-api';
import { FIGURE_COLUMNS, generateFigures, generateUnits } from './generate.mjs';
import { watchHeap } from './heap-watch.mjs';
import { watchDuckdb } from './duckdb-watch.mjs';

const SHAPE = { provinces: 33, districtsPerProvince: 10, communesPerDistrict: 10 };
const UNITS = generateUnits(SHAPE);
const registry = () => createUnitRegistry(UNITS);
const JOBS = {
  'by indicator × category × year': { kind: 'aggregate', options: { by: ['indicator', 'category', 'period'], granularity: 'year' } },
  'rollup commune → VN by indicator': { kind: 'aggregate', units: true, options: { by: ['indicator', 'unit'], rollup: true } },
  'compare 2023 with 2022 by indicator × province': { kind: 'compare', units: true, options: { current: '2023', baseline: '2022', by: ['indicator', 'unit'], level: 'province' } },
};
const ENGINE = process.env.ANTQ_BENCH_ENGINE ?? 'duckdb';
// In a PostgreSQL server the bench's tables have names of their own (the server's antq_figures is left alone).
const TABLE_OF = { duckdb: 'antq_figures', postgres: 'antq_bench_figures' };
const TABLE = TABLE_OF[ENGINE];
const UNITS_TABLE = ENGINE === 'postgres' ? 'antq_bench_units' : 'bench_units';
const optionsOf = (job) => (job.units ? { ...job.options, units: registry() } : job.options);
const sqlOptionsOf = (job) => ({ ...optionsOf(job), table: TABLE });
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const STOCKS = Object.entries(BUILTIN_CATALOGUE)
  .filter(([, d]) => d.kind === 'stock')
  .map(([id]) => `'${id}'`)
  .join(', ');

// The hand-written DuckDB queries, one per job, over the same table.
const YEAR = 'CAST(substr(period, 1, 4) AS INTEGER)';
const HAND = {
  'by indicator × category × year': `
SELECT indicator, COALESCE(category, '') AS category, ${YEAR} AS year, sum(value) AS value, count(DISTINCT unit) AS units
FROM antq_figures WHERE indicator NOT IN (${STOCKS}) GROUP BY ALL
UNION ALL
SELECT indicator, category, year, sum(v), count(*) FROM (
  SELECT indicator, COALESCE(category, '') AS category, ${YEAR} AS year, unit, arg_max(value, period) AS v
  FROM antq_figures WHERE indicator IN (${STOCKS}) GROUP BY ALL
) GROUP BY ALL`,
  'rollup commune → VN by indicator': `
WITH f AS (
  SELECT indicator, COALESCE(category, '') AS category, unit, sum(value) AS v FROM antq_figures WHERE indicator NOT IN (${STOCKS}) GROUP BY ALL
  UNION ALL
  SELECT indicator, COALESCE(category, '') AS category, unit, arg_max(value, period) FROM antq_figures WHERE indicator IN (${STOCKS}) GROUP BY ALL
)
SELECT f.indicator, u.code, u.district, u.province, sum(f.v) AS value, count(DISTINCT f.unit) AS units
FROM f JOIN bench_units u ON u.code = f.unit
GROUP BY GROUPING SETS ((f.indicator, u.code), (f.indicator, u.district), (f.indicator, u.province), (f.indicator))`,
  'compare 2023 with 2022 by indicator × province': `
SELECT f.indicator, u.province, ${YEAR} AS year, sum(value) AS value, count(DISTINCT f.unit) AS units
FROM antq_figures f JOIN bench_units u ON u.code = f.unit
WHERE ${YEAR} IN (2022, 2023) AND f.indicator NOT IN (${STOCKS}) GROUP BY ALL`,
};

const DUCKDB = { memory_limit: process.env.ANTQ_BENCH_MEMORY_LIMIT ?? '1GB', threads: process.env.ANTQ_BENCH_THREADS ?? '2' };

async function open(db) {
  if (ENGINE === 'postgres') {
    const { default: pg } = await import('pg');
    const { from: copyFrom } = await import('pg-copy-streams');
    const conn = new pg.Client({ connectionString: process.env.ANTQ_PG_URL });
    await conn.connect();
    return { conn, client: pgClient(conn, { copyFrom }), close: () => conn.end() };
  }
  const instance = await DuckDBInstance.create(db, DUCKDB);
  const conn = await instance.connect();
  return { conn, instance, client: duckdbClient(conn), close: () => (conn.closeSync(), instance.closeSync()) };
}

async function writeCsv(size, file) {
  const out = createWriteStream(file);
  out.write(FIGURE_COLUMNS.join(',') + '\n');
  let buf = '';
  for (const f of generateFigures(size, SHAPE)) {
    buf += FIGURE_COLUMNS.map((c) => (f[c] === undefined ? '' : String(f[c]))).join(',') + '\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

// Wall time and the process's CPU time (DuckDB's threads included): on a shared machine the CPU
// time says more than the wall time.
function timed(fn) {
  return async () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await fn();
    const c = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, r };
  };
}

async function child(size, mode, dir, repeats, jobIndex) {
  const db = join(dir, 'figures.duckdb');
  const csv = join(dir, 'figures.csv');
  const stopWatch = watchHeap();
  const out = {};
  const best = async (fn) => {
    let ms = Infinity;
    let cpuMs = 0;
    let r;
    for (let i = 0; i < repeats; i++) {
      const x = await timed(fn)();
      if (x.ms < ms) ({ ms, cpuMs } = x);
      r = x.r;
    }
    return { ms: Math.round(ms), cpuMs: Math.round(cpuMs), r };
  };
  if (mode === 'csv') {
    await writeCsv(size, csv);
    out.csvMb = Math.round(statSync(csv).size / 1e6);
  } else if (mode === 'load') {
    const { client, close } = await open(db);
    if (ENGINE === 'postgres') for (const t of [TABLE, UNITS_TABLE]) await client.query(`DROP TABLE IF EXISTS ${t}`);
    const { ms, cpuMs, r: report } = await timed(() => loadFigures(client, createReadStream(csv), { mode: 'lenient', table: TABLE }))();
    out.loadMs = Math.round(ms);
    out.loadCpuMs = Math.round(cpuMs);
    out.accepted = report.accepted;
    await client.query(`CREATE TABLE ${UNITS_TABLE} (code TEXT, district TEXT, province TEXT)`);
    const parent = new Map(UNITS.map((u) => [u.code, u.parent]));
    const rows = UNITS.filter((u) => u.level === 'commune').map((u) => [u.code, parent.get(u.code), parent.get(parent.get(u.code))]);
    await client.insertRows(UNITS_TABLE, ['code', 'district', 'province'], rows);
    await close();
  } else if (mode === 'drop') {
    const { client, close } = await open(db);
    for (const t of [TABLE, UNITS_TABLE]) await client.query(`DROP TABLE IF EXISTS ${t}`);
    await close();
  } else if (mode === 'pushdown' || mode === 'duckdb') {
    // One job per process: its peak RSS and DuckDB's memory are the job's own.
    const { client, instance, close } = await open(db);
    const [name, job] = Object.entries(JOBS)[jobIndex];
    const stopDuckdb = instance === undefined ? null : watchDuckdb(instance);
    {
      if (mode === 'duckdb') {
        const { ms, cpuMs, r } = await best(() => client.query(HAND[name]));
        out[name] = { ms, cpuMs, rows: r.length };
      } else {
        const options = sqlOptionsOf(job);
        const { ms, cpuMs, r } = await best(() => (job.kind === 'compare' ? comparePeriodsSql(client, options) : aggregateSql(client, options)));
        out[name] = { ms, cpuMs, rows: r.rows.length };
      }
    }
    if (stopDuckdb !== null) Object.assign(out, await stopDuckdb());
    await close();
  } else if (mode === 'inprocess') {
    const gen = await best(() => {
      let n = 0;
      for (const _ of generateFigures(size, SHAPE)) n++;
      return n;
    });
    out.generateMs = gen.ms;
    for (const [name, job] of Object.entries(JOBS)) {
      const options = optionsOf(job);
      const { ms, r } = await best(() => (job.kind === 'compare' ? comparePeriods(generateFigures(size, SHAPE), options) : aggregate(generateFigures(size, SHAPE), options)));
      out[name] = { ms: Math.max(0, ms - gen.ms), rows: r.rows.length };
    }
  }
  out.peakRssMb = peakMb();
  Object.assign(out, stopWatch());
  console.log(JSON.stringify(out));
}

export function runSqlBench(sizes, { dir: base = tmpdir(), repeats, memoryLimit = '1GB', threads = '2', engine = 'duckdb' } = {}) {
  const pg = engine === 'postgres';
  if (pg && process.env.ANTQ_PG_URL === undefined) throw new Error('--sql-engine postgres reads the server from ANTQ_PG_URL (e.g. postgres://user@localhost:5432/db)');
  const env = { ...process.env, ANTQ_BENCH_MEMORY_LIMIT: memoryLimit, ANTQ_BENCH_THREADS: threads, ANTQ_BENCH_ENGINE: engine };
  const script = new URL(import.meta.url).pathname;
  const cli = new URL('../dist/cli/bin.js', import.meta.url).pathname;
  const watch = new URL('./heap-watch.mjs', import.meta.url).pathname;
  // Peak RSS, then the JavaScript heap's peak (what is left is embedded DuckDB, native buffers, code).
  const mem = (x) => `${x.peakRssMb} MB (JS heap ${x.heapPeakMb} MB)`;
  // A job's memory: peak RSS / JS heap peak / DuckDB's own peak / largest RSS less DuckDB's.
  const jobMem = (x) => (x === undefined ? '– | – | – | –' : `${x.peakRssMb} MB | ${x.heapPeakMb} MB | ${x.duckdbPeakMb ?? '–'} MB | ${x.rssLessDuckdbPeakMb ?? '–'} MB`);
  for (const size of sizes) {
    const dir = mkdtempSync(join(base, 'antq-sql-bench-'));
    const reps = repeats ?? (size >= 5_000_000 ? 1 : 3);
    const run = (mode, jobIndex = 0) => {
      const text = execFileSync(process.execPath, ['--max-old-space-size=6144', script, String(size), mode, dir, String(reps), String(jobIndex)], { encoding: 'utf8', maxBuffer: 1 << 24, env });
      return JSON.parse(text.trim().split('\n').pop());
    };
    // Each job in a process of its own: its times by name, and its process's memory by name in `mem`.
    const perJob = (mode) => {
      const out = { mem: {} };
      Object.keys(JOBS).forEach((name, i) => {
        const x = run(mode, i);
        out[name] = x[name];
        out.mem[name] = x;
      });
      return out;
    };
    try {
      const where = pg ? 'PostgreSQL pushdown (ANTQ_PG_URL)' : `DuckDB pushdown, DuckDB memory_limit ${memoryLimit}, threads ${threads}`;
      console.log(`\n(d) antq/sql: ${where}, ${size} figures (${SHAPE.provinces * 100} communes; best of ${reps})\n`);
      const csv = run('csv');
      const load = run('load');
      console.log(`load (validated import → ${pg ? 'COPY' : 'appender'}): ${load.loadMs} ms (CPU ${load.loadCpuMs} ms), ${Math.round((load.accepted / load.loadMs) * 1000)} figures/s, peak RSS ${mem(load)} (CSV ${csv.csvMb} MB)`);
      const push = perJob('pushdown');
      // The hand-written queries are DuckDB's SQL (GROUP BY ALL, arg_max).
      const hand = pg ? null : perJob('duckdb');
      const inproc = run('inprocess');
      const t0 = performance.now();
      const first = Object.keys(JOBS)[0];
      const db = pg ? ['--engine', 'postgres', '--db', process.env.ANTQ_PG_URL, '--table', TABLE_OF.postgres] : ['--db', join(dir, 'figures.duckdb'), '--memory-limit', memoryLimit, '--threads', threads];
      const cliRun = spawnSync(process.execPath, ['--import', watch, cli, 'summarize', ...db, '--by', 'indicator,category,period', '--granularity', 'year', '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...env, ANTQ_HEAP_WATCH: '1' } });
      const cliMs = Math.round(performance.now() - t0);
      const cliLine = cliRun.stderr.split('\n').find((l) => l.startsWith('antq-heap '));
      if (cliRun.status !== 0 || cliLine === undefined) throw new Error(`antq summarize failed: ${cliRun.stderr}`);
      const cliMem = JSON.parse(cliLine.slice('antq-heap '.length));
      const what = pg ? 'PostgreSQL' : 'DuckDB';
      console.log(`\n| job | in-process | ${what} pushdown (CPU) | hand-written DuckDB SQL (CPU) | pushdown ÷ hand-written (CPU) | in-process ÷ pushdown |`);
      console.log('|---|---|---|---|---|---|');
      for (const name of Object.keys(JOBS)) {
        const p = push[name];
        const m = inproc[name];
        const h = hand?.[name];
        const same = p.rows === m.rows ? '' : ` (rows differ: ${p.rows} vs ${m.rows})`;
        const handCols = h === undefined ? '– | –' : `${h.ms} ms (${h.cpuMs} ms) | ×${(p.ms / h.ms).toFixed(1)} (×${(p.cpuMs / h.cpuMs).toFixed(1)})`;
        console.log(`| ${name} | ${m.ms} ms | ${p.ms} ms (${p.cpuMs} ms) | ${handCols} | ×${(m.ms / p.ms).toFixed(1)}${same} |`);
      }
      console.log(`\n\`antq summarize ${pg ? '--engine postgres ' : ''}--db … --by indicator,category,period --granularity year\` (whole command, one run): ${cliMs} ms, peak RSS ${mem(cliMem)}; ${first} pushdown ${push[first].ms} ms${hand === null ? '' : `, hand-written ${hand[first].ms} ms`}`);
      console.log(`peak RSS: load ${mem(load)}, in-process (streaming, no figures held) ${mem(inproc)}; generating the figures alone ${inproc.generateMs} ms`);
      // Memory job by job, each alone in its process: what antq adds is the pushdown's less the hand-written query's.
      console.log(`\nMemory per job (each alone in a process${pg ? '' : `; DuckDB's own: the largest \`duckdb_memory()\` total while the job ran, memory_limit ${memoryLimit}`}):\n`);
      console.log(`| job | ${what} pushdown: peak RSS | JS heap peak | DuckDB's own | RSS less DuckDB's | hand-written: peak RSS | JS heap peak | DuckDB's own | RSS less DuckDB's |`);
      console.log('|---|---|---|---|---|---|---|---|---|');
      for (const name of Object.keys(JOBS)) console.log(`| ${name} | ${jobMem(push.mem[name])} | ${jobMem(hand?.mem[name])} |`);
    } finally {
      if (pg) run('drop');
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname && process.argv.length >= 6) {
  await child(Number(process.argv[2]), process.argv[3], process.argv[4], Number(process.argv[5]), Number(process.argv[6] ?? 0));
}
