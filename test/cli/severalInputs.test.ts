import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliIn, type CliRun } from './runCliIn';
import { FileRows } from '../../src/cli/internal/rowNames';
import { tempDir } from '../tempDir';

// Two files whose rows carry the same numbers: row 2 of each is outside 2023, row 3 of each is
// rejected by validation. Nothing may say "row 2" without saying which file.
const dir = tempDir('antq-several-');
const body = (v: number): string => ['unit,indicator,value,period', `42,marches,${v},2023`, '42,marches,3,2021', '42,marches,-1,2023'].join('\n') + '\n';
writeFileSync(join(dir, 'a.csv'), body(10));
writeFileSync(join(dir, 'b.csv'), body(20));

const cli = (argv: string[]): Promise<CliRun> => runCliIn(dir, argv);

type Named = Record<string, { count: number; rows: number[]; lines?: number[]; at: { file: string; row: number; line?: number }[] }>;

describe('several inputs: every exclusion and issue names its file', () => {
  it('summarize --format json names the file of each row left out', async () => {
    const r = await cli(['summarize', 'a.csv', 'b.csv', '--lenient', '--period', '2023', '--by', 'indicator', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as { import: { file: string }[]; summary: { excluded: Named; rows: { value: number }[] } };
    expect(out.summary.excluded['outside_window']).toEqual({ count: 2, rows: [2, 2], lines: [3, 3], at: [{ file: 'a.csv', row: 2, line: 3 }, { file: 'b.csv', row: 2, line: 3 }] });
    expect(out.import.map((i) => i.file)).toEqual(['a.csv', 'b.csv']);
    expect(out.summary.rows[0]?.value).toBe(30);
  });

  it('summarize as a table and as Markdown lists the rows by file under the table', async () => {
    for (const format of ['table', 'md']) {
      const r = await cli(['summarize', 'a.csv', 'b.csv', '--lenient', '--period', '2023', '--by', 'indicator', '--format', format, '--lang', 'en']);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain('left out: outside_window 2 (a.csv rows 2 at lines 3; b.csv rows 2 at lines 3)');
    }
    const vi = await cli(['summarize', 'a.csv', 'b.csv', '--lenient', '--period', '2023', '--by', 'indicator', '--lang', 'vi']);
    expect(vi.out).toContain('không tính: outside_window 2 (a.csv dòng 2 ở dòng tệp 3; b.csv dòng 2 ở dòng tệp 3)');
  });

  it('one file: the JSON names the file too, and the rows stay file rows', async () => {
    const r = await cli(['summarize', 'b.csv', '--lenient', '--period', '2023', '--by', 'indicator', '--format', 'json']);
    const out = JSON.parse(r.out) as { import: { file: string }; summary: { excluded: Named } };
    expect(out.import.file).toBe('b.csv');
    expect(out.summary.excluded['outside_window']).toEqual({ count: 1, rows: [2], lines: [3], at: [{ file: 'b.csv', row: 2, line: 3 }] });
  });

  it('compare --format json names the file of each row left out on both sides', async () => {
    const r = await cli(['compare', 'a.csv', 'b.csv', '--lenient', '--current', '2023', '--baseline', '2022', '--by', 'indicator', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const c = (JSON.parse(r.out) as { comparison: { current: { excluded: Named }; baseline: { excluded: Named } } }).comparison;
    expect(c.current.excluded['outside_window']?.at).toEqual([{ file: 'a.csv', row: 2, line: 3 }, { file: 'b.csv', row: 2, line: 3 }]);
    expect(c.baseline.excluded['outside_window']?.at).toEqual([{ file: 'a.csv', row: 1, line: 2 }, { file: 'a.csv', row: 2, line: 3 }, { file: 'b.csv', row: 1, line: 2 }, { file: 'b.csv', row: 2, line: 3 }]);
  });

  it('report: the note of figures left out names the files', async () => {
    const text = await cli(['report', 'a.csv', 'b.csv', '--lenient', '--period', '2023', '--lang', 'en']);
    expect(text.code, text.err).toBe(0);
    expect(text.out.replace(/\s+/g, ' ')).toContain('outside_window (a.csv rows 2 at lines 3; b.csv rows 2 at lines 3)');
    const vi = await cli(['report', 'a.csv', 'b.csv', '--lenient', '--period', '2023', '--lang', 'vi']);
    expect(vi.out.replace(/\s+/g, ' ')).toContain('outside_window (a.csv dòng 2 ở dòng tệp 3; b.csv dòng 2 ở dòng tệp 3)');
    const one = await cli(['report', 'a.csv', '--lenient', '--period', '2023', '--lang', 'en']);
    expect(one.out.replace(/\s+/g, ' ')).toContain('outside_window (rows 2 at lines 3)');
  });

  it('validate --format csv: one CSV with a file column; --format json: each report with its file', async () => {
    const csv = await cli(['validate', 'a.csv', 'b.csv', '--format', 'csv']);
    expect(csv.code).toBe(1);
    const lines = csv.out.trim().split('\n');
    expect(lines[0]).toBe('file,severity,code,row,line,column,message');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual(['a.csv,error,negative_value,3,4', 'b.csv,error,negative_value,3,4']);
    const json = JSON.parse((await cli(['validate', 'a.csv', 'b.csv', '--format', 'json'])).out) as { file: string; groups: { occurrences: { row: number }[] }[] }[];
    expect(json.map((r) => [r.file, r.groups[0]?.occurrences[0]?.row])).toEqual([['a.csv', 3], ['b.csv', 3]]);
  });
});

describe('FileRows', () => {
  it('shifts each file past the rows of the files before it, and names them back', () => {
    const names = new FileRows();
    expect(names.start('a.csv')).toBe(0);
    names.saw([1, 3, 5], [2, 4, 7]);
    const b = names.start('b.csv');
    expect(b).toBe(6);
    names.saw([1, 2], []);
    const c = names.start('c.csv');
    expect([names.place(5), names.place(3), names.place(b + 1), names.place(c + 4), names.place(0)]).toEqual([
      { file: 'a.csv', row: 5, line: 7 },
      { file: 'a.csv', row: 3, line: 4 },
      { file: 'b.csv', row: 1 },
      { file: 'c.csv', row: 4 },
      { file: 'a.csv', row: 0 },
    ]);
  });

  it('keeps the lines of each file apart: a file without lines after one with them names rows only', () => {
    const names = new FileRows();
    names.start('a.csv');
    names.saw([1, 2], [2, 3]);
    const b = names.start('b.json');
    names.saw([1], []);
    const c = names.start('c.ndjson');
    names.saw([1, 2], [1, 3]);
    expect([names.place(2), names.place(b + 1), names.place(c + 1), names.place(c + 2)]).toEqual([
      { file: 'a.csv', row: 2, line: 3 },
      { file: 'b.json', row: 1 },
      { file: 'c.ndjson', row: 1, line: 1 },
      { file: 'c.ndjson', row: 2, line: 3 },
    ]);
  });
});

describe('--rejects with several inputs', () => {
  it('keeps the rejected rows of every file, each with its file (CSV: by column name under the first header)', async () => {
    const { readFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'c.csv'), 'indicator,unit,value,period,note\nmarches,43,abc,2023,hello\n');
    const r = await cli(['validate', 'a.csv', 'b.csv', 'c.csv', '--rejects', 'rej.csv']);
    expect(r.code).toBe(1);
    const lines = readFileSync(join(dir, 'rej.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('file,unit,indicator,value,period,errors');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual(["a.csv,42,marches,'-1,2023", "b.csv,42,marches,'-1,2023", 'c.csv,43,marches,abc,2023']);
    expect(lines[3]).toContain('(extra cells: note=""hello"")');
  });

  it('NDJSON rejects carry the file', async () => {
    const { readFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'a.ndjson'), '{"unit":"42","indicator":"marches","value":-1,"period":"2023"}\n');
    writeFileSync(join(dir, 'b.ndjson'), '{"unit":"42","indicator":"marches","value":-2,"period":"2023"}\n');
    await cli(['summarize', 'a.ndjson', 'b.ndjson', '--rejects', 'rej.ndjson']);
    const rows = readFileSync(join(dir, 'rej.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; row: number });
    expect(rows.map((x) => [x.file, x.row])).toEqual([['a.ndjson', 1], ['b.ndjson', 1]]);
  });
});
