import { BUILTIN_CATALOGUE } from '../catalogue/builtinCatalogue';
import type { Catalogue } from '../catalogue/Catalogue';
import type { AggregateOptions } from '../engine/AggregateOptions';
import { GROUP_DIMENSIONS, type GroupDimension } from '../engine/GroupDimension';
import { QUALIFIERS, type Qualifier } from '../quantity/Qualifier';
import type { SqlDialect } from './SqlClient';
import { checkPushdown } from './internal/checkPushdown';
import { QUALIFIER_BIT as BIT } from './internal/qualifierBits';
import { quoteIdent } from './internal/quote';
import { NO_DAY } from './internal/dictionaries';
import { binary, DICT_TABLES, dictDdl, distinctList, lit, plainList, type DictName } from './internal/sqlText';

/**
 * Options of the SQL aggregation: the same as {@link AggregateOptions}, plus the figures table.
 *
 * @category SQL
 */
export interface SqlAggregateOptions extends AggregateOptions {
  /** The figures table (see {@link figuresTableDdl}). Default `antq_figures`. */
  readonly table?: string;
}

/**
 * The SQL of one aggregation: the dictionary tables it joins, the queries that fill them from
 * the data's distinct values, and the queries whose grouped rows antq finishes (carrying stock
 * levels forward, recomputing ratios, counting coverage) into the same rows as `aggregate`.
 *
 * @category SQL
 */
export interface CompiledAggregate {
  /** The dialect the statements are written in. */
  readonly dialect: SqlDialect;
  /** The dictionary tables the queries join (temporary tables of the session). */
  readonly dictionaries: readonly string[];
  /** Statements that create the dictionary tables, empty. */
  readonly setup: readonly string[];
  /** Distinct values of the figures table that the dictionaries are built from. */
  readonly distinct: { readonly periods: string; readonly units?: string; readonly reporters?: string; readonly categories?: string };
  /** Figures read. */
  readonly read: string;
  /** One row per cell (with rollup: one for its own figures and one for its children's, column `own`): its keys, flow sums, units heard from, joint figures. The units heard from are `units` (codes); with a units registry `unit_spans`, the ids of their spans in `antq_q_span` (numbers travel faster than codes); grouped by unit without a registry, none (the cell's own code); in DuckDB otherwise `unit_bits`, a bitmap over the ids of `antq_q_unit` whose first set bit is id `unit_min` (compiled knowing how many ids there are, no `unit_min`: bit `i` is id `i`), or, with very many ids, `unit_ids`, a list of them; in PostgreSQL otherwise `unit_id_text`, the distinct ids of `antq_q_unit` as one text, separated by commas. */
  readonly cells: string;
  /** Stocks: the latest observation of each series in each cell (`null` when the catalogue has no stocks), ordered by stock series group (the cell's keys but its bucket; a group's rows together), then bucket. One row per series and cell, a cell's rows together and its keys only on the first (DuckDB: struct `s_cell`, NULL on the others; PostgreSQL: `s_first` 1 and the key columns, all NULL on the others), the series in columns: `s_uid` (id of `antq_q_unit`) with DuckDB's bitmap of units, else `s_unit`; `s_category` (unless the category is a key and not cut), `s_reporter`, `s_program` (unless the program is a key), an empty text as NULL; `s_day`, `s_v`, `s_qb`; with a units registry `s_own` and `s_until`. */
  readonly observations: string | null;
  /** Figures left out: in DuckDB every figure grouped by what decides it, except the window (`pre`, the reason before the period's; `period`; `stock`; `span_why`, the unit's reason), with count `n` and first row numbers `row_nos`, the period's reason taken from `antq_q_per` by antq (compiled knowing the units, rows with `span_only` true count only where neither `pre` nor the period's reason applies); in PostgreSQL one row per row number left out (`why`, `row_no`, `n`). `null` when the cells query gives them: its rows with a reason `why` (keys null, count `o_n`, first row numbers `row_nos`). */
  readonly exclusions: string | null;
}

/**
 * What antq knows of the data's units once it has read them and built the unit dictionary:
 * whether every distinct unit of the table is a text (no NULL, no number: each figure then falls
 * in one span of its unit), and whether some span has a reason to leave its figures out.
 */
export interface UnitFacts {
  readonly textUnits: boolean;
  readonly reasons: boolean;
}

/** The first row numbers (at most 20) of a group's figures that meet `filter`, as a list. */
function firstRows(dialect: SqlDialect, filter: string): string {
  return dialect === 'duckdb' ? `min(row_no, 20) FILTER (WHERE ${filter})` : `(array_agg(row_no ORDER BY row_no) FILTER (WHERE ${filter}))[1:20]`;
}

/** The grouping keys of a cell (after `side` when two windows are read together), in the order of `GROUP_DIMENSIONS`, then bucket and unit of measure. */
function keyColumns(by: ReadonlySet<GroupDimension>, sides: boolean): string[] {
  const keys: string[] = sides ? ['side'] : [];
  if (by.has('program')) keys.push('program');
  keys.push('indicator');
  if (by.has('category')) keys.push('category');
  if (by.has('unit')) keys.push('code', 'version', 'level');
  if (by.has('reporter')) keys.push('part');
  keys.push('bucket', 'uom', 'kind');
  return keys;
}

/** Integer part and rounded millionths of a term never negative (`sign` 1) or never positive (`sign` -1), as the engine splits every figure's value. */
function micro(e: string, sign: 1 | -1): string {
  const x = `((${e}) - trunc(${e})) * CAST(1000000 AS DOUBLE PRECISION)`;
  // The engine rounds half away from zero; with the sign known, one branch of it does.
  return sign === 1 ? `floor(${x} + 0.5)` : `(-floor(-(${x}) + 0.5))`;
}

