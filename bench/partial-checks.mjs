// The checks of a partial from outside (mergePartials, finalizePartial) on 100,000 cells read
// back from JSON, one build's dist at a time:
//   node bench/partial-checks.mjs <checkout>/dist <plain|rollup> <finalize|merge>
// Prints the cells and the median and least CPU time (user + system, ms) of 9 calls after 3
// warm-up calls. Run the two builds' processes alternated (docs/performance.md, partial checks).
const [dist, shape, op] = process.argv.slice(2);
const antq = await import(new URL(`${dist}/index.js`, `file://${process.cwd()}/`).href);
const { createAggregator, finalizePartial, mergePartials, createUnitRegistry } = antq;
const figures = [];
let o;
if (shape === 'plain') {
  o = { by: ['indicator', 'unit', 'period'], granularity: 'month' };
  for (let u = 0; u < 10000; u++) for (let m = 1; m <= 5; m++) {
    figures.push({ unit: `U${u}`, indicator: 'marches', value: u % 7 + m, period: `2024-0${m}`, qualifier: u % 3 === 0 ? 'about' : 'exact' });
    figures.push({ unit: `U${u}`, indicator: 'model_sites', value: u % 11, period: `2024-0${m}-15` });
  }
} else {
  // rollup: 47,000 communes under 2,500 districts under 50 provinces, one flow indicator x 2 years
  const units = [{ code: 'VN', name: 'VN', level: 'national' }];
  for (let p = 0; p < 50; p++) units.push({ code: `P${p}`, name: `P${p}`, level: 'province', parent: 'VN' });
  for (let d = 0; d < 2500; d++) units.push({ code: `D${d}`, name: `D${d}`, level: 'district', parent: `P${d % 50}` });
  for (let c = 0; c < 47000; c++) units.push({ code: `C${c}`, name: `C${c}`, level: 'commune', parent: `D${c % 2500}` });
  const reg = createUnitRegistry(units);
  o = { by: ['indicator', 'unit', 'period'], granularity: 'year', units: reg, rollup: true };
  for (let c = 0; c < 47000; c++) for (const y of ['2023', '2024']) {
    figures.push({ unit: `C${c}`, indicator: 'marches', value: c % 7, period: y, qualifier: c % 5 === 0 ? 'over' : 'exact' });
  }
}
const agg = createAggregator(o);
agg.addAll(figures);
const p = JSON.parse(JSON.stringify(agg.partial()));
const run = op === 'finalize' ? () => finalizePartial(p, o) : () => mergePartials([p]);
for (let i = 0; i < 3; i++) run();
const times = [];
for (let i = 0; i < 9; i++) {
  const t = process.cpuUsage();
  run();
  const d = process.cpuUsage(t);
  times.push((d.user + d.system) / 1000);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ cells: p.cells.length, median: times[4], min: times[0] }));
