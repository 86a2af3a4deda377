import type { Exclusions } from '../../engine/AggregateRow';

/**
 * Where a figure came from, as the CLI names it: a data row of an input file (the 1-based row
 * validation issues name, and its physical line when the format has lines), or the `row_no` of a
 * database table (the figure's 0-based position there, not a file row).
 */
export type RowPlace = FilePlace | { readonly table: string; readonly row_no: number };

/** A data row of an input file, with its line (absent for a JSON array's elements). */
export type FilePlace = { readonly file: string; readonly row: number; readonly line?: number };

/** Turns the row numbers an aggregation kept back into the places they stand for. */
export interface RowNames {
  place(row: number): RowPlace;
}

/**
 * Row numbers for figures read from several files one after the other: file `k`'s rows are
 * shifted past every row of the files before it, so that one aggregation sees distinct numbers
 * in file order, and `place` gives the file and its own row back. With one file nothing shifts.
 */
export class FileRows implements RowNames {
  private readonly names: string[] = [];
  private readonly offsets: number[] = [];
  private next = 0;
  private max = -1;
  /**
   * Lines, kept as steps: from shifted row `stepRows[k]` on, a row's line is the row plus
   * `stepShifts[k]` (or unknown, `null`, for a JSON array). A line is the row plus one past the
   * header, and the difference grows only at blank lines and line breaks inside quoted cells, so
   * the steps are few in the usual file (one per file).
   */
  private readonly stepRows: number[] = [];
  private readonly stepShifts: (number | null)[] = [];
  /** The current file has no step yet. */
  private fresh = true;

  /** Starts the next file; returns the shift to add to its rows. */
  start(file: string): number {
    if (this.names.length > 0) this.next += this.max + 1;
    this.max = -1;
    this.names.push(file);
    this.offsets.push(this.next);
    this.fresh = true;
    return this.next;
  }

  /** Notes the rows of the current file (before they are shifted) and their lines (empty when the format has none). */
  saw(rows: readonly number[], lines: readonly number[]): void {
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as number;
      if (r > this.max) this.max = r;
      const line = lines[i];
      const shift = line === undefined ? null : line - r;
      if (this.fresh || this.stepShifts[this.stepShifts.length - 1] !== shift) {
        this.stepRows.push(r + this.next);
        this.stepShifts.push(shift);
        this.fresh = false;
      }
    }
  }

  place(row: number): FilePlace {
    const k = lastAtMost(this.offsets, row);
    const own = row - (this.offsets[k] ?? 0);
    const file = this.names[k] ?? '-';
    const j = lastAtMost(this.stepRows, row);
    const from = this.stepRows[j];
    // A step of this file at or before the row (a row never seen has no line).
    const shift = from !== undefined && from <= row && from >= (this.offsets[k] ?? 0) ? this.stepShifts[j] : null;
    return shift === undefined || shift === null ? { file, row: own } : { file, row: own, line: own + shift };
  }
}

/** The index of the last entry of an ascending list that is at most `x` (0 when none is). */
function lastAtMost(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((list[mid] ?? 0) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Names the `row_no` of a database table. */
export function tableRows(table: string): RowNames {
  return { place: (row) => ({ table, row_no: row }) };
}

/**
 * An exclusion as the CLI prints it in JSON: the rows of its places (file rows, or `row_no`), their
 * lines (when every place is a file line), and the places.
 */
export type NamedExclusions = Readonly<Record<string, { readonly count: number; readonly rows: readonly number[]; readonly lines?: readonly number[]; readonly at: readonly RowPlace[] }>>;

/** Names every kept row of an aggregation's `excluded`. */
export function nameExclusions(excluded: Exclusions, names: RowNames): NamedExclusions {
  const out: Record<string, { count: number; rows: number[]; lines?: number[]; at: RowPlace[] }> = {};
  for (const [reason, e] of Object.entries(excluded)) {
    const at = e.rows.map((r) => names.place(r));
    const rows = at.map((p) => ('file' in p ? p.row : p.row_no));
    const lines: number[] = [];
    for (const p of at) if ('file' in p && p.line !== undefined) lines.push(p.line);
    out[reason] = lines.length === at.length && at.length > 0 ? { count: e.count, rows, lines, at } : { count: e.count, rows, at };
  }
  return out;
}

/**
 * Places for people, grouped by input: `f.csv rows 4, 5 at lines 5, 7`, `a.csv rows 4 at lines 5;
 * b.csv rows 2 at lines 3`, `table antq_figures, row_no 3, 7` (Vietnamese: `f.csv dòng 4, 5 ở dòng
 * tệp 5, 7`, `bảng antq_figures, row_no 3, 7`). Rows of a JSON array have no lines.
 */
export function placesText(places: readonly RowPlace[], lang: 'vi' | 'en'): string {
  const groups: { name: string; numbers: number[]; lines: number[] }[] = [];
  for (const p of places) {
    const name = 'file' in p ? `${p.file} ${lang === 'vi' ? 'dòng' : 'rows'}` : `${lang === 'vi' ? 'bảng' : 'table'} ${p.table}, row_no`;
    const n = 'file' in p ? p.row : p.row_no;
    const last = groups[groups.length - 1];
    const group = last !== undefined && last.name === name ? last : { name, numbers: [], lines: [] };
    if (group !== last) groups.push(group);
    group.numbers.push(n);
    if ('file' in p && p.line !== undefined) group.lines.push(p.line);
  }
  const linesWord = lang === 'vi' ? 'ở dòng tệp' : 'at lines';
  return groups
    .map((g) => `${g.name} ${g.numbers.join(', ')}${g.lines.length === g.numbers.length ? ` ${linesWord} ${g.lines.join(', ')}` : ''}`)
    .join('; ');
}
