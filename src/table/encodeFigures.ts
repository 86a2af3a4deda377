import { AntqError } from '../errors/AntqError';
import type { Figure } from '../schema/FigureSchema';
import type { FigureTable, FigureTableColumn } from './FigureTable';
import { markChecked } from './checkFigureTable';

/**
 * Options of {@link encodeFigures}.
 *
 * @category Figure tables
 */
export interface EncodeFiguresOptions {
  /** Keep notes and sources in the table (`note`, `source`). Default `false`: they are dropped. */
  readonly text?: boolean;
}

/** Builds one dictionary column; runs of one value (a commune's rows together) skip the lookup. */
class ColumnBuilder {
  readonly codes: Int32Array;
  readonly values: unknown[] = [];
  private readonly index = new Map<unknown, number>();
  private last: unknown = undefined;
  private lastCode = -1;

  constructor(n: number) {
    this.codes = new Int32Array(n);
  }

  code(v: unknown): number {
    if (v === this.last) return this.lastCode;
    let c: number;
    if (v === undefined) c = -1;
    else {
      const hit = this.index.get(v);
      if (hit === undefined) {
        c = this.values.length;
        this.index.set(v, c);
        this.values.push(v);
      } else c = hit;
    }
    this.last = v;
    this.lastCode = c;
    return c;
  }

  /** The column of the first `end` figures (all of them by default). */
  column(end = this.codes.length): FigureTableColumn {
    // Values are kept as given: a JavaScript caller's non-string field stays what it was, so that
    // aggregating the table and the figures gives the same result.
    return { codes: end === this.codes.length ? this.codes : this.codes.subarray(0, end), values: this.values as string[] };
  }
}

/**
 * Encodes figures into a {@link FigureTable}: each key field dictionary-encoded into integer codes,
 * the values into a `Float64Array`. Build it once and aggregate it many times (`aggregate(table,
 * options)`): the figures are not read again. The figures are not checked here (aggregation
 * excludes bad ones with a reason, as it does for plain figures) and never modified.
 *
 * @param figures - an array or any iterable of figures
 * @param options - whether to keep notes and sources
 * @returns the table, in the figures' order
 * @throws {@link AntqError} `invalid_argument` when `figures` is not iterable or an entry is not an object
 * @example
 * ```ts
 * const table = encodeFigures([
 *   { unit: '42', indicator: 'marches', value: 20, period: '2014' },
 *   { unit: '42', indicator: 'marches', value: 15, period: '2015', qualifier: 'over' },
 * ]);
 * const byYear = aggregate(table, { by: ['indicator', 'period'] });
 * const total = aggregate(table, { by: ['indicator'] });
 * [byYear.rows.length, total.rows[0].value];
 * // => [2, 35]
 * ```
 * @category Figure tables
 */
export function encodeFigures(figures: Iterable<Figure>, options: EncodeFiguresOptions = {}): FigureTable {
  const given: unknown = figures;
  if (given === null || typeof given !== 'object' || typeof (given as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    throw new AntqError('invalid_argument', `encodeFigures: figures must be an array or an iterable of figures; got ${given === null ? 'null' : typeof given}`);
  }
  const opts: unknown = options;
  if (opts === null || typeof opts !== 'object') throw new AntqError('invalid_argument', 'encodeFigures: options must be an object');
  const text = options.text ?? false;
  if (typeof text !== 'boolean') throw new AntqError('invalid_argument', 'encodeFigures: text must be a boolean');
  const list: readonly Figure[] = Array.isArray(figures) ? (figures as readonly Figure[]) : [...figures];
  return encodeColumns('encodeFigures', list, text, NOTHING, 0, list.length);
}

/** Figures between two looks at the dictionaries' size (see {@link encodeColumns}). */
const CHECK_EVERY = 4096;

const NOTHING: ReadonlySet<'program' | 'reporter' | 'category' | 'statistic'> = new Set();

/**
 * The encoder, for the library: figures `from` to `to` of `list` (position 0 in the table is
 * `from`). `skip` names key columns left out (every code -1, no values), for a caller that reads
 * those fields from the figures themselves when it needs them. With `most`, the table stops early
 * (at a multiple of {@link CHECK_EVERY} figures) once its dictionaries hold more than `most`
 * values together, so that many distinct values (units) do not make one large table: the caller
 * reads the table's `length` and goes on from there.
 */
export function encodeColumns(fn: string, list: readonly Figure[], text: boolean, skip: ReadonlySet<'program' | 'reporter' | 'category' | 'statistic'>, from: number, to: number, most = Infinity): FigureTable {
  const n = to - from;
  const program = new ColumnBuilder(n);
  const unit = new ColumnBuilder(n);
  const reporter = new ColumnBuilder(n);
  const period = new ColumnBuilder(n);
  const indicator = new ColumnBuilder(n);
  const category = new ColumnBuilder(n);
  const uom = new ColumnBuilder(n);
  const qualifier = new ColumnBuilder(n);
  const statistic = new ColumnBuilder(n);
  const note = text ? new ColumnBuilder(n) : null;
  const source = text ? new ColumnBuilder(n) : null;
  const value = new Float64Array(n);
  const withProgram = !skip.has('program');
  const withReporter = !skip.has('reporter');
  const withCategory = !skip.has('category');
  const withStatistic = !skip.has('statistic');
  if (!withProgram) program.codes.fill(-1);
  if (!withReporter) reporter.codes.fill(-1);
  if (!withCategory) category.codes.fill(-1);
  if (!withStatistic) statistic.codes.fill(-1);
  const builders = [program, unit, reporter, period, indicator, category, uom, qualifier, statistic];
  let end = n;
  for (let i = 0; i < n; i++) {
    if (i % CHECK_EVERY === 0 && i > 0 && most !== Infinity && builders.reduce((sum, b) => sum + b.values.length, 0) > most) {
      end = i;
      break;
    }
    const f: unknown = list[from + i];
    if (f === null || typeof f !== 'object') throw new AntqError('invalid_argument', `${fn}: figure ${from + i} is not an object (${f === null ? 'null' : typeof f})`);
    const g = f as Figure;
    if (withProgram) program.codes[i] = program.code(g.program);
    unit.codes[i] = unit.code(g.unit);
    if (withReporter) reporter.codes[i] = reporter.code(g.reporter);
    period.codes[i] = period.code(g.period);
    indicator.codes[i] = indicator.code(g.indicator);
    if (withCategory) category.codes[i] = category.code(g.category);
    uom.codes[i] = uom.code(g.uom);
    qualifier.codes[i] = qualifier.code(g.qualifier);
    if (withStatistic) statistic.codes[i] = statistic.code(g.statistic);
    if (note !== null && source !== null) {
      note.codes[i] = note.code(g.note);
      source.codes[i] = source.code(g.source);
    }
    const v: unknown = g.value;
    value[i] = typeof v === 'number' ? v : Number.NaN;
  }
  const table: { -readonly [K in keyof FigureTable]: FigureTable[K] } = {
    format: 'antq.table/1',
    length: end,
    program: program.column(end),
    unit: unit.column(end),
    reporter: reporter.column(end),
    period: period.column(end),
    indicator: indicator.column(end),
    category: category.column(end),
    uom: uom.column(end),
    qualifier: qualifier.column(end),
    statistic: statistic.column(end),
    value: end === n ? value : value.subarray(0, end),
  };
  if (note !== null && source !== null) {
    table.note = note.column(end);
    table.source = source.column(end);
  }
  markChecked(table);
  return table;
}
