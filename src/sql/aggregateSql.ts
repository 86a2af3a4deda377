import { AntqError } from '../errors/AntqError';
import { toUnitRegistry } from '../units/toUnitRegistry';
import type { AggregateResult, ExclusionReason, Exclusions } from '../engine/AggregateRow';
import type { IndicatorKind } from '../catalogue/Catalogue';
import { BUILTIN_CATALOGUE } from '../catalogue/builtinCatalogue';
import type { Catalogue } from '../catalogue/Catalogue';
import { stockLevelWalker, type StockLevelWalker } from '../engine/finalizePartial';
import { joinKey, padBucket } from '../engine/partialKeys';
import type { PartialCell, PartialObservation, PartialSums } from '../engine/PartialAggregate';
import { parsePeriod } from '../period/parsePeriod';
import type { Period } from '../period/Period';
import type { Qualifier } from '../quantity/Qualifier';
import type { Uom } from '../quantity/Uom';
import type { UnitLevel } from '../schema/UnitLevel';
import type { SqlClient } from './SqlClient';
import { compileWindowed, type SqlAggregateOptions, type UnitFacts } from './compileAggregate';
import { checkPushdown, withoutTable } from './internal/checkPushdown';
import {
  CAT_COLUMNS,
  CUT_COLUMNS,
  UNIT_COLUMNS,
  MAP_COLUMNS,
  PER_COLUMNS,
  PERS_COLUMNS,
  REP_COLUMNS,
  SPAN_COLUMNS,
  UOM_COLUMNS,
  catalogueRows,
  categoryRows,
  periodRows,
  reporterRows,
  unitRows,
  type DictSpec,
} from './internal/dictionaries';
import { bitIds, bool, eachBatch, eachRow, num, numList, numOrNull, strList, strOrNull, sumsOf } from './internal/rows';
import { quoteIdent } from './internal/quote';
import { DICT_TABLES } from './internal/sqlText';
import { QUALIFIER_OF_BIT } from './internal/qualifierBits';

/**
 * Past this many distinct units in the table, DuckDB hands each cell's units heard from over as a
 * list of unit ids instead of a bitmap. A bitmap spans every id of the unit dictionary, so each
 * group of the cells statement holds an eighth of a byte per distinct unit whatever units it has:
 * 8 KB a group at this limit (the largest first grouping of the bench's 10M figures, a
 * comparison's 17,160 groups, 140 MB), but 1.25 MB with 10M units, where 1,551 groups took DuckDB
 * past 8 GB. A list holds four bytes per figure instead, whatever the dictionary; below the limit
 * it cost more (10M figures of 10,600 to 131,072 units: 3–30% more CPU and about 450 MB more peak
 * RSS than the bitmaps; 2M figures of 864,407 units: 30% less CPU and half the RSS).
 */
const MAX_BITMAP_UNITS = 65_536;

/** More period texts than this in a window (PostgreSQL takes at most 65,535 parameters), or none, are read from the period dictionary instead. */
const MAX_WINDOW_PARAMS = 30_000;

/** The sums of no figures: the part of a rollup cell that has none (own, or children). */
const ZERO_SUMS: PartialSums = { n: 0, sum: [0, 0], lowerDelta: [0, 0], upperDelta: [0, 0], unbounded: 0, lowerExclusive: 0, upperExclusive: 0, qualifier: 'exact' };

/** The qualifier of a bit of column `qb` (the figures of a bit antq does not know are left out before). */
function qualifierOfBit(x: unknown): Qualifier {
  return QUALIFIER_OF_BIT.get(num(x)) ?? badId('qualifier bit', num(x));
}

/** A list from the database. */
function listOf(x: unknown): readonly unknown[] {
  if (!Array.isArray(x)) throw new AntqError('sql_bad_result', 'sql: expected a list from the database');
  return x as unknown[];
}

