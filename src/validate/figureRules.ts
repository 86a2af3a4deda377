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
import { figureKey, keyPart, type KeyPart } from './figureKey';
import { FIGURE_ISSUE_TEXT, type FigureRuleCode } from './figureIssueText';
import { KeyTable } from './internal/KeyTable';

/**
 * A figure's fields as the rules read them: a {@link Figure}, or a reader's row object reused from
 * row to row, whose absent fields are present and `undefined` (one shape for every row).
 */
export type FigureFields = Pick<Figure, 'unit' | 'indicator' | 'value'> & { readonly [K in Exclude<keyof Figure, 'unit' | 'indicator' | 'value'>]?: Figure[K] | undefined };

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
  /**
   * `check` for a caller that already holds the facts of the figure's fields (a reader that keeps
   * them per distinct cell, from {@link FigureRules.facts}): same issues, same state, no lookups.
   */
  checkWith(f: FigureFields, rowNo: number, out: RuleIssue[], facts: RowFacts): boolean;
  /** What the rules decide about one field's text, for callers that keep it per distinct value. */
  readonly facts: FactsOf;
  /** Keys remembered for the cross-row checks. */
  readonly trackedKeys: number;
}

const LOWER_BOUND_QUALIFIERS: ReadonlySet<string> = new Set(['exact', 'over', 'at_least']);
const UPPER_BOUND_QUALIFIERS: ReadonlySet<string> = new Set(['exact', 'under', 'nearly']);
const QUALIFIER_INDEX = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));
const YEAR_DAYS = 366;
/** Distinct spellings cached before a cache is cleared: memory stays bounded on any input. */
const CACHE_LIMIT = 4096;
/** Distinct key parts (unit codes, periods, …) whose hashes are cached before the cache is cleared. */
const PART_LIMIT = 65_536;
/** Key parts of absent fields: reporter and category (`''`) and statistic (`total`). */
export const EMPTY_KEY_PART: KeyPart = keyPart('');
export const TOTAL_KEY_PART: KeyPart = keyPart('total');
const EMPTY_PART = EMPTY_KEY_PART;
const TOTAL_PART = TOTAL_KEY_PART;

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
export interface IndicatorFacts {
  readonly def: IndicatorDef;
  readonly part: KeyPart;
  /** Its superset's key part, when it is a subset. */
  readonly supPart: KeyPart | undefined;
  /** Its subsets (indicators whose `subsetOf` is this one), and their key parts. */
  readonly subsets: readonly string[];
  readonly subsetParts: readonly KeyPart[];
  /** The key part of its default unit of measure. */
  readonly defaultUomPart: KeyPart;
  /** Per category code: `null` when unknown, else the uoms it allows (`undefined`: any of the indicator's). */
  readonly categories: Map<string, readonly string[] | undefined | null>;
  /** The unit of measure of the last row checked with this indicator, and whether the indicator allows it (rows repeat it). */
  lastUom: string | undefined;
  lastUomAllowed: boolean;
}

/** A period text, parsed once: its days or the parser's issue code, and its key part. */
export interface PeriodFacts {
  readonly bounds: Bounds | undefined;
  readonly error: string;
  readonly part: KeyPart;
}

/** A programme text, normalised once. */
export interface ProgramFacts {
  readonly part: KeyPart;
  readonly programme: (Bounds & { readonly code: string }) | undefined;
}

/** A unit code: its key part, and its validity spans in the units table (`null`: not in it; `undefined`: no table). */
export interface UnitFacts {
  readonly part: KeyPart;
  readonly spans: readonly { readonly from: number; readonly to: number }[] | null | undefined;
}

/**
 * The facts of one figure's fields, as {@link FigureRules.facts} decides them: absent fields are
 * `undefined` (period, programme, uom) or their key's default part (reporter and category `''`,
 * statistic `total`).
 */
export interface RowFacts {
  indicator: IndicatorFacts | null;
  period: PeriodFacts | undefined;
  program: ProgramFacts | undefined;
  unit: UnitFacts;
  reporter: KeyPart;
  category: KeyPart;
  uom: KeyPart | undefined;
  statistic: KeyPart;
}

/** The rules' decision about one field's text, made once per distinct text (cached, bounded). */
export interface FactsOf {
  readonly indicator: (text: string) => IndicatorFacts | null;
  readonly period: (text: string) => PeriodFacts;
  readonly program: (text: string) => ProgramFacts;
  readonly unit: (text: string) => UnitFacts;
  readonly reporter: (text: string) => KeyPart;
  /** Category, uom and statistic: the key part of the text. */
  readonly part: (text: string) => KeyPart;
}

