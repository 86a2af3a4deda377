// Writes the bundled synthetic example (examples/synthetic/): a small province-district-commune
// hierarchy with yearly figures for 2013–2023. Deterministic: running it again gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { FIGURE_COLUMNS, SERIES_COUNT, generateFigures, generateUnits } from './generate.mjs';

const shape = { provinces: 2, districtsPerProvince: 2, communesPerDistrict: 3, yearly: true };
const units = generateUnits(shape);
const communes = units.filter((u) => u.level === 'commune').length;
const count = communes * 11 * SERIES_COUNT; // every series of every commune every year
const cell = (v) => (v === undefined ? '' : String(v));
const lines = [FIGURE_COLUMNS.join(',')];
for (const f of generateFigures(count, shape)) lines.push(FIGURE_COLUMNS.map((c) => cell(f[c])).join(','));
mkdirSync('examples/synthetic', { recursive: true });
writeFileSync('examples/synthetic/figures.csv', lines.join('\n') + '\n');
writeFileSync(
  'examples/synthetic/units.csv',
  ['code,name,level,parent,valid_from,valid_to', ...units.map((u) => [u.code, u.name, u.level, u.parent, '', ''].join(','))].join('\n') + '\n',
);
console.log(`examples/synthetic: ${lines.length - 1} figures, ${units.length} units`);
