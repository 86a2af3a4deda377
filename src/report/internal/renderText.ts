import type { Report, ReportLang, ReportTable } from '../Report';
import { appendLines, pad, pick, tableCells, textChart, width, wrap } from './layout';

const COLS = 80;

function underline(s: string, ch: string): string[] {
  return [s, ch.repeat(Math.min(COLS, width(s)))];
}

function table(t: ReportTable, lang: ReportLang): string[] {
  const { header, rows, widths } = tableCells(t, lang, (s) => s.replace(/\s*[\r\n]+\s*/g, ' '));
  const line = (cells: readonly string[]): string => cells.map((c, i) => pad(c, widths[i] ?? 3, t.columns[i]?.align ?? 'left')).join('  ').trimEnd();
  return [pick(t.caption, lang), '', line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The report as plain text for a terminal: underlined headings, paragraphs wrapped at 80 columns, padded tables, text bar charts. */
export function renderText(report: Report, lang: ReportLang): string {
  const out: string[] = [];
  const add = (...blocks: (string | readonly string[])[]): void => appendLines(out, blocks);
  add(underline(pick(report.title, lang), '='), '');
  for (const s of report.subtitle) out.push(pick(s, lang));
  if (report.subtitle.length > 0) out.push('');
  report.sections.forEach((s, i) => {
    add(underline(`${i + 1}. ${pick(s.heading, lang)}`, '-'), '');
    for (const p of s.paragraphs) add(wrap(pick(p, lang), COLS), '');
    for (const t of s.tables) add(table(t, lang), '');
    // A period's own figures are already in the table; only the HTML page draws them.
    for (const c of s.charts.filter((x) => x.kind === 'comparison')) add(textChart(c, lang, 30), '');
  });
  if (report.notes.length > 0) {
    add(underline(lang === 'vi' ? 'Ghi chú' : 'Notes', '-'), '');
    for (const n of report.notes) {
      const [first = '', ...rest] = wrap(lang === 'vi' ? n.messageVi : n.message, COLS - 2);
      add(`- ${first}`, rest.map((r) => `  ${r}`));
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
