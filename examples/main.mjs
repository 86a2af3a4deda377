// The main job of antq, run by `npm start` (which builds first, quietly, so that `antq` resolves to dist):
// 1. the Hà Tĩnh review, a Vietnamese news text (ha-tinh/review.vi.txt), through `antq extract`;
// 2. the same review as checked data (ha-tinh/figures.csv) through `antq validate` and `antq report`,
//    printing the Vietnamese results section;
// 3. the bundled synthetic data through a phase comparison, 2018–2022 against 2013–2017.
// Each step is one call of the CLI's `runCli`, exactly what `npx antq …` runs.
import { fileURLToPath } from 'node:url';
import { runCli } from 'antq/cli';

const here = fileURLToPath(new URL('.', import.meta.url));
const io = { stdout: process.stdout, stderr: process.stderr, cwd: here };

async function step(title, argv) {
  process.stdout.write(`\n=== ${title}\n$ antq ${argv.map((a) => (/[\s"]/.test(a) ? JSON.stringify(a) : a)).join(' ')}\n\n`);
  const code = await runCli(argv, io);
  if (code !== 0) {
    process.stderr.write(`antq ${argv[0]} exited with ${code}\n`);
    process.exitCode = code;
  }
  return code;
}

await step('Hà Tĩnh 2013–2023: figures read from the news text', ['extract', 'ha-tinh/review.vi.txt', '--unit', '42', '--format', 'table', '--lang', 'vi']);

const haTinh = ['ha-tinh/figures.csv', '--units', 'ha-tinh/units.json', '--programmes', 'ha-tinh/programmes.json'];
await step('Hà Tĩnh 2013–2023: checking the figures', ['validate', ...haTinh, '--lang', 'vi']);
await step('Hà Tĩnh 2013–2023: results of the review (Vietnamese)', ['report', ...haTinh, '--lang', 'vi', '--date', '2023-05-24']);

const synthetic = ['synthetic/figures.csv', '--units', 'synthetic/units.csv'];
await step('Synthetic data: phase comparison 2018–2022 against 2013–2017', [
  'compare', ...synthetic, '--current', '2018/2022', '--baseline', '2013/2017', '--by', 'indicator', '--lang', 'vi',
]);
