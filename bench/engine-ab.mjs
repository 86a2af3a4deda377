// Two (or more) builds of the engine side by side in one process, on one FigureTable, each job
// run in turn by each build so that all see the same load:
//   node --expose-gc bench/engine-ab.mjs JOB TIMES DIST_OLD DIST_NEW
// (a DIST is a copy of dist/ kept inside the checkout, e.g. bench/.data/dists/old, so that it
// finds zod). Jobs as in bench/engine-profile.mjs. Prints the CPU time (user + system) of each
// run, its median, fastest and the median of the second half (after the compiler has settled),
// and whether the builds' results are the same.
import { generateFigures, generateUnits } from './generate.mjs';
import { median } from './data.mjs';

const [job = 'sums', times = '12', ...dirs] = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node --expose-gc bench/engine-ab.mjs JOB TIMES DIST...');
  process.exit(2);
}
const libs = await Promise.all(dirs.map((d) => import(`${new URL(d, `file://${process.cwd()}/`).pathname}/index.js`)));
const units = generateUnits();
const table = libs[0].encodeFigures(Array.from(generateFigures(1_000_000)));
const optionsFor = (lib) => ({
  sums: { by: ['indicator', 'category', 'period'], granularity: 'year' },
  'sums-nocov': { by: ['indicator', 'category', 'period'], granularity: 'year', coverage: false },
  rollup: { by: ['indicator', 'unit'], units: lib.createUnitRegistry(units), rollup: true },
  'rollup-nocov': { by: ['indicator', 'unit'], units: lib.createUnitRegistry(units), rollup: true, coverage: false },
})[job];
const options = libs.map(optionsFor);
if (options[0] === undefined) throw new Error(`unknown job ${job}`);
const cpu = libs.map(() => []);
const out = libs.map(() => '');
for (let r = 0; r < Number(times); r++) {
  for (let l = 0; l < libs.length; l++) {
    globalThis.gc?.();
    const c0 = process.cpuUsage();
    const res = libs[l].aggregate(table, options[l]);
    const c = process.cpuUsage(c0);
    cpu[l].push((c.user + c.system) / 1000);
    if (r === 0) out[l] = JSON.stringify(res);
  }
}
for (let l = 0; l < libs.length; l++) {
  const xs = cpu[l];
  console.log(`${dirs[l]} ${job}: CPU median ${median(xs).toFixed(0)} ms, fastest ${Math.min(...xs).toFixed(0)} ms, second half median ${median(xs.slice(xs.length >> 1)).toFixed(0)} ms | ${xs.map((x) => x.toFixed(0)).join(' ')}`);
}
console.log('same result:', out.every((o) => o === out[0]));
