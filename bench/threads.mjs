// One build, the file jobs read with one thread and with two (`threads`), interleaved so that both
// see the same load:
//   node bench/threads.mjs <csv file> [runs]
// Each job runs `runs` times per setting, alternating, each in its own process under
// /usr/bin/time; reported are medians of wall time, CPU time (user + system, of all threads) and
// peak RSS, with the split loop's in the same run as the baseline.
import { spawnSync } from 'node:child_process';
import { median } from './data.mjs';

const [file, runsText = '3'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/threads.mjs <csv file> [runs]');
  process.exit(2);
}
const runs = Number(runsText);
const root = new URL('..', import.meta.url).pathname;
const jobs = {
  'importFigures → tables → createAggregator': (n) => [`${root}bench/stream.mjs`, file, '--mode', 'table', '--threads', String(n)],
  'antq summarize': (n) => [`${root}dist/cli/bin.js`, 'summarize', file, '--by', 'indicator,category,period', '--granularity', 'year', '--format', 'csv', '--threads', String(n)],
  'antq validate': (n) => [`${root}dist/cli/bin.js`, 'validate', file, '--threads', String(n)],
};
function once(argv) {
  const r = spawnSync('/usr/bin/time', ['-f', '@@ %e %U %S %M', process.execPath, ...argv], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'ignore', 'pipe'] });
  const m = /@@ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no timing from ${argv.join(' ')}: ${r.stderr.slice(-400)}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rss: Math.round(Number(m[4]) / 1024) };
}
const m = (xs, k) => median(xs.map((x) => x[k]));
const split = [];
const out = [];
for (const [name, argv] of Object.entries(jobs)) {
  const one = [];
  const two = [];
  for (let r = 0; r < runs; r++) {
    split.push(once([`${root}bench/stream.mjs`, file, '--mode', 'split']));
    one.push(once(argv(1)));
    two.push(once(argv(2)));
  }
  out.push({ name, one, two });
}
const sw = m(split, 'wall');
const sc = m(split, 'cpu');
console.log(`split loop (no checks): wall ${sw.toFixed(2)} s, CPU ${sc.toFixed(2)} s, peak RSS ${m(split, 'rss')} MB (median of ${split.length})`);
console.log('| job | wall, 1 thread | wall, 2 threads | 2 ÷ 1 | ÷ split loop (1; 2) | CPU, 1 thread | CPU, 2 threads | peak RSS (1; 2) |');
console.log('|---|---|---|---|---|---|---|---|');
for (const { name, one, two } of out) {
  const w1 = m(one, 'wall');
  const w2 = m(two, 'wall');
  console.log(`| ${name} | ${w1.toFixed(2)} s | ${w2.toFixed(2)} s | ×${(w2 / w1).toFixed(2)} | ×${(w1 / sw).toFixed(2)}; ×${(w2 / sw).toFixed(2)} | ${m(one, 'cpu').toFixed(2)} s | ${m(two, 'cpu').toFixed(2)} s | ${m(one, 'rss')}; ${m(two, 'rss')} MB |`);
}
