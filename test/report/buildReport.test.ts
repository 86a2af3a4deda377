import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import { extendCatalogue } from '../../src/catalogue/extendCatalogue';
import { isAntqError } from '../../src/errors/isAntqError';
import { REPORT_SECTIONS, sectionOf } from '../../src/report/internal/sections';
import { buildReport } from '../../src/report/buildReport';
import type { Report } from '../../src/report/Report';
import { renderReport } from '../../src/report/renderReport';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { exampleText, haTinhFigures } from './haTinhFigures';

const SEED_PERIOD = '2013-08-01/2023-05-24';

/**
 * Every figure phrase of the seed article (DOMAIN.md §9), as the article writes it. The
 * detonators are "6.501 kíp nổ" in the article; the built-in catalogue currently gives
 * detonators the classifier "cái", so the pattern accepts both spellings. "985 đôi côn gỗ":
 * "gỗ" (wooden) is below the catalogue's category `crude.nunchaku` ("côn").
 */
const VI_PHRASES: readonly (string | RegExp)[] = [
  '35 đợt tuần hành',
  '11.200 người tham gia',
  '2.412 buổi tuyên truyền',
  '12.347 cuộc tuyên truyền, vận động',
  'Người dân giao nộp trên 127 khẩu súng quân dụng',
  'trên 127 khẩu súng quân dụng',
  '366 khẩu súng săn',
  '9.235 khẩu súng tự chế',
  '20 quả bom bi',
  '12.320 viên đạn',
  '767 lưỡi lê',
  '1.202 hộp xịt',
  '985 đôi côn',
  '17.543 kg thuốc nổ công nghiệp',
  /6\.501 (cái )?kíp nổ/,
  '366 đợt phát động phong trào',
  'gần 15.000 lượt người tham gia',
  'hơn 81 nghìn lượt đơn thư',
  'gần 121.200 nguồn tin có giá trị',
  '50 loại mô hình tự phòng, tự quản tại 2.100 điểm',
  'Đến nay',
  'hơn 41 nghìn diễn đàn',
  'gần 4 triệu ý kiến đóng góp',
  'bằng khen của Chủ tịch UBND tỉnh cho 9 tập thể và 15 cá nhân',
  'bằng khen của Giám đốc Công an tỉnh cho 10 tập thể và 15 cá nhân',
];

const EN_PHRASES: readonly string[] = [
  '35 marches with 11,200 participants',
  '2,412 propaganda sessions',
  '12,347 mobilisation drives',
  'People handed in over 127 military guns',
  '366 hunting guns',
  '9,235 home-made guns',
  '20 cluster bombs',
  '12,320 rounds of ammunition',
  '767 bayonets',
  '1,202 pepper sprays',
  '985 pairs of nunchaku',
  '17,543 kg of industrial explosives',
  '6,501 detonators',
  '366 movement launches with nearly 15,000 participants',
  'over 81 thousand petitions',
  'nearly 121,200 valuable tips',
  '50 kinds of self-management models at 2,100 sites',
  'over 41 thousand listening forums with nearly 4 million opinions',
  "certificates of merit from the chair of the provincial People's Committee to 9 collectives and 15 individuals",
  'certificates of merit from the provincial police director to 10 collectives and 15 individuals',
];

function expectPhrases(text: string, phrases: readonly (string | RegExp)[]): void {
  for (const p of phrases) {
    if (typeof p === 'string') expect(text, p).toContain(p);
    else expect(text, String(p)).toMatch(p);
  }
}

const fig = (indicator: string, value: number, period: string, extra: Partial<Figure> = {}): Figure => ({ unit: '42', indicator, value, period, ...extra });

