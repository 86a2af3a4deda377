import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliIn, type CliRun } from './runCliIn';
import { tempDir } from '../tempDir';

const dir = tempDir('antq-refusals-');
writeFileSync(join(dir, 'f.csv'), 'unit,indicator,value,period\n42,marches,20,2023\n');

const cli = (argv: string[]): Promise<CliRun> => runCliIn(dir, argv);

describe('the CLI says what is missing or wrong instead of printing a wrong result', () => {
  it('refuses a report date that is not a real day', async () => {
    const r = await cli(['report', 'f.csv', '--date', '2023-02-30']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/2023-02-30/);
    expect((await cli(['report', 'f.csv', '--date', '2023-02-28'])).code).toBe(0);
  });

  it('asks for a units table when listing units', async () => {
    const r = await cli(['catalog', '--list', 'units']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/--units/);
    const withUnits = await cli(['catalog', '--list', 'units', '--units', 'vn', '--format', 'csv']);
    expect(withUnits.code).toBe(0);
    expect(withUnits.out.split('\n').length).toBeGreaterThan(30);
  });

  it('says that a phrase without a year needs a reference date', async () => {
    const r = await cli(['parse', 'Sáng 24/5']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/vi_date_needs_reference/);
    expect(r.err).toMatch(/--ref-date/);
    const json = await cli(['parse', 'Sáng 24/5', '--format', 'json']);
    expect((JSON.parse(json.out) as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual(['vi_date_needs_reference']);
    const vi = await cli(['parse', 'Sáng 24/5', '--lang', 'vi']);
    expect(vi.err).toMatch(/ngày tham chiếu/);
    const given = await cli(['parse', 'Sáng 24/5', '--ref-date', '2023-06-01', '--format', 'json']);
    expect(given.code).toBe(0);
    expect((JSON.parse(given.out) as { date: string }).date).toBe('2023-05-24');
  });

  it('still reads a quantity that is not a date', async () => {
    const r = await cli(['parse', 'hơn 81 nghìn lượt đơn thư', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { kind: string }).kind).toBe('quantity');
  });
});
