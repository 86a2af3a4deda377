import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFigures, readFigures } from '../../src/index';
import { runCliIn, type CliRun } from './runCliIn';
import { tempDir } from '../tempDir';

// Rows and lines part ways: a blank line after row 1 and a note with a line break inside quotes
// in row 2. Row 1 (line 2) is in 2023; row 2 (lines 4-5) straddles the window; row 3 (line 6) is
// outside it; row 4 (line 8, after another blank line) is in 2023.
const csv = [
  'unit,indicator,value,period,note',
  '42,marches,10,2023,',
  '',
  '42,marches,7,2022-07-01/2023-06-30,"two',
  'lines"',
  '42,marches,3,2021,',
  '',
  '42,marches,5,2023-Q2,',
].join('\n') + '\n';
// The same figures as NDJSON, with blank lines: rows 2 and 3 stand on lines 4 and 5.
const ndjson = [
  '{"unit":"42","indicator":"marches","value":10,"period":"2023"}',
  '',
  '',
  '{"unit":"42","indicator":"marches","value":7,"period":"2022-07-01/2023-06-30"}',
  '{"unit":"42","indicator":"marches","value":3,"period":"2021"}',
].join('\n') + '\n';
const json = JSON.stringify([
  { unit: '42', indicator: 'marches', value: 10, period: '2023' },
  { unit: '42', indicator: 'marches', value: 3, period: '2021' },
]);
const dir = tempDir('antq-excluded-lines-');
writeFileSync(join(dir, 'f.csv'), csv);
writeFileSync(join(dir, 'f.ndjson'), ndjson);
writeFileSync(join(dir, 'f.json'), json);

const cli = (argv: string[]): Promise<CliRun> => runCliIn(dir, argv);
const window = ['--period', '2023', '--by', 'indicator'];

type Excluded = Record<string, { count: number; rows: number[]; lines?: number[]; at: { file: string; row: number; line?: number }[] }>;

describe('figures left out are named by their file row and line, as validation names them', () => {
  it('readFigures gives the line of each figure beside its row (CSV, NDJSON), and none for a JSON array', async () => {
    const lines = async (text: string, format: 'csv' | 'ndjson' | 'json', batchSize = 2048): Promise<[number[], number[]]> => {
      const rows: number[] = [];
      const at: number[] = [];
      for await (const b of readFigures(text, { format, batchSize })) {
        rows.push(...b.rows);
        at.push(...b.lines);
      }
      return [rows, at];
    };
    expect(await lines(csv, 'csv')).toEqual([[1, 2, 3, 4], [2, 4, 6, 8]]);
    expect(await lines(csv, 'csv', 1)).toEqual([[1, 2, 3, 4], [2, 4, 6, 8]]);
    expect(await lines(ndjson, 'ndjson')).toEqual([[1, 2, 3], [1, 4, 5]]);
    expect(await lines(json, 'json')).toEqual([[1, 2], []]);
    const seen: number[][] = [];
    await importFigures(csv, { onFigures: (_f, _rows, ls) => void seen.push([...(ls ?? [])]) });
    expect(seen).toEqual([[2, 4, 6, 8]]);
  });

  it('summarize --format json: summary.excluded has the lines beside the rows, and each place its line', async () => {
    const r = await cli(['summarize', 'f.csv', ...window, '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as { summary: { excluded: Excluded } };
    expect(out.summary.excluded).toEqual({
      outside_window: { count: 1, rows: [3], lines: [6], at: [{ file: 'f.csv', row: 3, line: 6 }] },
      straddles_window: { count: 1, rows: [2], lines: [4], at: [{ file: 'f.csv', row: 2, line: 4 }] },
    });
    const nd = JSON.parse((await cli(['summarize', 'f.ndjson', ...window, '--format', 'json'])).out) as { summary: { excluded: Excluded } };
    expect(nd.summary.excluded['outside_window']).toEqual({ count: 1, rows: [3], lines: [5], at: [{ file: 'f.ndjson', row: 3, line: 5 }] });
    // A JSON array's elements have rows but no lines.
    const js = JSON.parse((await cli(['summarize', 'f.json', ...window, '--format', 'json'])).out) as { summary: { excluded: Excluded } };
    expect(js.summary.excluded['outside_window']).toEqual({ count: 1, rows: [2], at: [{ file: 'f.json', row: 2 }] });
  });

  it('summarize as a table says rows and lines, in English and Vietnamese', async () => {
    const en = await cli(['summarize', 'f.csv', ...window, '--lang', 'en']);
    expect(en.out).toContain('left out: outside_window 1 (f.csv rows 3 at lines 6), straddles_window 1 (f.csv rows 2 at lines 4)');
    const vi = await cli(['summarize', 'f.csv', ...window, '--lang', 'vi']);
    expect(vi.out).toContain('không tính: outside_window 1 (f.csv dòng 3 ở dòng tệp 6), straddles_window 1 (f.csv dòng 2 ở dòng tệp 4)');
    const js = await cli(['summarize', 'f.json', ...window, '--lang', 'en']);
    expect(js.out).toContain('left out: outside_window 1 (f.json rows 2)');
  });

  it('report: the note of figures left out gives rows and lines, in English and Vietnamese', async () => {
    const en = await cli(['report', 'f.csv', '--period', '2023', '--lang', 'en']);
    expect(en.code, en.err).toBe(0);
    expect(en.out).toContain('outside_window (rows 3 at lines 6)');
    expect(en.out).toContain('straddles_window (rows 2 at lines 4)');
    const vi = await cli(['report', 'f.csv', '--period', '2023', '--lang', 'vi']);
    expect(vi.out).toContain('outside_window (dòng 3 ở dòng tệp 6)');
    const several = await cli(['report', 'f.csv', 'f.ndjson', '--period', '2023', '--lang', 'en']);
    expect(several.out.replace(/\s+/g, ' ')).toContain('outside_window (f.csv rows 3 at lines 6; f.ndjson rows 3 at lines 5)');
    const js = await cli(['report', 'f.json', '--period', '2023', '--lang', 'en']);
    expect(js.out).toContain('outside_window (rows 2)');
  });
});
