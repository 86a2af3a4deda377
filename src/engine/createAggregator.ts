import type { Figure } from '../schema/FigureSchema';
import { dayToPeriodKey } from '../period/dayToPeriodKey';
import { parsePeriod } from '../period/parsePeriod';
import { QUALIFIERS, type Qualifier } from '../quantity/Qualifier';
import type { Uom } from '../quantity/Uom';
import type { AdminUnit } from '../schema/AdminUnitSchema';
import type { UnitLevel } from '../schema/UnitLevel';
import { unitVersionId } from '../units/unitVersionId';
import { UNIT_LEVELS } from '../schema/UnitLevel';
import { dayToIsoDate } from '../period/dayToIsoDate';
import { isoDateToDay } from '../period/isoDateToDay';
import type { AggregateOptions } from './AggregateOptions';
import type { AggregateResult, ExclusionReason } from './AggregateRow';
import type { GroupDimension } from './GroupDimension';
import type { PartialAggregate } from './PartialAggregate';
import { addObservation, BEFORE, byKey, cellJson, newCell, SEP, type Cell, type ChainLink } from './internal/cells';
import { Exclusion } from './internal/Exclusion';
import { UnitBits, UnitInterner } from './internal/UnitBits';
import { finalizeCells } from './internal/finalize';
import { expandRollup } from './internal/expandRollup';
import { indicatorInfo, normalizeSpec, type IndicatorInfo } from './internal/spec';
import { addToSums, type Sums } from './internal/sums';
import { misuse } from '../errors/misuse';

/**
 * An aggregation in progress: add figures one at a time or in batches, then take the result or
 * the mergeable partial state.
 *
 * @category Aggregation
 */
export interface Aggregator {
  /**
   * Adds one figure. Figures that cannot take part are counted under `excluded`, never dropped
   * silently.
   *
   * @param figure - a figure (validated or not: bad fields are excluded with a reason)
   * @param row - the row number `excluded` names for this figure (e.g. its row in the file it was
   *   read from, as validation issues number it); default its position among the figures added so
   *   far, counted from `rowOffset`
   */
  add(figure: Figure, row?: number): void;
  /**
   * Adds every figure of an iterable.
   *
   * @param figures - an array or any iterable of figures
   * @param rows - the row number `excluded` names for each figure, in the same order (e.g. the
   *   file rows of a batch from `readFigures`, `FigureBatch.rows`); default each figure's position
   *   among the figures added so far, counted from `rowOffset`
   * @throws {@link AntqError} `invalid_argument` when `rows` is not an array of integers >= 0 as
   *   long as `figures`
   */
  addAll(figures: Iterable<Figure>, rows?: readonly number[]): void;
  /**
   * The mergeable partial state so far, as plain JSON data.
   *
   * @returns a partial aggregate for {@link mergePartials} and {@link finalizePartial}
   */
  partial(): PartialAggregate;
  /**
   * The finished rows so far.
   *
   * @returns the aggregation result
   */
  result(): AggregateResult;
}

interface Target {
  readonly code: string;
  readonly level: UnitLevel | undefined;
  readonly own: boolean;
  /** Share of the figure that goes to this unit (restated splits); 1 otherwise. */
  readonly weight: number;
  /** With asOf: the source unit when it was mapped onto another unit or split; else `null`. */
  readonly mapped: string | null;
  /** Version id (`code@validFrom`) when the registry knows the unit: one code can name two territories. */
  readonly version: string | null;
  /** With rollup: the units above this one (nearest first), filled in from the leaf cells at the end. */
  readonly chain?: readonly ChainLink[];
  /** With rollup: the trie key of the leaf cell (the unit version and its chain). */
  readonly leafKey?: string;
}

const QUALIFIER_SET: ReadonlySet<string> = new Set(QUALIFIERS);

/**
 * Starts an aggregation of figures with the rules of each indicator: flows sum, stocks take the
 * latest value at or before the period end, ratios are recomputed from their parts. Qualifiers
 * and bounds carry through; units of measure never mix; joint figures count once in totals and
 * are credited to each reporter in a by-reporter breakdown.
 *
 * @param options - grouping, period window, catalogue and unit hierarchy
 * @returns an aggregator to feed
 * @throws {@link AntqError} `invalid_argument` for options that do not make sense (an unknown
 *   dimension, a `rollup` without `units`, a `period` that is not a period id)
 * @example
 * ```ts
 * const agg = createAggregator({ by: ['indicator'] });
 * agg.add({ unit: '42', indicator: 'marches', value: 20, period: '2014' });
 * agg.add({ unit: '42', indicator: 'marches', value: 15, period: '2015', qualifier: 'over' });
 * const [row] = agg.result().rows;
 * [row.value, row.qualifier];
 * // => [35, 'over']
 * ```
 * @category Aggregation
 */
