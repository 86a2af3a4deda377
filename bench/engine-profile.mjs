// A small script to profile the engine alone (`node --cpu-prof bench/engine-profile.mjs sums`):
// the bench's 1M records encoded once into a FigureTable, then one job run `--times` times
// (the first runs warm the compiler). Prints the median and fastest wall and CPU time of the job.
// Jobs: sums, sums-nocov, rollup, rollup-nocov.
import { performance } from 'node:perf_hooks';
import { generateFigures, generateUnits } from './generate.mjs';
import { median } from './data.mjs';

// `--dist DIR`: another build (e.g. the one before a change), to compare in turn with this one.

const args = process.argv.slice(2);
const job = args[0] ?? 'sums';
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const rows = Number(arg('rows', '1000000'));
const dist = arg('dist', new URL('../dist', import.meta.url).pathname);
const { aggregate, createUnitRegistry, encodeFigures } = await import(`${dist}/index.js`);
const times = Number(arg('times', '7'));
const registry = createUnitRegistry(generateUnits());
const table = encodeFigures(Array.from(generateFigures(rows)));
const opts = {
  sums: { by: ['indicator', 'category', 'period'], granularity: 'year' },
  'sums-nocov': { by: ['indicator', 'category', 'period'], granularity: 'year', coverage: false },
  rollup: { by: ['indicator', 'unit'], units: registry, rollup: true },
  'rollup-nocov': { by: ['indicator', 'unit'], units: registry, rollup: true, coverage: false },
}[job];
if (opts === undefined) throw new Error(`unknown job ${job}`);
// Wall time, and CPU time (user + system, all threads), which moves less on a loaded machine.
const ms = [];
const cpu = [];
let out = 0;
for (let r = 0; r < times; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  out = aggregate(table, opts).rows.length;
  ms.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const fmt = (xs) => `median ${median(xs).toFixed(0)} ms, fastest ${xs.reduce((a, b) => Math.min(a, b)).toFixed(0)} ms`;
console.log(`${job}: ${out} rows; wall ${fmt(ms)}; CPU ${fmt(cpu)} (wall: ${ms.map((x) => x.toFixed(0)).join(' ')})`);
