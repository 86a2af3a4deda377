import { BUILTIN_CATALOGUE } from '../catalogue/builtinCatalogue';
import type { Catalogue } from '../catalogue/Catalogue';
import { comparePeriods } from '../compare/comparePeriods';
import { createAggregator } from '../engine/createAggregator';
import type { AggregateResult, Exclusions } from '../engine/AggregateRow';
import type { PeriodComparison } from '../compare/ComparisonRow';
import type { FigureFilter } from '../engine/FigureFilter';
import { AntqError } from '../errors/AntqError';
import type { Issue } from '../errors/Issue';
import { reportIssue } from './internal/issues';
import { checkArg, checkOptions, type ArgKind } from '../errors/checkArgs';
import type { ReportPlace } from './internal/commendations';
import { dayLabels, periodLabels } from './internal/periodLabels';
import { writeComparison } from './internal/writeComparison';
import { writeSections } from './internal/writeSections';
import type { Period } from '../period/Period';
import { rangePeriod } from '../period/build';
import { parsePeriod } from '../period/parsePeriod';
import type { Figure } from '../schema/FigureSchema';
import type { UnitRegistry } from '../units/UnitRegistry';
import type { UnitsOption } from '../units/UnitsOption';
import { toUnitRegistry } from '../units/toUnitRegistry';
import type { LocalizedText, Report, ReportLang, ReportSection } from './Report';

/**
 * Options of {@link buildReport}.
 *
 * @category Reports
 */