export function createAggregator(options: AggregateOptions = {}): Aggregator {
  const spec = normalizeSpec('createAggregator', options);
  // Cells live in a trie of Maps, one level per grouping dimension and a last one for the unit of
  // measure: no key string is built per figure (that was most of the time and garbage).
  const cells: Cell[] = [];
  const indicators = new Map<string, IndicatorNode | null>();
  const periods = new Map<string, PeriodEntry>();
  const chains = new Map<string, ChainSegment[]>();
  const excluded = new Exclusion();
  const interner = new UnitInterner();
  const window = spec.window;
  const bucketed = spec.byPeriod;
  // Grouped by the figure's own unit, a cell hears from exactly that unit: no need to track.
  // A rollup leaf is one unit too (its ancestors are filled in from the leaves at the end).
  const trackUnits = !(spec.byUnit && spec.level === null && spec.asOf === null);
  // With a units table every figure's unit must be in it (and a stock's series ends with its unit).
  const needTargets = spec.units !== null;
  let read = 0;
  let used = 0;
  let lastUnit = '\u0000';
  let lastUnitId = 0;

  /** Per indicator: its catalogue facts and the root of its cell trie, in one lookup. */
  const info = (id: string): IndicatorNode | null => {
    let i = indicators.get(id);
    if (i === undefined) {
      const facts = typeof id === 'string' ? indicatorInfo(spec.catalogue, id) : null;
      // Without coverage, only ratios and their parts track units (a ratio checks its parts cover them).
      const track = trackUnits && (spec.coverage || spec.ratioRelated.has(id));
      i = facts === null ? null : { facts, trie: new Map(), others: new Map(), track };
      indicators.set(id, i);
    }
    return i;
  };

  const periodOf = (text: string): PeriodEntry => {
    let p = periods.get(text);
    if (p === undefined) {
      const r = typeof text === 'string' ? parsePeriod(text) : null;
      if (r === null || !r.ok) p = INVALID_PERIOD;
      else {
        const { startDay, endDay } = r.value;
        const startBucket = bucketed ? dayToPeriodKey(startDay, spec.granularity) : 0;
        const endBucket = bucketed ? dayToPeriodKey(endDay, spec.granularity) : 0;
        p = { valid: true, startDay, endDay, startBucket, endBucket };
      }
      periods.set(text, p);
    }
    return p;
  };

  /** The units a figure counts for: itself, its ancestor at `level`, or its whole chain for rollup. */
  const segmentOf = (unit: string, day: number | null): ChainSegment => {
    let segments = chains.get(unit);
    if (segments === undefined) {
      segments = [];
      chains.set(unit, segments);
    }
    const d = day ?? NO_DAY;
    for (const seg of segments) if (seg.from <= d && d <= seg.to) return seg;
    const seg = resolveChain(spec, unit, day);
    segments.push(seg);
    return seg;
  };

  const keep = spec.keep;
  // Position in the input (for exclusion rows), counting the figures a filter leaves out too.
  let position = 0;
  const add = (f: Figure, given?: number): void => {
    const row = given ?? spec.rowOffset + position;
    position++;
    if (keep !== null && !keep(f)) return;
    read++;
    const node0 = info(f.indicator);
    if (node0 === null) return excluded.add('unknown_indicator', row);
    const ind = node0.facts;
    const uom: Uom = f.uom ?? ind.defaultUom;
    if (uom !== ind.defaultUom && !ind.uoms.has(uom)) return excluded.add('uom_not_allowed', row);
    const value = f.value;
    if (typeof value !== 'number' || !(value >= 0) || value === Infinity) return excluded.add('invalid_value', row);
    const q: Qualifier = f.qualifier ?? 'exact';
    if (q !== 'exact' && !QUALIFIER_SET.has(q)) return excluded.add('invalid_value', row);
    const stock = ind.kind === 'stock';

    let bucket = NO_BUCKET;
    let day: number | null = null;
    const text = f.period;
    if (text === undefined || text === '') {
      if (window !== null || bucketed) return excluded.add('no_period', row);
      if (stock) bucket = 0; // one bucket with the dated levels of the same series
    } else {
      const p = periodOf(text);
      if (!p.valid) return excluded.add('invalid_period', row);
      day = p.endDay;
      let before = false;
      if (window !== null) {
        if (stock) {
          if (p.endDay > window.endDay) return excluded.add('outside_window', row);
          if (p.endDay < window.startDay) {
            if (!spec.carryForward) return excluded.add('outside_window', row);
            before = true;
          }
        } else {
          if (p.endDay < window.startDay || p.startDay > window.endDay) return excluded.add('outside_window', row);
          if (p.startDay < window.startDay || p.endDay > window.endDay) return excluded.add('straddles_window', row);
        }
      }
      if (before) bucket = BEFORE;
      else if (stock && !bucketed) bucket = 0;
      else if (bucketed) {
        if (stock) bucket = p.endBucket;
        else if (p.startBucket !== p.endBucket) return excluded.add('straddles_bucket', row);
        else bucket = p.startBucket;
      }
    }

    const segment = needTargets ? segmentOf(f.unit, day) : null;
    const targets = segment === null ? null : segment.targets;
    if (typeof targets === 'string') return excluded.add(targets, row);
    used++;

    let category = '';
    if (spec.byCategory) {
      category = f.category ?? '';
      if (spec.categoryFacets !== null && category !== '' && ind.facetKeys !== undefined) category = keepFacets(category, ind.facetKeys, spec.categoryFacets);
      if (spec.categoryDepth !== null && category !== '') category = cutCategory(category, spec.categoryDepth);
    }
    const reporters = spec.byReporter ? splitReporters(f.reporter) : NO_REPORTER;
    const joint = reporters.length > 1;
    const series = stock ? f.unit + SEP + (f.category ?? '') + SEP + (f.reporter ?? '') + SEP + (f.program ?? '') : '';

    // Runs of one unit are common in real files (a commune's rows together): skip the lookup.
    let unitId = 0;
    if (node0.track) {
      if (f.unit === lastUnit) unitId = lastUnitId;
      else {
        unitId = interner.id(f.unit);
        lastUnit = f.unit;
        lastUnitId = unitId;
      }
    }
    const unitTargets = targets ?? (spec.byUnit ? [{ code: f.unit, level: undefined, own: true, weight: 1, mapped: null, version: null }] : SELF);
    for (let ti = 0; ti < unitTargets.length; ti++) {
      const t = unitTargets[ti] as Target;
      for (let ri = 0; ri < reporters.length; ri++) {
        const reporter = reporters[ri] as string;
        // Walk the trie one level per grouping dimension; the last key leads to the cell.
        let node = uom === ind.defaultUom ? node0.trie : otherTrie(node0, uom);
        let key: string | number = '';
        let deep = false;
        if (spec.byProgram) {
          key = f.program ?? '';
          deep = true;
        }
        if (spec.byCategory) {
          if (deep) node = child(node, key);
          key = category;
          deep = true;
        }
        if (spec.byUnit) {
          if (deep) node = child(node, key);
          key = t.leafKey ?? t.version ?? t.code;
          deep = true;
        }
        if (spec.byReporter) {
          if (deep) node = child(node, key);
          key = reporter;
          deep = true;
        }
        if (bucket !== NO_BUCKET) {
          if (deep) node = child(node, key);
          key = bucket;
        }
        let cell = node.get(key) as Cell | undefined;
        if (cell === undefined) {
          const dims: { [D in GroupDimension]?: string } = { indicator: f.indicator };
          if (spec.byProgram) dims.program = f.program ?? '';
          if (spec.byCategory) dims.category = category;
          if (spec.byUnit) dims.unit = t.code;
          if (spec.byReporter) dims.reporter = reporter;
          const b = bucket === NO_BUCKET ? null : bucket;
          cell = newCell(null, dims, b, f.indicator, uom, ind.kind, false);
          if (t.chain !== undefined) cell.chain = t.chain;
          if (t.level !== undefined) cell.level = t.level;
          if (spec.byUnit && t.version !== null) cell.version = t.version;
          node.set(key, cell);
          cells.push(cell);
          if (node0.track) cell.units = new UnitBits();
        }
        if (cell.units !== null) cell.units.add(unitId);
        if (joint) cell.joint++;
        const v = t.weight === 1 ? value : value * t.weight;
        if (t.mapped !== null) (cell.mapped ?? (cell.mapped = new Set())).add(t.mapped);
        if (stock) {
          addObservation(cell, { series, unit: f.unit, day: day ?? Number.MIN_SAFE_INTEGER, value: v, qualifier: q, own: t.own, until: segment === null ? NO_END : segment.until });
        } else {
          const part = cell.own === null ? cell.total : t.own ? cell.own : (cell.children as Sums);
          if (q === 'exact' && v === Math.trunc(v)) {
            // The common case, inline: an exact whole number.
            part.n++;
            part.sumI += v;
          } else addToSums(part, v, q);
        }
      }
    }
  };

  const partial = (): PartialAggregate => ({
    format: 'antq.partial/1',
    spec: spec.key,
    read,
    used,
    excluded: excluded.json(),
    cells: (spec.rollup ? expandRollup(cells, interner, spec.coverage ? null : spec.ratioRelated) : [...cells]).sort(byKey).map((c) => cellJson(c, interner)),
  });

  return {
    add(figure: Figure, row?: number): void {
      if (row !== undefined) checkRow('add', row);
      add(figure, row);
    },
    addAll(figures: Iterable<Figure>, rows?: readonly number[]): void {
      if (rows !== undefined) {
        const list = Array.isArray(figures) ? (figures as readonly Figure[]) : [...figures];
        const given: unknown = rows;
        if (!Array.isArray(given) || given.length !== list.length) throw misuse('addAll', `rows must be an array with one row number per figure (${list.length}); got ${Array.isArray(given) ? `${given.length} entries` : typeof given}`);
        for (let i = 0; i < list.length; i++) checkRow('addAll', rows[i]);
        for (let i = 0; i < list.length; i++) add(list[i] as Figure, rows[i]);
      } else if (Array.isArray(figures)) {
        const list = figures as readonly Figure[];
        for (let i = 0; i < list.length; i++) add(list[i] as Figure);
      } else for (const f of figures) add(f);
    },
    partial,
    result(): AggregateResult {
      return finalizeCells(spec, spec.rollup ? expandRollup(cells, interner, spec.coverage ? null : spec.ratioRelated) : cells, read, used, excluded.json());
    },
  };
}

