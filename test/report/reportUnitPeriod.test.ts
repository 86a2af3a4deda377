// A report on one unit without a period: the data's whole span, said in the subtitle and a note;
// a unit with no figures is said too (coded), never a silent empty report.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport';
import { renderReport } from '../../src/report/renderReport';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';

const units = createUnitRegistry([
  { code: 'VN', name: 'Việt Nam', level: 'national' },
  { code: 'P01', name: 'Tỉnh 1', level: 'province', parent: 'VN' },
  { code: 'P01D01', name: 'Huyện 1.1', level: 'district', parent: 'P01' },
  { code: 'P02', name: 'Tỉnh 2', level: 'province', parent: 'VN' },
]);

const figures: Figure[] = [
  { unit: 'P01D01', indicator: 'marches', value: 20, period: '2014' },
  { unit: 'P01D01', indicator: 'marches', value: 15, period: '2021-03' },
  { unit: 'P02', indicator: 'marches', value: 100, period: '2023-05-24' },
];

describe('buildReport with a unit and no period', () => {
  it('covers the whole span of the data and says so', () => {
    const r = buildReport(figures, { unit: 'P01', units });
    expect(r.period).toBe('2014-01-01/2023-05-24');
    expect(r.sections[0]?.rows[0]?.value).toBe(35);
    expect(r.notes.map((n) => n.code)).toEqual(['default_period']);
    expect(r.notes[0]?.message).toContain('1 Jan 2014 – 24 May 2023');
    expect(r.notes[0]?.messageVi).toContain('1/1/2014');
    expect(r.subtitle.map((s) => s.en)).toContain('Period: 1 Jan 2014 – 24 May 2023');
    const text = renderReport(r, { format: 'text', lang: 'en' });
    expect(text).toContain('35 marches');
  });

  it('uses the period or the date when given, with no note', () => {
    expect(buildReport(figures, { unit: 'P01', units, period: '2014' }).notes.map((n) => n.code)).toEqual(['figures_excluded']);
    const dated = buildReport(figures, { unit: 'P01', units, date: '2022-12-31' });
    expect([dated.period, dated.notes]).toEqual([null, []]);
  });

  it('does the same without a units table, for the unit itself', () => {
    const r = buildReport(figures, { unit: 'P02' });
    expect([r.period, r.sections[0]?.rows[0]?.value, r.notes.map((n) => n.code)]).toEqual(['2014-01-01/2023-05-24', 100, ['default_period']]);
  });

  it('says when a unit has no figures', () => {
    const r = buildReport(figures, { unit: 'P09', units });
    expect(r.sections).toEqual([]);
    expect(r.notes.map((n) => [n.code, n.severity])).toEqual([
      ['default_period', 'warning'],
      ['no_figures_for_unit', 'warning'],
    ]);
    expect(r.notes[1]?.message).toBe('No figure is for unit P09 or a unit below it (3 figure(s) read)');
    expect(renderReport(r, { format: 'md', lang: 'vi' })).toContain('Không có số liệu nào của đơn vị P09');
  });

  it('writes the report date in one form per language', () => {
    const r = buildReport(figures, { period: '2021', date: '2022-01-05' });
    expect(r.subtitle.map((s) => [s.vi, s.en]).at(-1)).toEqual(['Ngày báo cáo: 5/1/2022', 'Report date: 5 Jan 2022']);
  });
});
