import type { Figure } from '../../schema/FigureSchema';
import type { Qualifier } from '../../quantity/Qualifier';
import type { Statistic } from '../../schema/Statistic';
import type { Uom } from '../../quantity/Uom';
import { isVagueMagnitude } from '../../schema/patterns';
import { acceptsFigureText, figureOf, type FigureParts } from '../../validate/checkFigureRow';
import { hasInvisible } from './idText';
import { cleanCellNumber, type HeaderMap } from './tableRows';
import { EMPTY_KEY_PART, TOTAL_KEY_PART, type FactsOf, type IndicatorFacts, type PeriodFacts, type ProgramFacts, type RowFacts, type UnitFacts } from '../../validate/figureRules';
import type { KeyPart } from '../../validate/figureKey';

/** Distinct cell texts remembered per column before its table is cleared: memory stays bounded. */
const CELL_LIMIT = 16_384;
/**
 * New texts a column decides without remembering them after a table filled with texts met once
 * (fewer than one hit in {@link FEW_HITS} entries: a unit code per row). Kept across a
 * collection or two, such cells were promoted to the old generation to die there, and the heap
 * grew fourfold between full collections; then the column tries its table again.
 */
const SKIP_CELLS = 7 * CELL_LIMIT;
const FEW_HITS = 8;
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
  const rows = cleanRows(map, viNumbers, rules);
  return (cells: readonly string[], into?: RowFacts): Figure | undefined => {
    const row = rows.read(cells, into);
    return row === undefined ? undefined : figureOf(row);
  };
}

/**
 * A clean row, as {@link cleanRows} reads it: one object reused from row to row (absent fields are
 * present and `undefined`, so every row has the same shape), and the decided cells of the key
 * columns in `FIGURE_TABLE_KEYS` order, for a reader that codes them into a figure table.
 */
export interface CleanRow extends FigureParts {
  readonly keys: KeyCell[];
}

/** A decided cell of a key column, with the code a table builder gave its text in its current batch. */
export interface KeyCell {
  /** The figure's string; `''` for an empty cell. */
  readonly text: string | null;
  /** The batch the code belongs to (-1: none yet). */
  stamp: number;
  code: number;
}

/**
 * The clean-row reader of {@link cleanRowReader} without a figure object per row: `read` fills
 * one reused {@link CleanRow} (or returns `undefined` for a row that must go the general way).
 */
