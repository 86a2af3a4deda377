/**
 * CSV reader benchmark (not a test). Builds an in-memory long-format CSV of N rows and times:
 * a plain `split` baseline, `parseCsv` on the whole string, and `readCsv` over 64 KiB UTF-8 byte
 * chunks (what `fs.createReadStream` gives), reporting rows/s and the heap growth.
 *
 * Run (Node 20 has no TypeScript loader, so bundle first with the esbuild that tsup ships):
 *
 *   npx esbuild bench/io/csvBench.ts --bundle --platform=node --format=esm --outfile=/tmp/csvBench.mjs
 *   node --expose-gc /tmp/csvBench.mjs 1000000
 *
 * The argument is the row count (default 100,000). On a shared machine keep it small.
 */
import { parseCsv } from '../../src/io/csv/parseCsv';
import { readCsv } from '../../src/io/csv/readCsv';

const INDICATORS = ['marches', 'propaganda_sessions', 'weapons_surrendered', 'tips_received', 'festivals'];

function buildCsv(rows: number): string {
  const lines = ['program,unit,reporter,period,indicator,category,value,uom,qualifier,note'];
  for (let i = 0; i < rows; i++) {
    const indicator = INDICATORS[i % INDICATORS.length] ?? 'marches';
    const note = i % 10 === 0 ? '"trên 127 khẩu súng, quân dụng"' : '';
    lines.push(`09/CTr-BCA-MTTW,VN-${i % 63},police+front,2013/2023,${indicator},gun.military,${i % 9973},count,over,${note}`);
  }
  return `${lines.join('\n')}\n`;
}

function* byteChunks(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

async function time(label: string, rows: number, run: () => Promise<number> | number): Promise<void> {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const n = await run();
  const ms = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1048576;
  const rate = Math.round(rows / (ms / 1000)).toLocaleString('en-US');
  console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms  ${rate.padStart(12)} rows/s  heap +${heapMb.toFixed(1)} MB  (${n} rows)`);
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  const text = buildCsv(rows);
  const bytes = new TextEncoder().encode(text);
  console.log(`${rows} rows, ${(bytes.length / 1048576).toFixed(1)} MB`);

  await time('plain split (no quoting rules)', rows, () => {
    const out: { row: number; cells: string[] }[] = [];
    const lines = text.split('\n');
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (line !== '') out.push({ row: i, cells: line.split(',') });
    }
    return out.length;
  });
  await time('parseCsv (whole string)', rows, () => parseCsv(text).records.length);
  await time('readCsv (64 KiB byte chunks)', rows, async () => {
    let n = 0;
    for await (const batch of readCsv(byteChunks(bytes, 65_536))) n += batch.records.length;
    return n;
  });
  await time('readCsv (string, batches)', rows, async () => {
    let n = 0;
    for await (const batch of readCsv(text)) n += batch.records.length;
    return n;
  });
}

void main();
