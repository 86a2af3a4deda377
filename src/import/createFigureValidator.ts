import { BUILTIN_CATALOGUE } from '../catalogue/builtinCatalogue';
import type { Catalogue, IndicatorDef } from '../catalogue/Catalogue';
import { getCategory } from '../catalogue/getCategory';
import { AntqError } from '../errors/AntqError';
import type { Issue } from '../errors/Issue';
import { dayToYear } from '../period/dayToYear';
import { isoDateToDay } from '../period/isoDateToDay';
import { parsePeriod } from '../period/parsePeriod';
import { QUALIFIERS } from '../quantity/Qualifier';
import type { UnitsOption } from '../units/UnitsOption';
import { checkOptions, type ArgKind } from '../errors/checkArgs';
import { unitVersionLookup } from '../units/toUnitRegistry';
import type { Figure } from '../schema/FigureSchema';
import { normalizeProgrammeCode } from '../schema/normalizeProgrammeCode';
import type { Programme } from '../schema/ProgrammeSchema';
import { splitReporter } from '../schema/splitReporter';
import { checkFigureRow } from '../validate/checkFigureRow';
import { KeyTable } from './internal/KeyTable';
import { makeIssue } from '../errors/makeIssue';

/**
 * Options of {@link createFigureValidator}.
 *
 * @example
 * ```ts
 * const options: FigureValidatorOptions = { maxTrackedKeys: 50_000 };
 * options.maxTrackedKeys;
 * // => 50000
 * ```
 * @category Import
 */
export interface FigureValidatorOptions {
  /** The catalogue of indicator ids and categories; default {@link BUILTIN_CATALOGUE}. */
  readonly catalogue?: Catalogue;
  /** Programmes to check figures against (matched by normalised code). */
  readonly programs?: readonly Programme[];
  /**
   * The units table (a list of unit versions or a registry, as in `aggregate`); when given,
   * every figure's unit must be in it and valid in its period.
   */
  readonly units?: UnitsOption;
  /**
   * Most distinct figure keys remembered for the cross-row checks (duplicates, conflicts,
   * subsets, year-to-date series); default 200,000 (at most 13 MB). Past it, later keys are not
   * checked against each other and one `cross_row_checks_limited` warning says so.
   */
  readonly maxTrackedKeys?: number;
}

/**
 * Where a row sits in its file, for the issues of {@link FigureValidator.check}.
 *
 * @example
 * ```ts
 * const at: RowLocation = { row: 3, line: 4, columns: ['unit', 'indicator', 'value'] };
 * at.row;
 * // => 3
 * ```
 * @category Import
 */
export interface RowLocation {
  /** 1-based data row (header excluded). */
  readonly row: number;
  /** 1-based physical line, when the input is a text file. */
  readonly line?: number;
  /** The header, when the row came from a table: issues then point at `['cells', i]`. */
  readonly columns?: readonly string[];
}

/**
 * The outcome of checking one row: the figure when the row has no error, and its issues.
 *
 * @example
 * ```ts
 * const check: FigureCheck = { figure: undefined, issues: [] };
 * check.figure;
 * // => undefined
 * ```
 * @category Import
 */
export interface FigureCheck {
  /** The figure (a new plain object) when the row has no error, else `undefined`. */
  readonly figure: Figure | undefined;
  /** Every issue of the row, errors and warnings. */
  readonly issues: readonly Issue[];
}

/** What each option of {@link createFigureValidator} may hold (run-time check for callers without types). */
export const VALIDATOR_OPTION_RULES = {
  catalogue: ['object'],
  programs: ['array'],
  units: ['registry', 'array'],
  maxTrackedKeys: ['number'],
} as const satisfies Readonly<Record<keyof FigureValidatorOptions, readonly ArgKind[]>>;

/**
 * A streaming validator made by {@link createFigureValidator}.
 *
 * @example
 * ```ts
 * const v = createFigureValidator();
 * v.check({ unit: '42', indicator: 'marches', value: 35, period: '2023' }, { row: 1 }).figure?.value;
 * // => 35
 * ```
 * @category Import
 */
