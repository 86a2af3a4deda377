// `antq load` and the `--engine duckdb|postgres --db PATH-OR-URL` variants of summarize and
// compare: thin shells over antq/sql. Kept apart from the other commands on purpose.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Alignment } from '../../compare/ComparisonRow';
import type { SqlClient } from '../../sql/SqlClient';
import { aggregateSql } from '../../sql/aggregateSql';
import { comparePeriodsSql } from '../../sql/comparePeriodsSql';
import { duckdbClient } from '../../sql/duckdbClient';
import { beginLoad } from '../../sql/beginLoad';
import { pgClient, type PgClientOptions } from '../../sql/pgClient';
import { filterOption } from './filterOption';
import { positiveIntOption, str, UsageError, type OptionSpec, type ParsedArgs } from './args';
import { t, writeJson, type Ctx } from './context';
import { writeComparison } from './compareCommand';
import { comparisonStreamOf } from '../../compare/streamComparison';
import { InputError } from './inputs';
import { isSqlError } from '../../sql/isSqlError';
import type { SqlError } from '../../sql/SqlError';
import { toSqlError } from '../../sql/toSqlError';
import { maskPasswords } from '../../sql/maskPasswords';
import { asOfOption, readInput, unitsOption, writeImportSummary } from './readInput';
import { byOption, engineOptions, levelOption, summarizeOptions, writeSummary } from './summarizeCommand';
import { tableRows } from './rowNames';
import { buildReportFromResults, type BuildReportOptions } from '../../report/buildReport';
import type { GroupDimension } from '../../engine/GroupDimension';
import { compareOption, writeReport } from './reportCommand';

/** Options that send summarize and compare to a database, and say where `load` writes. */
export const SQL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  engine: { type: 'string', values: ['duckdb', 'postgres'] },
  db: { type: 'string' },
  table: { type: 'string' },
  'memory-limit': { type: 'string' },
  threads: { type: 'string' },
};

/**
 * Embedded DuckDB runs inside the antq process, so its memory is the process's: the CLI bounds it
 * (DuckDB spills larger work to a temporary folder next to the database file). DuckDB keeps the
 * table's blocks it has read in that memory until the limit is reached, so a query's process
 * grows with the table up to the limit, whatever its answer (see docs/sql.md, "DuckDB's memory,
 * fourteenth round"). compare and report hold their working memory and little of that cache under
 * 256MB; load keeps 1GB (its writes and checks of repeats were not measured lower).
 */
const DUCKDB_QUERY_MEMORY_LIMIT = '256MB';
const DUCKDB_LOAD_MEMORY_LIMIT = '1GB';
/**
 * A summary not grouped by unit starts under a lower limit: its statements need less than 96MB up
 * to 34M figures (its sorts spill a few megabytes), while the cache of the table's blocks filled
 * 256MB, so the process grew with the table (docs/sql.md, "The Node process at 50M, fifteenth
 * round"). One that runs out of memory under it is read again once under
 * {@link DUCKDB_QUERY_MEMORY_LIMIT}; one grouped by unit (thousands of groups, which ran out
 * under 96MB at 10M figures) starts under that.
 */
const DUCKDB_SUMMARY_MEMORY_LIMIT = '96MB';
const DUCKDB_MAX_THREADS = 4;

/** What a command does with embedded DuckDB: `load` writes, `summary` is `summarize` not grouped by unit, `query` the others. */
export type DuckdbUse = 'load' | 'summary' | 'query';

/**
 * The settings embedded DuckDB is opened with: `--memory-limit` (default 96MB for `summarize`
 * not grouped by unit, 256MB for the other queries, 1GB for `load`) and `--threads` (default the
 * cores, at most 4).
 */
