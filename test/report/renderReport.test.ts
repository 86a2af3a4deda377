import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../src/errors/isAntqError';
import { buildReport } from '../../src/report/buildReport';
import { renderReport } from '../../src/report/renderReport';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { haTinhFigures } from './haTinhFigures';
import { checkHtml } from './htmlCheck';

const fig = (indicator: string, value: number, period: string, extra: Partial<Figure> = {}): Figure => ({ unit: 'X1', indicator, value, period, ...extra });

const EVIL = '<script>alert("x")</script> & "Tỉnh" \'A\'';
const units = createUnitRegistry([{ code: 'X1', name: EVIL, level: 'province' }] as never);
const compared = buildReport(
  [
    fig('marches', 20, '2022'),
    fig('marches', 25, '2023'),
    fig('march_participants', 900, '2023', { uom: 'person' }),
    fig('weapons_surrendered', 3, '2022', { category: 'gun.military', uom: 'piece' }),
    fig('weapons_surrendered', 5, '2023', { category: 'gun.military', uom: 'piece', qualifier: 'over' }),
    fig('commendations', 2, '2023', { category: 'provincial_police_director.certificate_of_merit.collective' }),
  ],
  { unit: 'X1', units, title: `Báo cáo ${EVIL}`, compare: { current: '2023', baseline: '2022' }, period: '2022/2023' },
);

describe('renderReport: html', () => {
  const html = renderReport(compared, { format: 'html', lang: 'vi' });

  it('is one well-formed, self-contained page with the lang attribute', () => {
    const check = checkHtml(html);
    expect(check.errors).toEqual([]);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(check.elements).not.toContain('script');
    expect(check.elements).not.toContain('link');
    expect(check.elements).not.toContain('img');
    // No network: the only URL is the SVG namespace name, which is never fetched.
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:|src=|href=|url\(/);
    expect(renderReport(compared, { format: 'html', lang: 'en' })).toContain('<html lang="en">');
  });

  it('escapes every user string: a <script> in a unit name or title stays text', () => {
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#34;Tỉnh&#34; &#39;A&#39;');
  });

  it('has one inline SVG bar chart per comparison chart, with text labels', () => {
    const charts = compared.sections.flatMap((s) => s.charts);
    expect(charts.map((c) => c.id)).toEqual(['chart-propaganda', 'chart-handover', 'chart-commendations']);
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(charts.length);
    const first = svgs[0] ?? '';
    // marches: 25 against 20, scaled to the larger of the pair (440 px).
    expect(first).toMatch(/<rect x="8" y="\d+" width="440" height="12" fill="#1f6fb2"\/>/);
    expect(first).toMatch(/<rect x="8" y="\d+" width="352" height="12" fill="#9aa4ae"\/>/);
    expect(first).toContain('>Đợt tuần hành, diễu hành</text>');
    expect(first).toContain('>năm 2023</text>');
    // A side without figures draws no bar and writes "—".
    expect(first).toMatch(/width="0" height="12" fill="#9aa4ae"\/>\n<text x="14" y="\d+">—<\/text>/);
    expect(svgs[1]).toContain('>trên 5</text>');
  });

  it('has a table per section with numeric cells right-aligned', () => {
    expect((html.match(/<table>/g) ?? []).length).toBe(compared.sections.reduce((n, s) => n + s.tables.length, 0));
    expect(html).toContain('<td class="num">trên 5</td>');
  });
});

describe('renderReport: markdown and text', () => {
  const report = buildReport(haTinhFigures(), { period: '2013-08-01/2023-05-24' });

  it('aligns every Markdown table column', () => {
    const md = renderReport(compared, { format: 'md', lang: 'vi' }) + renderReport(report, { format: 'md', lang: 'en' });
    const tables = md.split('\n\n').filter((b) => b.startsWith('|'));
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) {
      const lines = t.split('\n').filter((l) => l !== '');
      const pipes = (l: string): number[] => [...l].flatMap((c, i) => (c === '|' ? [i] : []));
      for (const l of lines) expect(pipes(l)).toEqual(pipes(lines[0] ?? ''));
      expect(lines[1]).toMatch(/^\|( -+:? \|)+$/);
    }
  });

  it('marks numeric Markdown columns right-aligned and escapes markup in text', () => {
    const md = renderReport(compared, { format: 'md', lang: 'vi' });
    expect(md).toContain('| ---------: |');
    expect(md).toContain('\\<script\\>');
    expect(md).not.toMatch(/(?<!\\)<script/);
  });

  it('wraps plain-text paragraphs at 80 columns and keeps table columns padded', () => {
    const text = renderReport(report, { format: 'text', lang: 'vi' });
    const paragraphs = text.split('\n\n').filter((b) => !b.includes('  ') && !b.includes('---'));
    for (const p of paragraphs) for (const l of p.split('\n')) expect([...l].length).toBeLessThanOrEqual(80);
    expect(text).toContain('Vũ khí giao nộp, thu hồi  Súng quân dụng        trên 127  khẩu');
  });

  it('draws comparison charts as text bars in Markdown and text', () => {
    for (const format of ['md', 'text'] as const) {
      const out = renderReport(compared, { format, lang: 'en' });
      expect(out).toMatch(/2023 █{30} 25\n/);
      expect(out).toMatch(/2022 █{24} 20\n/);
    }
  });

  it('lists the notes in the language asked for', () => {
    const r = buildReport([fig('marches', 1, '2020'), fig('marches', 1, '2023')], { period: '2023' });
    expect(renderReport(r, { format: 'md', lang: 'vi' })).toContain('## Ghi chú');
    expect(renderReport(r, { format: 'html', lang: 'en' })).toContain('<ul class="notes">');
  });
});

describe('renderReport: misuse', () => {
  it.each([
    [{ format: 'pdf', lang: 'vi' }],
    [{ format: 'md', lang: 'fr' }],
  ])('throws invalid_option for %j', (options) => {
    try {
      renderReport(compared, options as never);
      expect.unreachable();
    } catch (e) {
      expect(isAntqError(e) && e.code).toBe('invalid_option');
    }
  });
});
