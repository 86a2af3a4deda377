// The HTML report as a reader sees it: opened in headless Chromium (puppeteer-core with the
// browser of @sparticuz/chromium, both from the npm registry, so this runs wherever npm test runs).
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport';
import type { Report } from '../../src/report/Report';
import { renderReport } from '../../src/report/renderReport';
import type { Figure } from '../../src/schema/FigureSchema';
import { haTinhFigures } from './haTinhFigures';

let browser: Browser;

beforeAll(async () => {
  browser = await puppeteer.launch({ args: [...chromium.args, '--no-sandbox'], executablePath: await chromium.executablePath(), headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens the page; returns it with every console message and page error it produced. */
async function open(html: string): Promise<{ page: Page; messages: string[] }> {
  const page = await browser.newPage();
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${String(e)}`));
  page.on('requestfailed', (r) => messages.push(`requestfailed: ${r.url()}`));
  await page.setViewport({ width: 1024, height: 800 });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, messages };
}

interface Seen {
  h1: string;
  h2: string[];
  tables: { caption: string; rows: number; headers: string[] }[];
  charts: { title: string; width: number; height: number; texts: string[]; bars: number; clipped: string[] }[];
  text: string;
}

// Page-side code is plain JavaScript in strings: the project compiles without the DOM library.
/** What a reader sees: headings, tables, and every chart with its labels and whether any is cut off. */
const SEEN = `(() => {
  const q = (sel, root = document) => [...root.querySelectorAll(sel)];
  return {
    h1: document.querySelector('h1')?.textContent ?? '',
    h2: q('h2').map((h) => h.textContent ?? ''),
    tables: q('table').map((t) => ({ caption: t.caption?.textContent ?? '', rows: t.tBodies[0]?.rows.length ?? 0, headers: q('th', t).map((th) => th.textContent ?? '') })),
    charts: q('svg').map((svg) => {
      const box = svg.getBoundingClientRect();
      const texts = q('text', svg);
      return {
        title: svg.querySelector('title')?.textContent ?? '',
        width: box.width,
        height: box.height,
        texts: texts.map((t) => t.textContent ?? ''),
        bars: q('rect', svg).filter((r) => r.width.baseVal.value > 0).length,
        // A label whose glyphs run past the chart's right edge is cut off for the reader.
        clipped: texts.filter((t) => t.getBBox().x + t.getBBox().width > svg.viewBox.baseVal.width + 0.5).map((t) => t.textContent ?? ''),
      };
    }),
    text: document.body.innerText,
  };
})()`;

/** The print layout: main's width rule, anything wider than the page, and how figures break. */
const LAYOUT = `(() => {
  const main = document.querySelector('main');
  const wide = [...document.querySelectorAll('table, svg, figure, p, h1, h2')]
    .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
    .map((e) => e.tagName + ' ' + (e.querySelector('caption')?.textContent ?? '') + ' ' + Math.round(e.getBoundingClientRect().right));
  const figure = document.querySelector('figure');
  return {
    maxWidth: getComputedStyle(main).maxWidth,
    wide,
    breakInside: figure === null ? '' : getComputedStyle(figure).breakInside,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  };
})()`;

async function seen(page: Page): Promise<Seen> {
  return (await page.evaluate(SEEN)) as Seen;
}

function haTinh(compare: boolean): Report {
  const figures: Figure[] = [
    ...haTinhFigures(),
    { unit: '42', indicator: 'marches', value: 20, period: '2012' },
  ];
  return buildReport(figures, {
    title: 'Hà Tĩnh 2013–2023 <script>console.error("x")</script>',
    period: '2013-08-01/2023-05-24',
    ...(compare ? { compare: { current: '2013-08-01/2023-05-24', baseline: '2012' } } : {}),
  });
}

describe('the HTML report in headless Chromium', () => {
  for (const compare of [false, true]) {
    it(`shows every heading, table and chart with its labels, in Vietnamese, without a console message (${compare ? 'with' : 'without'} a comparison)`, async () => {
      const report = haTinh(compare);
      const { page, messages } = await open(renderReport(report, { format: 'html', lang: 'vi' }));
      const s = await seen(page);
      expect(messages).toEqual([]);
      expect(await page.evaluate('document.documentElement.lang')).toBe('vi');
      expect(s.h1).toBe('Hà Tĩnh 2013–2023 <script>console.error("x")</script>');
      expect(s.h2).toEqual([...report.sections.map((sec, i) => `${i + 1}. ${sec.heading.vi}`), ...(report.notes.length > 0 ? ['Ghi chú'] : [])]);
      const tables = report.sections.flatMap((sec) => sec.tables);
      expect(s.tables.map((t) => [t.caption, t.rows])).toEqual(tables.map((t) => [t.caption.vi, t.rows.length]));
      const charts = report.sections.flatMap((sec) => sec.charts);
      expect(charts.length).toBeGreaterThanOrEqual(compare ? 4 : 3);
      expect(s.charts).toHaveLength(charts.length);
      charts.forEach((c, i) => {
        const drawn = s.charts[i];
        expect(drawn?.title).toBe(c.title.vi);
        expect(drawn?.width).toBeGreaterThan(100);
        expect(drawn?.height).toBeGreaterThan(20);
        for (const bar of c.bars) {
          expect(drawn?.texts).toContain(bar.label.vi);
          expect(drawn?.texts).toContain(bar.currentText.vi);
        }
        expect(drawn?.bars).toBeGreaterThanOrEqual(c.bars.filter((b) => (b.current ?? 0) > 0).length);
        expect(drawn?.clipped).toEqual([]);
      });
      // Vietnamese as written, diacritics and all, in running text, tables and charts.
      expect(s.text).toContain('trên 127 khẩu súng quân dụng');
      expect(s.text).toContain('Đến nay');
      expect(s.charts.flatMap((c) => c.texts)).toContain('trên 127 khẩu');
      await page.close();
    }, 120_000);
  }

  it('prints cleanly: full width, nothing wider than an A4 page, charts kept whole', async () => {
    const { page, messages } = await open(renderReport(haTinh(true), { format: 'html', lang: 'vi' }));
    await page.emulateMediaType('print');
    // An A4 page at 96 dpi less 1 cm margins on each side.
    await page.setViewport({ width: 718, height: 1047 });
    const layout = (await page.evaluate(LAYOUT)) as { maxWidth: string; wide: string[]; breakInside: string; scrollWidth: number; clientWidth: number };
    expect(layout.maxWidth).toBe('none');
    expect(layout.wide).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.breakInside).toBe('avoid');
    const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
    expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(messages).toEqual([]);
    await page.close();
  }, 120_000);
});
