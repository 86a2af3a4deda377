import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport';
import { isAntqError } from '../../src/errors/isAntqError';

const figures = [
  { unit: '42', indicator: 'marches', value: 10, period: '2023' },
  { unit: '42', indicator: 'marches', value: 3, period: '2021' },
  { unit: '42', indicator: 'marches', value: 20, period: '2023' },
  { unit: '42', indicator: 'marches', value: 4, period: '2021' },
];

describe('buildReport: inputs name the source of each figure left out', () => {
  it('names input and row, so equal rows of two inputs stay apart', () => {
    const r = buildReport(figures, { period: '2023', lang: 'en', rows: [1, 2, 1, 2], inputs: ['a.csv', 'a.csv', 'b.csv', 'b.csv'] });
    const note = r.notes.find((n) => n.code === 'figures_excluded');
    expect(note?.message).toBe('2 figure(s) left out of the totals: outside_window (a.csv rows 2; b.csv rows 2)');
    expect(note?.messageVi).toBe('2 số liệu không được tính vào tổng: outside_window (a.csv dòng 2; b.csv dòng 2)');
    expect(r.sections[0]?.rows[0]?.value).toBe(30);
  });

  it('without inputs, rows alone (as before)', () => {
    const r = buildReport(figures, { period: '2023', lang: 'en', rows: [1, 2, 1, 2] });
    expect(r.notes.find((n) => n.code === 'figures_excluded')?.message).toBe('2 figure(s) left out of the totals: outside_window (rows 2, 2)');
  });

  it('refuses inputs that do not hold one string per figure', () => {
    for (const inputs of [['a.csv'], [1, 2, 3, 4]]) {
      try {
        buildReport(figures, { inputs: inputs as string[] });
        expect.unreachable();
      } catch (e) {
        expect(isAntqError(e) && e.code).toBe('invalid_argument');
      }
    }
  });
});

describe('buildReport: lines name the physical line of each figure left out', () => {
  it('gives the lines beside the rows, in English and Vietnamese, with and without inputs', () => {
    const r = buildReport(figures, { period: '2023', lang: 'en', rows: [1, 2, 3, 4], lines: [2, 4, 5, 8] });
    const note = r.notes.find((n) => n.code === 'figures_excluded');
    expect(note?.message).toBe('2 figure(s) left out of the totals: outside_window (rows 2, 4 at lines 4, 8)');
    expect(note?.messageVi).toBe('2 số liệu không được tính vào tổng: outside_window (dòng 2, 4 ở dòng tệp 4, 8)');
    const two = buildReport(figures, { period: '2023', lang: 'en', rows: [1, 2, 1, 2], lines: [2, 3, 2, 5], inputs: ['a.csv', 'a.csv', 'b.csv', 'b.csv'] });
    expect(two.notes.find((n) => n.code === 'figures_excluded')?.message).toBe('2 figure(s) left out of the totals: outside_window (a.csv rows 2 at lines 3; b.csv rows 2 at lines 5)');
  });

  it('refuses lines that do not hold one integer >= 1 per figure', () => {
    for (const lines of [[1], [1, 2, 0, 4], [1, 2, 3, 1.5]]) {
      try {
        buildReport(figures, { lines });
        expect.unreachable();
      } catch (e) {
        expect(isAntqError(e) && e.code === 'invalid_argument').toBe(true);
      }
    }
  });
});
