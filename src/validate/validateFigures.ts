import { dayToYear } from '../period/dayToYear';
import { BUILTIN_CATALOGUE } from '../catalogue/builtinCatalogue';
import type { Catalogue, IndicatorDef } from '../catalogue/Catalogue';
import { getCategory } from '../catalogue/getCategory';
import type { Issue } from '../errors/Issue';
import { isoDateToDay } from '../period/isoDateToDay';
import { parsePeriod } from '../period/parsePeriod';
import type { UnitsOption } from '../units/UnitsOption';
import { unitVersionLookup } from '../units/toUnitRegistry';
import type { Figure } from '../schema/FigureSchema';
import { normalizeProgrammeCode } from '../schema/normalizeProgrammeCode';
import type { Programme } from '../schema/ProgrammeSchema';
import { splitReporter } from '../schema/splitReporter';
import { checkFigureRow } from './checkFigureRow';
import { makeIssue } from '../errors/makeIssue';
import { checkArg, checkOptions, type ArgKind } from '../errors/checkArgs';

/**
 * Options of {@link validateFigures}.
 *
 * @category Validation
 */
export interface ValidateFiguresOptions {
  /** The catalogue the indicator ids and categories come from; default {@link BUILTIN_CATALOGUE}. */
  readonly catalogue?: Catalogue;
  /** Programmes to check figures against (matched by normalised code). */
  readonly programs?: readonly Programme[];
  /**
   * The units table (a list of unit versions or a registry, as in `aggregate`); when given,
   * every figure's unit must be in it and valid in its period.
   */
  readonly units?: UnitsOption;
  /** The `row` number of the first figure (default 0: rows are array indexes; a CSV reader passes 1). */
  readonly firstRow?: number;
}

/**
 * The outcome of {@link validateFigures}: the figures that passed (rows without errors, in input
 * order, as new plain objects), every issue found, and the row numbers that were rejected.
 *
 * @category Validation
 */
export interface FigureValidation {
  /** The figures kept: every row without an error-severity issue. */
  readonly figures: Figure[];
  /** All issues, errors and warnings, in row order then check order. */
  readonly issues: Issue[];
  /** The `row` numbers of the rejected rows, ascending. */
  readonly rejectedRows: number[];
}

interface Bounds {
  readonly startDay: number;
  readonly endDay: number;
}

interface ProgrammeBounds extends Bounds {
  readonly code: string;
}

/** Superset-to-subset comparisons are exact only when neither side is hedged. */
const LOWER_BOUND_QUALIFIERS = new Set(['exact', 'over', 'at_least']);
const UPPER_BOUND_QUALIFIERS = new Set(['exact', 'under', 'nearly']);

const YEAR_DAYS = 366;

/** What each option of {@link validateFigures} may hold (run-time check for callers without types). */
const VALIDATE_OPTION_RULES = {
  catalogue: ['object'],
  programs: ['array'],
  units: ['registry', 'array'],
  firstRow: ['number'],
} as const satisfies Readonly<Record<keyof ValidateFiguresOptions, readonly ArgKind[]>>;