describe('buildReport: the Hà Tĩnh seed round trip (CSV → validate → report)', () => {
  const figures = haTinhFigures();
  const report = buildReport(figures, { period: SEED_PERIOD });

  it('uses every figure of the example and leaves none out', () => {
    expect(figures).toHaveLength(26);
    expect(report.figures).toEqual({ read: 26, used: 26 });
    expect(report.notes).toEqual([]);
    const counted = report.sections.flatMap((s) => s.rows).reduce((n, r) => n + r.figures, 0);
    expect(counted).toBe(26);
  });

  it.each(['md', 'text'] as const)('the Vietnamese %s report has every figure phrase of the article', (format) => {
    // Plain text wraps at 80 columns; phrases are checked on the unwrapped text.
    const text = renderReport(report, { format, lang: 'vi' }).replace(/\s+/g, ' ');
    expectPhrases(text, VI_PHRASES);
  });

  it.each(['md', 'text', 'html'] as const)('the English %s report has the English phrases', (format) => {
    const text = renderReport(report, { format, lang: 'en' }).replace(/\s+/g, ' ').replace(/&#39;/g, "'");
    expectPhrases(text, EN_PHRASES);
  });

  it('groups the figures into the sections of a review, in order', () => {
    expect(report.sections.map((s) => s.id)).toEqual(['propaganda', 'handover', 'petitions', 'forums', 'models', 'commendations']);
    const handover = report.sections.find((s) => s.id === 'handover');
    expect(handover?.paragraphs).toHaveLength(1);
    expect(handover?.paragraphs[0]?.vi).toMatch(/^Người dân giao nộp trên 127 khẩu súng quân dụng, 366 khẩu súng săn, .*\.$/);
  });

  it('names the province after a provincial issuer when the units table is given', () => {
    const units = createUnitRegistry(JSON.parse(exampleText('units.json')) as never);
    const r = buildReport(figures, { period: SEED_PERIOD, unit: '42', units });
    const text = renderReport(r, { format: 'md', lang: 'vi' });
    expect(text).toContain('bằng khen của Chủ tịch UBND tỉnh Hà Tĩnh cho 9 tập thể và 15 cá nhân');
    expect(text).toContain('bằng khen của Giám đốc Công an tỉnh Hà Tĩnh cho 10 tập thể và 15 cá nhân');
    expect(r.unitName).toBe('Hà Tĩnh');
    expect(r.subtitle.map((s) => s.vi)).toEqual([
      'Chương trình phối hợp số 09/CTr-BCA-MTTW',
      'Đơn vị: Hà Tĩnh (42)',
      'Thời gian: từ ngày 1/8/2013 đến ngày 24/5/2023',
      'Ngày báo cáo: 24/5/2023',
    ]);
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(report)) as Report).toEqual(report);
  });
});

