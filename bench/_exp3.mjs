import { aggregate } from 'antq';
import { generateFigures } from '/work/main/bench/generate.mjs';
const figs = Array.from(generateFigures(1000000));
const mode = process.argv[2];
for (let r = 0; r < 4; r++) { const t = performance.now(); aggregate(figs, { by: mode === 'full' ? ['indicator', 'category', 'period'] : ['indicator', 'category'] }); console.log(mode, Math.round(performance.now() - t)); }