export function duckdbSettings(args: ParsedArgs, use: DuckdbUse): { memory_limit: string; threads: string } {
  const memory = str(args, 'memory-limit') ?? (use === 'load' ? DUCKDB_LOAD_MEMORY_LIMIT : use === 'summary' ? DUCKDB_SUMMARY_MEMORY_LIMIT : DUCKDB_QUERY_MEMORY_LIMIT);
  if (!/^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(memory)) throw new UsageError(`--memory-limit takes a size such as 1GB or 512MB, got "${memory}"`);
  const threads = positiveIntOption(args, 'threads', 1024) ?? Math.min(DUCKDB_MAX_THREADS, os.availableParallelism());
  return { memory_limit: memory, threads: String(threads) };
}

/**
 * The limit a summary's DuckDB is raised to when it runs out of memory under the one it was
 * opened with: `null` (no second read) when `--memory-limit` was given, which is the user's bound.
 */
export function duckdbRetryLimit(args: ParsedArgs, use: DuckdbUse): string | null {
  return use === 'summary' && str(args, 'memory-limit') === undefined ? DUCKDB_QUERY_MEMORY_LIMIT : null;
}

/**
 * Runs `read`; when DuckDB runs out of memory and `limit` is not `null`, raises DuckDB's
 * `memory_limit` to `limit` and runs `read` once more (antq/sql's statements only read the
 * database and replace their own temporary tables, so a second read starts afresh). When the
 * second read runs out of memory too, its failure is thrown as it is, and the CLI's line for it
 * says that it was read again under `limit` (see `failureLine`).
 */
export async function withMoreMemoryOnce<T>(client: SqlClient, limit: string | null, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (limit === null || client.dialect !== 'duckdb' || !isSqlError(e) || e.code !== 'sql_out_of_memory') throw e;
    await client.query(`SET memory_limit = '${limit.replaceAll("'", "''")}'`);
    try {
      return await read();
    } catch (again) {
      // The CLI's line then says that the higher limit was tried too (see `failureLine`).
      if (isSqlError(again) && again.code === 'sql_out_of_memory') raisedLimit.set(again, limit);
      throw again;
    }
  }
}

/** The limit a summary's second read ran out of memory under, by its failure (see {@link withMoreMemoryOnce}). */
const raisedLimit = new WeakMap<SqlError, string>();

/** Help of `antq load`, and the lines summarize and compare add for the database engines. */
export const LOAD_HELP = `Usage: antq load <file> --db PATH-OR-URL [--engine duckdb|postgres] [--table T] [options]

Validates a figures file as "antq validate" does and loads the accepted figures into a database
table (created when missing): DuckDB through its appender, PostgreSQL through COPY FROM STDIN
when the package pg-copy-streams is installed (else INSERT ... unnest, about 3 times the server's CPU).
Strict by default: a file with any error loads nothing (--lenient keeps the good rows).
Past --max-tracked-keys, repeated figures are looked for in the database before the commit
(against the table's rows too) and reported as the import reports them; they are not written
to --rejects.
  --db PATH-OR-URL        a DuckDB file, or a postgres:// URL (its password is never printed)
  --engine E              duckdb|postgres (default: postgres for a postgres:// URL, else duckdb)
  --table T               the figures table (default antq_figures)
  --memory-limit M        DuckDB's memory limit, which is the process's (default 1GB; e.g. 4GB)
  --threads N             DuckDB's threads (default: the cores, at most 4)
`;

export const ENGINE_HELP = `
In a database (after "antq load"): give --db instead of a file.
  --db PATH-OR-URL        a DuckDB file, or a postgres:// URL (its password is never printed)
  --engine E              duckdb|postgres (default: postgres for a postgres:// URL, else duckdb)
  --table T               the figures table (default antq_figures)
  --memory-limit M        DuckDB's memory limit, which is the process's (default 96MB for
                          summarize not by unit, raised once to 256MB when it needs more; 256MB
                          otherwise: DuckDB keeps the table's blocks it read up to the limit;
                          e.g. 1GB for a large compare, which spills to disk under it)
  --threads N             DuckDB's threads (default: the cores, at most 4)
`;

