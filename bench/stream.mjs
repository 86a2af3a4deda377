// File jobs that run in their own process, so that each one's time and peak memory are its own:
//   node bench/stream.mjs <csv file> --mode split|antq|table [--threads N]
// `split` is the baseline: a chunked `indexOf` loop over the bytes decoded in large chunks, summing
// into nested Maps with a numeric year; it checks nothing. `antq` is the library's streaming path:
// readFigures (validating every row) into createAggregator. `table` is the same with no figure
// object per row: importFigures hands each batch to the aggregator as a figure table (`onTable`).
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { createAggregator, importFigures, readFigures } from 'antq';

const file = process.argv[2];
const mode = process.argv.includes('--mode') ? process.argv[process.argv.indexOf('--mode') + 1] : 'antq';
const options = process.argv.includes('--no-coverage') ? { coverage: false } : {};
// `--threads N`: the table mode reads the file with N threads (importFigures's `threads`).
const threads = process.argv.includes('--threads') ? Number(process.argv[process.argv.indexOf('--threads') + 1]) : 1;

function split() {
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(1 << 22);
  const root = new Map();
  let rest = '';
  let rows = 0;
  let header = true;
  let cells = 0;
  for (;;) {
    const n = readSync(fd, buf, 0, buf.length, null);
    const text = n === 0 ? rest : rest + buf.toString('utf8', 0, n);
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      if (header) header = false;
      else {
        // program,unit,reporter,period,indicator,category,value,uom,qualifier,statistic
        const c1 = text.indexOf(',', start);
        const c2 = text.indexOf(',', c1 + 1);
        const c3 = text.indexOf(',', c2 + 1);
        const c4 = text.indexOf(',', c3 + 1);
        const c5 = text.indexOf(',', c4 + 1);
        const c6 = text.indexOf(',', c5 + 1);
        const c7 = text.indexOf(',', c6 + 1);
        const c8 = text.indexOf(',', c7 + 1);
        const year = (text.charCodeAt(c3 + 1) - 48) * 1000 + (text.charCodeAt(c3 + 2) - 48) * 100 + (text.charCodeAt(c3 + 3) - 48) * 10 + (text.charCodeAt(c3 + 4) - 48);
        const indicator = text.slice(c4 + 1, c5);
        const category = text.slice(c5 + 1, c6);
        const value = +text.slice(c6 + 1, c7);
        const uom = text.slice(c7 + 1, c8);
        let a = root.get(indicator);
        if (a === undefined) root.set(indicator, (a = new Map()));
        let b = a.get(category);
        if (b === undefined) a.set(category, (b = new Map()));
        let c = b.get(uom);
        if (c === undefined) b.set(uom, (c = new Map()));
        const v = c.get(year);
        if (v === undefined) cells++;
        c.set(year, (v ?? 0) + value);
        rows++;
      }
      start = nl + 1;
    }
    rest = text.slice(start);
    if (n === 0) break;
  }
  closeSync(fd);
  return { rows, cells };
}

async function antq() {
  const agg = createAggregator({ by: ['indicator', 'category', 'period'], granularity: 'year', ...options });
  let rows = 0;
  for await (const batch of readFigures(createReadStream(file))) {
    agg.addAll(batch.figures);
    rows += batch.figures.length;
    if (batch.fatal) throw new Error('fatal read error');
  }
  return { rows, cells: agg.result().rows.length };
}

async function table() {
  const agg = createAggregator({ by: ['indicator', 'category', 'period'], granularity: 'year', ...options });
  const report = await importFigures(createReadStream(file), { threads, onTable: (t, rows) => agg.addAll(t, rows) });
  if (!report.ok) throw new Error('errors in the file');
  return { rows: report.accepted, cells: agg.result().rows.length };
}

globalThis.gc?.();
const t0 = performance.now();
const out = mode === 'split' ? split() : mode === 'table' ? await table() : await antq();
const ms = performance.now() - t0;
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ mode, ...out, ms, peakRssMb }));
