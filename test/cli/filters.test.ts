import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliIn, type CliRun } from './runCliIn';
import { tempDir } from '../tempDir';

const dir = tempDir('antq-filters-');
writeFileSync(
  join(dir, 'f.csv'),
  [
    'unit,indicator,category,value,period,reporter',
    '42,weapons_surrendered,gun.military,127,2023,police+front',
    '42,weapons_surrendered,gun.hunting,20,2023,front',
    '40,weapons_surrendered,gun.military,5,2023,police',
    '42,weapons_surrendered,gun.military,100,2022,police',
    '42,marches,,7,2023,',
  ].join('\n') + '\n',
);

const cli = (argv: string[]): Promise<CliRun> => runCliIn(dir, argv);

describe('--indicator, --category, --unit, --reporter', () => {
  it('narrow summarize', async () => {
    const r = await cli(['summarize', 'f.csv', '--by', 'indicator', '--period', '2023', '--unit', '42', '--category', 'gun.military', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    expect((JSON.parse(r.out) as { summary: { rows: { value: number }[] } }).summary.rows.map((x) => x.value)).toEqual([127]);
    const byReporter = await cli(['summarize', 'f.csv', '--by', 'indicator', '--period', '2023', '--reporter', 'front', '--indicator', 'weapons_surrendered,marches', '--format', 'json']);
    expect((JSON.parse(byReporter.out) as { summary: { rows: { value: number }[] } }).summary.rows.map((x) => x.value)).toEqual([147]);
  });

  it('narrow compare', async () => {
    const r = await cli(['compare', 'f.csv', '--current', '2023', '--baseline', '2022', '--by', 'indicator', '--unit', '42', '--category', 'gun.military', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const rows = (JSON.parse(r.out) as { comparison: { rows: { change: { value: number } | null }[] } }).comparison.rows;
    expect(rows.map((x) => x.change?.value)).toEqual([27]);
  });

  it('narrow report', async () => {
    const r = await cli(['report', 'f.csv', '--indicator', 'marches', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const sections = (JSON.parse(r.out) as { report: { sections: { rows: { indicator: string }[] }[] } }).report.sections;
    expect(sections.flatMap((s) => s.rows.map((x) => x.indicator))).toEqual(['marches']);
  });
});
