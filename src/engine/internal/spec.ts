import { BUILTIN_CATALOGUE } from '../../catalogue/builtinCatalogue';
import type { Catalogue, IndicatorKind } from '../../catalogue/Catalogue';
import { getIndicator } from '../../catalogue/getIndicator';
import { hasIndicator } from '../../catalogue/hasIndicator';
import { misuse } from '../../errors/misuse';
import type { AggregateOptions } from '../AggregateOptions';
import { GROUP_DIMENSIONS, type GroupDimension } from '../GroupDimension';
import type { Period } from '../../period/Period';
import { PERIOD_GRANULARITIES, type PeriodGranularity } from '../../period/PeriodGranularity';
import { parsePeriod } from '../../period/parsePeriod';
import type { Uom } from '../../quantity/Uom';
import { UNIT_LEVELS, type UnitLevel } from '../../schema/UnitLevel';
import type { UnitRegistry } from '../../units/UnitRegistry';
import { toUnitRegistry } from '../../units/toUnitRegistry';
import { checkOptions } from '../../errors/checkArgs';
import { AGGREGATE_OPTION_RULES } from '../aggregateOptionRules';
import { compileFilter, FIGURE_FILTER_KEYS, type FigureFilter, type FilterFields } from '../FigureFilter';
import type { Figure } from '../../schema/FigureSchema';

/** Options after defaults and checks. */
export interface Spec {
  readonly dims: readonly GroupDimension[];
  readonly byPeriod: boolean;
  readonly byUnit: boolean;
  readonly byReporter: boolean;
  readonly byCategory: boolean;
  readonly byProgram: boolean;
  readonly window: Period | null;
  readonly granularity: PeriodGranularity;
  readonly categoryDepth: number | null;
  /** Facet keys kept when rolling faceted categories up, or null for all. */
  readonly categoryFacets: ReadonlySet<string> | null;
  readonly catalogue: Catalogue;
  readonly units: UnitRegistry | null;
  /** Whether a figure is used at all (`null`: every figure). */
  readonly keep: ((f: Figure) => boolean) | null;
  /** The same filter field by field (`null`: every figure). */
  readonly filterFields: FilterFields | null;
  readonly level: UnitLevel | null;
  readonly rollup: boolean;
  readonly reportingLevel: UnitLevel | null;
  readonly carryForward: boolean;
  readonly asOf: string | null;
  readonly rowOffset: number;
  /** Count distinct reporting units per row. */
  readonly coverage: boolean;
  /** Indicators whose cells always track their units (ratios and their parts: a ratio checks that its parts cover its units). */
  readonly ratioRelated: ReadonlySet<string>;
  /** Most cells the aggregation may hold (`too_many_groups` past it). */
  readonly maxGroups: number;
  /** Canonical text of everything that shapes cells. */
  readonly key: string;
}

/** Catalogue facts the hot loop needs, looked up once per indicator id. */
export interface IndicatorInfo {
  readonly kind: IndicatorKind;
  readonly uoms: ReadonlySet<string>;
  readonly defaultUom: Uom;
  readonly ratio?: { readonly numerator: string; readonly denominator: string };
  /** Facet keys in order, for an indicator with faceted categories. */
  readonly facetKeys?: readonly string[];
}

/** Checks a filter: known keys, each a list of strings. */
function filterArg(fn: string, filter: FigureFilter | undefined): FigureFilter | undefined {
  if (filter === undefined) return undefined;
  checkOptions(fn, filter, Object.fromEntries(FIGURE_FILTER_KEYS.map((k) => [k, ['array'] as const])));
  for (const k of FIGURE_FILTER_KEYS) {
    const list: unknown = filter[k];
    if (Array.isArray(list) && !list.every((x) => typeof x === 'string')) throw misuse(fn, `filter.${k} must be a list of strings`);
  }
  return filter;
}

