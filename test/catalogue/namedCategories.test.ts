import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import { getCategory } from '../../src/catalogue/getCategory';
import { namedCategory } from '../../src/catalogue/namedCategory';
import { aggregate } from '../../src/engine/aggregate';
import { buildReport } from '../../src/report/buildReport';
import { renderReport } from '../../src/report/renderReport';
import { FigureSchema } from '../../src/schema/FigureSchema';
import { validateFigures } from '../../src/validate/validateFigures';

describe('named model kinds', () => {
  it('builds one code per name, however the name is written', () => {
    expect(namedCategory('“Camera an ninh”')).toBe('named:Camera an ninh');
    expect(namedCategory(' Camera\u00a0 an ninh ')).toBe('named:Camera an ninh');
    expect(namedCategory('Tổ liên kết 10 hộ an toàn')).toBe('named:Tổ liên kết 10 hộ an toàn');
    expect(namedCategory('Khu dân cư 3 không.')).toBe('named:Khu dân cư 3 không');
    expect(namedCategory('“ ”')).toBeNull();
  });

  it('labels a name in both languages for the indicators that allow names, and nowhere else', () => {
    const code = 'named:Camera an ninh';
    expect(getCategory(BUILTIN_CATALOGUE.model_sites, code)).toMatchObject({ labelVi: 'Mô hình “Camera an ninh”', labelEn: 'Model “Camera an ninh”' });
    expect(getCategory(BUILTIN_CATALOGUE.models_established, code)?.nounVi).toContain('“Camera an ninh”');
    expect(getCategory(BUILTIN_CATALOGUE.security_teams, code)).toBeUndefined();
    expect(getCategory(BUILTIN_CATALOGUE.model_sites, 'named:')).toBeUndefined();
    expect(getCategory(BUILTIN_CATALOGUE.model_sites, 'named: x')).toBeUndefined();
  });

  it('accepts a named category in the figure schema, and refuses an empty or dotted name', () => {
    const row = { unit: '42', indicator: 'model_sites', value: 36 };
    expect(FigureSchema.safeParse({ ...row, category: 'named:Camera an ninh' }).success).toBe(true);
    expect(FigureSchema.safeParse({ ...row, category: 'named:' }).success).toBe(false);
    expect(FigureSchema.safeParse({ ...row, category: 'named:a.b' }).success).toBe(false);
  });

  const base = { program: '09/CTr-BCA-MTTW', unit: '42', period: '2023-12-31', indicator: 'model_sites', statistic: 'as_of' } as const;
  const rows = [
    { ...base, category: 'named:Camera an ninh', value: 36 },
    { ...base, category: 'named:Tuyến đường tự quản', value: 12 },
  ];

  it('validates two named kinds of the same unit and period without a conflict, and refuses a name on other indicators', () => {
    expect(validateFigures(rows).issues).toEqual([]);
    const twice = validateFigures([...rows, { ...base, category: 'named:Camera an ninh', value: 30 }]).issues.map((i) => i.code);
    expect(twice.length).toBeGreaterThan(0);
    const wrong = validateFigures([{ ...base, indicator: 'security_teams', category: 'named:Camera an ninh', value: 3 }]).issues;
    expect(wrong.map((i) => [i.code, i.column])).toEqual([['unknown_category', 'category']]);
  });

  it('aggregates by name, and the total of the names is the indicator total', () => {
    const byCat = aggregate(rows, { by: ['indicator', 'category'] }).rows.map((r) => [r.category, r.value]);
    expect(byCat).toEqual(expect.arrayContaining([['named:Camera an ninh', 36], ['named:Tuyến đường tự quản', 12]]));
    expect(aggregate(rows, { by: ['indicator'] }).rows.map((r) => r.value)).toEqual([48]);
  });

  it('prints the name in a report in both languages', () => {
    const report = buildReport(rows);
    const vi = renderReport(report, { format: 'md', lang: 'vi' });
    const en = renderReport(report, { format: 'md', lang: 'en' });
    expect(vi).toContain('“Camera an ninh”');
    expect(vi).toContain('“Tuyến đường tự quản”');
    expect(en).toContain('“Camera an ninh”');
    expect(en).not.toContain('named:');
    expect(vi).not.toContain('named:');
  });
});