function checkRow(fn: string, row: unknown): void {
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 0) throw misuse(fn, `a row number must be an integer >= 0; got ${String(row)}`);
}

type Trie = Map<string | number, Trie | Cell>;

interface IndicatorNode {
  readonly facts: IndicatorInfo;
  /** Cells of the indicator's default unit of measure. */
  readonly trie: Trie;
  /** Cells of its other units of measure, one trie each. */
  readonly others: Map<Uom, Trie>;
  /** Whether its cells count their distinct units. */
  readonly track: boolean;
}

function otherTrie(node: IndicatorNode, uom: Uom): Trie {
  let t = node.others.get(uom);
  if (t === undefined) {
    t = new Map();
    node.others.set(uom, t);
  }
  return t;
}

function child(node: Trie, key: string | number): Trie {
  let c = node.get(key) as Trie | undefined;
  if (c === undefined) {
    c = new Map();
    node.set(key, c);
  }
  return c;
}

interface PeriodEntry {
  readonly valid: boolean;
  readonly startDay: number;
  readonly endDay: number;
  readonly startBucket: number;
  readonly endBucket: number;
}

const INVALID_PERIOD: PeriodEntry = { valid: false, startDay: 0, endDay: 0, startBucket: 0, endBucket: 0 };
/** No period bucket in the key (not grouped by period, and not a stock seen before the window). */
const NO_BUCKET = -2;
/** A unit with no end of validity. */
const NO_END = Number.MAX_SAFE_INTEGER;
/** Stands for "no date" in the unit-chain cache. */
const NO_DAY = Number.MIN_SAFE_INTEGER;
const SELF: readonly Target[] = [{ code: '', level: undefined, own: true, weight: 1, mapped: null, version: null }];

