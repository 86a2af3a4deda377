import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliIn, type CliRun } from './runCliIn';
import { tempDir } from '../tempDir';

const cli = (argv: string[], cwd: string): Promise<CliRun> => runCliIn(cwd, argv);

const dir = tempDir('antq-asof-');
writeFileSync(
  join(dir, 'f.csv'),
  ['unit,indicator,value,period', '44,marches,10,2019', '45,marches,5,2019', '44,marches,20,2026', '42,marches,3,2019', '42,marches,4,2026'].join('\n') + '\n',
);

describe('antq units and --as-of', () => {
  it('lists the reference units and their history', async () => {
    const r = await cli(['units', '--code', '44', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { units: { name: string; validFrom?: string }[]; breaks: { id: string }[] };
    expect(json.units.map((u) => u.name)).toEqual(['Quảng Bình', 'Quảng Trị']);
    expect(json.breaks.map((b) => b.id)).toContain('vn_admin_reform_2025');
    const on2019 = await cli(['units', '--date', '2019-05-01', '--level', 'province', '--format', 'csv'], dir);
    expect(on2019.out.trim().split('\n')).toHaveLength(64);
    expect((await cli(['units', '--date', '2019-5-1'], dir)).code).toBe(2);
  });

  it('restates figures onto 2026 boundaries in summarize, compare and report', async () => {
    const s = await cli(['summarize', 'f.csv', '--units', 'vn', '--by', 'indicator,unit', '--as-of', '2026-01-01', '--period', '2019', '--format', 'json'], dir);
    expect(s.code).toBe(0);
    const rows = (JSON.parse(s.out) as { summary: { rows: { unit: string; value: number; restatedFrom?: string[] }[] } }).summary.rows;
    expect(rows.map((x) => [x.unit, x.value, x.restatedFrom])).toEqual([
      ['42', 3, undefined],
      ['44', 15, ['44', '45']],
    ]);
    const c = await cli(['compare', 'f.csv', '--units', 'vn', '--by', 'indicator,unit', '--current', '2026', '--baseline', '2019', '--as-of', '2026-01-01', '--format', 'json'], dir);
    const cmp = JSON.parse(c.out) as { comparison: { rows: { unit: string; change: { value: number } | null }[] } };
    expect(cmp.comparison.rows.find((x) => x.unit === '44')?.change?.value).toBe(5);
    const asItWas = await cli(['compare', 'f.csv', '--units', 'vn', '--by', 'indicator,unit', '--current', '2026', '--baseline', '2019', '--format', 'json'], dir);
    const refused = JSON.parse(asItWas.out) as { comparison: { rows: { unit: string; reason?: string }[] } };
    expect(refused.comparison.rows.find((x) => x.unit === '44')?.reason).toBe('territory_changed');
    const rep = await cli(['report', 'f.csv', '--units', 'vn', '--as-of', '2026-01-01', '--compare', '2026:2019', '--format', 'md'], dir);
    expect(rep.code).toBe(0);
    expect(rep.out.length).toBeGreaterThan(100);
  });

  it('needs the unit hierarchy and a date for --as-of', async () => {
    expect((await cli(['summarize', 'f.csv', '--as-of', '2026-01-01'], dir)).code).toBe(2);
    expect((await cli(['summarize', 'f.csv', '--units', 'vn', '--as-of', 'soon'], dir)).code).toBe(2);
  });
});
