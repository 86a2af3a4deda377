import { validateFigures } from 'antq';
import { generateFigures } from '/work/main/bench/generate.mjs';
const figs = Array.from(generateFigures(100000));
for (let i = 0; i < 3; i++) { const t = performance.now(); const r = validateFigures(figs); console.log(Math.round(performance.now() - t), r.issues.length, r.figures.length); }