/** The ids of a text of ids separated by commas (`1,5,12`). */
function idsOfText(x: unknown): number[] {
  if (typeof x !== 'string') throw new AntqError('sql_bad_result', 'sql: expected a text of unit ids from the database');
  const ids: number[] = [];
  let id = -1;
  for (let i = 0; i <= x.length; i++) {
    const c = i < x.length ? x.charCodeAt(i) : 44;
    if (c >= 48 && c <= 57) id = (id < 0 ? 0 : id * 10) + (c - 48);
    else if (c === 44 && id >= 0) {
      ids.push(id);
      id = -1;
    } else throw new AntqError('sql_bad_result', 'sql: expected a text of unit ids from the database');
  }
  return ids;
}

/** A struct from the database, as the driver gives it: an object by field name. */
function structOf(x: unknown): Readonly<Record<string, unknown>> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new AntqError('sql_bad_result', 'sql: expected a struct from the database');
  return x as Record<string, unknown>;
}

function badId(what: string, id: number): never {
  throw new AntqError('sql_bad_result', `sql: the database gave ${what} ${id}, which antq did not make`);
}
const badSpan = (id: number): never => badId('span', id);

/** The distinct strings of a list, sorted (the list is sorted in place). */
function distinctSorted(list: string[]): string[] {
  if (list.length < 2) return list;
  list.sort();
  let n = 1;
  for (let i = 1; i < list.length; i++) if (list[i] !== list[n - 1]) list[n++] = list[i] as string;
  list.length = n;
  return list;
}

/**
 * Answers of statements that do not depend on the period window (the data's distinct values,
 * the figures read, the classes of figures left out), by statement (rows), and the unit
 * dictionary's sorted codes (by `unit codes: ` and its statement): the two sides of a comparison
 * read them once.
 */
export type SharedReads = Map<string, Promise<readonly unknown[]>>;

/** The answer kept under `key`, read the first time it is asked for. */
function once<T>(shared: SharedReads, key: string, read: () => Promise<readonly T[]>): Promise<readonly T[]> {
  let answer = shared.get(key) as Promise<readonly T[]> | undefined;
  if (answer === undefined) {
    answer = read();
    shared.set(key, answer);
  }
  return answer;
}

function readOnce(client: SqlClient, shared: SharedReads, sql: string): Promise<readonly Record<string, unknown>[]> {
  return once(shared, sql, () => client.query(sql));
}

/**
 * Aggregates the figures of a database table inside the database (DuckDB or PostgreSQL) and
 * returns the same result as `aggregate` over the same figures: flows summed, stocks at their
 * latest level at or before each bucket's end, ratios recomputed, qualifiers and bounds carried,
 * joint figures once, coverage, rollup subtotals with own and children, `asOf` restatement.
 * Only grouped rows (one per cell, and one per stock series and cell) leave the database.
 *
 * @param client - a connection (see {@link duckdbClient}, {@link pgClient}, {@link pgliteClient})
 * @param options - the options of `aggregate`, plus `table`
 * @returns the aggregation result, row for row what `aggregate` gives
 * @throws `AntqError` `invalid_argument` for bad options, `sql_not_pushable` for an
 *   option SQL cannot honour
 * @example
 * ```ts
 * import { DuckDBInstance } from '@duckdb/node-api';
 * const db = await (await DuckDBInstance.create(':memory:')).connect();
 * const client = duckdbClient(db);
 * await createFiguresTable(client);
 * await insertFigures(client, [{ unit: '42', indicator: 'marches', value: 35, period: '2023' }]);
 * const { rows } = await aggregateSql(client, { by: ['indicator'] });
 * rows[0].value;
 * // => 35
 * ```
 * @category SQL
 */
export function aggregateSql(client: SqlClient, options: SqlAggregateOptions = {}): Promise<AggregateResult> {
  return aggregateSqlShared(client, options, new Map());
}

