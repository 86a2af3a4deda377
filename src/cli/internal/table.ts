import { toCsv } from '../../io/csv/toCsv';
import { InputError } from './inputs';
import { formatViNumber } from '../../viNumber/formatViNumber';

/** A column of a printed table: machine key (CSV header), and headings in both languages. */
export interface Column {
  readonly key: string;
  readonly en: string;
  readonly vi: string;
}

type Cell = string | number | boolean | null | undefined;

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

/**
 * The most rows a table for people (`table`, `md`) prints: beyond it the result is refused with
 * `result_too_large` (exit 1) and CSV or JSON, which have no limit, are suggested.
 */
export const MAX_TABLE_ROWS = 200_000;

/**
 * Control characters (ESC, BEL, C1, and the bidirectional overrides) shown as `\x1b`, `\u202e`, so
 * that a cell cannot drive the terminal (set its title, move the cursor, reorder text).
 */
function visible(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/**
 * A Markdown table cell: one line, and every character that could start markup (HTML tags, links,
 * images, emphasis, code, pipes) escaped with a backslash, so `<script>` and `[x](javascript:…)` stay text.
 */
function escapeMarkdownCell(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/([\\`*_[\]<>#|&!()~])/g, '\\$1');
}

/** The coded refusal of a table for people (`table`, `md`) longer than {@link MAX_TABLE_ROWS} rows. */
export function tooLarge(size: number, format: TextFormat, lang: 'vi' | 'en'): InputError {
  return new InputError(
    lang === 'vi'
      ? `result_too_large: kết quả có ${size} dòng, quá ${MAX_TABLE_ROWS} dòng mà định dạng ${format} in ra; dùng --format csv hoặc --format json`
      : `result_too_large: the result has ${size} rows, more than the ${MAX_TABLE_ROWS} a ${format} prints; use --format csv or --format json`,
  );
}

/** Lines of a table for people (aligned text or Markdown), header first, each without its newline. */
function peopleLines(columns: readonly Column[], rows: readonly Readonly<Record<string, Cell>>[], format: 'table' | 'md', lang: 'vi' | 'en'): string[] {
  const head = columns.map((c) => (lang === 'vi' ? c.vi : c.en));
  const body = rows.map((r) => columns.map((c) => visible(human(r[c.key], lang))));
  const numeric = columns.map((c) => rows.length > 0 && rows.every((r) => r[c.key] === null || r[c.key] === undefined || typeof r[c.key] === 'number'));
  if (format === 'md') {
    const esc = escapeMarkdownCell;
    const lines = [`| ${head.map(esc).join(' | ')} |`, `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`];
    for (const row of body) lines.push(`| ${row.map(esc).join(' | ')} |`);
    return lines;
  }
  const width = head.map((h) => h.length);
  for (const row of body) row.forEach((c, i) => (width[i] = Math.max(width[i] ?? 0, c.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (numeric[i] === true ? c.padStart(width[i] ?? 0) : c.padEnd(width[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const lines = [line(head), line(width.map((w) => '-'.repeat(w)))];
  for (const row of body) lines.push(line(row));
  return lines;
}

/** Renders a table: aligned text, CSV (machine keys and numbers) or a Markdown table. */
export function renderTable(table: Table, format: TextFormat, lang: 'vi' | 'en'): string {
  if (format !== 'csv' && table.rows.length > MAX_TABLE_ROWS) throw tooLarge(table.rows.length, format, lang);
  if (format === 'csv') {
    return toCsv(
      table.columns.map((c) => c.key),
      table.rows.map((r) => table.columns.map((c) => r[c.key] ?? null)),
      { newline: '\n' },
    );
  }
  return `${peopleLines(table.columns, table.rows, format, lang).join('\n')}\n`;
}

/** A table whose rows are made one at a time: `size` rows, produced by `rows()` (called once). */
export interface RowSource {
  readonly columns: readonly Column[];
  readonly size: number;
  rows(): Iterable<Readonly<Record<string, Cell>>>;
}

/** Rows of CSV made into text at a time. */
const CSV_BATCH = 1024;

/** Text gathered before it is written out (table and Markdown). */
const WRITE_CHARS = 1 << 16;

/**
 * Writes a table row by row, so that no whole-result string or array of rows is built: CSV streams
 * any number of rows; a table for people (at most {@link MAX_TABLE_ROWS} rows, else
 * `result_too_large` before anything is written) is laid out and written in chunks.
 */
export async function writeTable(source: RowSource, format: TextFormat, lang: 'vi' | 'en', write: (text: string) => Promise<void>): Promise<void> {
  const { columns } = source;
  if (format === 'csv') {
    // Rows are written in batches through `toCsv` (synchronous: no promise per row, whose garbage
    // would grow the heap with millions of rows), each batch without the header but the first.
    const header = columns.map((c) => c.key);
    const headerText = toCsv(header, [], { newline: '\n' });
    let batch: Cell[][] = [];
    let batches = 0;
    const text = (): string => {
      const t = toCsv(header, batch, { newline: '\n' });
      batch = [];
      return batches++ === 0 ? t : t.slice(headerText.length);
    };
    for (const r of source.rows()) {
      batch.push(columns.map((c) => r[c.key] ?? null));
      if (batch.length >= CSV_BATCH) await write(text());
    }
    if (batches === 0 || batch.length > 0) await write(text());
    return;
  }
  if (source.size > MAX_TABLE_ROWS) throw tooLarge(source.size, format, lang);
  const rows: Readonly<Record<string, Cell>>[] = [];
  for (const r of source.rows()) rows.push(r);
  let text = '';
  for (const line of peopleLines(columns, rows, format, lang)) {
    text += `${line}\n`;
    if (text.length >= WRITE_CHARS) {
      await write(text);
      text = '';
    }
  }
  if (text !== '') await write(text);
}