/** Pushes one issue of the rules; returns whether it is an error. */
function say<C extends FigureRuleCode>(out: RuleIssue[], rowNo: number, code: C, severity: Issue['severity'], column: string, data: Parameters<(typeof FIGURE_ISSUE_TEXT)[C]>[0]): boolean {
  const [en, vi] = (FIGURE_ISSUE_TEXT[code] as (d: typeof data) => [string, string])(data);
  out.push({ code, severity, column, message: `row ${rowNo}: ${en}`, messageVi: `Dòng ${rowNo}: ${vi}` });
  return severity === 'error';
}

/** A cache that forgets everything when full: bounded memory, same answers (they are recomputed). */
function cached<T>(limit: number, make: (text: string) => T): (text: string) => T {
  const table = new Map<string, T>();
  // Neighbouring rows often repeat a value (the same programme, reporter, statistic).
  let lastText: string | undefined;
  let lastValue: T | undefined;
  return (text: string): T => {
    if (text === lastText) return lastValue as T;
    let v = table.get(text);
    if (v === undefined) {
      v = make(text);
      if (table.size >= limit) table.clear();
      table.set(text, v);
    }
    lastText = text;
    lastValue = v;
    return v;
  };
}

/**
 * The one implementation of the figure rules beyond the row schema: catalogue (indicator,
 * category, unit of measure), period, programme window, units table, stocks summed over time,
 * and the cross-row checks against earlier rows (duplicates and conflicts, subsets above their
 * supersets whichever comes second, falling year-to-date series). `validateFigures` runs it over
 * an array with no key limit; `createFigureValidator` runs it over a stream with a key budget.
 * Decisions about a value (a period's days, a programme code, a reporter set, a category, the
 * hash of a key part) are made once per distinct value; a row's key is a 64-bit fingerprint
 * combined from the hashes of its parts, with no string built per row.
 */
