import type { FigureTable, FigureTableColumn } from '../../table/FigureTable';

/**
 * The codes of a column whose value is not acceptable text (index: code + 1, so 0 is "absent"),
 * or `null` when every value is. Acceptable: a string (a non-empty one when `required`), or, for
 * an optional field, `null` (read as absent). An absent required field is a fault too.
 */
function badCodes(column: FigureTableColumn, required: boolean): Uint8Array | null {
  const values: readonly unknown[] = column.values;
  let bad: Uint8Array | null = null;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    const ok = typeof v === 'string' ? !required || v !== '' : v === null && !required;
    if (!ok) (bad ??= new Uint8Array(values.length + 1))[c + 1] = 1;
  }
  // A checked table's codes are -1 (absent) or in range: the native search finds an absent one
  // several times faster than a loop over the codes.
  if (required && column.codes.indexOf(-1) >= 0) (bad ??= new Uint8Array(values.length + 1))[0] = 1;
  return bad;
}

/**
 * The rows of a table whose unit is missing or not text, or whose programme, reporter or
 * category is given but not text (a JavaScript caller's number, array or object), in order; `null`
 * when there is none. Decided once per distinct value: a table without such a value costs one
 * pass over the unit codes.
 */
export function rowsWithBadText(table: FigureTable): Int32Array | null {
  const checks: [Int32Array, Uint8Array][] = [];
  const columns: [FigureTableColumn, boolean][] = [
    [table.unit, true],
    [table.program, false],
    [table.reporter, false],
    [table.category, false],
  ];
  for (const [column, required] of columns) {
    const bad = badCodes(column, required);
    if (bad !== null) checks.push([column.codes, bad]);
  }
  if (checks.length === 0) return null;
  const out: number[] = [];
  for (let i = 0; i < table.length; i++) {
    for (const [codes, bad] of checks) {
      if (bad[(codes[i] as number) + 1] === 1) {
        out.push(i);
        break;
      }
    }
  }
  return Int32Array.from(out);
}

/**
 * The table without the rows given (sorted, distinct), each dictionary cut to the values its
 * remaining rows use (a value left out is never looked at), and the positions kept.
 */
export function withoutRows(table: FigureTable, drop: Int32Array): { table: FigureTable; kept: Int32Array } {
  const kept = new Int32Array(table.length - drop.length);
  let d = 0;
  let k = 0;
  for (let i = 0; i < table.length; i++) {
    if (d < drop.length && drop[d] === i) d++;
    else kept[k++] = i;
  }
  const pick = (column: FigureTableColumn): FigureTableColumn => {
    const remap = new Int32Array(column.values.length).fill(-1);
    const values: string[] = [];
    const codes = new Int32Array(kept.length);
    for (let j = 0; j < kept.length; j++) {
      const c = column.codes[kept[j] as number] as number;
      if (c < 0) codes[j] = -1;
      else {
        if (remap[c] === -1) {
          remap[c] = values.length;
          values.push(column.values[c] as string);
        }
        codes[j] = remap[c] as number;
      }
    }
    return { codes, values };
  };
  const out: { -readonly [K in keyof FigureTable]: FigureTable[K] } = {
    format: table.format,
    length: kept.length,
    program: pick(table.program),
    unit: pick(table.unit),
    reporter: pick(table.reporter),
    period: pick(table.period),
    indicator: pick(table.indicator),
    category: pick(table.category),
    uom: pick(table.uom),
    qualifier: pick(table.qualifier),
    statistic: pick(table.statistic),
    value: Float64Array.from(kept, (i) => table.value[i] as number),
  };
  if (table.note !== undefined) out.note = pick(table.note);
  if (table.source !== undefined) out.source = pick(table.source);
  return { table: out, kept };
}
