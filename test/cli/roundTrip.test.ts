import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliIn, type CliRun } from './runCliIn';
import { tempDir } from '../tempDir';

let dir = '';

const cli = (argv: string[]): Promise<CliRun> => runCliIn(dir, argv);

async function write(argv: string[], file: string): Promise<string> {
  const r = await cli(argv);
  expect(r.code, r.err).toBe(0);
  writeFileSync(join(dir, file), r.out);
  return r.out;
}

beforeAll(() => {
  dir = tempDir('antq-roundtrip-');
  copyFileSync(join(__dirname, '../../examples/synthetic/figures.csv'), join(dir, 'synth.csv'));
  writeFileSync(
    join(dir, 'f.csv'),
    ['unit,indicator,value,period', '44,marches,10,2019', '45,marches,5,2019', '44,marches,20,2026', '42,marches,3,2019', '42,marches,4,2026'].join('\n') + '\n',
  );
});

describe('every table the CLI writes, it reads back identically', () => {
  it('units as CSV, with the 2025 merger in the successors column', async () => {
    const csv = await write(['units', '--format', 'csv'], 'u.csv');
    expect(csv.split('\n')[0]).toBe('code,name,name_en,level,type,parent,valid_from,valid_to,successors');
    expect(csv).toMatch(/\n45,Quảng Trị,[^\n]*,2025-06-30,44\n/);
    const direct = JSON.parse((await cli(['units', '--format', 'json'])).out) as { units: unknown[] };
    const reread = await cli(['units', '--units', 'u.csv', '--format', 'json']);
    expect(reread.code, reread.err).toBe(0);
    expect((JSON.parse(reread.out) as { units: unknown[] }).units).toEqual(direct.units);
    expect((await cli(['units', '--units', 'u.csv', '--format', 'csv'])).out).toBe(csv);
  });

  it('units as JSON', async () => {
    const json = await write(['units', '--format', 'json'], 'u.json');
    const reread = await cli(['units', '--units', 'u.json', '--format', 'json']);
    expect(reread.code, reread.err).toBe(0);
    expect(reread.out).toBe(json);
  });

  it('restates onto 2026 boundaries the same with the written units as with the built-in ones', async () => {
    await write(['units', '--format', 'csv'], 'u.csv');
    const args = ['summarize', 'f.csv', '--by', 'indicator,unit', '--as-of', '2026-01-01', '--period', '2019', '--format', 'json'];
    const builtIn = await cli([...args, '--units', 'vn']);
    const fromCsv = await cli([...args, '--units', 'u.csv']);
    expect(fromCsv.code, fromCsv.err).toBe(0);
    expect(fromCsv.out).toBe(builtIn.out);
    const rows = (JSON.parse(fromCsv.out) as { summary: { rows: { unit: string; value: number }[] } }).summary.rows;
    expect(rows.map((r) => [r.unit, r.value])).toEqual([
      ['42', 3],
      ['44', 15],
    ]);
  });

  it.each(['csv', 'json', 'ndjson'])('figures as %s', async (format) => {
    const first = await write(['convert', 'synth.csv', '-', '--output-format', format], `figures.${format}`);
    const again = await cli(['convert', `figures.${format}`, '-', '--output-format', format]);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toBe(first);
    const viaCsv = await cli(['convert', `figures.${format}`, '-', '--output-format', 'csv']);
    expect(viaCsv.out).toBe(readFileSync(join(dir, 'figures.csv'), 'utf8'));
  });
});

describe('a units file says what is wrong with its columns', () => {
  it.each([
    ['an unknown column', 'code,name,level,validFrom\nX,X,province,2020-01-01\n', /unknown column "validFrom"/],
    ['a missing column', 'code,name,parent\nX,X,\n', /required column level is missing/],
    ['a repeated column', 'code,name,level,name\nX,X,province,Y\n', /appears twice/],
    ['a bad successor weight', 'code,name,level,successors\nX,X,province,Y:half\n', /:2: row 1, successors/],
    ['an empty file', '', /empty/],
  ])('refuses %s', async (_, text, message) => {
    writeFileSync(join(dir, 'bad-units.csv'), text);
    const r = await cli(['units', '--units', 'bad-units.csv']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
  });

  it('reads successors with and without weights', async () => {
    writeFileSync(join(dir, 'split.csv'), 'code,name,level,valid_to,successors\nA,A,province,2020-12-31,B:0.25;C:0.75\nB,B,province,,\nC,C,province,,\n');
    const r = await cli(['units', '--units', 'split.csv', '--code', 'A', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    expect((JSON.parse(r.out) as { units: { successors?: unknown }[] }).units[0]?.successors).toEqual([
      { code: 'B', weight: 0.25 },
      { code: 'C', weight: 0.75 },
    ]);
  });
});