/** The additive terms of one figure (value `v`, qualifier `q`) that the engine keeps per cell. */
const TERMS = ['n', 'si', 'sm', 'li', 'lm', 'ui', 'um', 'unb', 'lx', 'ux'] as const;

/** Qualifiers' bits as an SQL list, and a qualifier text's bit in column `qb` (0 for a text antq does not know). */
const bits = (...qs: Qualifier[]): string => qs.map((q) => String(BIT[q])).join(', ');
const qualifierBit = (q: string): string => `(CASE ${q} ${QUALIFIERS.map((x) => `WHEN ${lit(x)} THEN ${BIT[x]}`).join(' ')} ELSE 0 END)`;

/**
 * The per-figure terms summed over a group (`v` never negative; the qualifier's bit in column
 * `qb`): every sum as a double, exact for these integer-valued terms and cheap to hand to
 * JavaScript (DuckDB's 128-bit integer sums are slow to convert). The bound terms of inexact
 * figures are summed only where the bit says so, so an exact figure (most are) costs three sums
 * and no string comparison. Sums of sums are the same numbers, so groups can be summed again.
 */
function termSums(v: string, prefix = ''): string[] {
  // A CASE rather than a FILTER: the database computes the term only for the figures it is for.
  const sum = (e: string, on: string): string => `COALESCE(CAST(sum(CASE WHEN qb IN (${on}) THEN ${e} END) AS DOUBLE PRECISION), 0)`;
  const count = (on: string): string => `CAST(count(*) FILTER (WHERE qb IN (${on})) AS DOUBLE PRECISION)`;
  const tenth = `((-(${v})) / CAST(10 AS DOUBLE PRECISION))`;
  const up = `((${v}) / CAST(10 AS DOUBLE PRECISION))`;
  const neg = `(-(${v}))`;
  const under = `qb = ${BIT.under}`;
  const lower = bits('nearly', 'about', 'under');
  return [
    `CAST(count(*) AS DOUBLE PRECISION) AS ${prefix}n`,
    `CAST(sum(trunc(${v})) AS DOUBLE PRECISION) AS ${prefix}si`,
    `CAST(sum(${micro(v, 1)}) AS DOUBLE PRECISION) AS ${prefix}sm`,
    `${sum(`CASE WHEN ${under} THEN trunc${neg} ELSE trunc${tenth} END`, lower)} AS ${prefix}li`,
    `${sum(`CASE WHEN ${under} THEN ${micro(neg, -1)} ELSE ${micro(tenth, -1)} END`, lower)} AS ${prefix}lm`,
    `${sum(`trunc${up}`, bits('about'))} AS ${prefix}ui`,
    `${sum(micro(up, 1), bits('about'))} AS ${prefix}um`,
    `${count(bits('over', 'at_least', 'vague'))} AS ${prefix}unb`,
    `${count(bits('over'))} AS ${prefix}lx`,
    `${count(bits('nearly', 'under'))} AS ${prefix}ux`,
    prefix === '' ? 'bit_or(qb) AS qb' : `CAST(bit_or(qb) AS DOUBLE PRECISION) AS ${prefix}q`,
  ];
}

/** The grouped terms of a cell, summed again from the groups of its source units. */
function partSums(prefix: string): string[] {
  return [...TERMS.map((k) => `CAST(sum(${k}) AS DOUBLE PRECISION) AS ${prefix}_${k}`), `CAST(bit_or(qb) AS DOUBLE PRECISION) AS ${prefix}_q`];
}

/**
 * Compiles the options of `aggregate` into SQL for DuckDB or PostgreSQL. Every calendar, unit
 * history and reporter rule stays antq's own: the queries join small dictionary tables that
 * antq fills from the data's distinct values; SQL does the work that grows with the data (the
 * scan, the joins, the grouped sums and the latest stock level per series), and the grouped rows
 * are finished by `finalizePartial`. {@link aggregateSql} runs it all.
 *
 * @param options - the same options as `aggregate`, plus `table`
 * @param dialect - `duckdb` or `postgres`
 * @returns the statements
 * @throws `AntqError` `invalid_argument` for options `aggregate` rejects too, and
 *   `sql_not_pushable` for an option the SQL engine cannot honour
 * @example
 * ```ts
 * const sql = compileAggregate({ by: ['indicator', 'unit'], period: '2023' }, 'duckdb');
 * sql.cells.includes('GROUP BY');
 * // => true
 * ```
 * @category SQL
 */
export function compileAggregate(options: SqlAggregateOptions, dialect: SqlDialect): CompiledAggregate {
  return compileWindowed(options, dialect, null);
}

/**
 * {@link compileAggregate}, with the number of period texts in the window when antq knows them
 * (`aggregateSql` does, once it has read the data's distinct periods): the cells query then takes
 * those texts as parameters `$1`…`$n`, in a list the database can test each row against before
 * any join, instead of a semi-join on the period dictionary. The texts are bound, never spliced.
 * `shares` false says that the crosswalk has no share other than 1 (`aggregateSql` knows once it
 * has built it): the cells query then reads the figures once, with no branch for scaled figures
 * (a second reference to the joined figures, which the database materialises). `sides` true
 * (the two sides of a comparison, in DuckDB): the cells and observations queries read the
 * periods from `antq_q_pers`, which holds each side's period dictionary under its `side` (0 or
 * 1), and group by `side` too, so that one scan of the figures answers both windows;
 * `windowPeriods` then counts the texts of both windows. `units` (DuckDB): what antq knows of
 * the unit dictionary once it has filled it; the figures left out are then grouped before any
 * join (see {@link UnitFacts}). `unitIds` (DuckDB, bitmap of units): how many ids `antq_q_unit`
 * holds once antq has filled it; the bitmaps then span every id from 0 (no `unit_min` column).
 * `unitIdLists` true (DuckDB, bitmap of units): the units heard from come as lists of those ids
 * instead (`unit_ids`, an id possibly more than once), whose size follows the units a cell has
 * rather than the dictionary's. In PostgreSQL, where DuckDB would take a bitmap, `unit_id_text`
 * (the distinct ids as a text) instead of codes.
 */
