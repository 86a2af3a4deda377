import { BUILTIN_CATALOGUE } from '../catalogue/builtinCatalogue';
import { AntqError } from '../errors/AntqError';
import type { Catalogue, IndicatorDef } from '../catalogue/Catalogue';
import type { ImportReport, IssueGroup, IssueOccurrence } from '../import/ImportReport';
import type { Figure } from '../schema/FigureSchema';
import { normalizeProgrammeCode } from '../schema/normalizeProgrammeCode';
import { splitReporter } from '../schema/splitReporter';
import { FIGURE_ISSUE_TEXT } from '../validate/figureIssueText';
import type { SqlClient, SqlValue } from './SqlClient';
import { createFiguresTable } from './createFiguresTable';
import { insertFigures } from './insertFigures';
import { quoteIdent } from './internal/quote';
import { num } from './internal/rows';

/** Figures inserted at a time: one DuckDB row group. */
const LOAD_BATCH = 122_880;

/**
 * Where the loaded figures came from: runs of figures whose file row (and line) go up one by one
 * with `row_no`, so a clean file is a handful of rows here, never one per figure. Temporary (the
 * `antq_q_` prefix puts it in DuckDB's `temp` catalog for the appender).
 */
const MAP = 'antq_q_load_map';
/** Programme and reporter texts whose canonical form (the rules' key part) differs from the text. */
const CANON = 'antq_q_load_canon';
/** Indicator → its default unit of measure in the catalogue. */
const UOMS = 'antq_q_load_uom';
/** The later figures of each repeated key, with the first figure of the key. */
const REPEATS = 'antq_q_load_repeats';

/** The connections with a load in progress: their temporary tables are the load's. */
const loading = new WeakSet<SqlClient>();

/** A temporary table of the load, qualified so that a user's table of that name is never dropped. */
function dropTemp(client: SqlClient, t: string): string {
  return `DROP TABLE IF EXISTS ${client.dialect === 'postgres' ? 'pg_temp' : 'temp.main'}.${t}`;
}

/** Rolls back after `e`, and throws `e` (a failing rollback does not hide it). */
async function rollbackAfter(client: SqlClient, e: unknown): Promise<never> {
  try {
    await client.query('ROLLBACK');
  } catch {
    // The connection may be gone; the first error says why.
  }
  throw e;
}

/** What {@link beginLoad} needs besides the client and table. */
export interface LoadSessionOptions {
  /** The catalogue the import checks against (for each indicator's default unit of measure). */
  readonly catalogue?: Catalogue | undefined;
  /** Most occurrences listed per issue code, as the import's option. Default 1,000. */
  readonly maxOccurrences?: number | undefined;
}

/** A load in progress: one transaction, fed the import's accepted figures. */
export interface LoadSession {
  /** Takes a batch of accepted figures with their file rows and lines (`onFigures`). */
  add(figures: readonly Figure[], rows: readonly number[], lines?: readonly number[]): Promise<void>;
  /**
   * Ends the load after the import: checks the figure keys in the database when the import's
   * cross-row checks were limited, then commits or rolls back as the mode says.
   *
   * @returns the import's report, with the repeats the database found added
   */
  finish(report: ImportReport): Promise<ImportReport>;
  /** Rolls back after a failure; never throws (the failure that brought the caller here is the one to report). */
  abort(): Promise<void>;
}

/**
 * Starts a load into a figures table (created when missing), in one transaction: `row_no`
 * continues after the rows already there. The import's cross-row checks remember a bounded number
 * of keys (`maxTrackedKeys`); when they say so (`cross_row_checks_limited`), {@link LoadSession.finish}
 * finds the figures whose key repeats an earlier one, loaded now or already in the table, with
 * the same key as the rules (`figureKey`'s parts: programme normalised, reporters sorted, a
 * missing unit of measure read as the indicator's default), and reports them as the import does.
 * In PostgreSQL the table is locked against other writers (`SHARE ROW EXCLUSIVE`) until the load
 * ends, so that concurrent loads into one table take turns. One load at a time per connection
 * (the load's temporary tables are the connection's).
 *
 * @throws `AntqError` `load_in_progress` when the connection has a load not yet finished or aborted
 */
