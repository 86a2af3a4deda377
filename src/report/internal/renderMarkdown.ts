import type { Report, ReportLang, ReportTable } from '../Report';
import { appendLines, pad, pick, tableCells, textChart } from './layout';

/** Keeps a table cell on one line and its pipes literal. */
function cell(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\|/g, '\\|');
}

/** Text that Markdown would otherwise read as markup: escapes the characters that start it. */
function escapeMarkdown(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function table(t: ReportTable, lang: ReportLang): string[] {
  const { header, rows, widths } = tableCells(t, lang, (s) => cell(s));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => pad(c, widths[i] ?? 3, t.columns[i]?.align ?? 'left')).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (t.columns[i]?.align === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [`**${escapeMarkdown(pick(t.caption, lang))}**`, '', line(header), rule, ...rows.map(line)];
}

/** The report as GitHub-flavoured Markdown: headings, paragraphs, tables with aligned columns, charts as text bars. */
export function renderMarkdown(report: Report, lang: ReportLang): string {
  const out: string[] = [`# ${escapeMarkdown(pick(report.title, lang))}`, ''];
  const add = (...blocks: (string | readonly string[])[]): void => appendLines(out, blocks);
  if (report.subtitle.length > 0) out.push(report.subtitle.map((s) => escapeMarkdown(pick(s, lang))).join('  \n'), '');
  report.sections.forEach((s, i) => {
    out.push(`## ${i + 1}. ${escapeMarkdown(pick(s.heading, lang))}`, '');
    for (const p of s.paragraphs) out.push(escapeMarkdown(pick(p, lang)), '');
    for (const t of s.tables) add(table(t, lang), '');
    // A period's own figures are already in the table; only the HTML page draws them.
    for (const c of s.charts.filter((x) => x.kind === 'comparison')) add('```text', textChart(c, lang, 30), '```', '');
  });
  if (report.notes.length > 0) {
    out.push(`## ${lang === 'vi' ? 'Ghi chú' : 'Notes'}`, '');
    for (const n of report.notes) out.push(`- ${escapeMarkdown(lang === 'vi' ? n.messageVi : n.message)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
