import { generateFigures } from '/work/main/bench/generate.mjs';
import { parsePeriod, dayToPeriodKey } from 'antq';
const figs = Array.from(generateFigures(1000000));
const cache = new Map();
function child(n, k) { let c = n.get(k); if (c === undefined) { c = new Map(); n.set(k, c); } return c; }
function v1(figs) { // trie with number bucket from period cache
  const root = new Map();
  for (const f of figs) {
    let p = cache.get(f.period);
    if (p === undefined) { const r = parsePeriod(f.period).value; p = { s: r.startDay, b: dayToPeriodKey(r.startDay, 'year') }; cache.set(f.period, p); }
    let n = child(root, f.indicator); n = child(n, f.category ?? ''); n = child(n, p.b);
    let c = n.get(f.uom); if (c === undefined) { c = { v: 0 }; n.set(f.uom, c); } c.v += f.value;
  }
}
function v2(figs) { // same, no bucket level
  const root = new Map();
  for (const f of figs) {
    let p = cache.get(f.period);
    if (p === undefined) { const r = parsePeriod(f.period).value; p = { s: r.startDay, b: dayToPeriodKey(r.startDay, 'year') }; cache.set(f.period, p); }
    let n = child(root, f.indicator); n = child(n, f.category ?? '');
    let c = n.get(f.uom); if (c === undefined) { c = { v: 0 }; n.set(f.uom, c); } c.v += f.value;
  }
}
function v3(figs) { // bucket as string key
  const root = new Map();
  for (const f of figs) {
    let p = cache.get(f.period);
    if (p === undefined) { const r = parsePeriod(f.period).value; p = { s: r.startDay, b: String(dayToPeriodKey(r.startDay, 'year')) }; cache.set(f.period, p); }
    let n = child(root, f.indicator); n = child(n, f.category ?? ''); n = child(n, p.b);
    let c = n.get(f.uom); if (c === undefined) { c = { v: 0 }; n.set(f.uom, c); } c.v += f.value;
  }
}
for (let r = 0; r < 3; r++) for (const [k, fn] of Object.entries({ v1, v2, v3 })) { cache.clear(); const t = performance.now(); fn(figs); console.log(r, k, Math.round(performance.now() - t)); }