/**
 * Validates a data set of figures beyond the per-row schema, and keeps every good row. Each row
 * is checked with a fast hand-written twin of {@link FigureSchema}, then against the catalogue,
 * the programmes, the units table and the other rows. A row with an error is rejected; warnings
 * keep it. Issues carry `path` `[index, field]`, `row` (`firstRow + index`) and `column`.
 *
 * Error codes: `invalid_row`, `missing_field`, `invalid_type`, `invalid_format`, `invalid_value`,
 * `negative_value`, `non_finite_value`, `vague_value`, `unknown_indicator`, `unknown_category`,
 * `uom_not_allowed`, `invalid_period` (with the period parser's code in the message),
 * `period_outside_program`, `unit_not_in_table`, `unit_outside_validity`, `duplicate_figure`
 * (same figure again: later rows rejected), `conflicting_figure` (same key, other value: later
 * rows rejected), `subset_exceeds_superset` (both exact: `valuable_tips_received` above
 * `tips_received` for the same unit, reporter, period, category, unit of measure and statistic).
 *
 * Warning codes: `missing_period` (kept, takes no part in per-period results), `unknown_program`,
 * `period_partly_outside_program`, `unit_partly_outside_validity`, `subset_may_exceed_superset`
 * (either side hedged), `stock_summed_over_time` (a stock with statistic `total` over more than
 * a year), `ytd_decreasing` (a year-to-date series that falls within one year).
 *
 * @param rows - the figures, e.g. parsed JSON or CSV records (anything; bad rows are reported)
 * @param options - catalogue, programmes, units table, first row number
 * @returns the kept figures, all issues and the rejected row numbers
 * @throws {@link AntqError} `invalid_argument` when a programme or unit passed in `options`
 * carries a date that is not a real `YYYY-MM-DD` day (validate them with {@link ProgrammeSchema}
 * and {@link AdminUnitSchema} first); bad figure rows never throw
 * @example
 * ```ts
 * const r = validateFigures([
 *   { unit: '42', period: '2023', indicator: 'weapons_surrendered', category: 'gun.military', value: 127, uom: 'piece' },
 *   { unit: '42', period: '2023', indicator: 'weapons_surrendered', category: 'gun.military', value: 5, uom: 'kg' },
 * ]);
 * r.figures.length;
 * // => 1
 * r.issues.map((i) => [i.code, i.row]);
 * // => [['uom_not_allowed', 1]]
 * ```
 * @category Validation
 */
