// A small script to profile the engine alone (`node bench/engine-profile.mjs sums --prof out.cpuprofile`):
// the bench's 1M records encoded once into a FigureTable, then one job run `--times` times
// (the first runs warm the compiler). Prints the median and fastest wall and CPU time of the job,
// and of the bench's typed-array baseline for that job measured in the same process (the ratio of
// the two is the one the targets of issue 13 name).
// Jobs: sums, sums-nocov, rollup, rollup-nocov.
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { figs, typedRollup, typedSums, unitRows } from './memoryData.mjs';
import { median } from './data.mjs';

// `--dist DIR`: another build (e.g. the one before a change), to compare in turn with this one.
// `--prof FILE`: a CPU profile of the timed runs only (not of making the data).

const args = process.argv.slice(2);
const job = args[0] ?? 'sums';
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const dist = arg('dist', new URL('../dist', import.meta.url).pathname);
const { aggregate, createUnitRegistry, encodeFigures } = await import(`${dist}/index.js`);
const times = Number(arg('times', '7'));
// The bench's figures (`--rows` records) and typed-array baselines: bench/memoryData.mjs.
const registry = createUnitRegistry(unitRows);
const table = encodeFigures(figs);
const opts = {
  sums: { by: ['indicator', 'category', 'period'], granularity: 'year' },
  'sums-nocov': { by: ['indicator', 'category', 'period'], granularity: 'year', coverage: false },
  rollup: { by: ['indicator', 'unit'], units: registry, rollup: true },
  'rollup-nocov': { by: ['indicator', 'unit'], units: registry, rollup: true, coverage: false },
}[job];
if (opts === undefined) throw new Error(`unknown job ${job}`);

const baseline = job.startsWith('sums') ? typedSums : typedRollup;

// Wall time, and CPU time (user + system, all threads), which moves less on a loaded machine.
// The job and its baseline alternate, so that both see the same load.
const prof = arg('prof', null);
const session = prof === null ? null : new Session();
if (session !== null) {
  session.connect();
  await session.post('Profiler.enable');
}
const run = { job: { ms: [], cpu: [] }, base: { ms: [], cpu: [] } };
const measure = (into, fn) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  into.ms.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  into.cpu.push((c.user + c.system) / 1000);
  return out;
};
let out = 0;
let baseOut = 0;
for (let r = 0; r < times; r++) {
  baseOut = measure(run.base, baseline);
  if (session !== null && r === 0) await session.post('Profiler.start');
  out = measure(run.job, () => aggregate(table, opts).rows.length);
}
if (session !== null) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(prof, JSON.stringify(profile));
}
const fmt = (xs) => `median ${median(xs).toFixed(0)} ms, fastest ${xs.reduce((a, b) => Math.min(a, b)).toFixed(0)} ms`;
console.log(`${job}: ${out} rows; wall ${fmt(run.job.ms)}; CPU ${fmt(run.job.cpu)} (wall: ${run.job.ms.map((x) => x.toFixed(0)).join(' ')})`);
console.log(`typed-array baseline: ${baseOut} cells; CPU ${fmt(run.base.cpu)}; ratio of CPU medians ×${(median(run.job.cpu) / median(run.base.cpu)).toFixed(1)}, of fastest ×${(Math.min(...run.job.cpu) / Math.min(...run.base.cpu)).toFixed(1)}`);