export function createFigureRules(options: FigureRulesOptions): FigureRules {
  const catalogue: Catalogue = options.catalogue ?? BUILTIN_CATALOGUE;
  const maxKeys = options.maxTrackedKeys;
  const checkPrograms = options.programs !== undefined;
  const programmes = new Map<string, Bounds & { readonly code: string }>();
  for (const p of options.programs ?? []) {
    programmes.set(normalizeProgrammeCode(p.code), { code: p.code, startDay: isoDateToDay(p.period.start), endDay: isoDateToDay(p.period.end) });
  }
  // Validity spans per code, worked out on first use (a registry may hold many more units than the input names).
  const versionsOf = options.units === undefined ? undefined : unitVersionLookup(options.units);
  const unitFacts = (code: string): UnitFacts => {
    if (versionsOf === undefined) return { part: keyPart(code), spans: undefined };
    const versions = versionsOf(code);
    const spans = versions === undefined ? null : versions.map((u) => ({ from: u.validFrom === undefined ? -Infinity : isoDateToDay(u.validFrom), to: u.validTo === undefined ? Infinity : isoDateToDay(u.validTo) }));
    return { part: keyPart(code), spans };
  };
  const unitOf = cached(PART_LIMIT, unitFacts);
  const subsetsOf = new Map<string, string[]>();
  for (const id of Object.keys(catalogue)) {
    const sup = (catalogue[id] as IndicatorDef).subsetOf;
    if (sup === undefined) continue;
    const list = subsetsOf.get(sup);
    if (list === undefined) subsetsOf.set(sup, [id]);
    else list.push(id);
  }
  const partOf = cached(PART_LIMIT, keyPart);
  const factsOf = cached(CACHE_LIMIT, (id: string): IndicatorFacts | null => {
    if (!Object.prototype.hasOwnProperty.call(catalogue, id)) return null;
    const def = catalogue[id] as IndicatorDef;
    const subsets = subsetsOf.get(id) ?? [];
    return {
      def,
      part: keyPart(id),
      supPart: def.subsetOf === undefined ? undefined : keyPart(def.subsetOf),
      subsets,
      subsetParts: subsets.map(keyPart),
      defaultUomPart: keyPart(def.defaultUom),
      categories: new Map(),
      lastUom: undefined,
      lastUomAllowed: false,
    };
  });
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
  const periodOf = cached(CACHE_LIMIT, (text: string): PeriodFacts => {
    const parsed = parsePeriod(text);
    const part = keyPart(text);
    return parsed.ok ? { bounds: { startDay: parsed.value.startDay, endDay: parsed.value.endDay }, error: '', part } : { bounds: undefined, error: (parsed.issues[0] as Issue).code, part };
  });
  const programOf = cached(CACHE_LIMIT, (raw: string): ProgramFacts => {
    const code = normalizeProgrammeCode(raw);
    return { part: keyPart(code), programme: programmes.get(code) };
  });
  const reporterOf = cached(CACHE_LIMIT, (raw: string): KeyPart => keyPart(splitReporter(raw).sort().join('+')));
  const yearPart = cached(CACHE_LIMIT, (year: string): KeyPart => keyPart(`year:${year}`));
  const keys = new KeyTable(maxKeys);
  const ytd = new Map<string, YtdPoint[]>();
  const fp = new Uint32Array(2);
  let ytdPoints = 0;
  let limitReported = false;

  /** The first row past the key budget says so, once. */
  const limited = (out: RuleIssue[], rowNo: number): void => {
    if (limitReported) return;
    limitReported = true;
    say(out, rowNo, 'cross_row_checks_limited', 'warning', 'value', { max: maxKeys });
  };
  /** A subset above its superset: an error when both sides are exact bounds, else a warning. */
  const subsetCheck = (out: RuleIssue[], rowNo: number, sub: string, subValue: number, subQ: string, sup: string, supValue: number, supQ: string, row: number): boolean => {
    if (subValue <= supValue) return false;
    const exact = LOWER_BOUND_QUALIFIERS.has(subQ) && UPPER_BOUND_QUALIFIERS.has(supQ);
    return say(out, rowNo, exact ? 'subset_exceeds_superset' : 'subset_may_exceed_superset', exact ? 'error' : 'warning', 'value', { sub, subValue, sup, supValue, row });
  };

  const scratch: RowFacts = { indicator: null, period: undefined, program: undefined, unit: { part: EMPTY_PART, spans: undefined }, reporter: EMPTY_PART, category: EMPTY_PART, uom: undefined, statistic: TOTAL_PART };
  const check = (f: Figure, rowNo: number, out: RuleIssue[]): boolean => {
    scratch.indicator = factsOf(f.indicator);
    scratch.period = f.period === undefined ? undefined : periodOf(f.period);
    scratch.program = f.program === undefined ? undefined : programOf(f.program);
    scratch.unit = unitOf(f.unit);
    scratch.reporter = f.reporter === undefined ? EMPTY_PART : reporterOf(f.reporter);
    scratch.category = f.category === undefined ? EMPTY_PART : partOf(f.category);
    scratch.uom = f.uom === undefined ? undefined : partOf(f.uom);
    scratch.statistic = f.statistic === undefined ? TOTAL_PART : partOf(f.statistic);
    return checkWith(f, rowNo, out, scratch);
  };

  const checkWith = (f: FigureFields, rowNo: number, out: RuleIssue[], x: RowFacts): boolean => {
    let failed = false;
    const facts = x.indicator;
    const uom = f.uom ?? facts?.def.defaultUom ?? '';
    if (facts === null) failed = say(out, rowNo, 'unknown_indicator', 'error', 'indicator', { indicator: f.indicator }) || failed;
    else {
      const def = facts.def;
      let allowed = facts.lastUomAllowed;
      if (uom !== facts.lastUom) {
        allowed = def.uoms.includes(uom as (typeof def.uoms)[number]);
        facts.lastUom = uom;
        facts.lastUomAllowed = allowed;
      }
      if (!allowed) failed = say(out, rowNo, 'uom_not_allowed', 'error', 'uom', { uom, of: f.indicator, category: false }) || failed;
      if (f.category !== undefined) {
        const catUoms = categoryOf(facts, f.category);
        if (catUoms === null) failed = say(out, rowNo, 'unknown_category', 'error', 'category', { category: f.category, indicator: f.indicator }) || failed;
        else if (catUoms !== undefined && !catUoms.includes(uom) && allowed) failed = say(out, rowNo, 'uom_not_allowed', 'error', 'uom', { uom, of: f.category, category: true }) || failed;
      }
    }
    let pb: Bounds | undefined;
    let periodPart = EMPTY_PART;
    if (f.period === undefined) say(out, rowNo, 'missing_period', 'warning', 'period', {});
    else {
      const p = x.period ?? periodOf(f.period);
      periodPart = p.part;
      if (p.bounds === undefined) failed = say(out, rowNo, 'invalid_period', 'error', 'period', { period: f.period, reason: p.error }) || failed;
      else pb = p.bounds;
    }
    const period = f.period ?? '';
    const program = x.program;
    if (program !== undefined && checkPrograms) {
      const prog = program.programme;
      if (prog === undefined) say(out, rowNo, 'unknown_program', 'warning', 'program', { program: f.program as string });
      else if (pb !== undefined) {
        if (pb.endDay < prog.startDay || pb.startDay > prog.endDay) failed = say(out, rowNo, 'period_outside_program', 'error', 'period', { period, program: prog.code }) || failed;
        else if (pb.startDay < prog.startDay || pb.endDay > prog.endDay) say(out, rowNo, 'period_partly_outside_program', 'warning', 'period', { period, program: prog.code });
      }
    }
    const versions = x.unit.spans;
    if (versions !== undefined) {
      if (versions === null) failed = say(out, rowNo, 'unit_not_in_table', 'error', 'unit', { unit: f.unit }) || failed;
      else if (pb !== undefined) {
        let overlap = false;
        let inside = false;
        for (const u of versions) {
          if (pb.endDay >= u.from && pb.startDay <= u.to) overlap = true;
          if (pb.startDay >= u.from && pb.endDay <= u.to) inside = true;
        }
        if (!overlap) failed = say(out, rowNo, 'unit_outside_validity', 'error', 'unit', { unit: f.unit, period }) || failed;
        else if (!inside) say(out, rowNo, 'unit_partly_outside_validity', 'warning', 'unit', { unit: f.unit, period });
      }
    }
    if (failed || facts === null) return !failed;
    const def = facts.def;
    if (def.kind === 'stock' && (f.statistic ?? 'total') === 'total' && pb !== undefined && pb.endDay - pb.startDay + 1 > YEAR_DAYS) {
      say(out, rowNo, 'stock_summed_over_time', 'warning', 'statistic', { indicator: f.indicator });
    }

    // Cross-row checks, against earlier rows only: the later row of a pair carries the issue.
    const programPart = program === undefined ? EMPTY_PART : program.part;
    const unitPart = x.unit.part;
    const reporterPart = x.reporter;
    const categoryPart = x.category;
    const uomPart = x.uom ?? facts.defaultUomPart;
    const statisticPart = x.statistic;
    figureKey(programPart, unitPart, reporterPart, periodPart, facts.part, categoryPart, uomPart, statisticPart, fp);
    const h1 = fp[0] as number;
    const h2 = fp[1] as number;
    const prev = keys.find(h1, h2);
    if (prev >= 0) {
      const row = keys.rowAt(prev);
      const value = keys.valueAt(prev);
      if (value === f.value) say(out, rowNo, 'duplicate_figure', 'error', 'value', { row });
      else say(out, rowNo, 'conflicting_figure', 'error', 'value', { row, value });
      return false;
    }
    const q = f.qualifier ?? 'exact';
    if (facts.supPart !== undefined) {
      figureKey(programPart, unitPart, reporterPart, periodPart, facts.supPart, categoryPart, uomPart, statisticPart, fp);
      const sup = keys.find(fp[0] as number, fp[1] as number);
      if (sup >= 0) failed = subsetCheck(out, rowNo, f.indicator, f.value, q, def.subsetOf as string, keys.valueAt(sup), QUALIFIERS[keys.qualifierAt(sup)] ?? 'exact', keys.rowAt(sup)) || failed;
    }
    for (let s = 0; s < facts.subsets.length; s++) {
      figureKey(programPart, unitPart, reporterPart, periodPart, facts.subsetParts[s] as KeyPart, categoryPart, uomPart, statisticPart, fp);
      const sub = keys.find(fp[0] as number, fp[1] as number);
      if (sub >= 0) failed = subsetCheck(out, rowNo, facts.subsets[s] as string, keys.valueAt(sub), QUALIFIERS[keys.qualifierAt(sub)] ?? 'exact', f.indicator, f.value, q, keys.rowAt(sub)) || failed;
    }
    if (failed) return false;
    // `find` said the key is not there and nothing was stored since: once the budget is spent,
    // `set` would only probe again to say so (every row of a large file past the budget).
    if (keys.full) limited(out, rowNo);
    else keys.set(h1, h2, rowNo, f.value, QUALIFIER_INDEX.get(q) ?? 0);

    if (f.statistic === 'ytd' && pb !== undefined) {
      figureKey(programPart, unitPart, reporterPart, yearPart(String(dayToYear(pb.endDay))), facts.part, categoryPart, uomPart, statisticPart, fp);
      const seriesKey = `${fp[0] as number}:${fp[1] as number}`;
      let list = ytd.get(seriesKey);
      if (list === undefined && keys.size + ytdPoints < maxKeys) {
        list = [];
        ytd.set(seriesKey, list);
      }
      if (list === undefined || keys.size + ytdPoints >= maxKeys) limited(out, rowNo);
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
        if (before !== undefined && f.value < before.value) say(out, rowNo, 'ytd_decreasing', 'warning', 'value', { value: f.value, other: before.value, row: before.row, later: false });
        else if (after !== undefined && after.value < f.value) say(out, rowNo, 'ytd_decreasing', 'warning', 'value', { value: f.value, other: after.value, row: after.row, later: true });
        if (hi === list.length) list.push({ endDay: end, value: f.value, row: rowNo });
        else list.splice(hi, 0, { endDay: end, value: f.value, row: rowNo });
        ytdPoints++;
      }
    }
    return true;
  };

  return {
    check,
    checkWith,
    facts: { indicator: factsOf, period: periodOf, program: programOf, unit: unitFacts, reporter: reporterOf, part: partOf },
    get trackedKeys(): number {
      return keys.size + ytdPoints;
    },
  };
}