export function validateFigures(rows: readonly unknown[], options: ValidateFiguresOptions = {}): FigureValidation {
  checkArg('validateFigures', 'rows', rows, ['array']);
  checkOptions('validateFigures', options, VALIDATE_OPTION_RULES);
  const catalogue: Catalogue = options.catalogue ?? BUILTIN_CATALOGUE;
  const firstRow = options.firstRow ?? 0;
  const issues: Issue[] = [];
  const n = rows.length;
  const figures: (Figure | undefined)[] = new Array<Figure | undefined>(n);
  const bounds: (Bounds | undefined)[] = new Array<Bounds | undefined>(n);
  const failed = new Uint8Array(n);
  const periodCache = new Map<string, Bounds | Issue>();
  const programmes = new Map<string, ProgrammeBounds>();
  for (const p of options.programs ?? []) {
    programmes.set(normalizeProgrammeCode(p.code), { code: p.code, startDay: isoDateToDay(p.period.start), endDay: isoDateToDay(p.period.end) });
  }
  const programCodeCache = new Map<string, string>();
  const unitTable = options.units === undefined ? undefined : unitVersionLookup(options.units);
  const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

  const push = (index: number, code: string, severity: Issue['severity'], column: string, en: string, vi: string): void => {
    const rowNo = firstRow + index;
    issues.push(makeIssue(code, severity, `row ${rowNo}: ${en}`, `Dòng ${rowNo}: ${vi}`, { path: [index, column], row: rowNo, column }));
    if (severity === 'error') failed[index] = 1;
  };

  // Pass 1: each row on its own.
  for (let i = 0; i < n; i++) {
    const f = checkFigureRow(rows[i], i, firstRow + i, issues);
    if (f === undefined) {
      failed[i] = 1;
      continue;
    }
    figures[i] = f;
    if (!own(catalogue, f.indicator)) {
      push(i, 'unknown_indicator', 'error', 'indicator', `unknown indicator ${f.indicator}`, `chỉ tiêu không có trong danh mục: ${f.indicator}`);
    } else {
      const def = catalogue[f.indicator] as IndicatorDef;
      const uom = f.uom ?? def.defaultUom;
      if (!def.uoms.includes(uom)) {
        push(i, 'uom_not_allowed', 'error', 'uom', `${uom} is not a unit of measure of ${f.indicator}`, `đơn vị tính ${uom} không dùng cho chỉ tiêu ${f.indicator}`);
      }
      if (f.category !== undefined) {
        const cat = getCategory(def, f.category);
        if (cat === undefined) {
          push(i, 'unknown_category', 'error', 'category', `unknown category ${f.category} of ${f.indicator}`, `phân loại ${f.category} không có trong chỉ tiêu ${f.indicator}`);
        } else if (cat.uoms !== undefined && !cat.uoms.includes(uom) && def.uoms.includes(uom)) {
          push(i, 'uom_not_allowed', 'error', 'uom', `${uom} is not a unit of measure of ${f.category}`, `đơn vị tính ${uom} không dùng cho phân loại ${f.category}`);
        }
      }
    }
    if (f.period === undefined) {
      push(i, 'missing_period', 'warning', 'period', 'no period: the figure takes no part in per-period results', 'không có kỳ báo cáo: số liệu không được tính theo kỳ');
    } else {
      let b = periodCache.get(f.period);
      if (b === undefined) {
        const parsed = parsePeriod(f.period);
        b = parsed.ok ? { startDay: parsed.value.startDay, endDay: parsed.value.endDay } : (parsed.issues[0] as Issue);
        periodCache.set(f.period, b);
      }
      if ('code' in b) {
        push(i, 'invalid_period', 'error', 'period', `period ${JSON.stringify(f.period)} is not valid (${b.code})`, `kỳ ${JSON.stringify(f.period)} không hợp lệ (${b.code})`);
      } else {
        bounds[i] = b;
      }
    }
    const pb = bounds[i];
    if (f.program !== undefined && options.programs !== undefined) {
      let code = programCodeCache.get(f.program);
      if (code === undefined) {
        code = normalizeProgrammeCode(f.program);
        programCodeCache.set(f.program, code);
      }
      const prog = programmes.get(code);
      if (prog === undefined) {
        push(i, 'unknown_program', 'warning', 'program', `programme ${f.program} is not among the programmes given`, `chương trình ${f.program} không có trong danh sách`);
      } else if (pb !== undefined) {
        if (pb.endDay < prog.startDay || pb.startDay > prog.endDay) {
          push(i, 'period_outside_program', 'error', 'period', `period ${f.period ?? ''} lies outside programme ${prog.code}`, `kỳ ${f.period ?? ''} nằm ngoài thời gian của chương trình ${prog.code}`);
        } else if (pb.startDay < prog.startDay || pb.endDay > prog.endDay) {
          push(i, 'period_partly_outside_program', 'warning', 'period', `period ${f.period ?? ''} runs past programme ${prog.code}`, `kỳ ${f.period ?? ''} vượt ra ngoài thời gian của chương trình ${prog.code}`);
        }
      }
    }
    if (unitTable !== undefined) {
      const versions = unitTable(f.unit);
      if (versions === undefined) {
        push(i, 'unit_not_in_table', 'error', 'unit', `unit ${f.unit} is not in the units table`, `đơn vị hành chính ${f.unit} không có trong bảng đơn vị`);
      } else if (pb !== undefined) {
        let overlap = false;
        let inside = false;
        for (const u of versions) {
          const from = u.validFrom === undefined ? -Infinity : isoDateToDay(u.validFrom);
          const to = u.validTo === undefined ? Infinity : isoDateToDay(u.validTo);
          if (pb.endDay >= from && pb.startDay <= to) overlap = true;
          if (pb.startDay >= from && pb.endDay <= to) inside = true;
        }
        if (!overlap) {
          push(i, 'unit_outside_validity', 'error', 'unit', `unit ${f.unit} did not exist in period ${f.period ?? ''}`, `đơn vị ${f.unit} không tồn tại trong kỳ ${f.period ?? ''}`);
        } else if (!inside) {
          push(i, 'unit_partly_outside_validity', 'warning', 'unit', `unit ${f.unit} existed for only part of period ${f.period ?? ''}`, `đơn vị ${f.unit} chỉ tồn tại trong một phần của kỳ ${f.period ?? ''}`);
        }
      }
    }
    if (failed[i] === 0 && own(catalogue, f.indicator)) {
      const def = catalogue[f.indicator] as IndicatorDef;
      if (def.kind === 'stock' && (f.statistic ?? 'total') === 'total' && pb !== undefined && pb.endDay - pb.startDay + 1 > YEAR_DAYS) {
        push(i, 'stock_summed_over_time', 'warning', 'statistic', `${f.indicator} is a stock but is given as a total over more than a year; use statistic as_of`, `${f.indicator} là chỉ tiêu thời điểm nhưng được cộng dồn nhiều năm; hãy dùng as_of`);
      }
    }
  }

  // Pass 2: duplicates and conflicts among rows that passed pass 1.
  const reporterKeys = new Map<string, string>();
  const reporterKey = (r: string | undefined): string => {
    if (r === undefined) return '';
    let k = reporterKeys.get(r);
    if (k === undefined) {
      k = splitReporter(r).sort().join('+');
      reporterKeys.set(r, k);
    }
    return k;
  };
  const programKey = (raw: string): string => {
    let code = programCodeCache.get(raw);
    if (code === undefined) {
      code = normalizeProgrammeCode(raw);
      programCodeCache.set(raw, code);
    }
    return code;
  };
  const keyOf = (f: Figure, indicator: string, period: string = f.period ?? ''): string => {
    const def = own(catalogue, f.indicator) ? (catalogue[f.indicator] as IndicatorDef) : undefined;
    const prog = f.program === undefined ? '' : programKey(f.program);
    return `${prog}\u0000${f.unit}\u0000${reporterKey(f.reporter)}\u0000${period}\u0000${indicator}\u0000${f.category ?? ''}\u0000${f.uom ?? def?.defaultUom ?? ''}\u0000${f.statistic ?? 'total'}`;
  };
  const firstByKey = new Map<string, number>();
  const keys: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const f = figures[i];
    if (f === undefined || failed[i] === 1) continue;
    const key = keyOf(f, f.indicator);
    keys[i] = key;
    const j = firstByKey.get(key);
    if (j === undefined) {
      firstByKey.set(key, i);
    } else if ((figures[j] as Figure).value === f.value) {
      push(i, 'duplicate_figure', 'error', 'value', `repeats row ${firstRow + j}`, `trùng với dòng ${firstRow + j}`);
    } else {
      push(i, 'conflicting_figure', 'error', 'value', `same figure as row ${firstRow + j} with another value (${(figures[j] as Figure).value})`, `cùng số liệu với dòng ${firstRow + j} nhưng khác giá trị (${(figures[j] as Figure).value})`);
    }
  }

  // Pass 3: subsets against supersets, and year-to-date series.
  const ytd = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const f = figures[i];
    if (f === undefined || failed[i] === 1 || !own(catalogue, f.indicator)) continue;
    const def = catalogue[f.indicator] as IndicatorDef;
    if (def.subsetOf !== undefined) {
      const j = firstByKey.get(keyOf(f, def.subsetOf));
      const sup = j === undefined || failed[j] === 1 ? undefined : figures[j];
      if (sup !== undefined && f.value > sup.value) {
        const exact = LOWER_BOUND_QUALIFIERS.has(f.qualifier ?? 'exact') && UPPER_BOUND_QUALIFIERS.has(sup.qualifier ?? 'exact');
        push(
          i,
          exact ? 'subset_exceeds_superset' : 'subset_may_exceed_superset',
          exact ? 'error' : 'warning',
          'value',
          `${f.indicator} (${f.value}) exceeds ${def.subsetOf} (${sup.value}, row ${firstRow + (j as number)})`,
          `${f.indicator} (${f.value}) lớn hơn ${def.subsetOf} (${sup.value}, dòng ${firstRow + (j as number)})`,
        );
      }
    }
    const b = bounds[i];
    if (f.statistic === 'ytd' && b !== undefined) {
      const year = keyOf(f, f.indicator, `year:${dayToYear(b.endDay)}`);
      const list = ytd.get(year);
      if (list === undefined) ytd.set(year, [i]);
      else list.push(i);
    }
  }
  for (const list of ytd.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => (bounds[a] as Bounds).endDay - (bounds[b] as Bounds).endDay);
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1] as number;
      const cur = sorted[k] as number;
      const pf = figures[prev] as Figure;
      const cf = figures[cur] as Figure;
      if (cf.value < pf.value && (bounds[cur] as Bounds).endDay > (bounds[prev] as Bounds).endDay) {
        push(cur, 'ytd_decreasing', 'warning', 'value', `year-to-date value ${cf.value} is below the earlier ${pf.value} (row ${firstRow + prev})`, `số lũy kế từ đầu năm ${cf.value} thấp hơn số trước đó ${pf.value} (dòng ${firstRow + prev})`);
      }
    }
  }

  const kept: Figure[] = [];
  const rejectedRows: number[] = [];
  for (let i = 0; i < n; i++) {
    if (failed[i] === 1) rejectedRows.push(firstRow + i);
    else kept.push(figures[i] as Figure);
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { figures: kept, issues, rejectedRows };
}