interface ChainSegment {
  readonly from: number;
  readonly to: number;
  readonly targets: readonly Target[] | ExclusionReason;
  /** Last day of the figure's unit version: a stock series is not carried past it. */
  readonly until: number;
}

/** A faceted code with only the kept facets named, the others open (`*`); trailing open facets dropped. */
function keepFacets(category: string, keys: readonly string[], keep: ReadonlySet<string>): string {
  const segs = category.split('.');
  for (let i = 0; i < segs.length; i++) if (!keep.has(keys[i] ?? '')) segs[i] = '*';
  while (segs.length > 0 && segs[segs.length - 1] === '*') segs.pop();
  return segs.join('.');
}

function cutCategory(category: string, depth: number): string {
  for (let i = 0, seen = 0; i < category.length; i++) {
    if (category.charCodeAt(i) === 46 && ++seen === depth) return category.slice(0, i);
  }
  return category;
}

/**
 * Looks a unit's chain up in the registry on one day and says for which days the answer holds:
 * the days on which the unit and every ancestor in the chain are all valid.
 */
function resolveChain(spec: ReturnType<typeof normalizeSpec>, unit: string, day: number | null): ChainSegment {
  const registry = spec.units;
  if (registry === null) return { from: NO_DAY, to: Number.MAX_SAFE_INTEGER, targets: [{ code: unit, level: undefined, own: true, weight: 1, mapped: null, version: null }], until: NO_END };
  let date: string;
  if (day === null) {
    const versions = registry.versionsOf(unit);
    const last = versions[versions.length - 1];
    date = last?.validFrom ?? last?.validTo ?? '1970-01-01';
  } else date = dayToIsoDate(day);
  const self = registry.get(unit, date);
  const d = day ?? NO_DAY;
  if (self === null) return { from: d, to: d, targets: 'unknown_unit', until: NO_END };
  const until = self.validTo === undefined ? NO_END : isoDateToDay(self.validTo);

  // The units the figure lands in, on the date the chains are read: itself as it was, or the
  // units its territory belongs to on `asOf`.
  let bases: { code: string; weight: number; mapped: string | null }[];
  let chainDate = date;
  if (spec.asOf !== null) {
    const r = registry.restate(unit, date, spec.asOf);
    if (!r.ok) return { from: d, to: d, targets: 'not_restatable', until };
    chainDate = spec.asOf;
    // Renames and type changes keep the territory; merges and splits move it.
    const moved = r.value.path.some((step) => step.kind !== 'succession');
    bases = r.value.targets.map((t) => ({ code: t.code, weight: t.weight, mapped: moved || t.weight !== 1 ? unit : null }));
  } else bases = [{ code: unit, weight: 1, mapped: null }];

  const found: Target[] = [];
  const push = (u: AdminUnit, own: boolean, base: { weight: number; mapped: string | null }): void => {
    found.push({ code: u.code, level: u.level, own, weight: base.weight, mapped: base.mapped, version: unitVersionId(u) });
  };
  for (const base of bases) {
    const at = registry.get(base.code, chainDate);
    if (at === null) return { from: d, to: d, targets: 'unknown_unit', until };
    const chain = [at, ...registry.ancestorsAt(base.code, chainDate)];
    if (spec.rollup) {
      // One leaf per figure; the units above are added from the leaf cells at the end (far
      // fewer cells than figures), not once per figure and level.
      const links = chain.slice(1).map((u) => ({ code: u.code, level: u.level, version: unitVersionId(u) }));
      const version = unitVersionId(at);
      found.push({ code: at.code, level: at.level, own: true, weight: base.weight, mapped: base.mapped, version, chain: links, leafKey: [version, ...links.map((l) => l.version)].join('>') });
    }
    else if (spec.level !== null) {
      const want = spec.level;
      const hit = chain.find((u) => u.level === want);
      if (hit === undefined) {
        const reason = UNIT_LEVELS.indexOf(at.level) < UNIT_LEVELS.indexOf(want) ? 'above_level' : 'unknown_unit';
        return { from: d, to: d, targets: reason, until };
      }
      push(hit, true, base);
    } else push(at, true, base);
  }
  // Parts of a split that land in one unit again (a province above both parts) add their shares.
  const targets: Target[] = [];
  for (const t of spec.byUnit ? found : found.map((x) => ({ ...x, code: '', version: null, level: undefined }))) {
    const i = targets.findIndex((x) => x.version === t.version && x.code === t.code && x.own === t.own);
    const prev = targets[i];
    if (prev === undefined) targets.push(t);
    else targets[i] = { ...prev, weight: prev.weight + t.weight, mapped: prev.mapped ?? t.mapped };
  }
  if (day === null) return { from: NO_DAY, to: NO_DAY, targets, until };
  // The answer holds while the figure's unit version (and, as it was, every ancestor) stays valid.
  const span = spec.asOf !== null ? [self] : [self, ...registry.ancestorsAt(unit, date)];
  let from = Number.MIN_SAFE_INTEGER + 1;
  let to = Number.MAX_SAFE_INTEGER;
  for (const u of span) {
    if (u.validFrom !== undefined) from = Math.max(from, isoDateToDay(u.validFrom));
    if (u.validTo !== undefined) to = Math.min(to, isoDateToDay(u.validTo));
  }
  return { from, to, targets, until };
}

const NO_REPORTER: readonly string[] = [''];

function splitReporters(reporter: string | undefined): readonly string[] {
  if (reporter === undefined || reporter === '') return NO_REPORTER;
  if (reporter.indexOf('+') < 0) return [reporter];
  const list = [...new Set(reporter.split('+').filter((r) => r !== ''))];
  return list.length === 0 ? NO_REPORTER : list;
}