/** {@link aggregateSql}, reading the statements that do not depend on the window through `shared`; past `maxBitmapUnits` distinct units, units heard from come as lists (tests lower it). */
export async function aggregateSqlShared(client: SqlClient, options: SqlAggregateOptions, shared: SharedReads, maxBitmapUnits = MAX_BITMAP_UNITS): Promise<AggregateResult> {
  return ((await aggregateSides(client, [options], shared, maxBitmapUnits)) as readonly AggregateResult[])[0] as AggregateResult;
}

/**
 * The two sides of a comparison (options that differ only in `period`) from one cells query and
 * one observations query, each scan of the figures answering both windows; `null` when they
 * cannot be read together exactly (PostgreSQL, whose figures left out are numbered per window,
 * or a unit dictionary that differs between the windows): the caller then reads each side alone.
 */
export async function aggregateSqlPair(client: SqlClient, a: SqlAggregateOptions, b: SqlAggregateOptions, shared: SharedReads): Promise<readonly AggregateResult[] | null> {
  if (client.dialect !== 'duckdb' || a.period === undefined || b.period === undefined) return null;
  return aggregateSides(client, [a, b], shared);
}

function windowOf(options: SqlAggregateOptions): Period | null {
  if (typeof options.period === 'string') {
    const r = parsePeriod(options.period);
    return r.ok ? r.value : null;
  }
  return options.period ?? null;
}