describe('buildReport: sections are data-driven', () => {
  it('puts every built-in indicator in a named section, none in "other"', () => {
    const unplaced = Object.keys(BUILTIN_CATALOGUE).filter((id) => sectionOf(id) === 'other');
    expect(unplaced).toEqual([]);
    const listed = REPORT_SECTIONS.flatMap((s) => s.indicators);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('puts a custom indicator in the "other" section', () => {
    const catalogue = extendCatalogue(BUILTIN_CATALOGUE, {
      indicators: {
        drone_patrols: {
          labelVi: 'Chuyến tuần tra bằng flycam', labelEn: 'Drone patrols', nounVi: 'tuần tra bằng flycam', nounEn: 'drone patrols', classifierVi: 'chuyến',
          synonymsVi: ['tuần tra bằng flycam'], uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
        },
      },
    });
    const r = buildReport([fig('drone_patrols', 12, '2023'), fig('marches', 3, '2023')], { catalogue });
    const other = r.sections.find((s) => s.id === 'other');
    expect(other?.paragraphs.map((p) => p.vi)).toEqual(['Kết quả: 12 chuyến tuần tra bằng flycam.']);
    expect(other?.paragraphs.map((p) => p.en)).toEqual(['Results: 12 drone patrols.']);
    expect(r.sections.map((s) => s.id)).toEqual(['propaganda', 'other']);
  });

  it('reports figures the catalogue does not know in the notes instead of dropping them silently', () => {
    const r = buildReport([fig('no_such_indicator', 5, '2023'), fig('marches', 3, '2023')]);
    expect(r.figures).toEqual({ read: 2, used: 1 });
    expect(r.notes.map((n) => [n.code, n.path])).toEqual([['figures_excluded', ['excluded', 'unknown_indicator']]]);
    expect(renderReport(r, { format: 'text', lang: 'en' })).toMatch(/1 figure\(s\) left out of the totals: unknown_indicator/);
  });
});

describe('buildReport: totals follow the engine rules', () => {
  it('sums flows and takes the latest level of a stock ("đến nay")', () => {
    const r = buildReport(
      [
        fig('marches', 20, '2022'),
        fig('marches', 15, '2023'),
        fig('model_sites', 1900, '2018-12-31'),
        fig('model_sites', 2100, '2023-05-24'),
      ],
      { period: '2018/2023' },
    );
    const text = renderReport(r, { format: 'md', lang: 'vi' });
    expect(text).toContain('35 đợt tuần hành');
    expect(text).toContain('Đến nay, có 2.100 điểm.');
    expect(text).not.toContain('4.000');
  });

  it('carries "over" into a total that includes an "over" figure', () => {
    const r = buildReport([fig('weapons_surrendered', 100, '2022', { category: 'gun.military', uom: 'piece', qualifier: 'over' }), fig('weapons_surrendered', 27, '2023', { category: 'gun.military', uom: 'piece' })]);
    expect(r.sections[0]?.paragraphs[0]?.vi).toBe('Người dân giao nộp trên 127 khẩu súng quân dụng.');
    expect(r.sections[0]?.paragraphs[0]?.en).toBe('People handed in over 127 military guns.');
  });

  it('keeps only the unit asked for, and the units below it with a units table', () => {
    const units = createUnitRegistry([
      { code: '42', name: 'Hà Tĩnh', level: 'province' },
      { code: '436', name: 'Hương Khê', level: 'district', parent: '42' },
      { code: '40', name: 'Nghệ An', level: 'province' },
    ] as never);
    const figures = [fig('marches', 10, '2023'), fig('marches', 5, '2023', { unit: '436' }), fig('marches', 100, '2023', { unit: '40' })];
    expect(buildReport(figures, { unit: '42' }).sections[0]?.rows[0]?.value).toBe(10);
    expect(buildReport(figures, { unit: '42', units, date: '2023-12-31' }).sections[0]?.rows[0]?.value).toBe(15);
  });

  it('writes a commendation without a recipient or award, and an unknown issuer, sensibly', () => {
    const r = buildReport([
      fig('commendations', 12, '2023', { category: 'provincial_police_director.certificate_of_merit' }),
      fig('commendations', 3, '2023', { category: 'front_committee' }),
      fig('commendations', 2, '2023'),
    ]);
    expect(r.sections[0]?.paragraphs[0]?.vi).toBe(
      'Trao tặng 12 bằng khen của Giám đốc Công an tỉnh; 3 khen thưởng của Ủy ban MTTQ Việt Nam; 2 khen thưởng.',
    );
    expect(r.sections[0]?.paragraphs[0]?.en).toBe(
      'Awarded 12 certificates of merit from the provincial police director; 3 commendations from the Fatherland Front committee; 2 commendations.',
    );
  });
});

describe('buildReport: commendations with open facets', () => {
  it('writes recipient-only and award-only commendations in both languages', () => {
    const r = buildReport([
      fig('commendations', 12, '2023', { category: '*.*.collective' }),
      fig('commendations', 20, '2023', { category: '*.*.individual' }),
      fig('commendations', 4, '2023', { category: '*.certificate_of_merit.collective' }),
    ]);
    expect(r.sections[0]?.paragraphs[0]?.vi).toBe('Trao tặng bằng khen cho 4 tập thể; khen thưởng cho 12 tập thể và 20 cá nhân.');
    expect(r.sections[0]?.paragraphs[0]?.en).toBe('Awarded certificates of merit to 4 collectives; commendations to 12 collectives and 20 individuals.');
  });
});

describe('buildReport: period comparison', () => {
  const figures = [
    fig('marches', 20, '2022'),
    fig('marches', 25, '2023'),
    fig('propaganda_sessions', 0, '2022'),
    fig('propaganda_sessions', 4, '2023'),
    fig('mobilization_drives', 7, '2023'),
    fig('petitions_received', 81000, '2023', { qualifier: 'over' }),
    fig('petitions_received', 80000, '2022'),
  ];
  const report = buildReport(figures, { compare: { current: '2023', baseline: '2022' } });
  const comparison = report.sections.find((s) => s.id === 'comparison');

  it('adds a comparison section with a table row per indicator and a chart per review section', () => {
    expect(comparison?.comparisonRows.map((r) => r.indicator)).toEqual(['marches', 'propaganda_sessions', 'mobilization_drives', 'petitions_received']);
    expect(comparison?.charts.map((c) => c.id)).toEqual(['chart-propaganda', 'chart-petitions']);
    expect(comparison?.charts[0]?.bars[0]).toMatchObject({ current: 25, baseline: 20, currentText: { vi: '25', en: '25' } });
  });

  it('writes change and percent, and "—" with the reason for empty cells', () => {
    const rows = comparison?.tables[0]?.rows ?? [];
    const vi = rows.map((r) => r.map((c) => c.vi));
    expect(vi[0]).toEqual(['Đợt tuần hành, diễu hành', '25', '20', '+5', '+25%', '']);
    expect(vi[1]).toEqual(['Buổi tuyên truyền', '4', '0', '+4', '—', 'kỳ so sánh bằng 0']);
    expect(vi[2]).toEqual(['Cuộc tuyên truyền, vận động', '7', '—', '—', '—', 'không có số liệu kỳ so sánh; số đơn vị báo cáo khác nhau']);
    expect(vi[3]).toEqual(['Đơn thư tiếp nhận', 'trên 81.000', '80.000', 'trên +1.000', 'trên +1,3%', '']);
    expect(rows[1]?.[5]?.en).toBe('the baseline is zero');
    expect(rows[3]?.[4]?.en).toBe('over +1.3%');
  });

  it('never writes NaN, Infinity or undefined', () => {
    for (const format of ['md', 'text', 'html'] as const) {
      for (const lang of ['vi', 'en'] as const) {
        expect(renderReport(report, { format, lang })).not.toMatch(/NaN|Infinity|undefined|null/);
      }
    }
  });

  it('property: any set of flow figures renders without NaN, and the text states the total', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ v: fc.nat({ max: 50_000 }), y: fc.constantFrom('2022', '2023') }), { minLength: 1, maxLength: 8 }), (items) => {
        const r = buildReport(
          items.map((i) => fig('marches', i.v, i.y)),
          { compare: { current: '2023', baseline: '2022' } },
        );
        const total = items.reduce((n, i) => n + i.v, 0);
        const row = r.sections[0]?.rows[0];
        expect(row?.value).toBe(total);
        const all = ['md', 'text', 'html'].map((format) => renderReport(r, { format: format as 'md', lang: 'en' })).join('\n');
        expect(all).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 40 },
    );
  });
});

describe('buildReport: misuse', () => {
  it.each([
    [{ period: 'not a period' }],
    [{ compare: { current: '2023', baseline: 'nope' } }],
    [{ date: '24/5/2023' }],
    [{ date: '2023-02-30' }],
  ])('throws invalid_argument for %j', (options) => {
    try {
      buildReport([], options);
      expect.unreachable();
    } catch (e) {
      expect(isAntqError(e) && e.code).toBe('invalid_argument');
    }
  });

  it('builds an empty report from no figures', () => {
    const r = buildReport([], { title: 'T', lang: 'en' });
    expect(r).toMatchObject({ lang: 'en', title: { vi: 'T', en: 'T' }, sections: [], notes: [], figures: { read: 0, used: 0 } });
    expect(renderReport(r, { format: 'text', lang: 'en' })).toBe('T\n=\n');
  });
});
