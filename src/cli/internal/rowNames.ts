import type { Exclusions } from '../../engine/AggregateRow';

/**
 * Where a figure came from, as the CLI names it: a data row of an input file (the 1-based row
 * validation issues name), or the `row_no` of a database table (the figure's 0-based position
 * there, not a file row).
 */
export type RowPlace = { readonly file: string; readonly row: number } | { readonly table: string; readonly row_no: number };

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

  /** Starts the next file; returns the shift to add to its rows. */
  start(file: string): number {
    if (this.names.length > 0) this.next += this.max + 1;
    this.max = -1;
    this.names.push(file);
    this.offsets.push(this.next);
    return this.next;
  }

  /** Notes the rows of the current file (before they are shifted). */
  saw(rows: readonly number[]): void {
    for (const r of rows) if (r > this.max) this.max = r;
  }

  place(row: number): { readonly file: string; readonly row: number } {
    // The last file whose shift is at most `row` (shifts grow with the file index).
    let lo = 0;
    let hi = this.offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.offsets[mid] ?? 0) <= row) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.names[lo] ?? '-', row: row - (this.offsets[lo] ?? 0) };
  }
}

/** Names the `row_no` of a database table. */
export function tableRows(table: string): RowNames {
  return { place: (row) => ({ table, row_no: row }) };
}

/** An exclusion as the CLI prints it in JSON: the rows of its places (file rows, or `row_no`), and the places. */
export type NamedExclusions = Readonly<Record<string, { readonly count: number; readonly rows: readonly number[]; readonly at: readonly RowPlace[] }>>;

/** Names every kept row of an aggregation's `excluded`. */
export function nameExclusions(excluded: Exclusions, names: RowNames): NamedExclusions {
  const out: Record<string, { count: number; rows: number[]; at: RowPlace[] }> = {};
  for (const [reason, e] of Object.entries(excluded)) {
    const at = e.rows.map((r) => names.place(r));
    out[reason] = { count: e.count, rows: at.map((p) => ('file' in p ? p.row : p.row_no)), at };
  }
  return out;
}

/**
 * Places for people, grouped by input: `f.csv rows 4, 5`, `a.csv rows 4; b.csv rows 2`,
 * `table antq_figures, row_no 3, 7` (Vietnamese: `f.csv dòng 4, 5`, `bảng antq_figures, row_no 3, 7`).
 */
export function placesText(places: readonly RowPlace[], lang: 'vi' | 'en'): string {
  const groups: { name: string; numbers: number[] }[] = [];
  for (const p of places) {
    const name = 'file' in p ? `${p.file} ${lang === 'vi' ? 'dòng' : 'rows'}` : `${lang === 'vi' ? 'bảng' : 'table'} ${p.table}, row_no`;
    const n = 'file' in p ? p.row : p.row_no;
    const last = groups[groups.length - 1];
    if (last !== undefined && last.name === name) last.numbers.push(n);
    else groups.push({ name, numbers: [n] });
  }
  return groups.map((g) => `${g.name} ${g.numbers.join(', ')}`).join('; ');
}
