// The calling thread's CPU when a CSV file is read with worker threads: with `threads: 2` it runs
// the figure rules in file order while a worker cuts the records, so its CPU bounds the wall time
// when each thread has a core. Linux only (the thread's CPU comes from /proc/self/task).
//   node bench/calling-thread.mjs <old checkout> <new checkout> <csv file> [runs]
// Runs `importFigures` (no callbacks, as `antq validate` does) on the file with 1 and 2 threads,
// old and new build alternating, each in its own process under /usr/bin/time; prints medians of
// wall time, the calling thread's CPU (Node's start-up and loading excluded), the CPU of the
// busiest other thread (with 2 threads, the worker; sampled every 16 batches), the CPU of all
// threads and peak RSS.
//   node bench/calling-thread.mjs --child <dist dir> <csv file> <threads>   (one run, as JSON)
import { spawnSync } from 'node:child_process';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { median } from './data.mjs';

/** CPU time of one thread of this process so far, in ms (clock ticks of 10 ms). */
function threadCpu(tid) {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}
const mainThreadCpu = () => threadCpu(process.pid);
/** The CPU of the busiest thread other than the main one (with `threads: 2`, the worker). */
function otherThreadCpu() {
  let most = 0;
  for (const tid of readdirSync('/proc/self/task')) if (Number(tid) !== process.pid) most = Math.max(most, threadCpu(tid));
  return most;
}

if (process.argv[2] === '--child') {
  const [dist, file, threads] = process.argv.slice(3);
  const { importFigures } = await import(`${dist}/index.js`);
  const t0 = performance.now();
  const main0 = mainThreadCpu();
  const all0 = process.cpuUsage();
  // The worker's CPU is sampled now and then while the file is read (its thread ends with the read).
  let other = 0;
  let batches = 0;
  const onProgress = () => {
    if (++batches % 16 === 0) other = otherThreadCpu();
  };
  const report = await importFigures(createReadStream(file), { threads: Number(threads), onProgress });
  const main = mainThreadCpu() - main0;
  const all = process.cpuUsage(all0);
  console.log(JSON.stringify({ wall: performance.now() - t0, main, other, all: (all.user + all.system) / 1000, read: report.read }));
} else {
  const [oldDir, newDir, file, runsText = '5'] = process.argv.slice(2);
  if (!oldDir || !newDir || !file) {
    console.error('usage: node bench/calling-thread.mjs <old checkout> <new checkout> <csv file> [runs]');
    process.exit(2);
  }
  const self = new URL(import.meta.url).pathname;
  const once = (dir, threads) => {
    const r = spawnSync('/usr/bin/time', ['-f', '@@ %M', process.execPath, self, '--child', `${dir}/dist`, file, String(threads)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const m = /@@ (\d+)/.exec(r.stderr);
    if (!m || r.status !== 0) throw new Error(`run failed: ${r.stderr.slice(-400)}`);
    return { ...JSON.parse(r.stdout), rss: Math.round(Number(m[1]) / 1024) };
  };
  const res = {};
  for (let r = 0; r < Number(runsText); r++) {
    for (const threads of [1, 2]) {
      for (const [name, dir] of [['old', oldDir], ['new', newDir]]) (res[`${name} ${threads}`] ??= []).push(once(dir, threads));
    }
  }
  const m = (xs, k) => median(xs.map((x) => x[k]));
  console.log('| build, threads | wall | calling thread CPU | busiest other thread | CPU, all threads | peak RSS | rows/s (wall) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [key, xs] of Object.entries(res)) {
    console.log(`| ${key} | ${(m(xs, 'wall') / 1000).toFixed(2)} s | ${(m(xs, 'main') / 1000).toFixed(2)} s | ${(m(xs, 'other') / 1000).toFixed(2)} s | ${(m(xs, 'all') / 1000).toFixed(2)} s | ${m(xs, 'rss')} MB | ${Math.round(xs[0].read / (m(xs, 'wall') / 1000)).toLocaleString('en-US')} |`);
  }
}
