import type { Report, ReportChart, ReportLang, ReportTable } from '../Report';
import { pick } from './layout';

/** Escapes text for HTML and SVG content and attribute values. */
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = [
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1b1f23;background:#fff;margin:0;line-height:1.5}',
  'main{max-width:60rem;margin:0 auto;padding:1.5rem}',
  'h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid #d0d7de}',
  '.subtitle{color:#57606a;margin:.1rem 0}',
  'table{border-collapse:collapse;margin:1rem 0;width:100%}caption{text-align:left;font-weight:600;padding:.25rem 0}',
  'th,td{border:1px solid #d0d7de;padding:.3rem .5rem;vertical-align:top}th{background:#f6f8fa;text-align:left}',
  '.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}',
  'figure{margin:1rem 0}figcaption{font-weight:600}svg{max-width:100%;height:auto}',
  '.notes li{color:#6e5400}',
  '@media print{main{max-width:none;padding:0}h2{break-after:avoid}table,figure{break-inside:avoid}table{font-size:.85em}th,td{padding:.2rem .3rem;overflow-wrap:anywhere}.num{white-space:normal}}',
].join('\n');

function table(t: ReportTable, lang: ReportLang): string {
  const cls = (i: number): string => (t.columns[i]?.align === 'right' ? ' class="num"' : '');
  const head = t.columns.map((c, i) => `<th scope="col"${cls(i)}>${escapeHtml(pick(c.header, lang))}</th>`).join('');
  const body = t.rows
    .map((r) => `<tr>${t.columns.map((_, i) => `<td${cls(i)}>${escapeHtml(pick(r[i] ?? { vi: '', en: '' }, lang))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table>\n<caption>${escapeHtml(pick(t.caption, lang))}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const CHART_WIDTH = 720;
const BAR_X = 8;
const BAR_MAX = 440;
const BAR_H = 12;
const PAIR_H = 52;
const TOP = 34;
const CURRENT_FILL = '#1f6fb2';
const BASELINE_FILL = '#9aa4ae';

/** One comparison chart as inline SVG: a legend, then per pair a label line and two bars with their values. */
function svgChart(chart: ReportChart, lang: ReportLang): string {
  if (chart.kind === 'values') return svgValues(chart, lang);
  const height = TOP + chart.bars.length * PAIR_H + 8;
  const titleId = `${chart.id}-title`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${escapeHtml(titleId)}" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="${escapeHtml(titleId)}">${escapeHtml(pick(chart.title, lang))}</title>`,
    `<rect x="${BAR_X}" y="8" width="12" height="12" fill="${CURRENT_FILL}"/>`,
    `<text x="${BAR_X + 18}" y="18">${escapeHtml(pick(chart.currentLabel, lang))}</text>`,
    `<rect x="${BAR_X + 360}" y="8" width="12" height="12" fill="${BASELINE_FILL}"/>`,
    `<text x="${BAR_X + 378}" y="18">${escapeHtml(pick(chart.baselineLabel, lang))}</text>`,
  ];
  chart.bars.forEach((bar, i) => {
    const y = TOP + i * PAIR_H;
    const max = Math.max(bar.current ?? 0, bar.baseline ?? 0);
    const len = (v: number | null): number => (v === null || max <= 0 ? 0 : Math.max(v > 0 ? 1 : 0, Math.round((v / max) * BAR_MAX)));
    const cur = len(bar.current);
    const base = len(bar.baseline);
    parts.push(`<text x="${BAR_X}" y="${y + 12}" font-weight="600">${escapeHtml(pick(bar.label, lang))}</text>`);
    parts.push(`<rect x="${BAR_X}" y="${y + 18}" width="${cur}" height="${BAR_H}" fill="${CURRENT_FILL}"/>`);
    parts.push(`<text x="${BAR_X + cur + 6}" y="${y + 28}">${escapeHtml(pick(bar.currentText, lang))}</text>`);
    parts.push(`<rect x="${BAR_X}" y="${y + 33}" width="${base}" height="${BAR_H}" fill="${BASELINE_FILL}"/>`);
    parts.push(`<text x="${BAR_X + base + 6}" y="${y + 43}">${escapeHtml(pick(bar.baselineText, lang))}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

const VALUE_H = 34;

/** One period's figures as inline SVG: per figure a label line and one bar with its value, scaled to the largest. */
function svgValues(chart: ReportChart, lang: ReportLang): string {
  const legend = pick(chart.currentLabel, lang);
  const top = legend === '' ? 8 : TOP;
  const height = top + chart.bars.length * VALUE_H + 8;
  const titleId = `${chart.id}-title`;
  const max = chart.bars.reduce((m, b) => Math.max(m, b.current ?? 0), 0);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${escapeHtml(titleId)}" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="${escapeHtml(titleId)}">${escapeHtml(pick(chart.title, lang))}</title>`,
  ];
  if (legend !== '') {
    parts.push(`<rect x="${BAR_X}" y="8" width="12" height="12" fill="${CURRENT_FILL}"/>`, `<text x="${BAR_X + 18}" y="18">${escapeHtml(legend)}</text>`);
  }
  chart.bars.forEach((bar, i) => {
    const y = top + i * VALUE_H;
    const v = bar.current;
    const len = v === null || max <= 0 ? 0 : Math.max(v > 0 ? 1 : 0, Math.round((v / max) * BAR_MAX));
    parts.push(`<text x="${BAR_X}" y="${y + 12}" font-weight="600">${escapeHtml(pick(bar.label, lang))}</text>`);
    parts.push(`<rect x="${BAR_X}" y="${y + 18}" width="${len}" height="${BAR_H}" fill="${CURRENT_FILL}"/>`);
    parts.push(`<text x="${BAR_X + len + 6}" y="${y + 28}">${escapeHtml(pick(bar.currentText, lang))}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** The report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts, no external assets. */
export function renderHtml(report: Report, lang: ReportLang): string {
  const title = escapeHtml(pick(report.title, lang));
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    `<h1>${title}</h1>`,
    ...report.subtitle.map((s) => `<p class="subtitle">${escapeHtml(pick(s, lang))}</p>`),
    '</header>',
  ];
  report.sections.forEach((s, i) => {
    out.push(`<section id="${escapeHtml(s.id)}">`, `<h2>${i + 1}. ${escapeHtml(pick(s.heading, lang))}</h2>`);
    for (const p of s.paragraphs) out.push(`<p>${escapeHtml(pick(p, lang))}</p>`);
    for (const t of s.tables) out.push(table(t, lang));
    for (const c of s.charts) {
      out.push('<figure>', svgChart(c, lang), `<figcaption>${escapeHtml(pick(c.title, lang))}</figcaption>`, '</figure>');
    }
    out.push('</section>');
  });
  if (report.notes.length > 0) {
    out.push('<section id="notes">', `<h2>${lang === 'vi' ? 'Ghi chú' : 'Notes'}</h2>`, '<ul class="notes">');
    for (const n of report.notes) out.push(`<li>${escapeHtml(lang === 'vi' ? n.messageVi : n.message)}</li>`);
    out.push('</ul>', '</section>');
  }
  out.push('</main>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
