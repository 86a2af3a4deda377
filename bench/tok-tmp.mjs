import { createReadStream } from 'node:fs';
import { readCsv, readFigures } from 'antq';
const hw = +process.argv[3]; const mode = process.argv[4];
const c0 = process.cpuUsage(); const t0 = performance.now(); let n = 0;
const src = createReadStream(process.argv[2], { highWaterMark: hw });
if (mode === 'csv') for await (const b of readCsv(src)) n += b.records.length;
else for await (const b of readFigures(src)) n += b.read;
const c = process.cpuUsage(c0); console.log(mode, hw, n, ((c.user + c.system) / 1000).toFixed(0), 'ms cpu', (performance.now() - t0).toFixed(0), 'wall');
