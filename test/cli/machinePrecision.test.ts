import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliIn, type CliRun } from './runCliIn';
import { parseCsv } from '../../src/io/csv/parseCsv';
import { tempDir } from '../tempDir';

let dir = '';

const cli = (argv: string[]): Promise<CliRun> => runCliIn(dir, argv);

/** The CSV output as records keyed by header name. */
function csvRows(text: string): Record<string, string>[] {
  const table = parseCsv(text);
  expect(table.issues).toEqual([]);
  return table.records.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.cells[i] ?? ''])));
}

/** A CSV cell read back as a number (empty is null), compared with `Object.is` so that -0 and 0 differ. */
function num(cell: string | undefined): number | null {
  return cell === undefined || cell === '' ? null : Number(cell);
}

beforeAll(() => {
  dir = tempDir('antq-precision-');
  // 28378 against 28388 is a change of -0.03522615189516697 %; 0.1 + 0.2 sums to a float with noise.
  writeFileSync(
    join(dir, 'f.csv'),
    [
      'unit,indicator,value,period,uom,category',
      '42,forum_attendance,28378,2023,person_times,',
      '42,forum_attendance,28388,2022,person_times,',
      '42,marches,3,2023,count,',
      '42,marches,7,2022,count,',
      '42,funds_mobilized,0.1,2023,vnd,',
      '43,funds_mobilized,0.2,2023,vnd,',
      '42,funds_mobilized,0.7,2022,vnd,',
    ].join('\n') + '\n',
  );
});

interface JsonChange {
  readonly value: number;
}
interface JsonComparisonRow {
  readonly indicator: string;
  readonly category: string | null;
  readonly change: JsonChange | null;
  readonly percentChange: JsonChange | null;
}

describe('machine formats carry full precision', () => {
  it('compare --format csv: percent_change (and change) parse back to exactly the JSON values', async () => {
    const argv = ['compare', 'f.csv', '--current', '2023', '--baseline', '2022'];
    const json = await cli([...argv, '--format', 'json']);
    expect(json.code, json.err).toBe(0);
    const rows = (JSON.parse(json.out) as { comparison: { rows: JsonComparisonRow[] } }).comparison.rows;
    const csv = await cli([...argv, '--format', 'csv']);
    expect(csv.code, csv.err).toBe(0);
    const records = csvRows(csv.out);
    expect(records).toHaveLength(rows.length);
    for (const row of rows) {
      const rec = records.find((r) => r['indicator'] === row.indicator && (r['category'] ?? '') === (row.category ?? ''));
      expect(rec, row.indicator).toBeDefined();
      expect(Object.is(num(rec?.['percent_change']), row.percentChange?.value ?? null), `${row.indicator}: ${rec?.['percent_change']} vs ${row.percentChange?.value}`).toBe(true);
      expect(Object.is(num(rec?.['change']), row.change?.value ?? null)).toBe(true);
    }
    const forum = rows.find((r) => r.indicator === 'forum_attendance');
    expect(forum?.percentChange?.value).toBeCloseTo(-0.0352, 4);
    expect(records.find((r) => r['indicator'] === 'forum_attendance')?.['percent_change']).toBe(String(forum?.percentChange?.value));
  });

  it('compare for people (table, md) still rounds percentages to one decimal', async () => {
    const argv = ['compare', 'f.csv', '--current', '2023', '--baseline', '2022', '--lang', 'en'];
    for (const format of ['table', 'md']) {
      const r = await cli([...argv, '--format', format]);
      expect(r.code, r.err).toBe(0);
      const marches = r.out.split('\n').find((l) => l.includes('marches'));
      expect(marches).toContain('-57.1');
      expect(marches).not.toContain('-57.14');
    }
  });

  it('summarize and report --format csv: values parse back to exactly the JSON values', async () => {
    const sj = await cli(['summarize', 'f.csv', '--by', 'indicator,period', '--format', 'json']);
    expect(sj.code, sj.err).toBe(0);
    const summary = (JSON.parse(sj.out) as { summary: { rows: { indicator: string; period: string; value: number | null }[] } }).summary.rows;
    const sc = csvRows((await cli(['summarize', 'f.csv', '--by', 'indicator,period', '--format', 'csv'])).out);
    expect(sc).toHaveLength(summary.length);
    for (const row of summary) {
      const rec = sc.find((r) => r['indicator'] === row.indicator && r['period'] === row.period);
      expect(Object.is(num(rec?.['value']), row.value), `${row.indicator} ${row.period}`).toBe(true);
    }

    const rj = await cli(['report', 'f.csv', '--period', '2023', '--format', 'json']);
    expect(rj.code, rj.err).toBe(0);
    const sections = (JSON.parse(rj.out) as { report: { sections: { id: string; rows: { indicator: string; value: number | null }[] }[] } }).report.sections;
    const rc = csvRows((await cli(['report', 'f.csv', '--period', '2023', '--format', 'csv'])).out);
    const jsonValues = sections.flatMap((s) => s.rows.map((r) => [s.id, r.indicator, r.value]));
    expect(rc.map((r) => [r['section'], r['indicator'], num(r['value'])])).toEqual(jsonValues);
  });
});