export interface BuildReportOptions {
  /** The language the report is for (default `vi`); every text is built in both languages. */
  readonly lang?: ReportLang;
  /** Title, used as given in both languages; default a title naming the movement. */
  readonly title?: string;
  /** Report on this unit code only (with `units`: the unit and every unit below it). */
  readonly unit?: string;
  /**
   * Aggregate over this period id (`2013-08-01/2023-05-24`, `2023`, `2023-Q2`). Default: all
   * figures; with `unit` (and no `date`), the whole span of the figures' periods, named in the
   * subtitle and in a `default_period` note.
   */
  readonly period?: string;
  /** Add a period comparison: the two period ids. */
  readonly compare?: { readonly current: string; readonly baseline: string };
  /** The catalogue (default the built-in one); custom indicators land in the `other` section. */
  readonly catalogue?: Catalogue;
  /** The units table (a registry or a list of unit versions): names the unit, finds the units below it, and is passed to aggregation. */
  readonly units?: UnitsOption;
  /** The report date, `YYYY-MM-DD` (default: the end of `period`, when given). */
  readonly date?: string;
  /** Restate figures onto the unit boundaries of this date (`YYYY-MM-DD`; needs `units`), as in `aggregate`. */
  readonly asOf?: string;
  /** Use only the figures this filter keeps (by indicator, category, unit, reporter), as in `aggregate`. */
  readonly filter?: FigureFilter;
  /**
   * The row number of each figure, in the order of `figures` (e.g. its file row, the 1-based data
   * row validation issues name), used by the notes of figures left out (`figures_excluded`).
   * Default: the figure's 0-based index in `figures`.
   */
  readonly rows?: readonly number[];
  /**
   * The physical line of each figure, in the order of `figures` (e.g. its file line, which
   * validation issues name beside the row): the notes of figures left out then give the lines
   * beside the rows, `rows 4, 5 at lines 5, 7`.
   */
  readonly lines?: readonly number[];
  /**
   * The input each figure came from, in the order of `figures` (e.g. its file name, when the
   * figures of several files are reported together): the notes of figures left out then name the
   * input before its rows, `a.csv rows 4, 5; b.csv rows 2`, so that rows of different inputs do
   * not mix.
   */
  readonly inputs?: readonly string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseOrThrow(text: string, what: string): Period {
  const p = parsePeriod(text);
  if (!p.ok) throw new AntqError('invalid_argument', `buildReport: ${what} ${JSON.stringify(text)} is not a period id`);
  return p.value;
}

/**
 * The notes of figures left out. With `inputs`, the aggregation was given each figure's position
 * (so that rows of different inputs stay apart): the note names its input and row.
 */
function exclusionNotes(excluded: Exclusions, named: { readonly inputs: readonly string[] | undefined; readonly rows: readonly number[]; readonly lines: readonly number[] | undefined } | null): Issue[] {
  const out: Issue[] = [];
  for (const [reason, info] of Object.entries(excluded)) {
    if (info.count === 0) continue;
    const rows = named === null ? info.rows : info.rows.map((i) => named.rows[i] ?? i);
    const given = named?.inputs;
    const inputs = given === undefined ? undefined : info.rows.map((i) => given[i] ?? '');
    const lineOf = named?.lines;
    const lines = lineOf === undefined ? undefined : info.rows.map((i) => lineOf[i] ?? 0);
    out.push(
      reportIssue('figures_excluded', 'warning', { count: info.count, reason, rows, ...(inputs === undefined ? {} : { inputs }), ...(lines === undefined ? {} : { lines }) }, { path: ['excluded', reason] }),
    );
  }
  return out;
}

/** The span of the figures' periods, from the earliest start to the latest end, or null when none has a period. */
function spanOf(figures: readonly Figure[]): Period | null {
  const seen = new Map<string, Period | null>();
  let start = Infinity;
  let end = -Infinity;
  for (const f of figures) {
    if (f.period === undefined) continue;
    let p = seen.get(f.period);
    if (p === undefined) {
      const r = parsePeriod(f.period);
      p = r.ok ? r.value : null;
      seen.set(f.period, p);
    }
    if (p === null) continue;
    if (p.startDay < start) start = p.startDay;
    if (p.endDay > end) end = p.endDay;
  }
  return start <= end ? rangePeriod(start, end) : null;
}

function unitFilter(unit: string, units: UnitRegistry | undefined, date: string | null): (code: string) => boolean {
  if (units === undefined || date === null) return (code) => code === unit;
  const codes = new Set<string>([unit, ...units.descendantsAt(unit, date).map((u) => u.code)]);
  return (code) => codes.has(code);
}

/** What each option of {@link buildReport} may hold (run-time check for callers without types). */
const BUILD_REPORT_OPTION_RULES = {
  lang: ['string'],
  title: ['string'],
  unit: ['string'],
  period: ['string'],
  compare: ['object'],
  catalogue: ['object'],
  units: ['registry', 'array'],
  date: ['string'],
  asOf: ['string'],
  filter: ['object'],
  rows: ['array'],
  lines: ['array'],
  inputs: ['array'],
} as const satisfies Readonly<Record<keyof BuildReportOptions, readonly ArgKind[]>>;

/**
 * Builds the results section of a review from figures: totals by indicator × category over the
 * period (flows summed, stocks as of the period end, ratios recomputed), written as sentences in
 * Vietnamese and English with qualifiers, classifier words and scale words ("Nhân dân đã tự
 * nguyện giao nộp trên 127 khẩu súng quân dụng, …", "hơn 81 nghìn lượt đơn thư"), grouped into the
 * sections of a review, each with a table; and, with `compare`, a period comparison with a
 * table and chart data. Figures left out of the totals are listed in `notes`, never dropped
 * silently; an indicator no section claims goes to the `other` section.
 *
 * @param figures - an array or any iterable of figures (read once)
 * @param options - language, title, unit, period, comparison, catalogue, units table, date
 * @returns the report as plain data; write it out with {@link renderReport}
 * @throws {@link AntqError} `invalid_argument` when `period` or a `compare` period is not a
 *   period id, or `date` is not `YYYY-MM-DD`
 * @example
 * ```ts
 * const report = buildReport(
 *   [
 *     { unit: '42', indicator: 'weapons_surrendered', category: 'gun.military', value: 127, uom: 'piece', qualifier: 'over', period: '2013-08-01/2023-05-24' },
 *     { unit: '42', indicator: 'petitions_received', value: 81000, qualifier: 'over', period: '2013-08-01/2023-05-24' },
 *   ],
 *   { period: '2013-08-01/2023-05-24' },
 * );
 * report.sections.map((s) => s.paragraphs[0]?.vi);
 * // => ['Người dân giao nộp trên 127 khẩu súng quân dụng.', 'Tiếp nhận hơn 81 nghìn lượt đơn thư.']
 * report.sections[1]?.paragraphs[0]?.en;
 * // => 'Received over 81 thousand petitions.'
 * ```
 * @category Reports
 */
export function buildReport(figures: Iterable<Figure>, options: BuildReportOptions = {}): Report {
  checkArg('buildReport', 'figures', figures, ['iterable']);
  checkOptions('buildReport', options, BUILD_REPORT_OPTION_RULES);
  const catalogue = options.catalogue ?? BUILTIN_CATALOGUE;
  const given = options.period === undefined ? null : parseOrThrow(options.period, 'period');
  if (options.date !== undefined && !(ISO_DATE.test(options.date) && parsePeriod(options.date).ok)) {
    throw new AntqError('invalid_argument', `buildReport: date ${JSON.stringify(options.date)} is not a real day YYYY-MM-DD`);
  }
  const input = [...figures];
  const givenRows = options.rows;
  if (givenRows !== undefined && (givenRows.length !== input.length || !givenRows.every((r) => Number.isInteger(r) && r >= 0))) {
    throw new AntqError('invalid_argument', `buildReport: rows must hold one integer >= 0 per figure (${input.length}); got ${givenRows.length} entries`);
  }
  const givenInputs = options.inputs;
  if (givenInputs !== undefined && (givenInputs.length !== input.length || !givenInputs.every((n) => typeof n === 'string'))) {
    throw new AntqError('invalid_argument', `buildReport: inputs must hold one string per figure (${input.length}); got ${givenInputs.length} entries`);
  }
  const givenLines = options.lines;
  if (givenLines !== undefined && (givenLines.length !== input.length || !givenLines.every((n) => Number.isInteger(n) && n >= 1))) {
    throw new AntqError('invalid_argument', `buildReport: lines must hold one integer >= 1 per figure (${input.length}); got ${givenLines.length} entries`);
  }
  const notes: Issue[] = [];
  // A unit's report needs a date for the units below it: without a period or a date, the data's whole span.
  let period = given;
  if (period === null && options.unit !== undefined && options.date === undefined) {
    period = spanOf(input);
    if (period !== null) {
      notes.push(
        reportIssue('default_period', 'warning', { span: periodLabels(period) }, { path: ['period'] }),
      );
    }
  }
  const date = options.date ?? period?.end ?? null;
  const units = options.units === undefined ? undefined : toUnitRegistry(options.units);
  const unitVersion = options.unit !== undefined && units !== undefined
    ? (date === null ? null : units.get(options.unit, date)) ?? units.versionsOf(options.unit).at(-1) ?? null
    : null;
  const keep = options.unit === undefined ? () => true : unitFilter(options.unit, units, date);
  const all: Figure[] = [];
  const allRows: number[] = [];
  const allInputs: string[] = [];
  const allLines: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const f = input[i] as Figure;
    if (!keep(f.unit)) continue;
    all.push(f);
    allRows.push(givenRows?.[i] ?? i);
    if (givenInputs !== undefined) allInputs.push(givenInputs[i] ?? '');
    if (givenLines !== undefined) allLines.push(givenLines[i] ?? 0);
  }
  if (options.unit !== undefined && all.length === 0) {
    notes.push(
      reportIssue('no_figures_for_unit', 'warning', { unit: options.unit, below: units !== undefined, read: input.length }, { path: ['unit'] }),
    );
  }