export async function beginLoad(client: SqlClient, table: string, options: LoadSessionOptions = {}): Promise<LoadSession> {
  if (loading.has(client)) throw new AntqError('load_in_progress', 'beginLoad: this connection is already loading figures; finish that load first, or use another connection');
  const name = quoteIdent(table);
  loading.add(client);
  let start = 0;
  try {
    await createFiguresTable(client, table);
    await client.query('BEGIN TRANSACTION');
  } catch (e) {
    loading.delete(client);
    throw e;
  }
  try {
    // PostgreSQL: no other load (nor any write) into the table until this one ends, so that the
    // row_no range read here is this load's alone. DuckDB has no LOCK; its transactions conflict
    // on write instead.
    if (client.dialect === 'postgres') await client.query(`LOCK TABLE ${name} IN SHARE ROW EXCLUSIVE MODE`);
    start = num((await client.query(`SELECT COALESCE(max(row_no) + 1, 0) AS n FROM ${name}`))[0]?.['n'] ?? 0);
    await client.query(dropTemp(client, MAP));
    await client.query(`CREATE TEMP TABLE ${MAP} (row_no BIGINT NOT NULL, src_row BIGINT NOT NULL, src_line BIGINT, n BIGINT NOT NULL)`);
  } catch (e) {
    loading.delete(client);
    return rollbackAfter(client, e);
  }
  let next = start;
  let pending: Figure[] = [];
  // The open run: first row_no, its file row and line, and its length.
  let run: [number, number, number | null, number] | undefined;
  let runs: SqlValue[][] = [];
  const flush = async (): Promise<void> => {
    if (pending.length > 0) {
      const batch = pending;
      pending = [];
      next += await insertFigures(client, batch, { table, firstRow: next });
    }
    if (runs.length > 0) {
      const batch = runs;
      runs = [];
      await client.insertRows(MAP, ['row_no', 'src_row', 'src_line', 'n'], batch);
    }
  };
  return {
    async add(figures, rows, lines) {
      for (let i = 0; i < figures.length; i++) {
        const rowNo = next + pending.length;
        const row = rows[i] as number;
        const line = lines?.[i] ?? null;
        pending.push(figures[i] as Figure);
        if (run !== undefined && row === run[1] + run[3] && (line === null ? run[2] === null : run[2] !== null && line === run[2] + run[3])) run[3]++;
        else {
          if (run !== undefined) runs.push(run);
          run = [rowNo, row, line, 1];
        }
      }
      if (pending.length >= LOAD_BATCH) await flush();
    },
    async finish(report) {
      try {
        if (run !== undefined) runs.push(run);
        run = undefined;
        await flush();
        let out = report;
        // Also in a strict load that other errors already fail: its report lists the repeats too.
        if (next > start && report.groups.some((g) => g.code === 'cross_row_checks_limited')) {
          const found = await findRepeats(client, name, start, options);
          if (found.count > 0) {
            out = withRepeats(report, found, options.maxOccurrences ?? 1000);
            if (report.mode === 'lenient') await client.query(`DELETE FROM ${name} WHERE row_no IN (SELECT row_no FROM ${REPEATS})`);
          }
        }
        await client.query(out.mode === 'strict' && !out.ok ? 'ROLLBACK' : 'COMMIT');
        for (const t of [MAP, CANON, UOMS, REPEATS]) await client.query(dropTemp(client, t));
        return out;
      } catch (e) {
        return await rollbackAfter(client, e);
      } finally {
        loading.delete(client);
      }
    },
    async abort() {
      loading.delete(client);
      try {
        await client.query('ROLLBACK');
      } catch {
        // The caller rethrows the failure that brought it here; a failing rollback must not hide it.
      }
    },
  };
}

/** The repeats found: how many, per code, and the first occurrences of each code in file order. */
interface Repeats {
  readonly count: number;
  readonly groups: readonly { readonly code: 'duplicate_figure' | 'conflicting_figure'; readonly count: number; readonly occurrences: readonly IssueOccurrence[] }[];
}

/**
 * Finds the figures loaded now whose key repeats an earlier figure's (loaded now or already in the
 * table), into the temporary table {@link REPEATS}; reads back the counts and the first
 * `maxOccurrences` of each code, placed at their file rows and lines.
 */