/** `antq load --help` in Vietnamese. */
export const LOAD_HELP_VI = `Cách dùng: antq load <tệp> --db ĐƯỜNG_DẪN-HOẶC-URL [--engine duckdb|postgres] [--table BẢNG] [tùy chọn]

Kiểm tra tệp số liệu như "antq validate" rồi nạp các số liệu hợp lệ vào một bảng của cơ sở dữ
liệu (tạo bảng nếu chưa có): DuckDB qua appender, PostgreSQL qua COPY FROM STDIN khi đã cài gói
pg-copy-streams (nếu không thì qua INSERT ... unnest, tốn CPU máy chủ gấp khoảng 3 lần).
Mặc định là chế độ nghiêm ngặt: tệp có lỗi thì không nạp gì (--lenient giữ các dòng đúng).
Vượt --max-tracked-keys, số liệu trùng lặp được tìm trong cơ sở dữ liệu trước khi xác nhận
(kể cả với các dòng đã có trong bảng) và báo như khi nhập; chúng không được ghi vào --rejects.
  --db ĐƯỜNG_DẪN-HOẶC-URL tệp DuckDB, hoặc URL postgres:// (không bao giờ in mật khẩu)
  --engine E              duckdb|postgres (mặc định: postgres với URL postgres://, còn lại duckdb)
  --table BẢNG            bảng số liệu (mặc định antq_figures)
  --memory-limit M        giới hạn bộ nhớ của DuckDB, cũng là của tiến trình (mặc định 1GB)
  --threads N             số luồng của DuckDB (mặc định: số lõi, tối đa 4)
`;

/** The database options of summarize and compare, in Vietnamese. */
export const ENGINE_HELP_VI = `
Trong cơ sở dữ liệu (sau "antq load"): dùng --db thay cho tệp.
  --db ĐƯỜNG_DẪN-HOẶC-URL tệp DuckDB, hoặc URL postgres:// (không bao giờ in mật khẩu)
  --engine E              duckdb|postgres (mặc định: postgres với URL postgres://, còn lại duckdb)
  --table BẢNG            bảng số liệu (mặc định antq_figures)
  --memory-limit M        giới hạn bộ nhớ của DuckDB, cũng là của tiến trình (mặc định 96MB
                          cho summarize không theo đơn vị, nâng một lần lên 256MB khi cần thêm;
                          còn lại 256MB: DuckDB giữ các khối của bảng đã đọc đến mức giới hạn;
                          vd. 1GB cho compare lớn, vốn ghi tạm ra đĩa khi thiếu bộ nhớ)
  --threads N             số luồng của DuckDB (mặc định: số lõi, tối đa 4)
`;

/** Whether this invocation runs against a database. */
export function wantsSql(command: string, args: ParsedArgs): boolean {
  if (command === 'load') return true;
  return (command === 'summarize' || command === 'compare' || command === 'report') && (args.options.has('db') || args.options.has('engine'));
}

function isPgUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * A database address fit to print: a URL's password is masked, and so is any `password=` of a
 * URL's query or of a `key=value` connection string (quoted or not).
 */
export function redactDb(db: string): string {
  const masked = maskPasswords(db);
  if (!isPgUrl(masked)) return masked;
  try {
    const u = new URL(masked);
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return masked.replace(/\/\/[^@/]*@/, '//***@');
  }
}

interface OpenDb {
  readonly client: SqlClient;
  readonly label: string;
  /** The limit embedded DuckDB is raised to once when a summary runs out of memory (see {@link duckdbRetryLimit}). */
  readonly moreMemory: string | null;
  close(): Promise<void>;
}

/** Loads an optional driver, or says which package to install. */
async function optional<T>(load: () => Promise<T>, name: string): Promise<T> {
  try {
    return await load();
  } catch {
    throw new InputError(`this engine needs the package ${name} (npm install ${name})`, 2);
  }
}