/** One aggregation, or two that differ only in their window and are read together (`side` 0 and 1). */
async function aggregateSides(client: SqlClient, sides: readonly SqlAggregateOptions[], shared: SharedReads, maxBitmapUnits = MAX_BITMAP_UNITS): Promise<readonly AggregateResult[] | null> {
  const distinct = async (sql: string | undefined): Promise<string[]> => (sql === undefined ? [] : (await readOnce(client, shared, sql)).map((r) => String(r['v'])));
  const options = sides[0] as SqlAggregateOptions;
  const paired = sides.length > 1;
  const specs = sides.map((o) => checkPushdown('aggregateSql', o, client.dialect));
  const compiled = compileWindowed(options, client.dialect, null, true, paired);
  const by = new Set(options.by ?? ['indicator', 'category']);
  const dicts: DictSpec[] = sides.map((o) => ({
    window: windowOf(o),
    bucketed: by.has('period'),
    granularity: options.granularity ?? 'year',
    carryForward: options.carryForward ?? true,
    byUnit: by.has('unit'),
    level: options.level ?? null,
    rollup: options.rollup ?? false,
    asOf: options.asOf ?? null,
    categoryDepth: options.categoryDepth ?? null,
  }));
  const dict = dicts[0] as DictSpec;
  const catalogue: Catalogue = options.catalogue ?? BUILTIN_CATALOGUE;

  // The unit dictionaries of a pair must be the same for both windows; checked before any table is filled.
  let units: ReturnType<typeof unitRows> | null = null;
  // Whether every distinct unit of the table is a text (each figure then falls in one span of its unit).
  let unitsAreText = true;
  const registryUnits = compiled.distinct.units !== undefined && options.units !== undefined && !compiled.dictionaries.includes(DICT_TABLES.unit);
  if (registryUnits) {
    const registry = toUnitRegistry(options.units);
    // A NULL or empty unit is no unit: its figures are left out (`invalid_text`) before any span.
    const unitValues = (await readOnce(client, shared, compiled.distinct.units)).filter((r) => r['v'] !== null && r['v'] !== undefined && r['v'] !== '');
    unitsAreText = unitValues.every((r) => typeof r['v'] === 'string');
    const codes = unitValues.map((r) => String(r['v']));
    const all = dicts.map((d) => unitRows(d, registry, codes));
    units = all[0] ?? null;
    if (paired && JSON.stringify(all[1]) !== JSON.stringify(units)) return null;
  }

  for (const stmt of compiled.setup) await client.query(stmt);
  const cat = catalogueRows(catalogue);
  await client.insertRows(DICT_TABLES.cat, CAT_COLUMNS, cat.cat);
  await client.insertRows(DICT_TABLES.uom, UOM_COLUMNS, cat.uom);
  const periodTexts = await distinct(compiled.distinct.periods);
  const perRows = dicts.map((d) => periodRows(d, periodTexts));
  await client.insertRows(DICT_TABLES.per, PER_COLUMNS, perRows[0] ?? []);
  if (paired) await client.insertRows(DICT_TABLES.pers, PERS_COLUMNS, perRows.flatMap((rows, side) => rows.map((r) => [side, ...r])));
  // With a period window the cells query takes the window's period texts as parameters (bound,
  // never spliced), so that the database tests each figure against a list before any join.
  const inWindow = options.period === undefined ? [] : [...new Set(perRows.flatMap((rows) => rows.filter((r) => r[3] === null).map((r) => r[0] as string)))];
  const cellsParams = inWindow.length > MAX_WINDOW_PARAMS ? [] : inWindow;
  if (compiled.distinct.reporters !== undefined) {
    await client.insertRows(DICT_TABLES.rep, REP_COLUMNS, reporterRows(await distinct(compiled.distinct.reporters)));
  }
  if (compiled.distinct.categories !== undefined && dict.categoryDepth !== null) {
    await client.insertRows(DICT_TABLES.cut, CUT_COLUMNS, categoryRows(await distinct(compiled.distinct.categories), dict.categoryDepth));
  }
  // The unit code of each span id (span ids are their positions).
  const spanUnits: string[] = [];
  // Whether the crosswalk has a share other than 1 (only then does the cells query need a branch for scaled figures).
  let shares = true;
  // The unit code of each unit id of the bitmaps, in code order (ids are their positions).
  let unitCodes: readonly string[] = [];
  if (compiled.dictionaries.includes(DICT_TABLES.unit)) {
    // Read a batch at a time and inserted 100,000 at a time, never kept as rows: with millions of
    // distinct units, the rows of the whole dictionary held to the end were most of the heap. The
    // codes are shared by a comparison's sides read apart (PostgreSQL), not read twice.
    const unitsSql = compiled.distinct.units;
    if (unitsSql === undefined) throw new AntqError('sql_bad_result', 'sql: a unit dictionary without its statement');
    unitCodes = await once(shared, `unit codes: ${unitsSql}`, async () => {
      const codes: string[] = [];
      for await (const r of eachRow(client, unitsSql)) codes.push(String(r['v']));
      return codes.sort();
    });
    for (let at = 0; at < unitCodes.length; at += 100_000) {
      await client.insertRows(DICT_TABLES.unit, UNIT_COLUMNS, unitCodes.slice(at, at + 100_000).map((code, i) => [code, at + i]));
    }
  } else if (units !== null) {
    for (const span of units.spans) spanUnits.push(String(span[1]));
    await client.insertRows(DICT_TABLES.span, SPAN_COLUMNS, units.spans);
    await client.insertRows(DICT_TABLES.map, MAP_COLUMNS, units.map);
    shares = units.map.some((m) => m[5] !== 1);
  }

  // PostgreSQL's autovacuum never analyzes temporary tables: without statistics the planner took
  // the dictionaries for hundreds of rows and the figures' side for the small one (at 10M figures
  // it hashed the figures into 512 batches on disk and sorted them twice to join 59 indicators).
  if (client.dialect === 'postgres') for (const name of compiled.dictionaries) await client.query(`ANALYZE pg_temp.${quoteIdent(name)}`);
  const read = num((await readOnce(client, shared, compiled.read))[0]?.['n'] ?? 0);
  const rowOffset = options.rowOffset ?? 0;
  const byReasons = sides.map(() => new Map<string, { count: number; rows: number[] }>());
  const excludedRow = (side: number, r: Readonly<Record<string, unknown>>, count: unknown): void => {
    const byReason = byReasons[side] as Map<string, { count: number; rows: number[] }>;
    const reason = String(r['why']);
    let e = byReason.get(reason);
    if (e === undefined) byReason.set(reason, (e = { count: 0, rows: [] }));
    const list = r['row_nos'];
    // PostgreSQL: one row per row number, each with the reason's whole count; DuckDB: one row per
    // reason or class of figures, whose counts add up.
    if (list === undefined) {
      e.count = num(count);
      e.rows.push(rowOffset + num(r['row_no']));
    } else {
      e.count += num(count);
      for (const n of numList(list)) e.rows.push(rowOffset + n);
    }
  };
  if (compiled.exclusions !== null && client.dialect === 'duckdb') {
    // Classes of figures: the reason before the period's, else the period's for this window
    // (flows and stocks apart), else the unit's.
    const periodReasons = perRows.map((rows) => new Map(rows.map((r) => [r[0] as string, [strOrNull(r[3]), strOrNull(r[5])] as const])));
    // The figures left out grouped before any join, once the unit dictionary is known (see `UnitFacts`).
    const facts: UnitFacts = { textUnits: unitsAreText, reasons: units?.spans.some((span) => span[5] !== null) ?? false };
    for (const r of await readOnce(client, shared, compileWindowed(options, client.dialect, null, true, paired, facts).exclusions ?? compiled.exclusions)) {
      for (let side = 0; side < sides.length; side++) {
        const before = strOrNull(r['pre']) ?? periodReasons[side]?.get(String(r['period']))?.[bool(r['stock']) ? 1 : 0] ?? null;
        // A row of figures left out for their unit's span alone: when an earlier reason applies, the other rows count them.
        if (before !== null && bool(r['span_only'])) continue;
        const why = before ?? strOrNull(r['span_why']);
        if (why !== null) excludedRow(side, { why, row_nos: r['row_nos'] }, r['n']);
      }
    }
  } else if (compiled.exclusions !== null) for (const r of await client.query(compiled.exclusions)) excludedRow(0, r, r['n']);
  const sideOf = (r: Readonly<Record<string, unknown>>): number => (paired ? num(r['side']) : 0);

  const keyOf = (r: Readonly<Record<string, unknown>>): string => {
    const bucket = numOrNull(r['bucket']);
    return joinKey([
      by.has('program') ? String(r['program']) : '',
      String(r['indicator']),
      by.has('category') ? String(r['category']) : '',
      by.has('unit') ? (strOrNull(r['version']) ?? String(r['code'])) : '',
      by.has('reporter') ? String(r['part']) : '',
      bucket === null ? '' : padBucket(bucket),
      String(r['uom']),
    ]);
  };

  // With rollup a cell comes as up to two rows, its own figures and its children's (column `own`).
  // The units heard from as codes (`heard`), or, from a bitmap, a list or a text of unit ids, as their ids in `unitCodes` (`ids`): no code is made per cell and unit.
  type Building = { -readonly [K in keyof PartialCell]: PartialCell[K] } & { heard: string[]; ids: number[] | null; mappedFrom: string[] };
  const buildingBySide = sides.map(() => new Map<string, Building>());
  const idLists = unitCodes.length > maxBitmapUnits;
  // A unit id from the database: a position in `unitCodes`, else the database gave what antq did not make.
  const unitId = (id: number): number => (Number.isInteger(id) && id >= 0 && id < unitCodes.length ? id : badId('unit', id));
  for await (const r of eachRow(client, compileWindowed(options, client.dialect, cellsParams.length || null, shares, paired, null, unitCodes.length, idLists).cells, cellsParams)) {
    // Figures left out, when the cells query counts them too: one row per reason.
    if (r['why'] !== undefined && r['why'] !== null) {
      excludedRow(0, r, r['o_n']);
      continue;
    }
    const building = buildingBySide[sideOf(r)] ?? badId('side', sideOf(r));
    const key = keyOf(r);
    const sums = sumsOf(r, 'o');
    let cell = building.get(key);
    if (cell === undefined) {
      const dims: { -readonly [K in keyof PartialCell['dims']]: string } = { indicator: String(r['indicator']) };
      if (by.has('program')) dims.program = String(r['program']);
      if (by.has('category')) dims.category = String(r['category']);
      if (by.has('unit')) dims.unit = String(r['code']);
      if (by.has('reporter')) dims.reporter = String(r['part']);
      cell = {
        key,
        dims,
        bucket: numOrNull(r['bucket']),
        indicator: String(r['indicator']),
        uom: String(r['uom']) as Uom,
        kind: String(r['kind']) as IndicatorKind,
        total: dict.rollup ? ZERO_SUMS : sums,
        units: [],
        joint: 0,
        heard: [],
        ids: null,
        mappedFrom: [],
      };
      if (dict.rollup) {
        cell.own = ZERO_SUMS;
        cell.children = ZERO_SUMS;
      }
      const level = strOrNull(r['level']);
      if (level !== null) cell.level = level as UnitLevel;
      const version = strOrNull(r['version']);
      if (version !== null) cell.version = version;
      building.set(key, cell);
    }
    if (dict.rollup) {
      if (bool(r['own'])) cell.own = cell.total = sums;
      else cell.children = sums;
    }
    cell.joint += num(r['joint_n']);
    const spans = r['unit_spans'];
    const bits = r['unit_bits'];
    // Collected with repeats and made distinct once at the end: a rollup has some 150,000 cells,
    // and a Set each was most of the garbage collector's work.
    const heard = cell.heard;
    if (spans !== undefined) for (const id of numList(spans)) heard.push(spanUnits[id] ?? badSpan(id));
    else if (bits !== undefined) {
      const ids = cell.ids ?? (cell.ids = []);
      if (bits !== null) {
        // Without `unit_min` the bitmap spans every id of `antq_q_unit` (bit `i` is id `i`).
        for (const id of bitIds(bits, r['unit_min'] === undefined ? null : num(r['unit_min']))) ids.push(unitId(id));
      }
    } else if (r['unit_ids'] !== undefined) {
      // Lists of unit ids (many units: see `MAX_BITMAP_UNITS`), an id possibly in several of a cell's groups.
      const ids = cell.ids ?? (cell.ids = []);
      const list = r['unit_ids'];
      // A figure whose unit has no id (none: every unit of the table has one) is passed over, as the bitmaps do.
      if (list !== null) {
        for (const x of listOf(list)) if (x !== null) ids.push(unitId(num(x)));
      }
    } else if (r['unit_id_text'] !== undefined) {
      // PostgreSQL: the distinct ids as one text (`3,17,242`); NULL when the cell's row has none.
      const ids = cell.ids ?? (cell.ids = []);
      const text = r['unit_id_text'];
      if (text !== null) for (const id of idsOfText(text)) ids.push(unitId(id));
    } else if (r['units'] !== undefined) for (const u of strList(r['units'])) heard.push(u);
    else heard.push(String(r['code']));
    for (const u of strList(r['mapped_from'])) cell.mappedFrom.push(u);
  }
  const walkers = sides.map((sideOptions, side) => {
    const byReason = byReasons[side] as Map<string, { count: number; rows: number[] }>;
    const excluded: { [R in ExclusionReason]?: { count: number; rows: number[] } } = {};
    let dropped = 0;
    for (const reason of [...byReason.keys()].sort()) {
      const e = byReason.get(reason) as { count: number; rows: number[] };
      // The first 20 row numbers (several classes of figures may give some of one reason).
      excluded[reason as ExclusionReason] = { count: e.count, rows: e.rows.sort((x, y) => x - y).slice(0, 20) };
      dropped += e.count;
    }
    const cells: (PartialCell & { readonly ids: number[] | null })[] = [];
    for (const { heard, mappedFrom, ...cell } of (buildingBySide[side] as Map<string, Building>).values()) {
      cell.units = distinctSorted(heard);
      if (mappedFrom.length > 0) cell.restatedFrom = distinctSorted(mappedFrom);
      cells.push(cell);
    }
    // The cells being built are no longer needed once taken (nor, below, the partial's cells
    // once the walker has made its own): neither is held while the stock levels stream.
    (buildingBySide[side] as Map<string, Building>).clear();
    cells.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    const exclusions: Exclusions = excluded;
    const walker = stockLevelWalker(
      { format: 'antq.partial/1', spec: specs[side] as (typeof specs)[number], read, used: read - dropped, excluded: exclusions, cells },
      withoutTable(sideOptions),
      unitCodes,
      cells.map((c) => c.ids),
    );
    cells.length = 0;
    return walker;
  });
  if (compiled.observations !== null) {
    // One level object, refilled for each row: the walker copies a level's fields into its
    // series' columns and keeps neither the object nor, past its group, the series' name (the
    // group's map of names to numbers holds the first name made of each series).
    const level: { -readonly [K in keyof PartialObservation]-?: PartialObservation[K] } = { series: '', unit: '', day: 0, value: 0, qualifier: 'exact', own: true, until: 0 };
    // `until` is always set (the largest safe integer when open, which the engine reads the same as none).
    const observation = (unit: string, category: string, reporter: string, program: string, day: number | null, value: number, qualifier: Qualifier, own: boolean, until: number | null): PartialObservation => {
      level.series = joinKey([unit, category, reporter, program]);
      level.unit = unit;
      level.day = day ?? Number.MIN_SAFE_INTEGER;
      level.value = value;
      level.qualifier = qualifier;
      level.own = own;
      level.until = until ?? Number.MAX_SAFE_INTEGER;
      return level;
    };
    // The levels come ordered by stock series group, so each group is walked once its levels are
    // in and then dropped: the levels of one group at a time are held, not every level.
    // A cell's keys come on its first row only (see `CompiledAggregate.observations`): the cell
    // of the rows after it, and its category and programme, are kept from that row.
    let cellKey = '';
    let cellWalker: StockLevelWalker | null = null;
    let cellCategory = '';
    let cellProgram = '';
    // A batch at a time, each walked here: no promise per level.
    for await (const batch of eachBatch(client, compiled.observations)) {
      for (const r of batch) {
        // DuckDB: the keys as one struct; PostgreSQL: as columns of the row, `s_first` set.
        const first = r['s_first'];
        const cell = first === undefined ? r['s_cell'] : first === null ? null : r;
        if (cell !== null) {
          const keys = structOf(cell);
          cellKey = keyOf(keys);
          cellWalker = walkers[sideOf(keys)] ?? badId('side', sideOf(keys));
          cellCategory = String(keys['category']);
          cellProgram = String(keys['program']);
        }
        if (cellWalker === null) throw new AntqError('sql_bad_result', 'sql: the database gave a stock level before its cell');
        const unit = 's_uid' in r ? (unitCodes[num(r['s_uid'])] ?? badId('unit', num(r['s_uid']))) : String(r['s_unit']);
        cellWalker.add(
          cellKey,
          observation(
            unit,
            's_category' in r ? (strOrNull(r['s_category']) ?? '') : cellCategory,
            strOrNull(r['s_reporter']) ?? '',
            's_program' in r ? (strOrNull(r['s_program']) ?? '') : cellProgram,
            numOrNull(r['s_day']),
            num(r['s_v']),
            qualifierOfBit(r['s_qb']),
            's_own' in r ? bool(r['s_own']) : true,
            's_until' in r ? numOrNull(r['s_until']) : null,
          ),
        );
      }
    }
  }

  return walkers.map((w) => w.finish());
}