export function normalizeSpec(fn: string, options: AggregateOptions): Spec {
  checkOptions(fn, options, AGGREGATE_OPTION_RULES);
  const by = options.by ?? ['indicator', 'category'];
  for (const d of by) if (!(GROUP_DIMENSIONS as readonly string[]).includes(d)) throw misuse(fn, `unknown dimension ${String(d)}`);
  const dims = GROUP_DIMENSIONS.filter((d) => d === 'indicator' || by.includes(d));
  let window: Period | null = null;
  if (options.period !== undefined) {
    if (typeof options.period === 'string') {
      const r = parsePeriod(options.period);
      if (!r.ok) throw misuse(fn, `period ${JSON.stringify(options.period)} is not a period id`);
      window = r.value;
    } else {
      // A period object must be one `parsePeriod` gives (its id read back to the same days): a
      // look-alike would fail deep inside the aggregation, or count the wrong days.
      const given: unknown = options.period;
      const id = typeof given === 'object' && given !== null ? (given as { readonly id?: unknown }).id : undefined;
      const r = typeof id === 'string' ? parsePeriod(id) : null;
      if (r === null || !r.ok || r.value.startDay !== options.period.startDay || r.value.endDay !== options.period.endDay) {
        throw misuse(fn, 'period must be a period id or a Period as parsePeriod gives it');
      }
      window = options.period;
    }
  }
  const granularity = options.granularity ?? 'year';
  if (!(PERIOD_GRANULARITIES as readonly string[]).includes(granularity)) throw misuse(fn, `unknown granularity ${String(granularity)}`);
  const depth = options.categoryDepth ?? null;
  if (depth !== null && (!Number.isInteger(depth) || depth < 1)) throw misuse(fn, 'categoryDepth must be an integer >= 1');
  const facets = options.categoryFacets ?? null;
  if (facets !== null && (!Array.isArray(facets) || facets.some((f) => typeof f !== 'string'))) throw misuse(fn, 'categoryFacets must be an array of facet keys');
  for (const l of [options.level, options.reportingLevel]) {
    if (l !== undefined && !(UNIT_LEVELS as readonly string[]).includes(l)) throw misuse(fn, `unknown level ${String(l)}`);
  }
  const units = options.units === undefined ? null : toUnitRegistry(options.units);
  const filter = compileFilter(filterArg(fn, options.filter));
  const rollup = options.rollup ?? false;
  if ((options.level !== undefined || rollup || options.reportingLevel !== undefined) && units === null) {
    throw misuse(fn, 'level, rollup and reportingLevel need a units registry (options.units)');
  }
  const asOf = options.asOf ?? null;
  if (asOf !== null) {
    if (units === null) throw misuse(fn, 'asOf needs a units registry (options.units)');
    if (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !parsePeriod(asOf).ok) throw misuse(fn, `asOf must be a date YYYY-MM-DD, got ${String(asOf)}`);
  }
  if (rollup && !dims.includes('unit')) throw misuse(fn, "rollup needs 'unit' in options.by");
  if (rollup && options.level !== undefined) throw misuse(fn, 'rollup and level do not go together: rollup gives every level');
  const rowOffset = options.rowOffset ?? 0;
  if (!Number.isInteger(rowOffset) || rowOffset < 0) throw misuse(fn, 'rowOffset must be an integer >= 0');
  const coverage = options.coverage ?? true;
  if (typeof coverage !== 'boolean') throw misuse(fn, 'coverage must be a boolean');
  const maxGroups = options.maxGroups ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isInteger(maxGroups) || maxGroups < 1) throw misuse(fn, `maxGroups must be an integer >= 1; got ${String(maxGroups)}`);
  const catalogue: Catalogue = options.catalogue ?? BUILTIN_CATALOGUE;
  const ratioRelated = new Set<string>();
  for (const id of Object.keys(catalogue)) {
    const r = catalogue[id]?.ratio;
    if (r === undefined) continue;
    ratioRelated.add(id);
    ratioRelated.add(r.numerator);
    ratioRelated.add(r.denominator);
  }
  const byPeriod = dims.includes('period');
  const level = options.level ?? null;
  const reportingLevel = options.reportingLevel ?? null;
  const carryForward = options.carryForward ?? true;
  // Read back by `keyShape` by position (items 0-9 only): an item added goes after them, before the optional items at the end.
  const key = JSON.stringify([
    dims,
    window === null ? null : [window.startDay, window.endDay],
    byPeriod ? granularity : null,
    depth,
    facets === null ? null : [...new Set(facets)].sort(),
    level,
    rollup,
    reportingLevel,
    carryForward,
    asOf,
    // Only when off, so that the partials of a default aggregation keep their key.
    ...(coverage ? [] : ['no-coverage']),
    ...(filter.key === null ? [] : [filter.key]),
  ]);
  // One object literal with every field (not a spread of one): a spread copy got a map of its
  // own on each call once V8 had warmed up, so every optimised function that reads the spec left
  // its optimised code at the next aggregation ("wrong map", `--trace-deopt`).
  return {
    dims,
    byPeriod,
    byUnit: dims.includes('unit'),
    byReporter: dims.includes('reporter'),
    byCategory: dims.includes('category'),
    byProgram: dims.includes('program'),
    window,
    granularity,
    categoryDepth: depth,
    categoryFacets: facets === null ? null : new Set(facets),
    catalogue,
    units,
    keep: filter.keep,
    filterFields: filter.fields,
    level,
    rollup,
    reportingLevel,
    carryForward,
    asOf,
    rowOffset,
    coverage,
    ratioRelated,
    maxGroups,
    key,
  };
}

