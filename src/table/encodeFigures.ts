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

  column(): FigureTableColumn {
    // Values are kept as given: a JavaScript caller's non-string field stays what it was, so that
    // aggregating the table and the figures gives the same result.
    return { codes: this.codes, values: this.values as string[] };
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
  const n = list.length;
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
  for (let i = 0; i < n; i++) {
    const f: unknown = list[i];
    if (f === null || typeof f !== 'object') throw new AntqError('invalid_argument', `encodeFigures: figure ${i} is not an object (${f === null ? 'null' : typeof f})`);
    const g = f as Figure;
    program.codes[i] = program.code(g.program);
    unit.codes[i] = unit.code(g.unit);
    reporter.codes[i] = reporter.code(g.reporter);
    period.codes[i] = period.code(g.period);
    indicator.codes[i] = indicator.code(g.indicator);
    category.codes[i] = category.code(g.category);
    uom.codes[i] = uom.code(g.uom);
    qualifier.codes[i] = qualifier.code(g.qualifier);
    statistic.codes[i] = statistic.code(g.statistic);
    if (note !== null && source !== null) {
      note.codes[i] = note.code(g.note);
      source.codes[i] = source.code(g.source);
    }
    const v: unknown = g.value;
    value[i] = typeof v === 'number' ? v : Number.NaN;
  }
  const table: { -readonly [K in keyof FigureTable]: FigureTable[K] } = {
    format: 'antq.table/1',
    length: n,
    program: program.column(),
    unit: unit.column(),
    reporter: reporter.column(),
    period: period.column(),
    indicator: indicator.column(),
    category: category.column(),
    uom: uom.column(),
    qualifier: qualifier.column(),
    statistic: statistic.column(),
    value,
  };
  if (note !== null && source !== null) {
    table.note = note.column();
    table.source = source.column();
  }
  markChecked(table);
  return table;
}
