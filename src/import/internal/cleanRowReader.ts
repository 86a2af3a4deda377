import type { Figure } from '../../schema/FigureSchema';
import type { Qualifier } from '../../quantity/Qualifier';
import type { Statistic } from '../../schema/Statistic';
import type { Uom } from '../../quantity/Uom';
import { isVagueMagnitude } from '../../schema/patterns';
import { acceptsFigureText } from '../../validate/checkFigureRow';
import { hasInvisible } from './idText';
import { cleanCellNumber, type HeaderMap } from './tableRows';

type MutableFigure = { -readonly [K in keyof Figure]: Figure[K] };

/** A cell's decided text: the figure's string, `''` for an empty cell, `null` when the cell has an issue. */
type CellText = string | null;

/** Distinct cell texts remembered per column before its table is cleared: memory stays bounded. */
const CELL_LIMIT = 16_384;
/** Longest run of digits read without the general number path (exact in a double). */
const PLAIN_DIGITS = 15;

/**
 * The CSV reader's fast path: turns the cells of a row into the figure that `cellsToRow`,
 * `normaliseIds` and `checkFigureRow` would make of them, when the row gives none of them an
 * issue; otherwise `undefined`, and the row goes the general way for its issues. Every id cell
 * (trim, NFC, invisible characters, pattern or allowed values) is decided once per distinct
 * text, and the figure's strings are flat copies shared by every row that has them (a slice of
 * the reader's chunk would keep the whole chunk alive). Only the value is read per row.
 */
export function cleanRowReader(map: HeaderMap, viNumbers: boolean): (cells: readonly string[]) => Figure | undefined {
  const column = (field: string): number => map.fields.indexOf(field);
  const cols = {
    program: column('program'),
    unit: column('unit'),
    reporter: column('reporter'),
    period: column('period'),
    indicator: column('indicator'),
    category: column('category'),
    value: column('value'),
    uom: column('uom'),
    qualifier: column('qualifier'),
    statistic: column('statistic'),
    note: column('note'),
    source: column('source'),
  };
  const idCell = (field: string): ((cell: string) => CellText) => {
    const table = new Map<string, CellText>();
    // Neighbouring rows often repeat a cell (programme, reporter, empty cells): a string compare
    // is cheaper than hashing the cell for the table.
    let lastCell = '';
    let lastText: CellText = '';
    return (cell: string): CellText => {
      if (cell === lastCell) return lastText;
      let text = table.get(cell);
      if (text === undefined) {
        const trimmed = cell.trim();
        if (trimmed === '') text = '';
        else {
          const nfc = trimmed.normalize('NFC');
          text = hasInvisible(nfc) || !acceptsFigureText(field, nfc) ? null : flatCopy(nfc);
        }
        if (table.size >= CELL_LIMIT) table.clear();
        table.set(text === cell ? text : flatCopy(cell), text);
      }
      lastCell = cell;
      lastText = text;
      return text;
    };
  };
  const program = idCell('program');
  const unit = idCell('unit');
  const reporter = idCell('reporter');
  const period = idCell('period');
  const indicator = idCell('indicator');
  const category = idCell('category');
  const uom = idCell('uom');
  const qualifier = idCell('qualifier');
  const statistic = idCell('statistic');
  const at = (cells: readonly string[], i: number, read: (cell: string) => CellText): CellText => (i < 0 ? '' : read(cells[i] ?? ''));
  const free = (cells: readonly string[], i: number): string => (i < 0 ? '' : (cells[i] ?? '').trim());

  return (cells: readonly string[]): Figure | undefined => {
    const u = at(cells, cols.unit, unit);
    const ind = at(cells, cols.indicator, indicator);
    if (u === null || u === '' || ind === null || ind === '') return undefined;
    const value = readValue(cells[cols.value] ?? '', viNumbers);
    if (value === undefined) return undefined;
    const prog = at(cells, cols.program, program);
    const rep = at(cells, cols.reporter, reporter);
    const per = at(cells, cols.period, period);
    const cat = at(cells, cols.category, category);
    const um = at(cells, cols.uom, uom);
    const q = at(cells, cols.qualifier, qualifier);
    const stat = at(cells, cols.statistic, statistic);
    if (prog === null || rep === null || per === null || cat === null || um === null || q === null || stat === null) return undefined;
    if (q === 'vague' && !isVagueMagnitude(value)) return undefined;
    const note = free(cells, cols.note);
    const source = free(cells, cols.source);
    // Same fields in the same order as `checkFigureRow` builds them.
    const f: MutableFigure = { unit: u, indicator: ind, value };
    if (prog !== '') f.program = prog;
    if (rep !== '') f.reporter = rep;
    if (per !== '') f.period = per;
    if (cat !== '') f.category = cat;
    if (um !== '') f.uom = um as Uom;
    if (q !== '') f.qualifier = q as Qualifier;
    if (stat !== '') f.statistic = stat as Statistic;
    if (note !== '') f.note = note;
    if (source !== '') f.source = source;
    return f;
  };
}

/** A value cell read without an issue (a non-negative number), else `undefined`. */
function readValue(cell: string, viNumbers: boolean): number | undefined {
  const len = cell.length;
  if (!viNumbers && len > 0 && len <= PLAIN_DIGITS) {
    // Plain digits, the usual cell: read them here.
    let n = 0;
    let i = 0;
    for (; i < len; i++) {
      const c = cell.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      n = n * 10 + c;
    }
    if (i === len) return n;
  }
  const text = cell.trim();
  if (text === '') return undefined;
  const n = cleanCellNumber(text, viNumbers);
  return n === undefined || n < 0 ? undefined : n;
}

/** A new flat string with the same characters, which keeps no larger string alive. */
function flatCopy(text: string): string {
  return `${text}\u0000`.slice(0, -1);
}
