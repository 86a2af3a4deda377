import { aggregate } from 'antq';
import { generateFigures } from '/work/main/bench/generate.mjs';
const figs = Array.from(generateFigures(1000000));
function nested(figs) {
  const root = new Map();
  for (const f of figs) {
    let a = root.get(f.indicator); if (!a) root.set(f.indicator, (a = new Map()));
    const c = f.category ?? ''; let b = a.get(c); if (!b) a.set(c, (b = new Map()));
    const k = f.uom + '|' + f.period.slice(0, 4); b.set(k, (b.get(k) ?? 0) + f.value);
  }
  return root.size;
}
const best = { nested: Infinity, antq: Infinity };
for (let r = 0; r < 8; r++) {
  globalThis.gc();
  let t = performance.now(); nested(figs); best.nested = Math.min(best.nested, performance.now() - t);
  globalThis.gc();
  t = performance.now(); aggregate(figs, { by: ['indicator', 'category', 'period'] }); best.antq = Math.min(best.antq, performance.now() - t);
}
console.log(best, (best.antq / best.nested).toFixed(2));
