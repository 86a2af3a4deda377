import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport';
import { renderReport } from '../../src/report/renderReport';
import type { Figure } from '../../src/schema/FigureSchema';
import { haTinhFigures } from './haTinhFigures';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`renderReport.chromium.test: skipped, ${CHROMIUM} not found (apt-get install -y chromium)`);
}

/** Opens a page in headless Chromium; returns the DOM it built and the log lines it wrote. */
function openInChromium(html: string): { dom: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'antq-report-'));
  try {
    const file = join(dir, 'report.html');
    writeFileSync(file, html, 'utf8');
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--enable-logging=stderr',
      '--v=0',
      '--dump-dom',
      `file://${file}`,
    ];
    const run = spawnSync(CHROMIUM, args, { encoding: 'utf8', timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`chromium exited with ${String(run.status)}: ${run.stderr}`);
    const dom = run.stdout;
    const log = run.stderr;
    return { dom, log };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!hasChromium)('renderReport: the HTML page in headless Chromium', () => {
  it('opens with no console message and builds the sections, tables and charts', () => {
    const figures: Figure[] = [
      ...haTinhFigures(),
      { unit: '42', indicator: 'marches', value: 20, period: '2012' },
      { unit: '42', indicator: 'marches', value: 5, period: '2013-01-01/2013-07-31' },
    ];
    const report = buildReport(figures, { title: '<script>console.error("x")</script>', compare: { current: '2013-08-01/2023-05-24', baseline: '2012' } });
    const html = renderReport(report, { format: 'html', lang: 'vi' });
    const { dom, log } = openInChromium(html);
    expect(log).not.toMatch(/CONSOLE|Uncaught/);
    expect(dom).toContain('<html lang="vi">');
    expect(dom).not.toContain('<script>');
    const charts = report.sections.flatMap((s) => s.charts).length;
    expect(charts).toBeGreaterThan(0);
    expect((dom.match(/<svg /g) ?? []).length).toBe(charts);
    expect((dom.match(/<table>/g) ?? []).length).toBe(report.sections.reduce((n, s) => n + s.tables.length, 0));
    expect(dom).toContain('trên 127 khẩu súng quân dụng');
  }, 120_000);
});
