import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliIn, type CliRun } from './runCliIn';
import { tempDir } from '../tempDir';

// Header, then: a good row (row 1), two rows validation rejects (rows 2 and 3), a flow that
// straddles the 2023 window (row 4, line 5), a flow outside it (row 5) and a good row (row 6).
const dir = tempDir('antq-excluded-rows-');
writeFileSync(
  join(dir, 'f.csv'),
  [
    'unit,indicator,value,period',
    '42,marches,10,2023',
    '42,marches,-1,2023',
    '42,marches,abc,2023',
    '42,marches,7,2022-07-01/2023-06-30',
    '42,marches,3,2021',
    '42,marches,5,2023-Q2',
  ].join('\n') + '\n',
);

const cli = (argv: string[]): Promise<CliRun> => runCliIn(dir, argv);

type Excluded = Record<string, { count: number; rows: number[] }>;

describe('figures left out are named by their file row, as validation names rows', () => {
  it('summarize --format json', async () => {
    const r = await cli(['summarize', 'f.csv', '--lenient', '--period', '2023', '--by', 'indicator', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as { import: { groups: { occurrences: { row: number }[] }[] }; summary: { read: number; used: number; excluded: Excluded; rows: { value: number }[] } };
    expect(out.import.groups.flatMap((g) => g.occurrences.map((o) => o.row)).sort()).toEqual([2, 3]);
    expect(out.summary.excluded).toEqual({
      outside_window: { count: 1, rows: [5], lines: [6], at: [{ file: 'f.csv', row: 5, line: 6 }] },
      straddles_window: { count: 1, rows: [4], lines: [5], at: [{ file: 'f.csv', row: 4, line: 5 }] },
    });
    expect([out.summary.read, out.summary.used, out.summary.rows[0]?.value]).toEqual([4, 2, 15]);
  });

  it('compare --format json', async () => {
    const r = await cli(['compare', 'f.csv', '--lenient', '--current', '2023', '--baseline', '2022', '--by', 'indicator', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const c = (JSON.parse(r.out) as { comparison: { current: { excluded: Excluded }; baseline: { excluded: Excluded } } }).comparison;
    expect(c.current.excluded['straddles_window']?.rows).toEqual([4]);
    expect(c.baseline.excluded['outside_window']?.rows).toEqual([1, 5, 6]);
  });

  it('report: the note names the file rows, in text and JSON', async () => {
    const text = await cli(['report', 'f.csv', '--lenient', '--period', '2023', '--lang', 'en']);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toContain('straddles_window (rows 4 at lines 5)');
    expect(text.out).toContain('outside_window (rows 5 at lines 6)');
    const vi = await cli(['report', 'f.csv', '--lenient', '--period', '2023', '--lang', 'vi']);
    expect(vi.out).toContain('straddles_window (dòng 4 ở dòng tệp 5)');
    const json = await cli(['report', 'f.csv', '--lenient', '--period', '2023', '--format', 'json']);
    const notes = (JSON.parse(json.out) as { report: { notes: { code: string; message: string }[] } }).report.notes;
    expect(notes.filter((n) => n.code === 'figures_excluded').map((n) => n.message)).toEqual([
      '1 figure(s) left out of the totals: outside_window (rows 5 at lines 6)',
      '1 figure(s) left out of the totals: straddles_window (rows 4 at lines 5)',
    ]);
  });
});
