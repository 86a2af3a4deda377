import type { CsvBatch } from '../../src/io/csv/readCsv';
import type { CsvRecord } from '../../src/io/csv/CsvRecord';
import type { TableIssue } from '../../src/io/TableIssue';

/** Joins the batches of a streaming read into one table, as parseCsv returns it. */
export async function collectCsv(batches: AsyncIterable<CsvBatch>): Promise<{
  header: readonly string[];
  delimiter: string;
  bom: boolean;
  records: CsvRecord[];
  issues: TableIssue[];
  batches: number;
}> {
  const records: CsvRecord[] = [];
  const issues: TableIssue[] = [];
  let last: CsvBatch | undefined;
  let count = 0;
  for await (const b of batches) {
    count++;
    last = b;
    records.push(...b.records);
    issues.push(...b.issues);
  }
  return { header: last?.header ?? [], delimiter: last?.delimiter ?? '?', bom: last?.bom ?? false, records, issues, batches: count };
}

/** Cuts a string or byte array at the given sorted positions. */
export function cut<T extends string | Uint8Array>(whole: T, at: readonly number[]): T[] {
  const points = [...new Set(at.map((p) => Math.min(Math.max(p, 0), whole.length)))].sort((a, b) => a - b);
  const out: T[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(whole.slice(prev, p) as T);
    prev = p;
  }
  out.push(whole.slice(prev) as T);
  return out;
}

/** An async iterable over the given chunks, one microtask apart, like a file stream. */
export async function* asyncChunks<T>(chunks: readonly T[]): AsyncGenerator<T> {
  for (const c of chunks) {
    await Promise.resolve();
    yield c;
  }
}
