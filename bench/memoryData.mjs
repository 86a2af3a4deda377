// The bench's in-memory data and its typed-array baselines (the practical limits), shared by
// bench/run.mjs and bench/engine-profile.mjs: the figures of `--rows` records (default 1,000,000),
// their indicator, category, uom, year and unit encoded once into Int32Arrays (not timed), and
// one loop each adding into a Float64Array indexed by the codes. Made at module level: V8 runs
// the loops over module constants about twice as fast as over arrays held in a closure or passed
// in, and earlier rounds' ratios were measured this way.
import { generateFigures, generateUnits } from './generate.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--rows');
export const unitRows = generateUnits();
export const figs = Array.from(generateFigures(Number(at >= 0 ? args[at + 1] : '1000000')));

// Dictionary codes for the typed-array baselines (built once, not timed: the practical limit).
const dict = () => {
  const m = new Map();
  return { m, code: (s) => m.get(s) ?? (m.set(s, m.size), m.size - 1) };
};
const dInd = dict(), dCat = dict(), dUom = dict(), dUnit = dict();
for (const u of unitRows) dUnit.code(u.code);
const n = figs.length;
const cInd = new Int32Array(n), cCat = new Int32Array(n), cUom = new Int32Array(n), cYear = new Int32Array(n), cUnit = new Int32Array(n);
const vals = new Float64Array(n);
for (let i = 0; i < n; i++) {
  const f = figs[i];
  cInd[i] = dInd.code(f.indicator);
  cCat[i] = dCat.code(f.category ?? '');
  cUom[i] = dUom.code(f.uom);
  cYear[i] = Number(f.period.slice(0, 4)) - 2013;
  cUnit[i] = dUnit.code(f.unit);
  vals[i] = f.value;
}
const nInd = dInd.m.size, nCat = dCat.m.size, nUom = dUom.m.size, nYear = 11, nUnit = dUnit.m.size;
const parentOf = new Int32Array(nUnit).fill(-1);
const depth = new Int32Array(nUnit);
for (const u of unitRows) if (u.parent) parentOf[dUnit.m.get(u.code)] = dUnit.m.get(u.parent);
for (let u = 0; u < nUnit; u++) for (let p = parentOf[u]; p >= 0; p = parentOf[p]) depth[u]++;
const byDepth = [...Array(nUnit).keys()].sort((a, b) => depth[b] - depth[a]);

export function typedSums() {
  const sums = new Float64Array(nInd * nCat * nUom * nYear);
  const counts = new Uint32Array(sums.length);
  for (let i = 0; i < n; i++) {
    const k = ((cInd[i] * nCat + cCat[i]) * nUom + cUom[i]) * nYear + cYear[i];
    sums[k] += vals[i];
    counts[k]++;
  }
  let cells = 0;
  for (let k = 0; k < sums.length; k++) if (counts[k] !== 0) cells++;
  return cells;
}

export function typedRollup() {
  const nSeries = nInd * nUom;
  const sums = new Float64Array(nSeries * nUnit);
  const counts = new Uint32Array(sums.length);
  for (let i = 0; i < n; i++) {
    const k = (cInd[i] * nUom + cUom[i]) * nUnit + cUnit[i];
    sums[k] += vals[i];
    counts[k]++;
  }
  for (const u of byDepth) {
    const p = parentOf[u];
    if (p < 0) continue;
    for (let k = 0; k < nSeries; k++) {
      sums[k * nUnit + p] += sums[k * nUnit + u];
      counts[k * nUnit + p] += counts[k * nUnit + u];
    }
  }
  let cells = 0;
  for (let k = 0; k < sums.length; k++) if (counts[k] !== 0) cells++;
  return cells;
}
