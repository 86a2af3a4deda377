// Two (or more) builds of the engine side by side in one process, on one FigureTable, each job
// run in turn by each build so that all see the same load:
//   node --expose-gc bench/engine-ab.mjs JOB TIMES DIST_OLD DIST_NEW
// (a DIST is a copy of dist/ kept inside the checkout, e.g. bench/.data/dists/old, so that it
// finds zod). Jobs as in bench/engine-profile.mjs. Prints the CPU time (user + system) of each
// run, its median, fastest and the median of the second half (after the compiler has settled),
// and whether the builds' results are the same. The sums jobs also time the bench's typed-array
// loop (bench/memoryData.mjs) in turn with the builds and print each build's ratio to it.
// `sums-plain` and `sums-plain-nocov` aggregate the figure objects themselves (each build encodes
// them), `encode` times `encodeFigures` alone.
import { generateUnits } from './generate.mjs';
import { figs, typedSums } from './memoryData.mjs';
import { median } from './data.mjs';

const [job = 'sums', times = '12', ...dirs] = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node --expose-gc bench/engine-ab.mjs JOB TIMES DIST...');
  process.exit(2);
}
const libs = await Promise.all(dirs.map((d) => import(`${new URL(d, `file://${process.cwd()}/`).pathname}/index.js`)));
const units = generateUnits();
const table = libs[0].encodeFigures(figs);
const sums = { by: ['indicator', 'category', 'period'], granularity: 'year' };
const optionsFor = (lib) => ({
  sums,
  'sums-nocov': { ...sums, coverage: false },
  'sums-plain': sums,
  'sums-plain-nocov': { ...sums, coverage: false },
  encode: {},
  rollup: { by: ['indicator', 'unit'], units: lib.createUnitRegistry(units), rollup: true },
  'rollup-nocov': { by: ['indicator', 'unit'], units: lib.createUnitRegistry(units), rollup: true, coverage: false },
})[job];
const options = libs.map(optionsFor);
if (options[0] === undefined) throw new Error(`unknown job ${job}`);
const input = job.startsWith('sums-plain') ? figs : table;
const runJob = job === 'encode' ? (lib) => lib.encodeFigures(figs) : (lib, opts) => lib.aggregate(input, opts);
// What decides "same result": the rows for an aggregation, every column for a table.
const show = (res) => (job === 'encode' ? JSON.stringify(res, (k, v) => (ArrayBuffer.isView(v) ? Array.from(v) : v)) : JSON.stringify(res));
const withBase = job.startsWith('sums');
const cpu = libs.map(() => []);
const base = [];
const out = libs.map(() => '');
const timed = (fn) => {
  globalThis.gc?.();
  const c0 = process.cpuUsage();
  const res = fn();
  const c = process.cpuUsage(c0);
  return { res, ms: (c.user + c.system) / 1000 };
};
for (let r = 0; r < Number(times); r++) {
  if (withBase) base.push(timed(typedSums).ms);
  for (let l = 0; l < libs.length; l++) {
    const { res, ms } = timed(() => runJob(libs[l], options[l]));
    cpu[l].push(ms);
    if (r === 0) out[l] = show(res);
  }
}
if (withBase) console.log(`typed-array loop: CPU median ${median(base).toFixed(1)} ms, fastest ${Math.min(...base).toFixed(1)} ms`);
for (let l = 0; l < libs.length; l++) {
  const xs = cpu[l];
  const ratio = withBase ? ` | ×${(median(xs) / median(base)).toFixed(1)} the typed-array loop (fastest ×${(Math.min(...xs) / Math.min(...base)).toFixed(1)})` : '';
  console.log(`${dirs[l]} ${job}: CPU median ${median(xs).toFixed(0)} ms, fastest ${Math.min(...xs).toFixed(0)} ms, second half median ${median(xs.slice(xs.length >> 1)).toFixed(0)} ms${ratio} | ${xs.map((x) => x.toFixed(0)).join(' ')}`);
}
console.log('same result:', out.every((o) => o === out[0]));
