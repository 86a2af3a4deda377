import { aggregate, createUnitRegistry } from 'antq';
import { generateFigures, generateUnits } from '/work/main/bench/generate.mjs';
const figs = Array.from(generateFigures(1000000));
const registry = createUnitRegistry(generateUnits());
for (let r = 0; r < 3; r++) {
  let t = performance.now(); aggregate(figs, { by: ['indicator', 'unit'] }); const a = performance.now() - t;
  t = performance.now(); aggregate(figs, { by: ['indicator', 'unit'], units: registry }); const b = performance.now() - t;
  t = performance.now(); aggregate(figs, { by: ['indicator', 'unit'], units: registry, rollup: true }); const c = performance.now() - t;
  console.log(Math.round(a), Math.round(b), Math.round(c));
}