/** Opens the database of `--db`; a DuckDB file that does not exist is made only for `load`. */
async function openDb(ctx: Ctx, use: DuckdbUse): Promise<OpenDb> {
  const create = use === 'load';
  const db = str(ctx.args, 'db');
  if (db === undefined) throw new UsageError('option --engine needs --db PATH-OR-URL (a DuckDB file or a postgres:// URL)');
  const engine = str(ctx.args, 'engine') ?? (isPgUrl(db) ? 'postgres' : 'duckdb');
  const label = redactDb(db);
  if (engine === 'duckdb') {
    const mod = await optional(() => import('@duckdb/node-api'), '@duckdb/node-api');
    const file = db === ':memory:' ? db : path.resolve(ctx.io.cwd ?? process.cwd(), db);
    const settings = duckdbSettings(ctx.args, use);
    if (!create && file !== ':memory:' && !existsSync(file)) {
      throw new InputError(t(ctx, `sql_no_database: no DuckDB database at ${label} (load figures into it first: antq load FILE --db ${label})`, `sql_no_database: không có cơ sở dữ liệu DuckDB tại ${label} (nạp số liệu trước: antq load FILE --db ${label})`));
    }
    let instance;
    let conn;
    try {
      // summarize, compare and report only read the database (their own tables are temporary):
      // opened read-only, they run beside other readers of the file instead of locking it.
      instance = await mod.DuckDBInstance.create(file, create || file === ':memory:' ? settings : { ...settings, access_mode: 'READ_ONLY' });
      conn = await instance.connect();
    } catch (e) {
      // A file locked by another process, a folder that does not exist, a file that is not DuckDB's.
      instance?.closeSync();
      throw databaseFailure(ctx, toSqlError(e, 'duckdb'), label);
    }
    return {
      client: duckdbClient(conn),
      label,
      moreMemory: duckdbRetryLimit(ctx.args, use),
      close: () => {
        conn.closeSync();
        instance.closeSync();
        return Promise.resolve();
      },
    };
  }
  const pg = await optional(() => import('pg'), 'pg');
  // pg is CommonJS: its classes sit on the default export when imported from ESM.
  const Client = (pg as { default?: { Client?: typeof pg.Client } }).default?.Client ?? pg.Client;
  const conn = new Client({ connectionString: db });
  try {
    await conn.connect();
  } catch (e) {
    throw connectFailure(ctx, e, db, label);
  }
  // COPY FROM STDIN needs pg-copy-streams; without it rows go in by INSERT … unnest (slower, same rows).
  type CopyFrom = NonNullable<PgClientOptions['copyFrom']>;
  // CommonJS too: `from` is a named export or sits on the default one, depending on the loader.
  const copy: { from?: CopyFrom; default?: { from?: CopyFrom } } | undefined = await import('pg-copy-streams').catch(() => undefined);
  const copyFrom = copy?.from ?? copy?.default?.from;
  return { client: copyFrom === undefined ? pgClient(conn) : pgClient(conn, { copyFrom }), label, moreMemory: null, close: () => conn.end() };
}

/**
 * Why a PostgreSQL server could not be reached, as one line: the server's refusal (credentials, a
 * database that does not exist) by its code; a socket's failure naming the host, never the
 * password, and the URL itself not repeated.
 */
export function connectFailure(ctx: Pick<Ctx, 'lang'>, e: unknown, db: string, label: string): InputError {
  const refused = toSqlError(e, 'postgres');
  if (isSqlError(refused)) return failureLine(ctx, refused, label);
  const message = e instanceof Error ? e.message : String(e);
  return new InputError(`cannot connect to ${label}: ${maskPasswords(message.replaceAll(db, label))}`);
}

async function withDb(ctx: Ctx, run: (db: OpenDb) => Promise<number>, use: DuckdbUse = 'query'): Promise<number> {
  const db = await openDb(ctx, use);
  try {
    return await run(db);
  } catch (e) {
    throw databaseFailure(ctx, e, db.label);
  } finally {
    await db.close();
  }
}

/**
 * The database's own failures, which antq/sql throws as `SqlError`s with a code (out of memory, a
 * table missing, a file locked), as one coded line naming the database (never its password), in
 * the CLI's language and without a stack; anything else (antq's other errors, usage errors, a file
 * system's error, and a fault in antq such as a `TypeError`) passes as it is.
 */