export interface FigureValidator {
  /**
   * Checks the next row of the stream.
   * @param row - the row as an object (anything: bad rows are reported)
   * @param at - its row number, line and header
   * @returns the figure or `undefined`, and the row's issues
   */
  check(row: unknown, at: RowLocation): FigureCheck;
  /** Distinct figure keys remembered so far (at most `maxTrackedKeys`). */
  readonly trackedKeys: number;
}

const LOWER_BOUND_QUALIFIERS = new Set(['exact', 'over', 'at_least']);
const UPPER_BOUND_QUALIFIERS = new Set(['exact', 'under', 'nearly']);
const QUALIFIER_INDEX = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));
const YEAR_DAYS = 366;
/** Distinct period and programme spellings cached before a cache is cleared. */
const CACHE_LIMIT = 4096;

interface Bounds {
  readonly startDay: number;
  readonly endDay: number;
}

interface YtdPoint {
  readonly endDay: number;
  readonly value: number;
  readonly row: number;
}

/**
 * Starts a row-by-row validator for a stream of figures, in memory that does not grow with the
 * input: the checks of {@link validateFigures}, the same codes and columns, but one row at a time
 * so that a file larger than memory can be validated while it is read.
 *
 * Cross-row checks compare a row only with earlier rows, so the later row of a pair carries the
 * issue: a repeated or conflicting figure (`duplicate_figure`, `conflicting_figure`), and a subset
 * above its superset (`subset_exceeds_superset`, or `subset_may_exceed_superset` when hedged)
 * whichever of the two came second, and `ytd_decreasing` on the row that breaks the series. Keys
 * are remembered as 64-bit fingerprints up to `maxTrackedKeys`; past that budget new keys are not
 * compared and the first row affected gets a `cross_row_checks_limited` warning.
 *
 * @param options - catalogue, programmes, units table and key budget
 * @returns a validator whose `check` takes rows in order
 * @throws {AntqError} `invalid_option` when `maxTrackedKeys` is not a non-negative integer; `invalid_argument` when a programme or unit carries a date that is not a real `YYYY-MM-DD` day.
 * @example
 * ```ts
 * const v = createFigureValidator();
 * const a = v.check({ unit: '42', indicator: 'marches', value: 35, period: '2023' }, { row: 1 });
 * const b = v.check({ unit: '42', indicator: 'marches', value: 36, period: '2023' }, { row: 2 });
 * [a.figure?.value, b.figure, b.issues.map((i) => i.code)];
 * // => [35, undefined, ['conflicting_figure']]
 * ```
 * @category Import
 */