export function cleanRows(map: HeaderMap, viNumbers: boolean, rules?: FactsOf): CleanRows {
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
  const program = new CellColumn<ProgramFacts | undefined>('program', cols.program, rules?.program, undefined);
  const unit = new CellColumn<UnitFacts | undefined>('unit', cols.unit, rules?.unit, undefined);
  const reporter = new CellColumn<KeyPart>('reporter', cols.reporter, rules?.reporter, EMPTY_KEY_PART);
  const period = new CellColumn<PeriodFacts | undefined>('period', cols.period, rules?.period, undefined);
  const indicator = new CellColumn<IndicatorFacts | null>('indicator', cols.indicator, rules?.indicator, null);
  const category = new CellColumn<KeyPart>('category', cols.category, rules?.part, EMPTY_KEY_PART);
  const uom = new CellColumn<KeyPart | undefined>('uom', cols.uom, rules?.part, undefined);
  const qualifier = new CellColumn<undefined>('qualifier', cols.qualifier, undefined, undefined);
  const statistic = new CellColumn<KeyPart>('statistic', cols.statistic, rules?.part, TOTAL_KEY_PART);
  const free = (cells: readonly string[], i: number): string => (i < 0 ? '' : (cells[i] ?? '').trim());
  const absent = (text: string | null): string | undefined => (text === '' || text === null ? undefined : text);
  const none: KeyCell = { text: '', stamp: -1, code: -1 };
  const row: CleanRow = { unit: '', indicator: '', value: 0, program: undefined, reporter: undefined, period: undefined, category: undefined, uom: undefined, qualifier: undefined, statistic: undefined, note: undefined, source: undefined, keys: [none, none, none, none, none, none, none, none, none] };
  const keys = row.keys;

  const columns: readonly CellColumn<unknown>[] = [program, unit, reporter, period, indicator, category, uom, qualifier, statistic];

  /** Fills the reused row from its decided key cells (in `FIGURE_TABLE_KEYS` order) and value. */
  const fill = (pc: Cell<ProgramFacts | undefined>, uc: Cell<UnitFacts | undefined>, rc: Cell<KeyPart>, dc: Cell<PeriodFacts | undefined>, ic: Cell<IndicatorFacts | null>, cc: Cell<KeyPart>, mc: Cell<KeyPart | undefined>, qc: Cell<undefined>, sc: Cell<KeyPart>, value: number, note: string | undefined, source: string | undefined, into: RowFacts | undefined): CleanRow => {
    row.unit = uc.text as string;
    row.indicator = ic.text as string;
    row.value = value;
    row.program = absent(pc.text);
    row.reporter = absent(rc.text);
    row.period = absent(dc.text);
    row.category = absent(cc.text);
    row.uom = absent(mc.text) as Uom | undefined;
    row.qualifier = absent(qc.text) as Qualifier | undefined;
    row.statistic = absent(sc.text) as Statistic | undefined;
    row.note = note;
    row.source = source;
    keys[0] = pc;
    keys[1] = uc;
    keys[2] = rc;
    keys[3] = dc;
    keys[4] = ic;
    keys[5] = cc;
    keys[6] = mc;
    keys[7] = qc;
    keys[8] = sc;
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
    return row;
  };

  const read = (cells: readonly string[], into?: RowFacts): CleanRow | undefined => {
    const uc = unit.of(cells);
    const ic = indicator.of(cells);
    if (!named(uc, ic)) return undefined;
    const value = readValue(cells[cols.value] ?? '', viNumbers);
    if (value === undefined) return undefined;
    const pc = program.of(cells);
    const rc = reporter.of(cells);
    const dc = period.of(cells);
    const cc = category.of(cells);
    const mc = uom.of(cells);
    const qc = qualifier.of(cells);
    const sc = statistic.of(cells);
    if (!cleanRest(pc, rc, dc, cc, mc, qc, sc, value)) return undefined;
    return fill(pc, uc, rc, dc, ic, cc, mc, qc, sc, value, absent(free(cells, cols.note)), absent(free(cells, cols.source)), into);
  };

  /**
   * The decided cell of key column `k` (`FIGURE_TABLE_KEYS` order) for a text that a reader of
   * the same header decided already (in this or another thread; `''` for an empty cell), with the
   * rules' facts: deciding a decided text again gives the same text, so it is found in (or added
   * to) the column's table like a cell.
   */
  const decided = (k: number, text: string): DecidedCell => {
    const column = columns[k];
    if (column === undefined) throw new RangeError(`cleanRows: no key column ${k}`);
    return column.decided(text);
  };
  /** The row of decided key cells (from `decided`, in key order) and a value, as `read` fills it from the cells; no note or source. */
  const readCells = (c: readonly DecidedCell[], value: number, into?: RowFacts): CleanRow =>
    fill(c[0] as Cell<ProgramFacts | undefined>, c[1] as Cell<UnitFacts | undefined>, c[2] as Cell<KeyPart>, c[3] as Cell<PeriodFacts | undefined>, c[4] as Cell<IndicatorFacts | null>, c[5] as Cell<KeyPart>, c[6] as Cell<KeyPart | undefined>, c[7] as Cell<undefined>, c[8] as Cell<KeyPart>, value, undefined, undefined, into);
  const clean = (c: readonly DecidedCell[], value: number | undefined): boolean =>
    named(c[1] as KeyCell, c[4] as KeyCell) && value !== undefined && cleanRest(c[0] as KeyCell, c[2] as KeyCell, c[3] as KeyCell, c[5] as KeyCell, c[6] as KeyCell, c[7] as KeyCell, c[8] as KeyCell, value);
  return { read, decided, readCells, clean, viNumbers };
}

/** A clean row's unit and indicator cells: each a text without an issue, not empty. */
function named(unit: KeyCell, indicator: KeyCell): boolean {
  const u = unit.text;
  const ind = indicator.text;
  return !(u === null || u === '' || ind === null || ind === '');
}

/** A clean row's other key cells (each without an issue) and value (a vague qualifier only on a vague magnitude). */
function cleanRest(pc: KeyCell, rc: KeyCell, dc: KeyCell, cc: KeyCell, mc: KeyCell, qc: KeyCell, sc: KeyCell, value: number): boolean {
  if (pc.text === null || rc.text === null || dc.text === null || cc.text === null || mc.text === null || qc.text === null || sc.text === null) return false;
  return !(qc.text === 'vague' && !isVagueMagnitude(value));
}

/** A key cell decided by {@link cleanRows}, with the rules' facts about its text. */
export type DecidedCell = KeyCell & { readonly facts: unknown };