export function databaseFailure(ctx: Pick<Ctx, 'lang'>, e: unknown, label: string): unknown {
  return isSqlError(e) ? failureLine(ctx, e, label) : e;
}

/** A database failure as the CLI's one line, in its language. */
function failureLine(ctx: Pick<Ctx, 'lang'>, e: SqlError, label: string): InputError {
  const vi = e.issues[0]?.messageVi ?? e.message;
  // DuckDB runs in this process, bounded by the CLI's options; a server's memory is its own.
  // After a second read under a higher limit, the line says so: raising the limit means above it.
  const raised = raisedLimit.get(e);
  const advice =
    e.code !== 'sql_out_of_memory' || e.dialect !== 'duckdb'
      ? ''
      : raised === undefined
        ? t(ctx, '; raise --memory-limit, lower --threads or group less finely (--by)', '; tăng --memory-limit, giảm --threads hoặc gộp thô hơn (--by)')
        : t(
            ctx,
            `; read again under ${raised}, which was not enough either: raise --memory-limit above ${raised}, lower --threads or group less finely (--by)`,
            `; đã đọc lại với giới hạn ${raised} nhưng vẫn không đủ: tăng --memory-limit lên trên ${raised}, giảm --threads hoặc gộp thô hơn (--by)`,
          );
  return new InputError(`${e.code}: ${label}: ${t(ctx, e.message, vi)}${advice}`);
}

/** `antq load <file> --db ...`: validate, then insert the accepted figures in one transaction. */
async function loadCommand(ctx: Ctx): Promise<number> {
  if (ctx.args.positionals.length !== 1) throw new UsageError(`load takes one file argument, got ${ctx.args.positionals.length}`);
  const file = ctx.args.positionals[0] as string;
  const table = str(ctx.args, 'table') ?? 'antq_figures';
  const units = await unitsOption(ctx);
  return withDb(ctx, async ({ client, label }) => {
    const load = await beginLoad(client, table, { catalogue: ctx.catalogue });
    let read;
    try {
      // The summary waits for the database's check of repeats, so that its numbers are the final ones.
      read = await readInput(ctx, file, units, (figures, rows, lines) => load.add(figures, rows, lines), undefined, true);
    } catch (e) {
      await load.abort();
      throw e;
    }
    const report = await load.finish(read.report);
    writeImportSummary(ctx, file, report);
    // Repeats found in the database past the import's key budget (not in --rejects: see antq load --help).
    const found = report.errors - read.report.errors;
    if (found > 0) ctx.io.stderr.write(t(ctx, `${found} repeated figures found in the database (past --max-tracked-keys)\n`, `${found} số liệu trùng lặp tìm thấy trong cơ sở dữ liệu (vượt --max-tracked-keys)\n`));
    const keep = report.ok || report.mode === 'lenient';
    const loaded = keep ? report.accepted : 0;
    if (ctx.format === 'json') writeJson(ctx, { import: report, loaded, table, db: label });
    else ctx.io.stdout.write(t(ctx, `${loaded} figures loaded into ${table} (${label})\n`, `Đã nạp ${loaded} số liệu vào ${table} (${label})\n`));
    return keep ? 0 : 1;
  }, 'load');
}

/** A table name as a quoted SQL identifier. */
function quoteTable(table: string): string {
  return `"${table.replace(/"/g, '""')}"`;
}

function noFile(ctx: Ctx, command: string): void {
  if (ctx.args.positionals.length !== 0) throw new UsageError(`with --db, ${command} reads the database: give no file`);
}

async function sqlSummarize(ctx: Ctx): Promise<number> {
  noFile(ctx, 'summarize');
  const { by, options } = await summarizeOptions(ctx);
  const table = str(ctx.args, 'table') ?? 'antq_figures';
  return withDb(
    ctx,
    async ({ client, moreMemory }) => {
      const result = await withMoreMemoryOnce(client, moreMemory, () => aggregateSql(client, { ...options, table }));
      // Exclusions name the table's row_no, not file rows.
      await writeSummary(ctx, result, by, tableRows(table));
      return 0;
    },
    summarizeUse(by),
  );
}

