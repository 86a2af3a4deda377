import { BUILTIN_CATALOGUE } from '../catalogue/builtinCatalogue';
import type { Catalogue, IndicatorDef } from '../catalogue/Catalogue';
import { getCategory } from '../catalogue/getCategory';
import type { Issue } from '../errors/Issue';
import { dayToYear } from '../period/dayToYear';
import { isoDateToDay } from '../period/isoDateToDay';
import { parsePeriod } from '../period/parsePeriod';
import { QUALIFIERS } from '../quantity/Qualifier';
import type { UnitsOption } from '../units/UnitsOption';
import { unitVersionLookup } from '../units/toUnitRegistry';
import type { Figure } from '../schema/FigureSchema';
import { normalizeProgrammeCode } from '../schema/normalizeProgrammeCode';
import type { Programme } from '../schema/ProgrammeSchema';
import { splitReporter } from '../schema/splitReporter';
import { figureKey } from './figureKey';
import { FIGURE_ISSUE_TEXT, type FigureRuleCode } from './figureIssueText';
import { KeyTable } from './internal/KeyTable';

/** Options of the figure rules: what the array and the streaming validators both take. */
export interface FigureRulesOptions {
  readonly catalogue?: Catalogue;
  readonly programs?: readonly Programme[];
  readonly units?: UnitsOption;
  /** Most distinct keys remembered for the cross-row checks; `Infinity` for no limit. */
  readonly maxTrackedKeys: number;
}

/** One issue of the rules, before the caller places it (path, line) in its input. */
export interface RuleIssue {
  readonly code: FigureRuleCode;
  readonly severity: Issue['severity'];
  readonly column: string;
  readonly message: string;
  readonly messageVi: string;
}

/** The figure rules: checks figures one at a time, in input order, against earlier rows. */
export interface FigureRules {
  /**
   * Checks a figure that passed {@link checkFigureRow}, appending its issues to `out`.
   * Returns whether the row is kept (has no error).
   */
  check(f: Figure, rowNo: number, out: RuleIssue[]): boolean;
  /** Keys remembered for the cross-row checks. */
  readonly trackedKeys: number;
}

const LOWER_BOUND_QUALIFIERS: ReadonlySet<string> = new Set(['exact', 'over', 'at_least']);
const UPPER_BOUND_QUALIFIERS: ReadonlySet<string> = new Set(['exact', 'under', 'nearly']);
const QUALIFIER_INDEX = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));
const YEAR_DAYS = 366;
/** Distinct spellings cached before a cache is cleared: memory stays bounded on any input. */
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

/** What the catalogue says about one indicator, looked up once. */
interface IndicatorFacts {
  readonly def: IndicatorDef;
  /** Its subsets (indicators whose `subsetOf` is this one). */
  readonly subsets: readonly string[];
  /** Per category code: `null` when unknown, else the uoms it allows (`undefined`: any of the indicator's). */
  readonly categories: Map<string, readonly string[] | undefined | null>;
}

/**
 * The one implementation of the figure rules beyond the row schema: catalogue (indicator,
 * category, unit of measure), period, programme window, units table, stocks summed over time,
 * and the cross-row checks against earlier rows (duplicates and conflicts, subsets above their
 * supersets whichever comes second, falling year-to-date series). `validateFigures` runs it over
 * an array with no key limit; `createFigureValidator` runs it over a stream with a key budget.
 * Decisions about a value (a period's days, a programme code, a reporter set, a category) are
 * made once per distinct value.
 */