/** What a spec's key says of the cells of a partial made with it (see {@link keyShape}). */
export interface KeyShape {
  /** The grouping dimensions, `indicator` among them, in dimension order. */
  readonly dims: readonly GroupDimension[];
  /** Whether the aggregation had a period window. */
  readonly windowed: boolean;
  readonly level: UnitLevel | null;
  readonly rollup: boolean;
  readonly reportingLevel: UnitLevel | null;
  readonly asOf: string | null;
}

function isLevelOrNull(x: unknown): x is UnitLevel | null {
  return x === null || (UNIT_LEVELS as readonly unknown[]).includes(x);
}

/**
 * The shape a spec's key (`Spec.key`, a partial's `spec`) gives its cells, read back from the
 * items `normalizeSpec` writes by position; `null` when `key` is not such a key (a partial from
 * outside: its spec is checked only against the other partials' otherwise).
 */
export function keyShape(key: string): KeyShape | null {
  let items: unknown;
  try {
    items = JSON.parse(key);
  } catch {
    return null;
  }
  if (!Array.isArray(items) || items.length < 10) return null;
  const [dims, window, , , , level, rollup, reportingLevel, , asOf] = items as unknown[];
  if (!Array.isArray(dims) || !dims.includes('indicator') || !dims.every((d) => (GROUP_DIMENSIONS as readonly unknown[]).includes(d))) return null;
  if (!(window === null || Array.isArray(window)) || typeof rollup !== 'boolean' || !isLevelOrNull(level) || !isLevelOrNull(reportingLevel)) return null;
  if (!(asOf === null || typeof asOf === 'string')) return null;
  return { dims: dims as GroupDimension[], windowed: window !== null, level, rollup, reportingLevel, asOf };
}

export function indicatorInfo(catalogue: Catalogue, id: string): IndicatorInfo | null {
  if (!hasIndicator(catalogue, id)) return null;
  const def = getIndicator(catalogue, id);
  const info: { -readonly [K in keyof IndicatorInfo]: IndicatorInfo[K] } = {
    kind: def.kind,
    uoms: new Set(def.uoms),
    defaultUom: def.defaultUom,
  };
  if (def.ratio !== undefined) info.ratio = def.ratio;
  if (def.categoryFacets !== undefined) info.facetKeys = def.categoryFacets.map((f) => f.key);
  return info;
}
