import type { Figure } from '../../schema/FigureSchema';
import type { Qualifier } from '../../quantity/Qualifier';
import type { Statistic } from '../../schema/Statistic';
import type { Uom } from '../../quantity/Uom';
import { isVagueMagnitude } from '../../schema/patterns';
import { acceptsFigureText } from '../../validate/checkFigureRow';
import { hasInvisible } from './idText';
import { cleanCellNumber, type HeaderMap } from './tableRows';
import { EMPTY_KEY_PART, TOTAL_KEY_PART, type FactsOf, type IndicatorFacts, type PeriodFacts, type ProgramFacts, type RowFacts, type UnitFacts } from '../../validate/figureRules';
import type { KeyPart } from '../../validate/figureKey';

type MutableFigure = { -readonly [K in keyof Figure]: Figure[K] };

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
 *
 * Given the figure rules' `facts`, each distinct cell also keeps what the rules decide about its
 * text (catalogue entry, parsed period, key part, …), and the row's facts are written into `into`
 * for `checkWith`: the rules then make no lookup of their own for those fields.
 */
export function cleanRowReader(map: HeaderMap, viNumbers: boolean, rules?: FactsOf): (cells: readonly string[], into?: RowFacts) => Figure | undefined {
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
  /**
   * One column's cells, each decided once per distinct text: its figure text and, when the rules
   * are given, what they decide about that text (`none` for an empty or bad cell).
   */
  const idCell = <T>(field: string, decide: ((text: string) => T) | undefined, none: T): ((cell: string) => Cell<T>) => {
    const table = new Map<string, Cell<T>>();
    const empty: Cell<T> = { text: '', facts: none };
    // Neighbouring rows often repeat a cell (programme, reporter, empty cells): a string compare
    // is cheaper than hashing the cell for the table.
    let lastCell = '';
    let lastEntry = empty;
    return (cell: string): Cell<T> => {
      if (cell === lastCell) return lastEntry;
      let entry = table.get(cell);
      if (entry === undefined) {
        const trimmed = cell.trim();
        if (trimmed === '') entry = empty;
        else {
          const nfc = trimmed.normalize('NFC');
          const text = hasInvisible(nfc) || !acceptsFigureText(field, nfc) ? null : flatCopy(nfc);
          entry = { text, facts: text === null || decide === undefined ? none : decide(text) };
        }
        if (table.size >= CELL_LIMIT) table.clear();
        table.set(entry.text === cell ? cell : flatCopy(cell), entry);
      }
      lastCell = cell;
      lastEntry = entry;
      return entry;
    };
  };
  const program = idCell<ProgramFacts | undefined>('program', rules?.program, undefined);
  const unit = idCell<UnitFacts | undefined>('unit', rules?.unit, undefined);
  const reporter = idCell<KeyPart>('reporter', rules?.reporter, EMPTY_KEY_PART);
  const period = idCell<PeriodFacts | undefined>('period', rules?.period, undefined);
  const indicator = idCell<IndicatorFacts | null>('indicator', rules?.indicator, null);
  const category = idCell<KeyPart>('category', rules?.part, EMPTY_KEY_PART);
  const uom = idCell<KeyPart | undefined>('uom', rules?.part, undefined);
  const qualifier = idCell<undefined>('qualifier', undefined, undefined);
  const statistic = idCell<KeyPart>('statistic', rules?.part, TOTAL_KEY_PART);
  const at = <T>(cells: readonly string[], i: number, read: (cell: string) => Cell<T>): Cell<T> => read(i < 0 ? '' : (cells[i] ?? ''));
  const free = (cells: readonly string[], i: number): string => (i < 0 ? '' : (cells[i] ?? '').trim());

  return (cells: readonly string[], into?: RowFacts): Figure | undefined => {
    const uc = at(cells, cols.unit, unit);
    const ic = at(cells, cols.indicator, indicator);
    const u = uc.text;
    const ind = ic.text;
    if (u === null || u === '' || ind === null || ind === '') return undefined;
    const value = readValue(cells[cols.value] ?? '', viNumbers);
    if (value === undefined) return undefined;
    const pc = at(cells, cols.program, program);
    const rc = at(cells, cols.reporter, reporter);
    const dc = at(cells, cols.period, period);
    const cc = at(cells, cols.category, category);
    const mc = at(cells, cols.uom, uom);
    const q = at(cells, cols.qualifier, qualifier).text;
    const sc = at(cells, cols.statistic, statistic);
    const prog = pc.text;
    const rep = rc.text;
    const per = dc.text;
    const cat = cc.text;
    const um = mc.text;
    const stat = sc.text;
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
    if (into !== undefined && uc.facts !== undefined) {
      into.unit = uc.facts;
      into.indicator = ic.facts;
      into.program = pc.facts;
      into.reporter = rc.facts;
      into.period = dc.facts;
      into.category = cc.facts;
      into.uom = mc.facts;
      into.statistic = sc.facts;
    }
    return f;
  };
}

/** A cell's decided text (the figure's string, `''` for an empty cell, `null` when the cell has an issue) and the rules' facts about it. */
interface Cell<T> {
  readonly text: string | null;
  readonly facts: T;
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