  const aggregator = createAggregator({
    by: ['indicator', 'category'],
    catalogue,
    ...(period === null ? {} : { period }),
    ...(units === undefined ? {} : { units }),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    ...(options.filter === undefined ? {} : { filter: options.filter }),
  });
  // With inputs or lines, the aggregation numbers figures by position (rows of two inputs may be equal).
  const named = givenInputs === undefined && givenLines === undefined ? null : { inputs: givenInputs === undefined ? undefined : allInputs, rows: allRows, lines: givenLines === undefined ? undefined : allLines };
  aggregator.addAll(all, named === null ? allRows : all.map((_, i) => i));
  const agg = aggregator.result();
  let comparison: PeriodComparison | null = null;
  if (options.compare !== undefined) {
    comparison = comparePeriods(all, {
      current: parseOrThrow(options.compare.current, 'compare.current'),
      baseline: parseOrThrow(options.compare.baseline, 'compare.baseline'),
      by: ['indicator', 'category'],
      catalogue,
      ...(units === undefined ? {} : { units }),
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      ...(options.filter === undefined ? {} : { filter: options.filter }),
    });
  }
  const programs = [...new Set(all.map((f) => f.program).filter((p): p is string => p !== undefined && p !== ''))];
  return assemble({ aggregate: agg, ...(comparison === null ? {} : { comparison }), programs }, options, { catalogue, period, date, unitVersion, notes, named });
}

/** What {@link assemble} needs besides the results: the report's period, date, unit and notes so far. */
interface Frame {
  readonly catalogue: Catalogue;
  readonly period: Period | null;
  readonly date: string | null;
  readonly unitVersion: { readonly name: string; readonly level: ReportPlace['level'] } | null;
  readonly notes: Issue[];
  readonly named: { readonly inputs: readonly string[] | undefined; readonly rows: readonly number[]; readonly lines: readonly number[] | undefined } | null;
}