/**
 * How `summarize --db` opens DuckDB: by unit, its cells are many and it opens at the query limit
 * directly (a second read measured no lower peak); otherwise at the summary's lower limit, raised
 * once (see {@link duckdbRetryLimit}).
 */
export function summarizeUse(by: readonly string[]): DuckdbUse {
  return by.includes('unit') ? 'query' : 'summary';
}

async function sqlCompare(ctx: Ctx): Promise<number> {
  noFile(ctx, 'compare');
  const current = str(ctx.args, 'current');
  if (current === undefined) throw new UsageError('compare needs --current PERIOD (e.g. 2023, 2018/2022, 2023-Q2)');
  const baseline = str(ctx.args, 'baseline');
  const align = (str(ctx.args, 'align') ?? 'calendar') as Alignment;
  const by = byOption(str(ctx.args, 'by'), ['indicator', 'category'], false);
  const units = await unitsOption(ctx);
  const level = levelOption(ctx, units);
  const base = engineOptions(ctx.catalogue, by, units, level, asOfOption(ctx, units), filterOption(ctx.args));
  const table = str(ctx.args, 'table') ?? 'antq_figures';
  return withDb(ctx, async ({ client }) => {
    const comparison = await comparePeriodsSql(client, { ...base, current, ...(baseline === undefined ? {} : { baseline }), align, table });
    await writeComparison(ctx, comparisonStreamOf(comparison), by, tableRows(table));
    return 0;
  });
}

/**
 * `antq report --db ...`: the report of `antq report`, written by `buildReportFromResults` from
 * the rows the database aggregates and compares (the figures stay in the database).
 */
async function sqlReport(ctx: Ctx): Promise<number> {
  noFile(ctx, 'report');
  for (const o of ['unit', 'indicator', 'category', 'reporter']) {
    if (ctx.args.options.has(o)) throw new UsageError(`with --db, report takes no --${o} (not pushed down)`);
  }
  const units = await unitsOption(ctx);
  const asOf = asOfOption(ctx, units);
  const period = str(ctx.args, 'period');
  const options: { -readonly [K in keyof BuildReportOptions]: BuildReportOptions[K] } = { lang: ctx.lang, catalogue: ctx.catalogue };
  if (period !== undefined) options.period = period;
  const compare = str(ctx.args, 'compare');
  if (compare !== undefined) options.compare = compareOption(compare);
  const title = str(ctx.args, 'title');
  if (title !== undefined) options.title = title;
  const date = str(ctx.args, 'date');
  if (date !== undefined) options.date = date;
  const table = str(ctx.args, 'table') ?? 'antq_figures';
  const base = { by: ['indicator', 'category'] as GroupDimension[], catalogue: ctx.catalogue, table, ...(units === undefined ? {} : { units }), ...(asOf === undefined ? {} : { asOf }) };
  return withDb(ctx, async ({ client, label }) => {
    const aggregate = await aggregateSql(client, { ...base, ...(period === undefined ? {} : { period }) });
    const comparison = options.compare === undefined ? undefined : await comparePeriodsSql(client, { ...base, ...options.compare });
    const programs = (await client.query(`SELECT DISTINCT program AS p FROM ${quoteTable(table)} WHERE program IS NOT NULL AND program <> ''`)).map((r) => String(r['p']));
    const report = buildReportFromResults({ aggregate, ...(comparison === undefined ? {} : { comparison }), programs }, options);
    writeReport(ctx, report, { report, table, db: label });
    return 0;
  });
}

/** Runs `load`, or summarize/compare/report against a database. */
export async function sqlCommand(ctx: Ctx, command: string): Promise<number> {
  if (command === 'load') return loadCommand(ctx);
  if (command === 'report') return sqlReport(ctx);
  return command === 'summarize' ? sqlSummarize(ctx) : sqlCompare(ctx);
}
