import { BUILTIN_CATALOGUE } from '../catalogue/builtinCatalogue';
import type { Catalogue } from '../catalogue/Catalogue';
import { comparePeriods } from '../compare/comparePeriods';
import { aggregate } from '../engine/aggregate';
import type { Exclusions } from '../engine/AggregateRow';
import { AntqError } from '../errors/AntqError';
import type { Issue } from '../errors/Issue';
import { makeIssue } from '../errors/makeIssue';
import type { ReportPlace } from './internal/commendations';
import { periodLabels } from './internal/periodLabels';
import { writeComparison } from './internal/writeComparison';
import { writeSections } from './internal/writeSections';
import type { Period } from '../period/Period';
import { parsePeriod } from '../period/parsePeriod';
import type { Figure } from '../schema/FigureSchema';
import type { UnitRegistry } from '../units/UnitRegistry';
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
  /** Aggregate over this period id (`2013-08-01/2023-05-24`, `2023`, `2023-Q2`); default all figures. */
  readonly period?: string;
  /** Add a period comparison: the two period ids. */
  readonly compare?: { readonly current: string; readonly baseline: string };
  /** The catalogue (default the built-in one); custom indicators land in the `other` section. */
  readonly catalogue?: Catalogue;
  /** The units table: names the unit, finds the units below it, and is passed to aggregation. */
  readonly units?: UnitRegistry;
  /** The report date, `YYYY-MM-DD` (default: the end of `period`, when given). */
  readonly date?: string;
  /** Restate figures onto the unit boundaries of this date (`YYYY-MM-DD`; needs `units`), as in `aggregate`. */
  readonly asOf?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseOrThrow(text: string, what: string): Period {
  const p = parsePeriod(text);
  if (!p.ok) throw new AntqError('invalid_argument', `buildReport: ${what} ${JSON.stringify(text)} is not a period id`);
  return p.value;
}

function exclusionNotes(excluded: Exclusions): Issue[] {
  const out: Issue[] = [];
  for (const [reason, info] of Object.entries(excluded)) {
    if (info.count === 0) continue;
    out.push(
      makeIssue(
        'figures_excluded',
        'warning',
        `${info.count} figure(s) left out of the totals: ${reason} (rows ${info.rows.join(', ')})`,
        `${info.count} số liệu không được tính vào tổng: ${reason} (dòng ${info.rows.join(', ')})`,
        { path: ['excluded', reason] },
      ),
    );
  }
  return out;
}

function unitFilter(unit: string, units: UnitRegistry | undefined, date: string | null): (code: string) => boolean {
  if (units === undefined || date === null) return (code) => code === unit;
  const codes = new Set<string>([unit, ...units.descendantsAt(unit, date).map((u) => u.code)]);
  return (code) => codes.has(code);
}

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
 * // => ['Nhân dân đã tự nguyện giao nộp trên 127 khẩu súng quân dụng.', 'Tiếp nhận hơn 81 nghìn lượt đơn thư.']
 * report.sections[1]?.paragraphs[0]?.en;
 * // => 'Received over 81 thousand petitions.'
 * ```
 * @category Reports
 */
export function buildReport(figures: Iterable<Figure>, options: BuildReportOptions = {}): Report {
  const catalogue = options.catalogue ?? BUILTIN_CATALOGUE;
  const period = options.period === undefined ? null : parseOrThrow(options.period, 'period');
  if (options.date !== undefined && !(ISO_DATE.test(options.date) && parsePeriod(options.date).ok)) {
    throw new AntqError('invalid_argument', `buildReport: date ${JSON.stringify(options.date)} is not a real day YYYY-MM-DD`);
  }
  const date = options.date ?? period?.end ?? null;
  const unitVersion = options.unit !== undefined && options.units !== undefined
    ? (date === null ? null : options.units.get(options.unit, date)) ?? options.units.versionsOf(options.unit).at(-1) ?? null
    : null;
  const keep = options.unit === undefined ? () => true : unitFilter(options.unit, options.units, date);
  const all: Figure[] = [];
  for (const f of figures) if (keep(f.unit)) all.push(f);

  const agg = aggregate(all, {
    by: ['indicator', 'category'],
    catalogue,
    ...(period === null ? {} : { period }),
    ...(options.units === undefined ? {} : { units: options.units }),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
  });
  const place: ReportPlace | null = unitVersion === null ? null : { name: unitVersion.name, level: unitVersion.level };
  const sections: ReportSection[] = writeSections(agg.rows, catalogue, place);
  const notes: Issue[] = exclusionNotes(agg.excluded);

  if (options.compare !== undefined) {
    const current = parseOrThrow(options.compare.current, 'compare.current');
    const baseline = parseOrThrow(options.compare.baseline, 'compare.baseline');
    const comparison = comparePeriods(all, {
      current,
      baseline,
      by: ['indicator', 'category'],
      catalogue,
      ...(options.units === undefined ? {} : { units: options.units }),
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    });
    sections.push(writeComparison(comparison, catalogue, { current: periodLabels(current), baseline: periodLabels(baseline) }));
    for (const n of comparison.notes) notes.push(n);
  }

  const subtitle: LocalizedText[] = [];
  const programs = [...new Set(all.map((f) => f.program).filter((p): p is string => p !== undefined && p !== ''))];
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
    const [y, m, d] = date.split('-');
    subtitle.push({ vi: `Ngày báo cáo: ${Number(d)}/${Number(m)}/${y ?? ''}`, en: `Report date: ${date}` });
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