/** The report's sections, notes and headings, from aggregated (and compared) rows: the one place a report is written. */
function assemble(results: ReportResults, options: BuildReportOptions, frame: Frame): Report {
  const { catalogue, period, date, unitVersion, notes, named } = frame;
  const agg = results.aggregate;
  const place: ReportPlace | null = unitVersion === null ? null : { name: unitVersion.name, level: unitVersion.level };
  const sections: ReportSection[] = writeSections(agg.rows, catalogue, place, period === null ? { vi: '', en: '' } : periodLabels(period));
  for (const n of exclusionNotes(agg.excluded, named)) notes.push(n);
  if (options.compare !== undefined && results.comparison !== undefined) {
    const current = parseOrThrow(options.compare.current, 'compare.current');
    const baseline = parseOrThrow(options.compare.baseline, 'compare.baseline');
    sections.push(writeComparison(results.comparison, catalogue, { current: periodLabels(current), baseline: periodLabels(baseline) }));
    for (const n of results.comparison.notes) notes.push(n);
  }

  const subtitle: LocalizedText[] = [];
  const programs = [...new Set(results.programs ?? [])];
  if (programs.length === 1) {
    subtitle.push({ vi: `Chương trình phối hợp số ${programs[0] as string}`, en: `Coordination programme ${programs[0] as string}` });
  }
  if (options.unit !== undefined) {
    const name = unitVersion === null ? options.unit : `${unitVersion.name} (${options.unit})`;
    subtitle.push({ vi: `Đơn vị: ${name}`, en: `Unit: ${name}` });
  }
  if (period !== null) {
    const l = periodLabels(period);
    subtitle.push({ vi: `Thời gian: ${l.vi}`, en: `Period: ${l.en}` });
  }
  if (date !== null) {
    const l = dayLabels(date);
    subtitle.push({ vi: `Ngày báo cáo: ${l.vi}`, en: `Report date: ${l.en}` });
  }
  const title: LocalizedText = options.title === undefined
    ? { vi: 'Kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc', en: 'Results of the all-people movement to protect national security' }
    : { vi: options.title, en: options.title };

  return {
    lang: options.lang ?? 'vi',
    title,
    subtitle,
    unit: options.unit ?? null,
    unitName: unitVersion?.name ?? null,
    period: period?.id ?? null,
    date,
    sections,
    notes,
    figures: { read: agg.read, used: agg.used },
  };
}

/**
 * What {@link buildReportFromResults} writes a report from: rows aggregated by indicator ×
 * category over the report's period (e.g. by `aggregateSql` inside a database), and, for a
 * comparison, the two periods compared by indicator × category.
 *
 * @category Reports
 */
export interface ReportResults {
  /** The aggregation by indicator × category (options `by: ['indicator', 'category']`, `period`). */
  readonly aggregate: AggregateResult;
  /** The comparison by indicator × category, when `options.compare` is given. */
  readonly comparison?: PeriodComparison;
  /** The programmes the figures name (a single one is named in the subtitle). */
  readonly programs?: readonly string[];
}

/**
 * Builds the same report as {@link buildReport} from rows already aggregated (and compared), for
 * figures that stay where they are, e.g. in a database (`aggregateSql`, `comparePeriodsSql`).
 * Options that choose figures (`unit`, `filter`) and number them (`rows`, `lines`, `inputs`) belong to the
 * aggregation, so they are not taken here; the notes of figures left out name the rows the
 * aggregation gave.
 *
 * @param results - the aggregation by indicator × category, the comparison, the programmes
 * @param options - language, title, period (the one aggregated), comparison periods, catalogue, date
 * @returns the report as plain data; write it out with {@link renderReport}
 * @throws {@link AntqError} `invalid_argument` for a bad period, comparison period or date, or an
 *   option that chooses figures
 * @example
 * ```ts
 * const result = aggregate([{ unit: '42', indicator: 'petitions_received', value: 81000, qualifier: 'over' }], { by: ['indicator', 'category'] });
 * buildReportFromResults({ aggregate: result }).sections[0]?.paragraphs[0]?.en;
 * // => 'Received over 81 thousand petitions.'
 * ```
 * @category Reports
 */
export function buildReportFromResults(results: ReportResults, options: BuildReportOptions = {}): Report {
  checkOptions('buildReportFromResults', options, BUILD_REPORT_OPTION_RULES);
  if (typeof (results as unknown) !== 'object' || (results as unknown) === null || !Array.isArray((results as Partial<ReportResults>).aggregate?.rows)) {
    throw new AntqError('invalid_argument', 'buildReportFromResults: results.aggregate is required');
  }
  for (const key of ['unit', 'filter', 'rows', 'lines', 'inputs'] as const) {
    if (options[key] !== undefined) throw new AntqError('invalid_argument', `buildReportFromResults: option ${key} belongs to the aggregation`);
  }
  const period = options.period === undefined ? null : parseOrThrow(options.period, 'period');
  if ((options.date !== undefined && !(ISO_DATE.test(options.date) && parsePeriod(options.date).ok)) || (options.compare !== undefined && results.comparison === undefined)) {
    throw new AntqError('invalid_argument', 'buildReportFromResults: date must be a real day YYYY-MM-DD, and compare needs results.comparison');
  }
  const date = options.date ?? period?.end ?? null;
  return assemble(results, options, { catalogue: options.catalogue ?? BUILTIN_CATALOGUE, period, date, unitVersion: null, notes: [], named: null });
}
