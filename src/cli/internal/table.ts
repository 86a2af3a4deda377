import { toCsv } from '../../io/csv/toCsv';
import { formatViNumber } from '../../viNumber/formatViNumber';

/** A column of a printed table: machine key (CSV header), and headings in both languages. */
export interface Column {
  readonly key: string;
  readonly en: string;
  readonly vi: string;
}

export type Cell = string | number | boolean | null | undefined;

/** A table to print as text, CSV or Markdown. */
export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
}

export type TextFormat = 'table' | 'csv' | 'md';

/** Rounds away float noise (0.1 + 0.2) for people; machines get the number as is. */
function human(v: Cell, lang: 'vi' | 'en'): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const r = Math.round(v * 1e6) / 1e6;
    if (lang === 'vi') return formatViNumber(r);
    const [int = '', frac] = String(r).split('.');
    const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
    return frac === undefined ? grouped : `${grouped}.${frac}`;
  }
  return String(v);
}

/** Renders a table: aligned text, CSV (machine keys and numbers) or a Markdown table. */
export function renderTable(table: Table, format: TextFormat, lang: 'vi' | 'en'): string {
  if (format === 'csv') {
    return toCsv(
      table.columns.map((c) => c.key),
      table.rows.map((r) => table.columns.map((c) => r[c.key] ?? null)),
      { newline: '\n' },
    );
  }
  const head = table.columns.map((c) => (lang === 'vi' ? c.vi : c.en));
  const body = table.rows.map((r) => table.columns.map((c) => human(r[c.key], lang)));
  const numeric = table.columns.map((c) => table.rows.length > 0 && table.rows.every((r) => r[c.key] === null || r[c.key] === undefined || typeof r[c.key] === 'number'));
  if (format === 'md') {
    const esc = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    const lines = [`| ${head.map(esc).join(' | ')} |`, `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`];
    for (const row of body) lines.push(`| ${row.map(esc).join(' | ')} |`);
    return `${lines.join('\n')}\n`;
  }
  const width = head.map((h) => h.length);
  for (const row of body) row.forEach((c, i) => (width[i] = Math.max(width[i] ?? 0, c.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (numeric[i] === true ? c.padStart(width[i] ?? 0) : c.padEnd(width[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(head), line(width.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')}\n`;
}