async function findRepeats(client: SqlClient, name: string, start: number, options: LoadSessionOptions): Promise<Repeats> {
  const catalogue: Catalogue = options.catalogue ?? BUILTIN_CATALOGUE;
  const max = options.maxOccurrences ?? 1000;
  // The key parts the rules canonicalise, worked out in JavaScript by the rules' own functions,
  // once per distinct text (a national table holds few programme and reporter texts).
  for (const t of [CANON, UOMS, REPEATS]) await client.query(dropTemp(client, t));
  await client.query(`CREATE TEMP TABLE ${CANON} (kind TEXT NOT NULL, raw TEXT NOT NULL, canon TEXT NOT NULL)`);
  await client.query(`CREATE TEMP TABLE ${UOMS} (indicator TEXT NOT NULL, uom TEXT NOT NULL)`);
  const canon: SqlValue[][] = [];
  for (const r of await client.query(`SELECT DISTINCT program AS t FROM ${name} WHERE program IS NOT NULL`)) {
    const raw = String(r['t']);
    const c = normalizeProgrammeCode(raw);
    if (c !== raw) canon.push(['program', raw, c]);
  }
  for (const r of await client.query(`SELECT DISTINCT reporter AS t FROM ${name} WHERE reporter IS NOT NULL`)) {
    const raw = String(r['t']);
    const c = splitReporter(raw).sort().join('+');
    if (c !== raw) canon.push(['reporter', raw, c]);
  }
  if (canon.length > 0) await client.insertRows(CANON, ['kind', 'raw', 'canon'], canon);
  const uoms: SqlValue[][] = [];
  for (const r of await client.query(`SELECT DISTINCT indicator AS t FROM ${name} WHERE uom IS NULL`)) {
    const id = String(r['t']);
    if (Object.prototype.hasOwnProperty.call(catalogue, id)) uoms.push([id, (catalogue[id] as IndicatorDef).defaultUom]);
  }
  if (uoms.length > 0) await client.insertRows(UOMS, ['indicator', 'uom'], uoms);

  // The rules' key, part by part; programme and reporter texts in canonical form where they differ.
  const key = [
    "COALESCE(p.canon, f.program, '')",
    'f.unit',
    "COALESCE(r.canon, f.reporter, '')",
    "COALESCE(f.period, '')",
    'f.indicator',
    "COALESCE(f.category, '')",
    "COALESCE(f.uom, d.uom, '')",
    "COALESCE(f.statistic, 'total')",
  ];
  const keyed = `${name} f
  LEFT JOIN ${CANON} p ON p.kind = 'program' AND p.raw = f.program
  LEFT JOIN ${CANON} r ON r.kind = 'reporter' AND r.raw = f.reporter
  LEFT JOIN ${UOMS} d ON d.indicator = f.indicator`;
  // First by a 64-bit hash of the key (one number to group, not eight texts to sort: PostgreSQL
  // sorted the texts by collation, 20 s of CPU at 1M figures), then exactly among the few
  // figures whose hash repeats, so that a collision never rejects a figure.
  const hash = client.dialect === 'duckdb' ? `hash(${key.join(', ')})` : `('x' || substr(md5(concat_ws(chr(31), ${key.join(', ')})), 1, 16))::bit(64)::bigint`;
  // `start` is a number read from the table, not text from the caller.
  const from = String(start);
  await client.query(`CREATE TEMP TABLE ${REPEATS} AS
WITH h AS (SELECT f.row_no, ${hash} AS h FROM ${keyed}),
c AS (SELECT h FROM h GROUP BY h HAVING count(*) > 1 AND max(row_no) >= ${from}),
x AS (
  SELECT f.row_no, f.value,
    first_value(f.row_no) OVER w AS first_no, first_value(f.value) OVER w AS first_value
  FROM ${keyed}
  WHERE f.row_no IN (SELECT h.row_no FROM h JOIN c ON h.h = c.h)
  WINDOW w AS (PARTITION BY ${key.join(', ')} ORDER BY f.row_no)
)
SELECT row_no, value, first_no, first_value, value = first_value AS same FROM x
WHERE row_no > first_no AND row_no >= ${from}`);

  const counts = await client.query(`SELECT same, count(*) AS n FROM ${REPEATS} GROUP BY same`);
  let count = 0;
  const countOf = new Map<boolean, number>();
  for (const r of counts) {
    const n = num(r['n']);
    countOf.set(r['same'] === true, n);
    count += n;
  }
  if (count === 0) return { count, groups: [] };
  const picked = await client.query(`SELECT row_no, first_no, first_value, same FROM (
  SELECT row_no, first_no, first_value, same, row_number() OVER (PARTITION BY same ORDER BY row_no) AS k FROM ${REPEATS}
) x WHERE k <= ${String(max)} ORDER BY row_no`);
  // File rows and lines of the picked figures and of their first figures loaded now.
  const lookup = client.dialect === 'postgres'
    ? `CROSS JOIN LATERAL (SELECT * FROM ${MAP} m WHERE m.row_no <= x.row_no ORDER BY m.row_no DESC LIMIT 1) m`
    : `JOIN ${MAP} m ON x.row_no >= m.row_no AND x.row_no < m.row_no + m.n`;
  if (client.dialect === 'postgres') await client.query(`CREATE INDEX ON ${MAP} (row_no)`);
  const wanted = new Set<number>();
  for (const r of picked) {
    wanted.add(num(r['row_no']));
    const first = num(r['first_no']);
    if (first >= start) wanted.add(first);
  }
  const at = new Map<number, { row: number; line: number | null }>();
  const list = [...wanted];
  for (let i = 0; i < list.length; i += 1000) {
    const part = list.slice(i, i + 1000);
    const found = await client.query(
      `SELECT x.row_no, m.src_row + (x.row_no - m.row_no) AS src_row, m.src_line + (x.row_no - m.row_no) AS src_line
FROM (SELECT CAST(v AS BIGINT) AS row_no FROM (VALUES ${part.map((n) => `(${String(n)})`).join(', ')}) t(v)) x ${lookup}`,
    );
    for (const r of found) at.set(num(r['row_no']), { row: num(r['src_row']), line: r['src_line'] === null || r['src_line'] === undefined ? null : num(r['src_line']) });
  }
  const occurrences = { duplicate_figure: [] as IssueOccurrence[], conflicting_figure: [] as IssueOccurrence[] };
  for (const r of picked) {
    const here = at.get(num(r['row_no']));
    if (here === undefined) continue;
    const firstNo = num(r['first_no']);
    const inTable = firstNo < start;
    const row = inTable ? firstNo : (at.get(firstNo)?.row ?? firstNo);
    const same = r['same'] === true;
    const [en, vi] = same ? FIGURE_ISSUE_TEXT.duplicate_figure(inTable ? { row, inTable } : { row }) : FIGURE_ISSUE_TEXT.conflicting_figure(inTable ? { row, value: num(r['first_value']), inTable } : { row, value: num(r['first_value']) });
    const o: { -readonly [K in keyof IssueOccurrence]: IssueOccurrence[K] } = { message: `row ${here.row}: ${en}`, messageVi: `Dòng ${here.row}: ${vi}`, row: here.row, column: 'value' };
    if (here.line !== null) o.line = here.line;
    (same ? occurrences.duplicate_figure : occurrences.conflicting_figure).push(o);
  }
  const groups: Repeats['groups'][number][] = [];
  for (const code of ['duplicate_figure', 'conflicting_figure'] as const) {
    const n = countOf.get(code === 'duplicate_figure') ?? 0;
    if (n > 0) groups.push({ code, count: n, occurrences: occurrences[code] });
  }
  return { count, groups };
}

/** The report with the repeats added as the import reports them: errors, rejected rows, grouped by code. */
function withRepeats(report: ImportReport, found: Repeats, maxOccurrences: number): ImportReport {
  const groups: IssueGroup[] = [...report.groups];
  for (const g of found.groups) {
    const i = groups.findIndex((x) => x.code === g.code && x.severity === 'error');
    const before = i >= 0 ? (groups[i] as IssueGroup) : undefined;
    const merged = [...(before?.occurrences ?? []), ...g.occurrences].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)).slice(0, maxOccurrences);
    const count = (before?.count ?? 0) + g.count;
    const group: IssueGroup = { code: g.code, severity: 'error', count, occurrences: merged, omitted: count - merged.length };
    if (i >= 0) groups[i] = group;
    else groups.push(group);
  }
  groups.sort((a, b) => (a.severity === b.severity ? (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) : a.severity === 'error' ? -1 : 1));
  const accepted = report.mode === 'strict' ? 0 : report.accepted - found.count;
  return { ...report, ok: false, accepted, rejected: report.rejected + found.count, errors: report.errors + found.count, groups };
}
