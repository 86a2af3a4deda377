// DuckDB through @duckdb/node-api, in its own process so that a large JS heap does not slow it:
//   node bench/duckdb.mjs <csv file> <repeats>
// Prints the median times of: the sums query and the hierarchy query on a loaded table, and
// read_csv + GROUP BY straight from the file.
import { DuckDBInstance } from '@duckdb/node-api';
import { generateUnits } from './generate.mjs';
import { median } from './data.mjs';

const [file, repeatsText = '5'] = process.argv.slice(2);
const repeats = Number(repeatsText);
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const csv = `read_csv('${file.replace(/'/g, "''")}', header = true, all_varchar = false, types = {'category': 'VARCHAR', 'qualifier': 'VARCHAR', 'statistic': 'VARCHAR', 'period': 'VARCHAR', 'value': 'DOUBLE'})`;
const SUMS = (from) => `SELECT indicator, category, uom, substr(period, 1, 4) AS year, sum(value) AS value, count(*) AS n FROM ${from} GROUP BY ALL`;

async function time(sql) {
  const ms = [];
  let rows = 0;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    const res = await con.runAndReadAll(sql);
    ms.push(performance.now() - t0);
    rows = res.currentRowCount;
  }
  return { ms: median(ms), best: ms.reduce((a, b) => Math.min(a, b), Infinity), rows };
}

const fileSums = await time(SUMS(csv));
await con.run(`CREATE TABLE figures AS SELECT * FROM ${csv}`);
// Each unit with itself and its ancestors, as (code, anc) pairs.
const units = generateUnits();
const parent = new Map(units.map((u) => [u.code, u.parent]));
const pairs = [];
for (const u of units) for (let a = u.code; a; a = parent.get(a) || '') pairs.push(`('${u.code}','${a}')`);
await con.run(`CREATE TABLE units_anc AS SELECT * FROM (VALUES ${pairs.join(',')}) t(code, anc)`);
const memSums = await time(SUMS('figures'));
const memRollup = await time(`SELECT f.indicator, f.uom, a.anc, sum(f.value) AS value, count(*) AS n FROM figures f JOIN units_anc a ON f.unit = a.code GROUP BY ALL`);
console.log(JSON.stringify({ fileSums, memSums, memRollup, threads: Number((await con.runAndReadAll(`SELECT current_setting('threads')`)).getRows()[0][0]) }));
