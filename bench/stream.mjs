// (c) Streaming: figures read from a CSV file into an aggregator, in constant memory.
// Run by bench/run.mjs in a child process so that its peak RSS is its own:
//   node bench/stream.mjs <rows> [--mode antq|split]
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createAggregator, readFigures } from 'antq';
import { FIGURE_COLUMNS, generateFigures } from './generate.mjs';

const rows = Number(process.argv[2] ?? 1_000_000);
const mode = process.argv.includes('--mode') ? process.argv[process.argv.indexOf('--mode') + 1] : 'antq';
const dir = new URL('./.data/', import.meta.url).pathname;
const file = `${dir}figures-${rows}.csv`;

async function writeFile() {
  mkdirSync(dir, { recursive: true });
  const out = createWriteStream(file);
  out.write(FIGURE_COLUMNS.join(',') + '\n');
  let buf = '';
  for (const f of generateFigures(rows)) {
    buf += FIGURE_COLUMNS.map((c) => (f[c] === undefined ? '' : String(f[c]))).join(',') + '\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.write(buf);
  out.end();
  await once(out, 'finish');
}

if (!existsSync(file)) await writeFile();
const bytes = statSync(file).size;
globalThis.gc?.();
let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const t0 = performance.now();
let count = 0;
let cells = 0;
if (mode === 'split') {
  // Baseline: a plain line split into a Map keyed by indicator|category|year (no checks at all).
  const m = new Map();
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let first = true;
  for await (const line of rl) {
    if (first) {
      first = false;
      continue;
    }
    const c = line.split(',');
    const k = c[4] + '|' + c[5] + '|' + c[7] + '|' + c[3].slice(0, 4);
    m.set(k, (m.get(k) ?? 0) + Number(c[6]));
    count++;
  }
  cells = m.size;
} else {
  const agg = createAggregator({ by: ['indicator', 'category', 'period'], granularity: 'year' });
  for await (const batch of readFigures(createReadStream(file))) {
    agg.addAll(batch.figures);
    count += batch.figures.length;
    if (batch.fatal) throw new Error('fatal read error');
  }
  cells = agg.result().rows.length;
}
const ms = performance.now() - t0;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ mode, rows: count, cells, bytes, ms: Math.round(ms), peakRssMb: Math.round(peak / 2 ** 20) }));