export function createFigureValidator(options: FigureValidatorOptions = {}): FigureValidator {
  checkOptions('createFigureValidator', options, VALIDATOR_OPTION_RULES);
  const catalogue: Catalogue = options.catalogue ?? BUILTIN_CATALOGUE;
  const maxKeys = options.maxTrackedKeys ?? 200_000;
  if (!Number.isInteger(maxKeys) || maxKeys < 0) {
    throw new AntqError('invalid_option', `createFigureValidator: maxTrackedKeys must be a non-negative integer, got ${String(maxKeys)}`);
  }
  const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
  const programmes = new Map<string, Bounds & { readonly code: string }>();
  for (const p of options.programs ?? []) {
    programmes.set(normalizeProgrammeCode(p.code), { code: p.code, startDay: dayOf(p.period.start), endDay: dayOf(p.period.end) });
  }
  // Validity spans per code, worked out on first use (a registry may hold many more units than a file names).
  const versionsOf = options.units === undefined ? undefined : unitVersionLookup(options.units);
  const spans = new Map<string, readonly { from: number; to: number }[] | null>();
  const unitSpans = (code: string): readonly { from: number; to: number }[] | null => {
    let known = spans.get(code);
    if (known === undefined) {
      const versions = versionsOf?.(code);
      known = versions === undefined ? null : versions.map((u) => ({ from: u.validFrom === undefined ? -Infinity : dayOf(u.validFrom), to: u.validTo === undefined ? Infinity : dayOf(u.validTo) }));
      spans.set(code, known);
    }
    return known;
  };
  // Indicators whose subset is another indicator: a superset row looks its subsets up.
  const subsetsOf = new Map<string, string[]>();
  for (const id of Object.keys(catalogue)) {
    const sup = (catalogue[id] as IndicatorDef).subsetOf;
    if (sup === undefined) continue;
    const list = subsetsOf.get(sup);
    if (list === undefined) subsetsOf.set(sup, [id]);
    else list.push(id);
  }
  const periodCache = new Map<string, Bounds | string>();
  const programCache = new Map<string, string>();
  const keys = new KeyTable(maxKeys);
  const ytd = new Map<string, YtdPoint[]>();
  let ytdPoints = 0;
  let limitReported = false;

  const periodOf = (text: string): Bounds | string => {
    let b = periodCache.get(text);
    if (b === undefined) {
      const parsed = parsePeriod(text);
      b = parsed.ok ? { startDay: parsed.value.startDay, endDay: parsed.value.endDay } : ((parsed.issues[0] as Issue).code);
      if (periodCache.size >= CACHE_LIMIT) periodCache.clear();
      periodCache.set(text, b);
    }
    return b;
  };
  const programCode = (raw: string): string => {
    let code = programCache.get(raw);
    if (code === undefined) {
      code = normalizeProgrammeCode(raw);
      if (programCache.size >= CACHE_LIMIT) programCache.clear();
      programCache.set(raw, code);
    }
    return code;
  };
  const keyOf = (f: Figure, indicator: string, period: string = f.period ?? ''): string => {
    const def = own(catalogue, indicator) ? (catalogue[indicator] as IndicatorDef) : undefined;
    const prog = f.program === undefined ? '' : programCode(f.program);
    const reporter = f.reporter === undefined ? '' : splitReporter(f.reporter).sort().join('+');
    return `${prog}\u0000${f.unit}\u0000${reporter}\u0000${period}\u0000${indicator}\u0000${f.category ?? ''}\u0000${f.uom ?? def?.defaultUom ?? ''}\u0000${f.statistic ?? 'total'}`;
  };

  const check = (row: unknown, at: RowLocation): FigureCheck => {
    const rowNo = at.row;
    const raw: Issue[] = [];
    const f = checkFigureRow(row, 0, rowNo, raw);
    const issues: Issue[] = raw.map((i) => locate(i, at));
    let failed = f === undefined;
    const push = (code: string, severity: Issue['severity'], column: string, en: string, vi: string): void => {
      issues.push(locate(makeIssue(code, severity, `row ${rowNo}: ${en}`, `Dòng ${rowNo}: ${vi}`, { path: [0, column], row: rowNo, column }), at));
      if (severity === 'error') failed = true;
    };
    if (f === undefined) return { figure: undefined, issues };

    const def = own(catalogue, f.indicator) ? (catalogue[f.indicator] as IndicatorDef) : undefined;
    if (def === undefined) {
      push('unknown_indicator', 'error', 'indicator', `unknown indicator ${f.indicator}`, `chỉ tiêu không có trong danh mục: ${f.indicator}`);
    } else {
      const uom = f.uom ?? def.defaultUom;
      if (!def.uoms.includes(uom)) {
        push('uom_not_allowed', 'error', 'uom', `${uom} is not a unit of measure of ${f.indicator}`, `đơn vị tính ${uom} không dùng cho chỉ tiêu ${f.indicator}`);
      }
      if (f.category !== undefined) {
        const cat = getCategory(def, f.category);
        if (cat === undefined) {
          push('unknown_category', 'error', 'category', `unknown category ${f.category} of ${f.indicator}`, `phân loại ${f.category} không có trong chỉ tiêu ${f.indicator}`);
        } else if (cat.uoms !== undefined && !cat.uoms.includes(uom) && def.uoms.includes(uom)) {
          push('uom_not_allowed', 'error', 'uom', `${uom} is not a unit of measure of ${f.category}`, `đơn vị tính ${uom} không dùng cho phân loại ${f.category}`);
        }
      }
    }
    let pb: Bounds | undefined;
    if (f.period === undefined) {
      push('missing_period', 'warning', 'period', 'no period: the figure takes no part in per-period results', 'không có kỳ báo cáo: số liệu không được tính theo kỳ');
    } else {
      const b = periodOf(f.period);
      if (typeof b === 'string') push('invalid_period', 'error', 'period', `period ${JSON.stringify(f.period)} is not valid (${b})`, `kỳ ${JSON.stringify(f.period)} không hợp lệ (${b})`);
      else pb = b;
    }
    if (f.program !== undefined && options.programs !== undefined) {
      const prog = programmes.get(programCode(f.program));
      if (prog === undefined) {
        push('unknown_program', 'warning', 'program', `programme ${f.program} is not among the programmes given`, `chương trình ${f.program} không có trong danh sách`);
      } else if (pb !== undefined) {
        if (pb.endDay < prog.startDay || pb.startDay > prog.endDay) {
          push('period_outside_program', 'error', 'period', `period ${f.period ?? ''} lies outside programme ${prog.code}`, `kỳ ${f.period ?? ''} nằm ngoài thời gian của chương trình ${prog.code}`);
        } else if (pb.startDay < prog.startDay || pb.endDay > prog.endDay) {
          push('period_partly_outside_program', 'warning', 'period', `period ${f.period ?? ''} runs past programme ${prog.code}`, `kỳ ${f.period ?? ''} vượt ra ngoài thời gian của chương trình ${prog.code}`);
        }
      }
    }
    if (versionsOf !== undefined) {
      const versions = unitSpans(f.unit);
      if (versions === null) {
        push('unit_not_in_table', 'error', 'unit', `unit ${f.unit} is not in the units table`, `đơn vị hành chính ${f.unit} không có trong bảng đơn vị`);
      } else if (pb !== undefined) {
        const overlap = versions.some((u) => pb.endDay >= u.from && pb.startDay <= u.to);
        const inside = versions.some((u) => pb.startDay >= u.from && pb.endDay <= u.to);
        if (!overlap) {
          push('unit_outside_validity', 'error', 'unit', `unit ${f.unit} did not exist in period ${f.period ?? ''}`, `đơn vị ${f.unit} không tồn tại trong kỳ ${f.period ?? ''}`);
        } else if (!inside) {
          push('unit_partly_outside_validity', 'warning', 'unit', `unit ${f.unit} existed for only part of period ${f.period ?? ''}`, `đơn vị ${f.unit} chỉ tồn tại trong một phần của kỳ ${f.period ?? ''}`);
        }
      }
    }
    if (failed || def === undefined) return { figure: failed ? undefined : f, issues };
    if (def.kind === 'stock' && (f.statistic ?? 'total') === 'total' && pb !== undefined && pb.endDay - pb.startDay + 1 > YEAR_DAYS) {
      push('stock_summed_over_time', 'warning', 'statistic', `${f.indicator} is a stock but is given as a total over more than a year; use statistic as_of`, `${f.indicator} là chỉ tiêu thời điểm nhưng được cộng dồn nhiều năm; hãy dùng as_of`);
    }

    // Cross-row checks, against earlier rows only.
    const limited = (): void => {
      if (limitReported) return;
      limitReported = true;
      push('cross_row_checks_limited', 'warning', 'value', `more than ${maxKeys} distinct figures: from here on duplicates, subsets and year-to-date series are not checked`, `hơn ${maxKeys} số liệu khác nhau: từ đây không kiểm tra trùng lặp, quan hệ tập con và số lũy kế`);
    };
    const key = keyOf(f, f.indicator);
    const prev = keys.get(key);
    if (prev !== undefined) {
      if (prev.value === f.value) push('duplicate_figure', 'error', 'value', `repeats row ${prev.row}`, `trùng với dòng ${prev.row}`);
      else push('conflicting_figure', 'error', 'value', `same figure as row ${prev.row} with another value (${prev.value})`, `cùng số liệu với dòng ${prev.row} nhưng khác giá trị (${prev.value})`);
      return { figure: undefined, issues };
    }
    const q = f.qualifier ?? 'exact';
    const subsetCheck = (subId: string, subValue: number, subQ: string, supId: string, supValue: number, supQ: string, otherRow: number): boolean => {
      if (subValue <= supValue) return false;
      const exact = LOWER_BOUND_QUALIFIERS.has(subQ) && UPPER_BOUND_QUALIFIERS.has(supQ);
      push(
        exact ? 'subset_exceeds_superset' : 'subset_may_exceed_superset',
        exact ? 'error' : 'warning',
        'value',
        `${subId} (${subValue}) exceeds ${supId} (${supValue}, row ${otherRow})`,
        `${subId} (${subValue}) lớn hơn ${supId} (${supValue}, dòng ${otherRow})`,
      );
      return exact;
    };
    let subsetError = false;
    if (def.subsetOf !== undefined) {
      const sup = keys.get(keyOf(f, def.subsetOf));
      if (sup !== undefined) subsetError = subsetCheck(f.indicator, f.value, q, def.subsetOf, sup.value, QUALIFIERS[sup.qualifier] ?? 'exact', sup.row) || subsetError;
    }
    for (const subId of subsetsOf.get(f.indicator) ?? []) {
      const sub = keys.get(keyOf(f, subId));
      if (sub !== undefined) subsetError = subsetCheck(subId, sub.value, QUALIFIERS[sub.qualifier] ?? 'exact', f.indicator, f.value, q, sub.row) || subsetError;
    }
    if (subsetError) return { figure: undefined, issues };
    if (!keys.set(key, rowNo, f.value, QUALIFIER_INDEX.get(q) ?? 0)) limited();

    if (f.statistic === 'ytd' && pb !== undefined) {
      const seriesKey = keyOf(f, f.indicator, `year:${dayToYear(pb.endDay)}`);
      let list = ytd.get(seriesKey);
      if (list === undefined && keys.size + ytdPoints < maxKeys) {
        list = [];
        ytd.set(seriesKey, list);
      }
      if (list === undefined || keys.size + ytdPoints >= maxKeys) limited();
      else {
        let before: YtdPoint | undefined;
        let after: YtdPoint | undefined;
        for (const p of list) {
          if (p.endDay < pb.endDay && (before === undefined || p.endDay > before.endDay)) before = p;
          if (p.endDay > pb.endDay && (after === undefined || p.endDay < after.endDay)) after = p;
        }
        if (before !== undefined && f.value < before.value) {
          push('ytd_decreasing', 'warning', 'value', `year-to-date value ${f.value} is below the earlier ${before.value} (row ${before.row})`, `số lũy kế từ đầu năm ${f.value} thấp hơn số trước đó ${before.value} (dòng ${before.row})`);
        } else if (after !== undefined && after.value < f.value) {
          push('ytd_decreasing', 'warning', 'value', `year-to-date value ${f.value} is above the later ${after.value} (row ${after.row})`, `số lũy kế từ đầu năm ${f.value} cao hơn số sau đó ${after.value} (dòng ${after.row})`);
        }
        list.push({ endDay: pb.endDay, value: f.value, row: rowNo });
        ytdPoints++;
      }
    }
    return { figure: f, issues };
  };

  return {
    check,
    get trackedKeys(): number {
      return keys.size + ytdPoints;
    },
  };
}

/** Points an issue of field `column` at the row's cell, line and row number. */
function locate(issue: Issue, at: RowLocation): Issue {
  const column = issue.column;
  const index = column === undefined || at.columns === undefined ? -1 : at.columns.indexOf(column);
  const path: (string | number)[] = index >= 0 ? ['cells', index] : column === undefined ? [] : [column];
  const out: { -readonly [K in keyof Issue]: Issue[K] } = { ...issue, path, row: at.row };
  if (at.line !== undefined) out.line = at.line;
  return out;
}

function dayOf(iso: string): number {
  return isoDateToDay(iso);
}
