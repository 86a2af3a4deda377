import { aggregate, createAggregator } from 'antq';
import { generateFigures } from '/work/main/bench/generate.mjs';
const figs = Array.from(generateFigures(1000000));
const exact = figs.map(f => { const g = { ...f }; delete g.qualifier; return g; });
function nested(figs) {
  const root = new Map();
  for (const f of figs) {
    let a = root.get(f.indicator); if (!a) root.set(f.indicator, (a = new Map()));
    const c = f.category ?? ''; let b = a.get(c); if (!b) a.set(c, (b = new Map()));
    const k = f.uom + '|' + f.period.slice(0, 4); b.set(k, (b.get(k) ?? 0) + f.value);
  }
  return root.size;
}
const cases = {
  nested: () => nested(figs),
  ind: () => aggregate(figs, { by: ['indicator'] }).rows.length,
  indcat: () => aggregate(figs, { by: ['indicator', 'category'] }).rows.length,
  full: () => aggregate(figs, { by: ['indicator', 'category', 'period'] }).rows.length,
  fullExact: () => aggregate(exact, { by: ['indicator', 'category', 'period'] }).rows.length,
};
for (let r = 0; r < 3; r++) for (const [k, fn] of Object.entries(cases)) { const t = performance.now(); fn(); console.log(r, k, Math.round(performance.now() - t)); }