/** The reader of {@link cleanRows}. */
export interface CleanRows {
  /** The clean row of a record's cells, or `undefined` when the row must go the general way for its issues. */
  read(cells: readonly string[], into?: RowFacts): CleanRow | undefined;
  decided(k: number, text: string): DecidedCell;
  readCells(cells: readonly DecidedCell[], value: number, into?: RowFacts): CleanRow;
  /**
   * Whether `read` takes a row whose key cells decide as `cells` (from `decided`, in key order)
   * and whose value cell reads as `value` (from {@link readValue}; `undefined` when it has an issue).
   */
  clean(cells: readonly DecidedCell[], value: number | undefined): boolean;
  /** Whether values are read with Vietnamese separators (see {@link readValue}). */
  readonly viNumbers: boolean;
}


/**
 * One column's cells, each decided once per distinct text: its figure text and, when the rules
 * are given, what they decide about that text (`none` for an empty or bad cell). A class, so that
 * every column's lookup is one monomorphic call, and the usual hit (the cell of the row before)
 * is a small method apart from the miss.
 */
class CellColumn<T> {
  private readonly table = new Map<string, Cell<T>>();
  private readonly empty: Cell<T>;
  // Neighbouring rows often repeat a cell (programme, reporter, empty cells): a string compare
  // is cheaper than hashing the cell for the table.
  private lastCell = '';
  private lastEntry: Cell<T>;
  /** Texts found in the table since it was last cleared (counted up to {@link CELL_LIMIT}). */
  private hits = 0;
  /** New texts still to decide without remembering them (see {@link SKIP_CELLS}). */
  private skip = 0;

  constructor(
    private readonly field: string,
    private readonly index: number,
    private readonly decide: ((text: string) => T) | undefined,
    private readonly none: T,
  ) {
    this.empty = { text: '', facts: none, stamp: -1, code: -1 };
    this.lastEntry = this.empty;
  }

  /** The cell of a text this column's reader decided already (in this or another thread). */
  decided(text: string): Cell<T> {
    return text === this.lastCell ? this.lastEntry : this.find(text);
  }

  /** The decided cell of this column in a row's cells. */
  of(cells: readonly string[]): Cell<T> {
    const cell = this.index < 0 ? '' : (cells[this.index] ?? '');
    return cell === this.lastCell ? this.lastEntry : this.find(cell);
  }

  private find(cell: string): Cell<T> {
    let entry = this.skip > 0 ? undefined : this.table.get(cell);
    if (entry === undefined) {
      const trimmed = cell.trim();
      if (trimmed === '') entry = this.empty;
      else {
        const nfc = trimmed.normalize('NFC');
        const text = hasInvisible(nfc) || !acceptsFigureText(this.field, nfc) ? null : flatCopy(nfc);
        entry = { text, facts: text === null || this.decide === undefined ? this.none : this.decide(text), stamp: -1, code: -1 };
      }
      if (this.skip > 0) this.skip--;
      else {
        if (this.table.size >= CELL_LIMIT) {
          if (this.hits * FEW_HITS < CELL_LIMIT) this.skip = SKIP_CELLS;
          this.table.clear();
          this.hits = 0;
        }
        if (this.skip === 0) this.table.set(entry.text === cell ? cell : flatCopy(cell), entry);
      }
    } else if (this.hits < CELL_LIMIT) this.hits++;
    this.lastCell = cell;
    this.lastEntry = entry;
    return entry;
  }
}

/** A cell's decided text (the figure's string, `''` for an empty cell, `null` when the cell has an issue) and the rules' facts about it. */
interface Cell<T> extends KeyCell {
  readonly facts: T;
}

/** A value cell read without an issue (a non-negative number), else `undefined`. */
export function readValue(cell: string, viNumbers: boolean): number | undefined {
  // Plain digits, the usual cell: read them here.
  const n = viNumbers ? -1 : plainDigits(cell, 0, cell.length);
  if (n >= 0) return n;
  const text = cell.trim();
  if (text === '') return undefined;
  const v = cleanCellNumber(text, viNumbers);
  return v === undefined || v < 0 ? undefined : v;
}

/**
 * The value of a cell of 1 to {@link PLAIN_DIGITS} ASCII digits and nothing else, `cell[start,
 * end)` (a text's characters or a segment's bytes); -1 for any other cell, which goes the general
 * number path. The one copy of this rule, for texts and for bytes.
 */
export function plainDigits(cell: string | Uint8Array, start: number, end: number): number {
  const len = end - start;
  if (len <= 0 || len > PLAIN_DIGITS) return -1;
  let n = 0;
  // Two loops, one per kind of cell: the kind is tested once, not per character.
  if (typeof cell === 'string') {
    for (let i = start; i < end; i++) {
      const c = cell.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return -1;
      n = n * 10 + c;
    }
    return n;
  }
  for (let i = start; i < end; i++) {
    const c = (cell[i] as number) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** A new flat string with the same characters, which keeps no larger string alive. */
function flatCopy(text: string): string {
  return `${text}\u0000`.slice(0, -1);
}
