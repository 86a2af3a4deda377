import { aggregate } from 'antq';
import { generateFigures } from '/work/main/bench/generate.mjs';
const figs = Array.from(generateFigures(1000000));
for (let i = 0; i < 3; i++) {
const t = performance.now();
const r = aggregate(figs, { by: ['indicator', 'category', 'period'], granularity: 'year' });
console.log(r.rows.length, performance.now() - t);
}
