// Memory of `aggregate` grouped by unit with many distinct units (issue 16: `summarize --by unit`
// with 2M distinct units took 3.1 GB). Run: `node --expose-gc bench/memory.mjs [units] [module]`;
// `module` is the antq build to measure (default: the package, `antq`). Prints RSS and heap
// after the figures are built and after the aggregation, and the bytes per output row.
import { performance } from 'node:perf_hooks';

const units = Number(process.argv[2] ?? '2000000');
const mod = process.argv[3] ?? 'antq';
const { aggregate } = await import(mod);
const mb = (b) => Math.round(b / 2 ** 20);
const snap = () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed + m.arrayBuffers };
};

const figures = [];
for (let i = 0; i < units; i++) {
  figures.push({ unit: `U${String(i).padStart(7, '0')}`, indicator: i % 3 === 0 ? 'marches' : 'tips_received', value: (i % 97) + 1, period: `${2013 + (i % 11)}`, reporter: i % 10 === 0 ? 'police+front' : 'police' });
}
const before = snap();
let peak = before.rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const t0 = performance.now();
const result = aggregate(figures, { by: ['indicator', 'unit'] });
const ms = performance.now() - t0;
peak = Math.max(peak, process.memoryUsage().rss);
clearInterval(timer);
const after = snap();
const rows = result.rows.length;
console.log(
  JSON.stringify({
    module: mod,
    units,
    rows,
    ms: Math.round(ms),
    rssBeforeMb: mb(before.rss),
    rssPeakMb: mb(peak),
    rssAfterMb: mb(after.rss),
    heapBeforeMb: mb(before.heap),
    heapAfterMb: mb(after.heap),
    resultBytesPerRow: Math.round((after.heap - before.heap) / rows),
    peakBytesPerRow: Math.round((peak - before.rss) / rows),
  }),
);
