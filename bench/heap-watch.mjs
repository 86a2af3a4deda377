// The JavaScript heap's peak, apart from the process's peak RSS (which also holds embedded
// DuckDB's memory, native buffers and the code). V8 is asked for its heap before every garbage
// collection (`v8.GCProfiler`: the heap only grows between two collections, so the largest size
// before one is the peak, even inside a long synchronous stretch), and the heap is sampled every
// 20 ms besides (for the growth after the last collection).
//   import { watchHeap } from './heap-watch.mjs'; const stop = watchHeap(); …; stop()
//     → { heapPeakMb, heapCommittedPeakMb, externalPeakMb, gcs }
// As a preload with ANTQ_HEAP_WATCH=1 it watches a whole command and writes one line to stderr at exit:
//   ANTQ_HEAP_WATCH=1 node --import ./bench/heap-watch.mjs dist/cli/bin.js summarize --db …
//     → stderr: antq-heap {"heapPeakMb":…,"heapCommittedPeakMb":…,"externalPeakMb":…,"gcs":…,"peakRssMb":…}
import v8 from 'node:v8';
import { isMainThread } from 'node:worker_threads';

const mb = (bytes) => Math.round(bytes / 2 ** 20);

export function watchHeap() {
  let used = 0;
  let committed = 0;
  let external = 0;
  const note = (u, c, e) => {
    if (u > used) used = u;
    if (c > committed) committed = c;
    if (e > external) external = e;
  };
  const sample = () => {
    const m = process.memoryUsage();
    note(m.heapUsed, m.heapTotal, m.external);
  };
  const profiler = new v8.GCProfiler();
  profiler.start();
  const timer = setInterval(sample, 20);
  timer.unref();
  sample();
  return () => {
    clearInterval(timer);
    sample();
    const { statistics } = profiler.stop();
    for (const { beforeGC } of statistics) {
      const h = beforeGC.heapStatistics;
      note(h.usedHeapSize, h.totalHeapSize, h.externalMemory);
    }
    return { heapPeakMb: mb(used), heapCommittedPeakMb: mb(committed), externalPeakMb: mb(external), gcs: statistics.length };
  };
}

// Preloaded with --import and ANTQ_HEAP_WATCH=1: watch the whole process.
if (isMainThread && process.env.ANTQ_HEAP_WATCH === '1') {
  const stop = watchHeap();
  process.on('exit', () => {
    const r = { ...stop(), peakRssMb: mb(process.resourceUsage().maxRSS * 1024) };
    process.stderr.write(`antq-heap ${JSON.stringify(r)}\n`);
  });
}