export function createFigureRules(options: FigureRulesOptions): FigureRules {
  const catalogue: Catalogue = options.catalogue ?? BUILTIN_CATALOGUE;
  const maxKeys = options.maxTrackedKeys;
  const programmes = new Map<string, Bounds & { readonly code: string }>();
  for (const p of options.programs ?? []) {
    programmes.set(normalizeProgrammeCode(p.code), { code: p.code, startDay: isoDateToDay(p.period.start), endDay: isoDateToDay(p.period.end) });
  }
  // Validity spans per code, worked out on first use (a registry may hold many more units than the input names).
  const versionsOf = options.units === undefined ? undefined : unitVersionLookup(options.units);
  const spans = new Map<string, readonly { from: number; to: number }[] | null>();
  const unitSpans = (code: string): readonly { from: number; to: number }[] | undefined => {
    let known = spans.get(code);
    if (known === undefined) {
      const versions = versionsOf?.(code);
      known = versions === undefined ? null : versions.map((u) => ({ from: u.validFrom === undefined ? -Infinity : isoDateToDay(u.validFrom), to: u.validTo === undefined ? Infinity : isoDateToDay(u.validTo) }));
      spans.set(code, known);
    }
    return known ?? undefined;
  };
  const subsetsOf = new Map<string, string[]>();
  for (const id of Object.keys(catalogue)) {
    const sup = (catalogue[id] as IndicatorDef).subsetOf;
    if (sup === undefined) continue;
    const list = subsetsOf.get(sup);
    if (list === undefined) subsetsOf.set(sup, [id]);
    else list.push(id);
  }
  const indicators = new Map<string, IndicatorFacts | null>();
  const periodCache = new Map<string, Bounds | string>();
  const programCache = new Map<string, string>();
  const reporterCache = new Map<string, string>();
  const keys = new KeyTable(maxKeys);
  const ytd = new Map<string, YtdPoint[]>();
  let ytdPoints = 0;
  let limitReported = false;

  const factsOf = (id: string): IndicatorFacts | null => {
    let facts = indicators.get(id);
    if (facts === undefined) {
      facts = Object.prototype.hasOwnProperty.call(catalogue, id) ? { def: catalogue[id] as IndicatorDef, subsets: subsetsOf.get(id) ?? [], categories: new Map() } : null;
      if (indicators.size >= CACHE_LIMIT) indicators.clear();
      indicators.set(id, facts);
    }
    return facts;
  };
  const categoryOf = (facts: IndicatorFacts, code: string): readonly string[] | undefined | null => {
    let c = facts.categories.get(code);
    if (c === undefined && !facts.categories.has(code)) {
      const cat = getCategory(facts.def, code);
      c = cat === undefined ? null : cat.uoms;
      if (facts.categories.size >= CACHE_LIMIT) facts.categories.clear();
      facts.categories.set(code, c);
    }
    return c;
  };
  const periodOf = (text: string): Bounds | string => {
    let b = periodCache.get(text);
    if (b === undefined) {
      const parsed = parsePeriod(text);
      b = parsed.ok ? { startDay: parsed.value.startDay, endDay: parsed.value.endDay } : (parsed.issues[0] as Issue).code;
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
  const reporterKey = (raw: string | undefined): string => {
    if (raw === undefined) return '';
    let k = reporterCache.get(raw);
    if (k === undefined) {
      k = splitReporter(raw).sort().join('+');
      if (reporterCache.size >= CACHE_LIMIT) reporterCache.clear();
      reporterCache.set(raw, k);
    }
    return k;
  };

  const check = (f: Figure, rowNo: number, out: RuleIssue[]): boolean => {
    // Set by push() from inside closures, so read through a call: narrowing must not pin it.
    const state = { failed: false };
    const hasFailed = (): boolean => state.failed;
    const push = <C extends FigureRuleCode>(code: C, severity: Issue['severity'], column: string, data: Parameters<(typeof FIGURE_ISSUE_TEXT)[C]>[0]): void => {
      const [en, vi] = (FIGURE_ISSUE_TEXT[code] as (d: typeof data) => [string, string])(data);
      out.push({ code, severity, column, message: `row ${rowNo}: ${en}`, messageVi: `Dòng ${rowNo}: ${vi}` });
      if (severity === 'error') state.failed = true;
    };

    const facts = factsOf(f.indicator);
    const uom = f.uom ?? facts?.def.defaultUom ?? '';
    if (facts === null) push('unknown_indicator', 'error', 'indicator', { indicator: f.indicator });
    else {
      const def = facts.def;
      const allowed = def.uoms.includes(uom as (typeof def.uoms)[number]);
      if (!allowed) push('uom_not_allowed', 'error', 'uom', { uom, of: f.indicator, category: false });
      if (f.category !== undefined) {
        const catUoms = categoryOf(facts, f.category);
        if (catUoms === null) push('unknown_category', 'error', 'category', { category: f.category, indicator: f.indicator });
        else if (catUoms !== undefined && !catUoms.includes(uom) && allowed) push('uom_not_allowed', 'error', 'uom', { uom, of: f.category, category: true });
      }
    }
    let pb: Bounds | undefined;
    if (f.period === undefined) push('missing_period', 'warning', 'period', {});
    else {
      const b = periodOf(f.period);
      if (typeof b === 'string') push('invalid_period', 'error', 'period', { period: f.period, reason: b });
      else pb = b;
    }
    const period = f.period ?? '';
    if (f.program !== undefined && options.programs !== undefined) {
      const prog = programmes.get(programCode(f.program));
      if (prog === undefined) push('unknown_program', 'warning', 'program', { program: f.program });
      else if (pb !== undefined) {
        if (pb.endDay < prog.startDay || pb.startDay > prog.endDay) push('period_outside_program', 'error', 'period', { period, program: prog.code });
        else if (pb.startDay < prog.startDay || pb.endDay > prog.endDay) push('period_partly_outside_program', 'warning', 'period', { period, program: prog.code });
      }
    }
    if (versionsOf !== undefined) {
      const versions = unitSpans(f.unit);
      if (versions === undefined) push('unit_not_in_table', 'error', 'unit', { unit: f.unit });
      else if (pb !== undefined) {
        let overlap = false;
        let inside = false;
        for (const u of versions) {
          if (pb.endDay >= u.from && pb.startDay <= u.to) overlap = true;
          if (pb.startDay >= u.from && pb.endDay <= u.to) inside = true;
        }
        if (!overlap) push('unit_outside_validity', 'error', 'unit', { unit: f.unit, period });
        else if (!inside) push('unit_partly_outside_validity', 'warning', 'unit', { unit: f.unit, period });
      }
    }
    if (hasFailed() || facts === null) return !hasFailed();
    const def = facts.def;
    if (def.kind === 'stock' && (f.statistic ?? 'total') === 'total' && pb !== undefined && pb.endDay - pb.startDay + 1 > YEAR_DAYS) {
      push('stock_summed_over_time', 'warning', 'statistic', { indicator: f.indicator });
    }

    // Cross-row checks, against earlier rows only: the later row of a pair carries the issue.
    const limited = (): void => {
      if (limitReported) return;
      limitReported = true;
      push('cross_row_checks_limited', 'warning', 'value', { max: maxKeys });
    };
    const program = f.program === undefined ? '' : programCode(f.program);
    const reporter = reporterKey(f.reporter);
    const category = f.category ?? '';
    const statistic = f.statistic ?? 'total';
    const key = figureKey(program, f.unit, reporter, period, f.indicator, category, uom, statistic);
    const prev = keys.get(key);
    if (prev !== undefined) {
      if (prev.value === f.value) push('duplicate_figure', 'error', 'value', { row: prev.row });
      else push('conflicting_figure', 'error', 'value', { row: prev.row, value: prev.value });
      return false;
    }
    const q = f.qualifier ?? 'exact';
    const subsetCheck = (sub: string, subValue: number, subQ: string, sup: string, supValue: number, supQ: string, row: number): void => {
      if (subValue <= supValue) return;
      const exact = LOWER_BOUND_QUALIFIERS.has(subQ) && UPPER_BOUND_QUALIFIERS.has(supQ);
      push(exact ? 'subset_exceeds_superset' : 'subset_may_exceed_superset', exact ? 'error' : 'warning', 'value', { sub, subValue, sup, supValue, row });
    };
    if (def.subsetOf !== undefined) {
      const sup = keys.get(figureKey(program, f.unit, reporter, period, def.subsetOf, category, uom, statistic));
      if (sup !== undefined) subsetCheck(f.indicator, f.value, q, def.subsetOf, sup.value, QUALIFIERS[sup.qualifier] ?? 'exact', sup.row);
    }
    for (const subId of facts.subsets) {
      const sub = keys.get(figureKey(program, f.unit, reporter, period, subId, category, uom, statistic));
      if (sub !== undefined) subsetCheck(subId, sub.value, QUALIFIERS[sub.qualifier] ?? 'exact', f.indicator, f.value, q, sub.row);
    }
    if (hasFailed()) return false;
    if (!keys.set(key, rowNo, f.value, QUALIFIER_INDEX.get(q) ?? 0)) limited();

    if (f.statistic === 'ytd' && pb !== undefined) {
      const seriesKey = figureKey(program, f.unit, reporter, `year:${dayToYear(pb.endDay)}`, f.indicator, category, uom, statistic);
      let list = ytd.get(seriesKey);
      if (list === undefined && keys.size + ytdPoints < maxKeys) {
        list = [];
        ytd.set(seriesKey, list);
      }
      if (list === undefined || keys.size + ytdPoints >= maxKeys) limited();
      else {
        // The series is kept sorted by end day (insertion order within a day), so each row finds
        // its neighbours by binary search: rows in date order append in constant time.
        const end = pb.endDay;
        const firstAtLeast = (day: number, strict: boolean): number => {
          let lo = 0;
          let hi = list.length;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            const d = (list[mid] as YtdPoint).endDay;
            if (strict ? d > day : d >= day) hi = mid;
            else lo = mid + 1;
          }
          return lo;
        };
        const lo = firstAtLeast(end, false);
        const hi = firstAtLeast(end, true);
        const last = lo > 0 ? (list[lo - 1] as YtdPoint) : undefined;
        const before = last === undefined ? undefined : list[firstAtLeast(last.endDay, false)];
        const after = list[hi];
        if (before !== undefined && f.value < before.value) push('ytd_decreasing', 'warning', 'value', { value: f.value, other: before.value, row: before.row, later: false });
        else if (after !== undefined && after.value < f.value) push('ytd_decreasing', 'warning', 'value', { value: f.value, other: after.value, row: after.row, later: true });
        if (hi === list.length) list.push({ endDay: end, value: f.value, row: rowNo });
        else list.splice(hi, 0, { endDay: end, value: f.value, row: rowNo });
        ytdPoints++;
      }
    }
    return true;
  };

  return {
    check,
    get trackedKeys(): number {
      return keys.size + ytdPoints;
    },
  };
}
