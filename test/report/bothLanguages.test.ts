// Both languages throughout: Vietnamese unit words in tables (reports and CLI share them), no code
// names in Vietnamese notes, English without "of in", and a chart of each section's figures in a
// single-period HTML report.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { comparePeriods } from '../../src/compare/comparePeriods';
import { formatEnQuantity } from '../../src/quantity/formatEnQuantity';
import { quantity } from '../../src/quantity/quantity';
import { UOMS } from '../../src/quantity/Uom';
import { UOM_TABLE_WORDS, uomTableWord } from '../../src/quantity/uomWords';
import { buildReport } from '../../src/report/buildReport';
import { renderReport } from '../../src/report/renderReport';
import { haTinhFigures } from './haTinhFigures';

async function cli(argv: string[], cwd: string): Promise<string> {
  let out = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd });
  expect(code).toBe(0);
  return out;
}

describe('unit words', () => {
  it('has a Vietnamese and an English word for every unit of measure, and none for a plain count in Vietnamese', () => {
    expect(Object.keys(UOM_TABLE_WORDS).sort()).toEqual([...UOMS].sort());
    expect(uomTableWord('count', 'vi')).toBe('');
    expect(uomTableWord('count', 'vi', 'buổi')).toBe('buổi');
    expect(uomTableWord('piece', 'vi', 'khẩu')).toBe('khẩu');
    expect(uomTableWord('piece', 'vi', 'đôi')).toBe('chiếc');
    expect(uomTableWord('person', 'vi', 'lượt')).toBe('người');
    expect(uomTableWord('person_times', 'vi', 'lượt')).toBe('lượt');
    expect(uomTableWord('kg', 'vi', 'khẩu')).toBe('kg');
    expect(uomTableWord('person_times', 'en')).toBe('person-times');
  });

  it('shows Vietnamese words, not uom ids, in a Vietnamese report table and CLI tables', async () => {
    const md = renderReport(buildReport(haTinhFigures()), { format: 'md', lang: 'vi' });
    expect(md).not.toMatch(/số lượng|\bperson_times\b|\| count \||\| piece \|/);
    expect(md).toMatch(/\| súng quân dụng\s*\| +trên 127 \| khẩu +\|/i);
    const dir = join(import.meta.dirname, '../../examples/ha-tinh');
    const table = await cli(['summarize', 'figures.csv', '--by', 'indicator,category', '--lang', 'vi'], dir);
    expect(table).not.toMatch(/\b(count|piece|person_times|person|pair)\b/);
    expect(table).toMatch(/khẩu/);
    expect(table).toMatch(/buổi/);
    expect(table).toMatch(/lượt/);
    const extracted = await cli(['extract', 'review.vi.txt', '--unit', '42', '--format', 'table', '--lang', 'vi'], dir);
    expect(extracted).not.toMatch(/\b(count|piece|person_times)\b/);
    // Machine formats keep the ids.
    expect(await cli(['summarize', 'figures.csv', '--format', 'csv', '--lang', 'vi'], dir)).toMatch(/,person_times,/);
  });
});

describe('Vietnamese notes speak Vietnamese', () => {
  it('names no code identifier in the notes of a comparison', () => {
    const figures = [
      { unit: 'A', indicator: 'marches', value: 10, period: '2013-01-01/2017-12-31' },
      { unit: 'A', indicator: 'marches', value: 10, period: '2018-01-01/2023-05-24' },
      { unit: 'B', indicator: 'marches', value: 5, period: '2018-01-01/2023-05-24' },
    ];
    const cmp = comparePeriods(figures, { current: '2018-01-01/2023-05-24', baseline: '2013-01-01/2017-12-31', by: ['indicator'] });
    expect(cmp.notes.map((n) => n.code).sort()).toEqual(['coverage_differs', 'lengths_differ'].sort());
    for (const n of cmp.notes) expect(n.messageVi).not.toMatch(/[a-z][A-Z]|'[a-z]+'|\b[a-z]+_[a-z]+\b/);
  });
});

describe('English', () => {
  it('writes funds without "of in"', () => {
    expect(formatEnQuantity(quantity(6_762_424_790, 'vnd', 'over'), { noun: 'in funds and gifts' })).toBe('over 6,762,424,790 VND in funds and gifts');
    const r = buildReport([{ unit: '42', indicator: 'funds_mobilized', value: 6_762_424_790, uom: 'vnd', qualifier: 'over', period: '2023' }]);
    const en = renderReport(r, { format: 'text', lang: 'en' });
    expect(en).toContain('VND in funds and gifts');
    expect(en).not.toContain('of in');
  });
});

describe('single-period HTML report', () => {
  it('charts each section’s figures, one chart per unit of measure with two or more', () => {
    const report = buildReport(haTinhFigures(), { period: '2013-08-01/2023-05-24' });
    const weapons = report.sections.find((s) => s.id === 'handover');
    expect(weapons?.charts.map((c) => [c.kind, c.id])).toEqual([['values', 'chart-handover-piece']]);
    const bars = weapons?.charts[0]?.bars ?? [];
    expect(bars.map((b) => b.label.vi)).toContain('Súng quân dụng');
    expect(bars.find((b) => b.label.vi === 'Súng quân dụng')?.currentText).toEqual({ vi: 'trên 127 khẩu', en: 'over 127 pieces' });
    const html = renderReport(report, { format: 'html', lang: 'vi' });
    const svgs = html.match(/<svg/g) ?? [];
    expect(svgs.length).toBe(report.sections.reduce((n, s) => n + s.charts.length, 0));
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('trên 127 khẩu</text>');
    // Text and Markdown keep the table only.
    expect(renderReport(report, { format: 'text', lang: 'vi' })).not.toContain('█');
  });
});
