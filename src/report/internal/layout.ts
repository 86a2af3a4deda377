import type { LocalizedText, ReportChart, ReportLang, ReportTable } from '../Report';

/** Picks one language. */
export function pick(t: LocalizedText, lang: ReportLang): string {
  return lang === 'vi' ? t.vi : t.en;
}

/** Display width of a cell: code points of the NFC form (Vietnamese letters are one each). */
export function width(s: string): number {
  return [...s.normalize('NFC')].length;
}

/**
 * Appends lines and blocks of lines one by one: spreading a long block into `push()` could
 * overflow the call stack.
 */
export function appendLines(out: string[], blocks: readonly (string | readonly string[])[]): void {
  for (const b of blocks) {
    if (typeof b === 'string') out.push(b);
    else for (const line of b) out.push(line);
  }
}

/** Pads to a width, on the left for right-aligned cells. */
export function pad(s: string, w: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return align === 'right' ? fill + s : s + fill;
}

/** A table's cells in one language, with every cell on one line, and each column's width. */
export function tableCells(table: ReportTable, lang: ReportLang, clean: (s: string) => string): { header: string[]; rows: string[][]; widths: number[] } {
  const header = table.columns.map((c) => clean(pick(c.header, lang)));
  const rows = table.rows.map((r) => table.columns.map((_, i) => clean(pick(r[i] ?? { vi: '', en: '' }, lang))));
  const widths = header.map((h, i) => rows.reduce((w, r) => Math.max(w, width(r[i] ?? '')), Math.max(3, width(h))));
  return { header, rows, widths };
}

/** Greedy word wrap at `cols` columns; a word longer than a line stays whole. */
export function wrap(text: string, cols: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (width(line) + 1 + width(word) <= cols) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A comparison chart as text bars ("████ 127"), each pair scaled to its larger value. */
export function textChart(chart: ReportChart, lang: ReportLang, barCols: number): string[] {
  if (chart.kind === 'values') {
    const max = chart.bars.reduce((m, b) => Math.max(m, b.current ?? 0), 0);
    const lines: string[] = [pick(chart.title, lang)];
    for (const bar of chart.bars) {
      const v = bar.current;
      const draw = v === null || max <= 0 ? '' : '█'.repeat(Math.max(v > 0 ? 1 : 0, Math.round((v / max) * barCols)));
      lines.push(`  ${pick(bar.label, lang)}`, `    ${draw} ${pick(bar.currentText, lang)}`.trimEnd());
    }
    return lines;
  }
  const cur = pick(chart.currentLabel, lang);
  const base = pick(chart.baselineLabel, lang);
  const legendW = Math.max(width(cur), width(base));
  const out: string[] = [pick(chart.title, lang)];
  for (const bar of chart.bars) {
    out.push(`  ${pick(bar.label, lang)}`);
    const max = Math.max(bar.current ?? 0, bar.baseline ?? 0);
    const draw = (v: number | null): string => (v === null || max <= 0 ? '' : '█'.repeat(Math.max(v > 0 ? 1 : 0, Math.round((v / max) * barCols))));
    out.push(`    ${pad(cur, legendW, 'left')} ${draw(bar.current)} ${pick(bar.currentText, lang)}`.trimEnd());
    out.push(`    ${pad(base, legendW, 'left')} ${draw(bar.baseline)} ${pick(bar.baselineText, lang)}`.trimEnd());
  }
  return out;
}
