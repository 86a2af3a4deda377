// Two builds side by side on the file jobs, interleaved so that both see the same load:
//   node bench/ab.mjs <old checkout> <new checkout> <csv file> [runs]
// Each checkout needs its dist/ built and node_modules. Every job runs `runs` times per build,
// alternating old and new, each in its own process under /usr/bin/time; reported are medians of
// CPU time (user + system), wall time and peak RSS. CPU time moves much less with the load of a
// shared machine than wall time does, so it is the column to compare.
import { spawnSync } from 'node:child_process';
import { median } from './data.mjs';

const [oldDir, newDir, file, runsText = '5'] = process.argv.slice(2);
if (!oldDir || !newDir || !file) {
  console.error('usage: node bench/ab.mjs <old checkout> <new checkout> <csv file> [runs]');
  process.exit(2);
}
const runs = Number(runsText);
const jobs = {
  'split loop (no checks)': (dir) => [`${dir}/bench/stream.mjs`, file, '--mode', 'split'],
  'readFigures → createAggregator': (dir) => [`${dir}/bench/stream.mjs`, file, '--mode', 'antq'],
  // Builds without the `table` mode of bench/stream.mjs run it as `antq` (their only library path).
  'importFigures → tables → createAggregator': (dir) => [`${dir}/bench/stream.mjs`, file, '--mode', 'table'],
  'antq summarize': (dir) => [`${dir}/dist/cli/bin.js`, 'summarize', file, '--by', 'indicator,category,period', '--granularity', 'year', '--format', 'csv'],
  'antq validate': (dir) => [`${dir}/dist/cli/bin.js`, 'validate', file],
};
function once(argv) {
  const r = spawnSync('/usr/bin/time', ['-f', '@@ %e %U %S %M', process.execPath, ...argv], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'ignore', 'pipe'] });
  const m = /@@ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no timing from ${argv.join(' ')}: ${r.stderr.slice(-400)}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rss: Math.round(Number(m[4]) / 1024) };
}
const out = [];
for (const [name, argv] of Object.entries(jobs)) {
  const res = { old: [], new: [] };
  for (let r = 0; r < runs; r++) {
    res.old.push(once(argv(oldDir)));
    res.new.push(once(argv(newDir)));
  }
  const m = (xs, k) => median(xs.map((x) => x[k]));
  out.push({ name, old: { cpu: m(res.old, 'cpu'), wall: m(res.old, 'wall'), rss: m(res.old, 'rss') }, new: { cpu: m(res.new, 'cpu'), wall: m(res.new, 'wall'), rss: m(res.new, 'rss') } });
}
const base = out[0];
console.log(`| job | CPU old | CPU new | new/old | CPU new ÷ split loop's | wall old | wall new | peak RSS new |`);
console.log('|---|---|---|---|---|---|---|---|');
for (const o of out) {
  console.log(`| ${o.name} | ${o.old.cpu.toFixed(2)} s | ${o.new.cpu.toFixed(2)} s | ×${(o.new.cpu / o.old.cpu).toFixed(2)} | ×${(o.new.cpu / base.new.cpu).toFixed(2)} | ${o.old.wall.toFixed(2)} s | ${o.new.wall.toFixed(2)} s | ${o.new.rss} MB |`);
}
