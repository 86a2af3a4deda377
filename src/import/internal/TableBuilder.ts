import type { Figure } from '../../schema/FigureSchema';
import { markChecked } from '../../table/checkFigureTable';
import { FIGURE_TABLE_KEYS, type FigureTable, type FigureTableColumn } from '../../table/FigureTable';
import type { CleanRow } from './cleanRowReader';

/** One key column of a batch's table: codes in row order, each distinct text once in `values`. */
class Column {
  codes: Int32Array;
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(capacity: number) {
    this.codes = new Int32Array(capacity);
  }

  /** The code of a text in this batch (-1 for an absent field). */
  codeOf(text: string | undefined): number {
    if (text === undefined) return -1;
    let c = this.index.get(text);
    if (c === undefined) {
      c = this.values.length;
      this.index.set(text, c);
      this.values.push(text);
    }
    return c;
  }

  grow(capacity: number): void {
    const codes = new Int32Array(capacity);
    codes.set(this.codes);
    this.codes = codes;
  }
}

/**
 * The accepted figures of one batch written straight into a figure table (no figure object per
 * row): a clean row's key cells carry their code for the batch, so a cell met again costs no
 * lookup; rows that went the general way are coded by their figure's fields.
 */
export class TableBuilder {
  private readonly columns: Column[];
  private value: Float64Array;
  private n = 0;
  /** Tells this batch's codes from an earlier batch's in the cells that carry them. */
  private readonly stamp: number;

  constructor(capacity: number, stamp: number) {
    const cap = Math.max(1, capacity);
    this.columns = FIGURE_TABLE_KEYS.map(() => new Column(cap));
    this.value = new Float64Array(cap);
    this.stamp = stamp;
  }

  private room(): number {
    const i = this.n;
    if (i === this.value.length) {
      const cap = i * 2;
      for (const c of this.columns) c.grow(cap);
      const value = new Float64Array(cap);
      value.set(this.value);
      this.value = value;
    }
    this.n = i + 1;
    return i;
  }

  /** Adds a clean row (see `cleanRows`). */
  addClean(row: CleanRow): void {
    const i = this.room();
    const keys = row.keys;
    for (let k = 0; k < 9; k++) {
      const cell = keys[k];
      const col = this.columns[k];
      if (cell === undefined || col === undefined) continue;
      const text = cell.text;
      let code: number;
      if (text === null || text === '') code = -1;
      else if (cell.stamp === this.stamp) code = cell.code;
      else {
        code = col.codeOf(text);
        cell.stamp = this.stamp;
        cell.code = code;
      }
      col.codes[i] = code;
    }
    this.value[i] = row.value;
  }

  /** Adds a figure. */
  addFigure(f: Figure): void {
    const i = this.room();
    for (let k = 0; k < 9; k++) {
      const col = this.columns[k];
      const key = FIGURE_TABLE_KEYS[k];
      if (col === undefined || key === undefined) continue;
      col.codes[i] = col.codeOf(f[key]);
    }
    this.value[i] = f.value;
  }

  /** The table of the rows added (without notes and sources). */
  done(): FigureTable {
    const n = this.n;
    const col = (k: number): FigureTableColumn => {
      const c = this.columns[k] as Column;
      return { codes: c.codes.subarray(0, n), values: c.values };
    };
    const table: FigureTable = {
      format: 'antq.table/1',
      length: n,
      program: col(0),
      unit: col(1),
      reporter: col(2),
      period: col(3),
      indicator: col(4),
      category: col(5),
      uom: col(6),
      qualifier: col(7),
      statistic: col(8),
      value: this.value.subarray(0, n),
    };
    markChecked(table);
    return table;
  }
}