export function compileWindowed(
  options: SqlAggregateOptions,
  dialect: SqlDialect,
  windowPeriods: number | null,
  shares = true,
  sides = false,
  units: UnitFacts | null = null,
  unitIds: number | null = null,
  unitIdLists = false,
): CompiledAggregate {
  checkPushdown('compileAggregate', options, dialect);
  const by = new Set<GroupDimension>(GROUP_DIMENSIONS.filter((d) => d === 'indicator' || (options.by ?? ['indicator', 'category']).includes(d)));
  const table = quoteIdent(options.table ?? 'antq_figures');
  const registry = options.units !== undefined;
  const cut = by.has('category') && options.categoryDepth !== undefined;
  const t = (n: DictName): string => quoteIdent(DICT_TABLES[n]);
  const dicts: DictName[] = ['cat', 'uom', 'per'];
  if (cut) dicts.push('cut');
  if (by.has('reporter')) dicts.push('rep');
  if (registry) dicts.push('span', 'map');
  // Without a fan-out (units registry, reporter split) a cell's units heard from are its own code
  // when grouped by unit, and otherwise, in DuckDB, a bitmap of unit ids (`bitstring_agg`): a few
  // bytes per cell instead of a distinct list of codes, which cost as much as the rest of the
  // grouping and more again to hand to JavaScript.
  const fansOut = registry || by.has('reporter');
  const bitmap = !fansOut && !by.has('unit') && dialect === 'duckdb';
  // In PostgreSQL, where DuckDB has a bitmap, the same unit ids, distinct, as one text per cell
  // (`unit_id_text`, `3,17,242`) in place of a string per cell and unit: the driver hands a text
  // over as it is, where an array of integers is parsed element by element (0.3 s more CPU of
  // 1.3–1.6 s for `summarize` at 10M) for the same heap.
  const pgIds = !fansOut && !by.has('unit') && dialect === 'postgres';
  if (bitmap || pgIds) dicts.push('unit');
  if (sides) dicts.push('pers');
  // The period dictionary of the cells and observations queries.
  const per = sides ? t('pers') : t('per');
  const side = sides ? ' p.side,' : '';

  const qualifiers = QUALIFIERS.map(lit).join(', ');
  const badValue = (v: string): string => `${v} IS NULL OR NOT (${v} >= 0 AND ${v} < CAST('Infinity' AS DOUBLE PRECISION))`;
  // The reasons to leave a figure out that come before its period's (`bad`: its value is not usable).
  // A figure without a unit (NULL or empty: a caller's own table) is left out first, as the engine does.
  const noUnit = (v: string): string => `${v} IS NULL OR CAST(${v} AS TEXT) = ''`;
  const checksOf = (bad: string, unitMissing: string): string => `
      WHEN ${unitMissing} THEN ${lit('invalid_text')}
      WHEN c.indicator IS NULL THEN ${lit('unknown_indicator')}
      WHEN u.uom IS NULL THEN ${lit('uom_not_allowed')}
      WHEN ${bad} THEN ${lit('invalid_value')}
      WHEN COALESCE(f.qualifier, ${lit('exact')}) NOT IN (${qualifiers}) THEN ${lit('invalid_value')}`;
  const checks = checksOf(badValue('f.value'), noUnit('f.unit'));
  const dictJoins = `LEFT JOIN ${t('cat')} c ON c.indicator = f.indicator
  LEFT JOIN ${t('uom')} u ON u.indicator = f.indicator AND u.uom = COALESCE(f.uom, c.default_uom)`;
  const spanJoin = (day: string): string => `LEFT JOIN ${t('span')} s ON s.unit = b.src_unit AND COALESCE(${day}, ${NO_DAY}) BETWEEN s.from_day AND s.to_day`;
  const base = (where: string, periods = '', ids = false): string => `b AS (
  SELECT f.row_no, f.unit AS src_unit,${ids ? ' d.uid,' : ''} COALESCE(f.program, '') AS program, f.indicator,
    COALESCE(f.category, '') AS raw_category, ${cut ? 'k.cut' : "COALESCE(f.category, '')"} AS category,
    COALESCE(f.reporter, '') AS raw_reporter, f.value, COALESCE(f.qualifier, ${lit('exact')}) AS q,
    ${qualifierBit(`COALESCE(f.qualifier, ${lit('exact')})`)} AS qb, c.kind, COALESCE(f.uom, c.default_uom) AS uom, p.day,${side}
    CASE WHEN c.kind = ${lit('stock')} THEN p.stock_bucket ELSE p.flow_bucket END AS bucket,
    CASE${checks}
      WHEN c.kind = ${lit('stock')} THEN p.stock_reason
      ELSE p.flow_reason
    END AS reason
  FROM ${table} f${ids ? `\n  LEFT JOIN ${t('unit')} d ON d.unit = ${dialect === 'postgres' ? 'CAST(f.unit AS TEXT)' : 'f.unit'}` : ''}
  ${dictJoins}
  ${periods === '' ? `LEFT JOIN ${per} p` : `JOIN (SELECT * FROM ${per} WHERE ${periods}) p`} ON p.period = COALESCE(f.period, '')${cut ? `\n  LEFT JOIN ${t('cut')} k ON k.category = COALESCE(f.category, '')` : ''}${where}
)`;
  const excl = registry
    ? `x AS (
  SELECT b.*, s.span_id, s.until_day,
    CASE WHEN b.reason IS NOT NULL THEN b.reason WHEN s.span_id IS NULL THEN ${lit('unknown_unit')} ELSE s.reason END AS why
  FROM b ${spanJoin('b.day')}
)`
    : `x AS (SELECT b.*, b.reason AS why FROM b)`;
  // Figures, one row per target unit and reporter (stock observations need them one by one).
  const targets = registry
    ? `t AS (
  SELECT x.*, m.code, m.version, m.level, m.own, m.weight, m.mapped
  FROM x JOIN ${t('map')} m ON m.span_id = x.span_id WHERE x.why IS NULL
)`
    : `t AS (
  SELECT x.*, ${by.has('unit') ? 'x.src_unit' : "''"} AS code, CAST(NULL AS TEXT) AS version, CAST(NULL AS TEXT) AS level,
    TRUE AS own, CAST(1 AS DOUBLE PRECISION) AS weight, CAST(NULL AS TEXT) AS mapped, CAST(NULL AS INTEGER) AS until_day
  FROM x WHERE x.why IS NULL
)`;
  const reporters = by.has('reporter')
    ? `r AS (SELECT t.*, rp.part, rp.joint FROM t JOIN ${t('rep')} rp ON rp.reporter = t.raw_reporter)`
    : `r AS (SELECT t.*, '' AS part, FALSE AS joint FROM t)`;
  const weighted = `w AS (SELECT r.*, r.value * r.weight AS v FROM r)`;
  // Stock observations read only the stocks' figures: the catalogue's stock indicators written
  // out, so that the scan itself skips the rest.
  const catalogue: Catalogue = options.catalogue ?? BUILTIN_CATALOGUE;
  const stockIds = Object.keys(catalogue).filter((id) => catalogue[id]?.kind === 'stock');
  const hasStocks = stockIds.length > 0;
  // Only plain ids are written out (no quote or backslash can reach the text); others are looked up.
  const stockFilter = stockIds.every((id) => /^[\w.-]+$/.test(id))
    ? stockIds.map(lit).join(', ')
    : `SELECT indicator FROM ${t('cat')} WHERE kind = ${lit('stock')}`;
  // With a period window, the figures that count are read through an inner join on the periods
  // that take part (flows or stocks carried into the window), and, before any other join, only
  // flows of the window's periods and stocks (the few figures whose earlier levels carry
  // forward): a comparison joins and groups the year it compares, not every year before it. The
  // exclusions still read every figure, to count those left out.
  // The window's periods as parameters when their number is known (no text is spliced: `$1`…`$n`
  // only); a period in the window is never empty, so a null period need not be mapped to ''.
  const windowList =
    windowPeriods === null
      ? `COALESCE(f.period, '') IN (SELECT period FROM ${per} WHERE flow_reason IS NULL)`
      : `f.period IN (${Array.from({ length: windowPeriods }, (_, i) => `$${i + 1}`).join(', ')})`;
  const inWindow = `\n  WHERE ${windowList}${hasStocks ? ` OR f.indicator IN (${stockFilter})` : ''}`;
  const scan = `WITH ${options.period !== undefined ? base(inWindow, 'flow_reason IS NULL OR stock_reason IS NULL', bitmap || pgIds) : base('', '', bitmap || pgIds)},\n${excl}`;
  const scanAll = `WITH ${base('')},\n${excl}`;
  const scanStocks = `WITH ${base(`\n  WHERE f.indicator IN (${stockFilter})`, 'stock_reason IS NULL')},\n${excl}`;
  const keys = keyColumns(by, sides);

  // Cells: the figures are summed once per source unit and cell before the crosswalk and the
  // reporter split fan them out (rollup copies every group to each unit above it), so the fan-out
  // and the distinct units grow with the units and cells, not with the figures. A crosswalk share
  // other than 1 scales each figure before its terms are cut, so those few groups are summed from
  // the figures themselves.
  // With a registry a span is one unit's: its id stands for the unit in the grain.
  const grain = [
    ...(sides ? ['side'] : []),
    ...(registry ? ['span_id'] : ['src_unit']),
    ...(by.has('program') ? ['program'] : []),
    'indicator',
    ...(by.has('category') ? ['category'] : []),
    ...(by.has('reporter') ? ['raw_reporter'] : []),
    'bucket',
    'uom',
    'kind',
  ];
  const terms = [...TERMS, 'qb'];
  const pre = `p AS (
  SELECT ${grain.join(', ')},
    ${termSums('value').join(',\n    ')}
  FROM x WHERE why IS NULL
  GROUP BY ${grain.join(', ')}
)`;
  const crosswalk = registry
    ? `g AS (
  SELECT ${grain.map((c) => `p.${c}`).join(', ')}, ${terms.map((c) => `p.${c}`).join(', ')}, m.code, m.version, m.level, m.own, m.mapped
  FROM p JOIN ${t('map')} m ON m.span_id = p.span_id${shares ? ` AND m.weight = 1
  UNION ALL
  SELECT ${grain.map((c) => `x.${c}`).join(', ')},
    ${termSums('x.value * m.weight').join(',\n    ')},
    m.code, m.version, m.level, m.own, m.mapped
  FROM x JOIN ${t('map')} m ON m.span_id = x.span_id AND m.weight <> 1
  WHERE x.why IS NULL
  GROUP BY ${grain.map((c) => `x.${c}`).join(', ')}, m.code, m.version, m.level, m.own, m.mapped` : ''}
)`
    : `g AS (
  SELECT p.*, ${by.has('unit') ? 'p.src_unit' : "''"} AS code, CAST(NULL AS TEXT) AS version, CAST(NULL AS TEXT) AS level,
    TRUE AS own, CAST(NULL AS TEXT) AS mapped
  FROM p
)`;
  const split = by.has('reporter')
    ? `h AS (SELECT g.*, rp.part, rp.joint FROM g JOIN ${t('rep')} rp ON rp.reporter = g.raw_reporter)`
    : `h AS (SELECT g.*, '' AS part, FALSE AS joint FROM g)`;

  // A rollup cell keeps own figures and the children's apart: grouped by `own` too, one row each
  // (a unit usually has only one of them), and joined into one cell by `aggregateSql`. The lists
  // of units may repeat a unit (several spans, reporters or categories of one unit land in one
  // cell); they are made distinct in JavaScript, cheaper than a DISTINCT aggregate here.
  const rollup = options.rollup === true;
  // Without a fan-out or a period window, one grouping gives the cells and the figures left out
  // (one row per reason, its keys null), so the table is read once for both.
  const fold = !fansOut && options.period === undefined;
  const heard = (filter?: string): string =>
    by.has('unit')
      ? ''
      : bitmap
        ? `\n  bitstring_agg(uid)${filter === undefined ? '' : ` FILTER (WHERE ${filter})`} AS unit_bits, min(uid)${filter === undefined ? '' : ` FILTER (WHERE ${filter})`} AS unit_min,`
        : pgIds
          ? `\n  array_to_string(array_agg(DISTINCT uid)${filter === undefined ? '' : ` FILTER (WHERE ${filter})`}, ',') AS unit_id_text,`
          : `\n  ${distinctList(dialect, 'src_unit', filter)} AS units,`;
  const unfanned = (where: string): string => `g AS (
  SELECT x.*, ${by.has('unit') ? 'x.src_unit' : "''"} AS code, CAST(NULL AS TEXT) AS version, CAST(NULL AS TEXT) AS level, '' AS part
  FROM x${where}
)`;
  // Without a fan-out, in DuckDB with a bitmap of units: the figures (with a window, those that
  // may take part) are first grouped by their own columns (indicator, program, category, unit of
  // measure, period, qualifier, value valid or not), with their sums, a bitmap of their units
  // and (without a window) their first row numbers, so the dictionaries are joined to those few
  // groups instead of every figure; the groups are then summed into the cells (sums of sums are
  // the same numbers), the bitmaps or-ed, and (without a window) the figures left out counted
  // per reason. One window (not the two sides of a comparison): the period dictionary is joined
  // to each figure before the grouping (a small hash table), and the figures are grouped by what
  // the period decides (buckets and reasons) instead of the period text: a twelfth of the groups
  // for monthly figures by year, so the groups' states (a bitmap of units each) stay in cache.
  const periodKeys = sides ? 'period' : 'flow_bucket, stock_bucket, flow_reason, stock_reason';
  const ofPeriod = (c: string): string => (sides ? 'p.' : 'a.') + c;
  // The groups' bound terms are made from fewer sums: a group has one qualifier (`qb` is a key),
  // so its counts of unbounded and exclusive bounds are its count or 0, an "under" group's lower
  // terms are its sums negated (trunc(-v) = -trunc(v), and the same for the millionths), and a
  // "nearly" or "about" group's lower and upper terms are the sums of trunc(v / 10) and their
  // millionths, negated for the lower bound (-v / 10 is -(v / 10) exactly): two sums per figure
  // instead of four sums and three counts. `0 - x` rather than `-x` keeps a zero sum 0, not -0
  // (a guard only: the sums that follow add it to 0, which gives 0 either way).
  const bound = `((value) / CAST(10 AS DOUBLE PRECISION))`;
  const tenths = `COALESCE(CAST(sum(CASE WHEN qb IN (${bits('nearly', 'about')}) THEN trunc${bound} END) AS DOUBLE PRECISION), 0) AS t_i,
    COALESCE(CAST(sum(CASE WHEN qb IN (${bits('nearly', 'about')}) THEN ${micro(bound, 1)} END) AS DOUBLE PRECISION), 0) AS t_m`;
  const boundTerms = `CASE WHEN a.qb = ${BIT.under} THEN 0 - a.a_si WHEN a.qb IN (${bits('nearly', 'about')}) THEN 0 - a.t_i ELSE 0 END AS a_li,
    CASE WHEN a.qb = ${BIT.under} THEN 0 - a.a_sm WHEN a.qb IN (${bits('nearly', 'about')}) THEN 0 - a.t_m ELSE 0 END AS a_lm,
    CASE WHEN a.qb = ${BIT.about} THEN a.t_i ELSE 0 END AS a_ui,
    CASE WHEN a.qb = ${BIT.about} THEN a.t_m ELSE 0 END AS a_um,
    CASE WHEN a.qb IN (${bits('over', 'at_least', 'vague')}) THEN a.a_n ELSE 0 END AS a_unb,
    CASE WHEN a.qb = ${BIT.over} THEN a.a_n ELSE 0 END AS a_lx,
    CASE WHEN a.qb IN (${bits('nearly', 'under')}) THEN a.a_n ELSE 0 END AS a_ux`;
  // With the number of unit ids known, each bitmap spans them all (bit i is id i): no `min(uid)` per group.
  // With many unit ids the bitmaps give way to lists of ids (`unitIdLists`): a bitmap costs an
  // eighth of a byte per id of the dictionary in every group, a list four bytes per figure. Not
  // made distinct here: the engine's sets do it, and a DISTINCT list took DuckDB 40% more CPU.
  const unitBits = unitIdLists
    ? 'list(uid) AS ids'
    : unitIds !== null && unitIds > 0
      ? `bitstring_agg(uid, 0, ${Math.trunc(unitIds) - 1}) AS bits`
      : 'bitstring_agg(uid) AS bits, min(uid) AS umin';
  const unitMin = unitIdLists || (unitIds !== null && unitIds > 0) ? '' : ' min(umin)';
  const heardIds = (filter: string): string => (unitIdLists ? `flatten(list(ids)${filter}) AS unit_ids,` : `bit_or(bits)${filter} AS unit_bits,`);
  const preGrouped = (windowed: boolean): string => `WITH a AS (
  SELECT indicator, program, raw_category, raw_uom, ${periodKeys}, qb, bad, nou,
    ${termSums('value', 'a_').slice(0, 3).join(',\n    ')},
    ${tenths},
    ${unitBits}${windowed ? '' : ', min(row_no, 20) AS first_rows'}
  FROM (
    SELECT f.row_no, d.uid, f.indicator, COALESCE(f.program, '') AS program, COALESCE(f.category, '') AS raw_category,
      f.uom AS raw_uom, ${sides ? "COALESCE(f.period, '') AS period" : 'p.flow_bucket, p.stock_bucket, p.flow_reason, p.stock_reason'}, ${qualifierBit(`COALESCE(f.qualifier, ${lit('exact')})`)} AS qb, f.value,
      (f.value IS NULL OR NOT (f.value >= 0 AND f.value < CAST('Infinity' AS DOUBLE PRECISION))) AS bad, (${noUnit('f.unit')}) AS nou
    FROM ${table} f
    LEFT JOIN ${t('unit')} d ON d.unit = f.unit${sides ? '' : `\n    LEFT JOIN ${per} p ON p.period = COALESCE(f.period, '')`}${windowed ? inWindow.replace(/\n {2}/, '\n    ') : ''}
  ) s
  GROUP BY indicator, program, raw_category, raw_uom, ${periodKeys}, qb, bad, nou
),
b AS (
  SELECT a.*,
    ${boundTerms},${side} c.kind, COALESCE(a.raw_uom, c.default_uom) AS uom, ${cut ? 'k.cut' : 'a.raw_category'} AS category,
    CASE WHEN c.kind = ${lit('stock')} THEN ${ofPeriod('stock_bucket')} ELSE ${ofPeriod('flow_bucket')} END AS bucket,
    CASE
      WHEN a.nou THEN ${lit('invalid_text')}
      WHEN c.indicator IS NULL THEN ${lit('unknown_indicator')}
      WHEN u.uom IS NULL THEN ${lit('uom_not_allowed')}
      WHEN a.bad OR a.qb = 0 THEN ${lit('invalid_value')}
      WHEN c.kind = ${lit('stock')} THEN ${ofPeriod('stock_reason')}
      ELSE ${ofPeriod('flow_reason')}
    END AS why
  FROM a
  LEFT JOIN ${t('cat')} c ON c.indicator = a.indicator
  LEFT JOIN ${t('uom')} u ON u.indicator = a.indicator AND u.uom = COALESCE(a.raw_uom, c.default_uom)${sides ? `\n  LEFT JOIN ${per} p ON p.period = a.period` : ''}${cut ? `\n  LEFT JOIN ${t('cut')} k ON k.category = a.raw_category` : ''}
)
${
    windowed
      ? `SELECT ${keys.join(', ')},
  ${TERMS.map((k) => `CAST(sum(a_${k}) AS DOUBLE PRECISION) AS o_${k}`).join(',\n  ')},
  CAST(bit_or(qb) AS DOUBLE PRECISION) AS o_q,
  ${heardIds('')}${unitMin === '' ? '' : `${unitMin} AS unit_min,`}
  CAST(0 AS DOUBLE PRECISION) AS joint_n,
  CAST(NULL AS TEXT) AS mapped_from
FROM b WHERE why IS NULL
GROUP BY ${keys.join(', ')}`
      : `SELECT why, ${keys.map((k) => `CASE WHEN why IS NULL THEN ${k} END AS ${k}`).join(', ')},
  ${TERMS.map((k) => `CAST(sum(a_${k}) AS DOUBLE PRECISION) AS o_${k}`).join(',\n  ')},
  CAST(bit_or(qb) AS DOUBLE PRECISION) AS o_q,
  ${heardIds(' FILTER (WHERE why IS NULL)')}${unitMin === '' ? '' : `${unitMin} FILTER (WHERE why IS NULL) AS unit_min,`}
  CAST(0 AS DOUBLE PRECISION) AS joint_n,
  CAST(NULL AS TEXT) AS mapped_from,
  flatten(list(first_rows) FILTER (WHERE why IS NOT NULL)) AS row_nos
FROM b
GROUP BY ${keys.map((_, i) => String(i + 2)).join(', ')}, 1`
  }`;
  const cells = fansOut
    ? `${scan},\n${pre},\n${crosswalk},\n${split}\nSELECT ${keys.join(', ')},${rollup ? ' own,' : ''}
  ${partSums('o').join(',\n  ')},
  ${registry ? `${plainList(dialect, 'span_id')} AS unit_spans` : `${plainList(dialect, 'src_unit')} AS units`},
  CAST(sum(CASE WHEN joint THEN n ELSE 0 END) AS DOUBLE PRECISION) AS joint_n,
  ${plainList(dialect, 'mapped', 'mapped IS NOT NULL')} AS mapped_from
FROM h
GROUP BY ${keys.join(', ')}${rollup ? ', own' : ''}`
    : bitmap
      ? preGrouped(!fold)
      : fold
        ? `WITH ${base('', '', pgIds)},\n${excl},
${unfanned('')}
SELECT why, ${keys.map((k) => `CASE WHEN why IS NULL THEN ${k} END AS ${k}`).join(', ')},
  ${termSums('value', 'o_').join(',\n  ')},${heard('why IS NULL')}
  CAST(0 AS DOUBLE PRECISION) AS joint_n,
  CAST(NULL AS TEXT) AS mapped_from,
  ${firstRows(dialect, 'why IS NOT NULL')} AS row_nos
FROM g
GROUP BY ${keys.map((_, i) => String(i + 2)).join(', ')}, 1`
      : `${scan},
${unfanned(' WHERE x.why IS NULL')}
SELECT ${keys.join(', ')},
  ${termSums('value', 'o_').join(',\n  ')},${heard()}
  CAST(0 AS DOUBLE PRECISION) AS joint_n,
  CAST(NULL AS TEXT) AS mapped_from
FROM g
GROUP BY ${keys.join(', ')}`;

  const series = ['src_unit', 'raw_category', 'raw_reporter', 'program'];
  const partition = [...new Set([...keys, ...series])];
  const latest = `SELECT ${partition.join(', ')}, day, v, qb, own, until_day FROM (
  SELECT w.*, ROW_NUMBER() OVER (PARTITION BY ${partition.join(', ')} ORDER BY day DESC NULLS LAST, v DESC, ${binary(dialect, 'q')} DESC) AS rn
  FROM w WHERE kind = ${lit('stock')}
) s WHERE rn = 1`;
  // The latest levels come one row per series and cell, a cell's keys only on its first row
  // (DuckDB: one struct `s_cell`, one value for the driver to convert; PostgreSQL: the key
  // columns and `s_first`, all NULL on the others, so no text is made for them): a cell's keys
  // are converted to JavaScript once, not once per series, and the rows hold numbers where antq
  // can decode them (in DuckDB the unit's id in `antq_q_unit` with a bitmap of units; the
  // qualifier's bit), texts only for what is not a key already (an empty text as NULL). The
  // driver's conversion of texts was most of DuckDB's time for the statement; in PostgreSQL a row
  // of 17 values, a dozen of them texts, per level was most of the Node heap's growth from 10M to
  // 50M figures. PostgreSQL keeps the unit's code: it estimated one row out of the window and
  // joined the unit dictionary by a nested loop (10.7 s of server CPU instead of 2.3 s at 10M).
  // One row per level, not one list per cell, so that a batch holds a bounded number of levels.
  const seriesColumns = [
    bitmap ? 'd.uid AS s_uid' : 'o.src_unit AS s_unit',
    ...(cut || !by.has('category') ? ["NULLIF(o.raw_category, '') AS s_category"] : []),
    "NULLIF(o.raw_reporter, '') AS s_reporter",
    ...(by.has('program') ? [] : ["NULLIF(o.program, '') AS s_program"]),
    'o.day AS s_day',
    'o.v AS s_v',
    'o.qb AS s_qb',
    ...(registry ? ['o.own AS s_own', 'o.until_day AS s_until'] : []),
  ];
  // The levels come ordered by stock series group (a cell's key without its bucket; the unit part
  // is its version, else its code, as in the key), so that antq walks each group once its levels
  // are in and holds one group's levels at a time. Within a group the levels come by bucket, so
  // that antq walks a bucket once the next one starts and holds one level per series, not a
  // group's every bucket; and by cell, each cell's first row first (ROW_NUMBER 1): only that row
  // carries the cell's keys, the rows after it NULL, so a cell's rows must not be split by
  // another's. The order of a cell's levels is left to the database: the walker puts them in
  // series order before it adds them up.
  const groupOrder = (p: string): string[] => [...keys.filter((k) => !['bucket', 'kind', 'code', 'version', 'level'].includes(k)).map((k) => p + k), ...(by.has('unit') ? [`COALESCE(${p}version, CAST(${p}code AS TEXT))`] : [])];
  const observations = !hasStocks
    ? null
    : `${scanStocks},\n${targets},\n${reporters},\n${weighted}\nSELECT ${
        dialect === 'duckdb'
          ? `CASE WHEN o.cell_rn = 1 THEN {${keys.map((k) => `'${k}': o.${k}`).join(', ')}} END AS s_cell`
          : ['CASE WHEN o.cell_rn = 1 THEN 1 END AS s_first', ...keys.map((k) => `CASE WHEN o.cell_rn = 1 THEN o.${k} END AS ${k}`)].join(', ')
      },
  ${seriesColumns.join(', ')}
FROM (
  SELECT l.*, ROW_NUMBER() OVER (PARTITION BY ${keys.join(', ')}) AS cell_rn FROM (
${latest}
  ) l
) o${bitmap ? `\nLEFT JOIN ${t('unit')} d ON d.unit = o.src_unit` : ''}
ORDER BY ${[...groupOrder('o.'), 'o.bucket', ...keys.map((k) => `o.${k}`), 'o.cell_rn'].join(', ')}`;

  // DuckDB groups every figure by what decides whether it is left out, except the window: the
  // reason before its period's (`pre`), its period text, whether it is a stock, and its unit's
  // reason (`span_why`), with a count and the first row numbers (a bounded `min`, no window over
  // every figure). antq reads the period's reason for its window from its own period dictionary,
  // so the answer does not depend on the window, and both sides of a comparison share one read.
  // PostgreSQL numbers the figures left out.
  const classes = `WITH b AS (
  SELECT f.row_no, f.unit AS src_unit, COALESCE(f.period, '') AS period, c.kind = ${lit('stock')} AS stock,${registry ? ' p.day,' : ''}
    CASE${checks}
    END AS pre
  FROM ${table} f
  ${dictJoins}${registry ? `\n  LEFT JOIN ${t('per')} p ON p.period = COALESCE(f.period, '')` : ''}
)
SELECT pre, period, stock, ${registry ? `CASE WHEN s.span_id IS NULL THEN ${lit('unknown_unit')} ELSE s.reason END` : 'CAST(NULL AS TEXT)'} AS span_why,
  count(*) AS n, min(row_no, 20) AS row_nos
FROM b${registry ? ` ${spanJoin('b.day')}` : ''}
GROUP BY 1, 2, 3, 4`;
  // Once antq knows its unit dictionary (`units`), DuckDB groups the figures by their own columns
  // first (indicator, unit of measure, qualifier, period, value usable or not: some 15,000 groups
  // for 10M figures), then joins the catalogue to those groups: no join runs once per figure.
  // Each figure of a unit known as text falls in exactly one of its unit's spans (they cover every
  // day, and "no day"), so the unit's reason is looked up only for the figures of a unit and
  // period whose span has one: the spans are joined to the period dictionary (spans × periods,
  // never figures × spans), and only the figures of those pairs are read again, as rows
  // `span_only` that count only where no earlier reason (before the period's, or the period's)
  // already does. With a unit that is not a text (a NULL, a number in a caller's own table) the
  // range join above stays.
  const spanWhy = registry && units?.reasons === true;
  const grouped = `WITH a AS (
  SELECT indicator, uom, qualifier, COALESCE(period, '') AS period, (${badValue('value')}) AS bad, (${noUnit('unit')}) AS nou,
    count(*) AS n, min(row_no, 20) AS row_nos
  FROM ${table}
  GROUP BY 1, 2, 3, 4, 5, 6
),
k AS (
  SELECT f.period, c.kind = ${lit('stock')} AS stock, f.n, f.row_nos,
    CASE${checksOf('f.bad', 'f.nou')}
    END AS pre
  FROM a f
  ${dictJoins}
)
SELECT pre, period, stock, CAST(NULL AS TEXT) AS span_why, FALSE AS span_only,
  CAST(sum(n) AS BIGINT) AS n, list_slice(list_sort(flatten(list(row_nos))), 1, 20) AS row_nos
FROM k
GROUP BY pre, period, stock${
    spanWhy
      ? `
UNION ALL
SELECT pre, period, stock, span_why, TRUE AS span_only, count(*) AS n, min(row_no, 20) AS row_nos
FROM (
  SELECT f.row_no, COALESCE(f.period, '') AS period, c.kind = ${lit('stock')} AS stock, r.reason AS span_why,
    CASE${checks}
    END AS pre
  FROM ${table} f
  JOIN (
    SELECT s.unit, p.period, s.reason
    FROM ${t('span')} s JOIN ${t('per')} p ON COALESCE(p.day, ${NO_DAY}) BETWEEN s.from_day AND s.to_day
    WHERE s.reason IS NOT NULL
  ) r ON r.unit = f.unit AND r.period = COALESCE(f.period, '')
  ${dictJoins}
) e
WHERE pre IS NULL
GROUP BY pre, period, stock, span_why`
      : ''
  }`;
  const exclusions = fold
    ? null
    : dialect === 'duckdb'
      ? units !== null && (!registry || units.textUnits)
        ? grouped
        : classes
      : `${scanAll}\nSELECT why, row_no, n FROM (
  SELECT why, row_no, ROW_NUMBER() OVER (PARTITION BY why ORDER BY row_no) AS rn, count(*) OVER (PARTITION BY why) AS n
  FROM x WHERE why IS NOT NULL
) e WHERE rn <= 20`;

  const distinct: { periods: string; units?: string; reporters?: string; categories?: string } = {
    periods: `SELECT DISTINCT COALESCE(period, '') AS v FROM ${table}`,
  };
  if (registry || bitmap) distinct.units = `SELECT DISTINCT unit AS v FROM ${table} WHERE unit IS NOT NULL`;
  // PostgreSQL's ids are joined by the units' text (a caller's table may hold numbers), so the
  // codes are read as that text: a number's own text in JavaScript may differ (1e-06, 0.000001),
  // and its unit would find no id. A figure without a unit takes no part, nor needs an id.
  if (pgIds) distinct.units = `SELECT DISTINCT CAST(unit AS TEXT) AS v FROM ${table} WHERE unit IS NOT NULL`;
  if (by.has('reporter')) distinct.reporters = `SELECT DISTINCT COALESCE(reporter, '') AS v FROM ${table}`;
  if (cut) distinct.categories = `SELECT DISTINCT COALESCE(category, '') AS v FROM ${table}`;

  return {
    dialect,
    dictionaries: dicts.map((d) => DICT_TABLES[d]),
    setup: dicts.flatMap((d) => dictDdl(dialect, d)),
    distinct,
    read: `SELECT count(*) AS n FROM ${table}`,
    cells,
    observations,
    exclusions,
  };
}
