// `npm run bench -- --sql [--sql-sizes 10000000]`: DuckDB pushdown (antq/sql) against the
// in-process engine on the same generated figures. Each step runs in its own process so that its
// peak RSS is its own: load (validated figures through the appender), the pushed-down queries,
// and the in-process aggregate over the same figures held in memory.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { aggregate, createUnitRegistry } from 'antq';
import { aggregateSql, compileAggregate, createFiguresTable, duckdbClient, insertFigures } from 'antq/sql';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateFigures, generateUnits } from './generate.mjs';

const SHAPE = { provinces: 33, districtsPerProvince: 10, communesPerDistrict: 10 };
const registry = () => createUnitRegistry(generateUnits(SHAPE));
const QUERIES = {
  'by indicator × category × year': { by: ['indicator', 'category', 'period'], granularity: 'year' },
  'rollup commune → VN by indicator': { by: ['indicator', 'unit'], rollup: true },
};
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function open(db) {
  const instance = await DuckDBInstance.create(db);
  const conn = await instance.connect();
  return { client: duckdbClient(conn), close: () => (conn.closeSync(), instance.closeSync()) };
}

async function child(size, mode, db) {
  const out = {};
  if (mode === 'load') {
    const { client, close } = await open(db);
    const t0 = performance.now();
    await createFiguresTable(client);
    let batch = [];
    let row = 0;
    for (const f of generateFigures(size, SHAPE)) {
      batch.push(f);
      if (batch.length === 100_000) {
        row += await insertFigures(client, batch, { firstRow: row });
        batch = [];
      }
    }
    row += await insertFigures(client, batch, { firstRow: row });
    out.loadMs = Math.round(performance.now() - t0);
    close();
  } else if (mode === 'pushdown') {
    const { client, close } = await open(db);
    for (const [name, q] of Object.entries(QUERIES)) {
      const options = q.rollup ? { ...q, units: registry() } : q;
      const t0 = performance.now();
      const r = await aggregateSql(client, options);
      const ms = performance.now() - t0;
      // The grouped query alone, as DuckDB runs it (its dictionary tables are still there).
      const t1 = performance.now();
      await client.query(compileAggregate(options, 'duckdb').cells);
      out[name] = { ms: Math.round(ms), duckdbCellsMs: Math.round(performance.now() - t1), rows: r.rows.length, used: r.used };
    }
    close();
  } else {
    const figs = Array.from(generateFigures(size, SHAPE));
    for (const [name, q] of Object.entries(QUERIES)) {
      const options = q.rollup ? { ...q, units: registry() } : q;
      const t0 = performance.now();
      const r = aggregate(figs, options);
      out[name] = { ms: Math.round(performance.now() - t0), rows: r.rows.length, used: r.used };
    }
  }
  out.peakRssMb = peakMb();
  console.log(JSON.stringify(out));
}

export function runSqlBench(sizes) {
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'antq-sql-bench-'));
    const db = join(dir, 'figures.duckdb');
    const run = (mode) => {
      const text = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', new URL(import.meta.url).pathname, String(size), mode, db], { encoding: 'utf8', maxBuffer: 1 << 24 });
      return JSON.parse(text.trim().split('\n').pop());
    };
    console.log(`\n(d) antq/sql: DuckDB pushdown against the in-process engine, ${size} figures (${SHAPE.provinces * 100} communes)`);
    const load = run('load');
    console.log(`${String(size).padStart(9)}  load into DuckDB (appender)                     ${String(load.loadMs).padStart(7)} ms  ${String(Math.round((size / load.loadMs) * 1000)).padStart(10)} rec/s  peak RSS ${load.peakRssMb} MB`);
    const push = run('pushdown');
    const mem = run('inprocess');
    for (const name of Object.keys(QUERIES)) {
      const p = push[name];
      const m = mem[name];
      console.log(`${String(size).padStart(9)}  ${name.padEnd(36)} pushdown ${String(p.ms).padStart(7)} ms (DuckDB grouped query alone ${p.duckdbCellsMs} ms)  in-process ${String(m.ms).padStart(7)} ms  same rows: ${p.rows === m.rows && p.used === m.used}`);
    }
    console.log(`${String(size).padStart(9)}  peak RSS: pushdown process ${push.peakRssMb} MB, in-process (figures in memory) ${mem.peakRssMb} MB`);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname && process.argv.length >= 5) {
  await child(Number(process.argv[2]), process.argv[3], process.argv[4]);
}
