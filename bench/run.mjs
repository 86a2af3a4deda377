// antq benchmarks: `npm run bench` (builds first). Sizes with `--sizes 100000,1000000,5000000`.
// Every case runs in this one process on the same records; figures are reported as records per
// second and as ratios against baselines timed in the same process, since the machines are shared.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { aggregate, createUnitRegistry } from 'antq';
import * as aq from 'arquero';
import { rollup } from 'd3-array';
import { generateFigures, generateUnits } from './generate.mjs';

const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
if (args.includes('--sql')) {
  const { runSqlBench } = await import('./sql.mjs');
  runSqlBench(arg('sql-sizes', '10000000').split(',').map(Number));
  process.exit(0);
}
const sizes = arg('sizes', '100000,1000000').split(',').map(Number);
const repeats = Number(arg('repeats', '3'));
const skipSlow = args.includes('--skip-slow');
const streamSizes = arg('stream', '1000000').split(',').filter(Boolean).map(Number);

function time(fn) {
  let best = Infinity;
  let out;
  for (let r = 0; r < repeats; r++) {
    globalThis.gc?.();
    const t0 = performance.now();
    out = fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, out };
}

const year = (p) => p.slice(0, 4);

function mapComposite(figs) {
  const m = new Map();
  for (const f of figs) {
    const k = f.indicator + '|' + (f.category ?? '') + '|' + f.uom + '|' + year(f.period);
    m.set(k, (m.get(k) ?? 0) + f.value);
  }
  return m.size;
}

function nestedMaps(figs) {
  const root = new Map();
  let cells = 0;
  for (const f of figs) {
    let a = root.get(f.indicator);
    if (!a) root.set(f.indicator, (a = new Map()));
    const c = f.category ?? '';
    let b = a.get(c);
    if (!b) a.set(c, (b = new Map()));
    const k = f.uom + '|' + year(f.period);
    const v = b.get(k);
    if (v === undefined) cells++;
    b.set(k, (v ?? 0) + f.value);
  }
  return cells;
}

const results = [];
const row = (size, name, ms, base) => {
  const r = { size, case: name, ms: Math.round(ms), perSec: Math.round((size / ms) * 1000), ratio: base ? +(ms / base).toFixed(2) : 1 };
  results.push(r);
  console.log(`${String(size).padStart(9)}  ${name.padEnd(44)} ${String(r.ms).padStart(7)} ms  ${String(r.perSec).padStart(10)} rec/s  ×${r.ratio}`);
};

const registry = createUnitRegistry(generateUnits());

for (const size of sizes) {
  const figs = Array.from(generateFigures(size));
  console.log(`\n(a) sums by indicator × category × year, ${size} records`);
  const a1 = time(() => mapComposite(figs));
  const a2 = time(() => nestedMaps(figs));
  const base = Math.min(a1.ms, a2.ms);
  row(size, 'hand loop: Map, composite string key', a1.ms, base);
  row(size, 'hand loop: nested Maps', a2.ms, base);
  const an = time(() => aggregate(figs, { by: ['indicator', 'category', 'period'], granularity: 'year' }).rows.length);
  row(size, 'antq aggregate', an.ms, base);
  if (!skipSlow) {
    const d3 = time(() => rollup(figs, (v) => v.reduce((s, f) => s + f.value, 0), (f) => f.indicator, (f) => f.category ?? '', (f) => f.uom, (f) => year(f.period)).size);
    row(size, 'd3-array rollup', d3.ms, base);
    const aqt = time(() => {
      const t = aq.from(figs, ['indicator', 'category', 'uom', 'period', 'value']).derive({ year: (d) => aq.op.substring(d.period, 0, 4) });
      return t.groupby('indicator', 'category', 'uom', 'year').rollup({ value: aq.op.sum('value') }).numRows();
    });
    row(size, 'arquero from().groupby().rollup()', aqt.ms, base);
  }

  console.log(`\n(b) unit hierarchy subtotals, ${size} records`);
  const single = time(() => aggregate(figs, { by: ['indicator', 'unit'], units: registry }).rows.length);
  row(size, 'antq single level (commune) group-by', single.ms, single.ms);
  const roll = time(() => aggregate(figs, { by: ['indicator', 'unit'], units: registry, rollup: true }).rows.length);
  row(size, 'antq rollup: commune, district, province, VN', roll.ms, single.ms);
}

for (const size of streamSizes) {
  console.log(`\n(c) streaming from a CSV file, ${size} records (each run in its own process)`);
  const runs = {};
  for (const mode of ['split', 'antq']) {
    const out = execFileSync(process.execPath, ['--expose-gc', new URL('./stream.mjs', import.meta.url).pathname, String(size), '--mode', mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
    runs[mode] = JSON.parse(out.trim().split('\n').pop());
  }
  for (const mode of ['split', 'antq']) {
    const r = runs[mode];
    const name = mode === 'split' ? 'plain line split into a Map (no checks)' : 'antq readFigures → createAggregator';
    row(size, `${name}, peak RSS ${r.peakRssMb} MB`, r.ms, runs.split.ms);
  }
}

if (args.includes('--json')) console.log(JSON.stringify(results));
