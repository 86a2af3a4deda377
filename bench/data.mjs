// The benchmark's CSV file: written once per size from bench/generate.mjs, then reused.
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { once } from 'node:events';
import { FIGURE_COLUMNS, generateFigures } from './generate.mjs';

/**
 * Path of the CSV file with `rows` generated figures, written on first use. With `distinctUnits`
 * every row names a unit of its own (`U1`, `U2`, …): the memory case of many distinct units.
 */
export async function ensureCsv(rows, { distinctUnits = false } = {}) {
  const dir = new URL('./.data/', import.meta.url).pathname;
  const file = `${dir}figures-${rows}${distinctUnits ? '-units' : ''}.csv`;
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp);
  out.write(FIGURE_COLUMNS.join(',') + '\n');
  let buf = '';
  let n = 0;
  for (const f of generateFigures(rows)) {
    if (distinctUnits) f.unit = `U${++n}`;
    buf += FIGURE_COLUMNS.map((c) => (f[c] === undefined ? '' : String(f[c]))).join(',') + '\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.write(buf);
  out.end();
  await once(out, 'finish');
  renameSync(tmp, file);
  return file;
}

/** The median of some numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
