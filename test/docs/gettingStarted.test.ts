// Runs the snippets of docs/getting-started.md, so that the guide stays true.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../../src/compare/comparePeriods';
import { aggregate } from '../../src/engine/aggregate';
import { extractFigures } from '../../src/extract/extractFigures';
import { importFigures } from '../../src/import/importFigures';
import { buildReport } from '../../src/report/buildReport';
import { renderReport } from '../../src/report/renderReport';
import type { Figure } from '../../src/schema/FigureSchema';
import { validateFigures } from '../../src/validate/validateFigures';

const root = resolve(import.meta.dirname, '../..');

describe('docs/getting-started.md', () => {
  it('1. extracts figures from the bundled text', () => {
    const text = readFileSync(resolve(root, 'examples/ha-tinh/review.vi.txt'), 'utf8');
    const { figures, unclassified } = extractFigures(text, { unit: '42' });
    expect(figures).toHaveLength(26);
    expect(figures.slice(6, 9).map((f) => [f.indicator, f.category, f.value, f.qualifier, f.uom])).toEqual([
      ['weapons_surrendered', 'gun.military', 127, 'over', 'piece'],
      ['weapons_surrendered', 'gun.hunting', 366, 'exact', 'piece'],
      ['weapons_surrendered', 'gun.homemade', 9235, 'exact', 'piece'],
    ]);
    // Numbers in words that count no indicator ("Hai bên", "hai ngành") stay unclassified.
    expect(unclassified.map((u) => [u.value, u.reason])).toEqual([
      [2, 'no_indicator'],
      [3, 'no_indicator'],
      [2, 'no_indicator'],
    ]);
    const review = validateFigures(figures);
    expect(review.issues).toEqual([]);
    const md = renderReport(buildReport(review.figures, { title: 'Hà Tĩnh 2013–2023' }), { format: 'md', lang: 'vi' });
    expect(md.includes('giao nộp trên 127 khẩu súng quân dụng, 366 khẩu súng săn')).toBe(true);
  });

  it('2. validates', () => {
    const { issues, figures } = validateFigures([
      { unit: '42', indicator: 'valuable_tips_received', value: 500, period: '2023' },
      { unit: '42', indicator: 'tips_received', value: 400, period: '2023' },
      { unit: '42', indicator: 'weapons_surrendered', category: 'gun.military', value: 3, uom: 'kg', period: '2023' },
    ]);
    expect(issues.map((i) => [i.code, i.row])).toEqual([
      ['subset_exceeds_superset', 1],
      ['uom_not_allowed', 2],
    ]);
    expect(figures).toHaveLength(1);
  });

  it('4. compares', () => {
    const cmp = comparePeriods(
      [
        { unit: '42', indicator: 'marches', value: 100, period: '2022' },
        { unit: '42', indicator: 'marches', value: 127, period: '2023', qualifier: 'over' },
      ],
      { current: '2023', baseline: '2022', by: ['indicator'] },
    );
    const change = cmp.rows[0]?.change;
    expect([change?.value, change?.qualifier, change?.upper]).toEqual([27, 'over', null]);
  });

  it('3 and 5. adds up and reports the bundled review', async () => {
    const figures: Figure[] = [];
    const report = await importFigures(readFileSync(resolve(root, 'examples/ha-tinh/figures.csv'), 'utf8'), { onFigures: (fs) => void figures.push(...fs) });
    expect(report.ok).toBe(true);
    const { rows } = aggregate(figures, { by: ['indicator', 'category'], period: '2013-08-01/2023-05-24' });
    expect(rows.find((r) => r.category === 'gun.military')).toMatchObject({ value: 127, qualifier: 'over' });
    const review = validateFigures(figures);
    expect(review.issues).toEqual([]);
    const md = renderReport(buildReport(review.figures, { title: 'Hà Tĩnh 2013–2023' }), { format: 'md', lang: 'vi' });
    expect(md).toContain('giao nộp trên 127 khẩu súng quân dụng, 366 khẩu súng săn, 9.235 khẩu súng tự chế');
  });
});
