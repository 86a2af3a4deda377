import type { Figure } from '../schema/FigureSchema';
import { dayToPeriodKey } from '../period/dayToPeriodKey';
import { parsePeriod } from '../period/parsePeriod';
import { QUALIFIERS, type Qualifier } from '../quantity/Qualifier';
import type { Uom } from '../quantity/Uom';
import type { UnitLevel } from '../schema/UnitLevel';
import { unitVersionId } from '../units/unitVersionId';
import { isoDateToDay } from '../period/isoDateToDay';
import type { AggregateOptions } from './AggregateOptions';
import type { AggregateResult, ExclusionReason } from './AggregateRow';
import type { GroupDimension } from './GroupDimension';
import type { PartialAggregate } from './PartialAggregate';
import { rowsWithBadText, withoutRows } from './internal/textFaults';
import { BEFORE, byKey, cellJson, isLaterThan, newCell, type Cell, type ChainLink, type Obs } from './internal/cells';
import { joinKey, KEY_SEP } from './partialKeys';
import { unitTargets } from './unitTargets';
import { BUCKET, CATEGORY, type CellIndex, PROGRAM, addCell, ensureCodes, findCell, newCellIndex, REPORTER, SLOT, TARGET } from './internal/CellIndex';
import type { FigureTable } from '../table/FigureTable';
import { encodeColumns } from '../table/encodeFigures';
import { isFigureTable } from '../table/isFigureTable';
import { checkFigureTable } from '../table/checkFigureTable';
import { Exclusion } from './internal/Exclusion';
import { addUnit, addUnitWords, newUnitBits, UnitInterner, type UnitBits } from './internal/UnitBits';
import { finalizeCells, finalizeStream, type Finished } from './internal/finalize';
import { ROW_STREAMS, STREAM_FEEDS } from './internal/streams';
import { AntqError } from '../errors/AntqError';
import { expandRollup, rollupLink, type RollupLink } from './internal/expandRollup';
import { rollupFlows, type RollupTable } from './internal/rollupFlows';
import { rollupStocks } from './internal/rollupStocks';
import { indicatorInfo, normalizeSpec, type IndicatorInfo, type Spec } from './internal/spec';
import { addToSums, newSums, type Sums } from './internal/sums';
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
   * @param figures - an array or any iterable of figures, or a {@link FigureTable} (from
   *   {@link encodeFigures}: its columns are read directly, no figure object is made)
   * @param rows - the row number `excluded` names for each figure, in the same order (e.g. the
   *   file rows of a batch from `readFigures`, `FigureBatch.rows`); default each figure's position
   *   among the figures added so far, counted from `rowOffset`
   * @throws {@link AntqError} `invalid_argument` when `rows` is not an array of integers >= 0 as
   *   long as `figures`
   */
  addAll(figures: Iterable<Figure> | FigureTable, rows?: readonly number[]): void;
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
  code: string;
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
  /** With rollup: the key of the leaf cell (the unit version and its chain). */
  readonly leafKey?: string;
  /** Code of the target in cell keys (set once when the target is made). */
  tid: number;
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
  // Every figure is read through a figure table (plain figures are encoded in batches): each
  // distinct value of a column is decided once (indicator facts, uom, qualifier, period and
  // its bucket, unit chain, category cut, reporters), and the loop over rows adds numbers into
  // typed arrays indexed by the cell a tuple of small integer codes finds.
  // A rollup's plain flow leaves met by the column pass stay `null` here (no object per leaf):
  // their numbers are in `lazyN`/`lazyI` and their tuple in `lazyKey`; `cellAt` makes the cell
  // when something needs it (the row loop, a qualified value, a partial, the general path).
  const index = newCellIndex();
  const excluded = new Exclusion();
  const interner = new UnitInterner();
  const window = spec.window;
  const bucketed = spec.byPeriod;
  // Grouped by the figure's own unit, a cell hears from exactly that unit: no need to track.
  // A rollup leaf is one unit too (its ancestors are filled in from the leaf cells at the end).
  const trackUnits = !(spec.byUnit && spec.level === null && spec.asOf === null);
  // With a units table every figure's unit must be in it (and a stock's series ends with its unit).
  const needTargets = spec.units !== null;
  let read = 0;
  let used = 0;

  // Global codes, one per distinct value seen in any table.
  const indicators = new Map<unknown, IndicatorNode | null>();
  const periods = new Map<unknown, PeriodEntry>();
  /** Per global unit id: the segment its last figure fell in (most figures of a unit fall in one). */
  const unitLast: (ChainSegment | null)[] = [];
  /** With category facets: the kept category per indicator and raw category. */
  const facetCache = new Map<string, number>();
  // The cells and what they are made and found from (see `CellState`).
  keepCellStateShape();
  const st = newCellState(spec, index);

  const { cells, acc, slots, programs, categories, reporters, buckets, unitSegments, targetLinks, versionIds, leafGroup, leafTarget, lazyTotal } = st;

  const node = (id: unknown): IndicatorNode | null => {
    let i = indicators.get(id);
    if (i === undefined) {
      const facts = typeof id === 'string' ? indicatorInfo(spec.catalogue, id) : null;
      // Without coverage, only ratios and their parts track units (a ratio checks its parts cover them).
      const track = trackUnits && (spec.coverage || spec.ratioRelated.has(id as string));
      i = facts === null ? null : { id: id as string, facts, track, stock: facts.kind === 'stock', slots: new Map() };
      indicators.set(id, i);
    }
    return i;
  };

  const slotOf = (n: IndicatorNode, uom: Uom): number => {
    let s = n.slots.get(uom);
    if (s === undefined) {
      s = slots.length;
      slots.push({ node: n, uom });
      n.slots.set(uom, s);
      ensureCodes(index, SLOT, slots.length);
    }
    return s;
  };

  const periodOf = (text: unknown): PeriodEntry => {
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

  /** A period's bucket for a flow or a stock (global bucket code), or an exclusion (negative). */
  const bucketOf = (text: unknown, stock: boolean): number => {
    let bucket = NO_BUCKET;
    if (text === undefined || text === '') {
      if (window !== null || bucketed) return reasonCode('no_period');
      if (stock) bucket = 0; // one bucket with the dated levels of the same series
    } else {
      const p = periodOf(text);
      if (!p.valid) return reasonCode('invalid_period');
      let before = false;
      if (window !== null) {
        if (stock) {
          if (p.endDay > window.endDay) return reasonCode('outside_window');
          if (p.endDay < window.startDay) {
            if (!spec.carryForward) return reasonCode('outside_window');
            before = true;
          }
        } else {
          if (p.endDay < window.startDay || p.startDay > window.endDay) return reasonCode('outside_window');
          if (p.startDay < window.startDay || p.endDay > window.endDay) return reasonCode('straddles_window');
        }
      }
      if (before) bucket = BEFORE;
      else if (stock && !bucketed) bucket = 0;
      else if (bucketed) {
        if (stock) bucket = p.endBucket;
        else if (p.startBucket !== p.endBucket) return reasonCode('straddles_bucket');
        else bucket = p.startBucket;
      }
    }
    return internedId(buckets, bucket);
  };

  /**
   * Without a units table: no unit at all, or (grouped by unit) the figure's own unit, one target
   * object rewritten per figure (its code is the unit's global id): nothing kept per unit.
   */
  const noUnit: readonly Target[] = [{ ...SELF_TARGET, tid: 0 }];
  const ownUnit: Target = { ...SELF_TARGET };
  const ownUnitList: readonly Target[] = [ownUnit];

  acc.last.fill(-1);

  /** Adds rows of a table; `rows` names them in exclusions (default: their position). */
  const addTable = (table: FigureTable, rows: ArrayLike<number> | null, position: number, figures: readonly Figure[] | null = null, textsChecked = false): void => {
    const faulty = textsChecked ? null : rowsWithBadText(table);
    if (faulty !== null) {
      // Rare (a JavaScript caller's number or object for a text): those rows are left out here,
      // the others go on in a table without them, under their own row numbers.
      const rowOf = (i: number): number => (rows === null ? spec.rowOffset + position + i : (rows[i] as number));
      for (const i of faulty) excluded.add('invalid_text', rowOf(i));
      read += faulty.length;
      const rest = withoutRows(table, faulty);
      const restRows = Float64Array.from(rest.kept, rowOf);
      addTable(rest.table, restRows, position, figures === null ? null : Array.from(rest.kept, (i) => figures[i] as Figure), true);
      return;
    }
    const n = table.length;
    const indCodes = table.indicator.codes;
    const uomCodes = table.uom.codes;
    const qualCodes = table.qualifier.codes;
    const periodCodes = table.period.codes;
    const unitCodes = table.unit.codes;
    const catCodes = table.category.codes;
    const repCodes = table.reporter.codes;
    const progCodes = table.program.codes;
    const values = table.value;
    const unitValues = table.unit.values;
    const catValues = table.category.values;
    const repValues = table.reporter.values;
    const progValues = table.program.values;

    // Decided once per distinct value (index: code + 1, so that 0 is "absent").
    const nInd = table.indicator.values.length;
    const nUom = table.uom.values.length + 1;
    const indNode: (IndicatorNode | null)[] = table.indicator.values.map((v) => node(v));
    // Per indicator × uom: the slot, or -1 (unknown indicator: checked first) for a uom not allowed.
    const slotCode = new Int32Array(nInd * nUom).fill(-1);
    for (let i = 0; i < nInd; i++) {
      const nd = indNode[i];
      if (nd === null || nd === undefined) continue;
      for (let u = 0; u < nUom; u++) {
        const uom = (u === 0 ? nd.facts.defaultUom : (table.uom.values[u - 1] ?? nd.facts.defaultUom)) as Uom; // `??`: a null uom is the default, as before
        if (uom !== nd.facts.defaultUom && !nd.facts.uoms.has(uom)) continue;
        slotCode[i * nUom + u] = slotOf(nd, uom);
      }
    }
    const qualValues: Qualifier[] = ['exact', ...(table.qualifier.values as (Qualifier | null)[]).map((q) => q ?? 'exact')];
    const qualOk = new Uint8Array(qualValues.length);
    for (let q = 0; q < qualValues.length; q++) qualOk[q] = q === 0 || qualValues[q] === 'exact' || QUALIFIER_SET.has(qualValues[q] as string) ? 1 : 0;
    const qualExact = qualValues.map((q) => q === 'exact');
    const periodTexts: unknown[] = [undefined, ...table.period.values];
    const flowBucket = new Int32Array(periodTexts.length);
    const stockBucket = new Int32Array(periodTexts.length);
    const periodDay = new Float64Array(periodTexts.length);
    for (let pc = 0; pc < periodTexts.length; pc++) {
      const text = periodTexts[pc];
      flowBucket[pc] = bucketOf(text, false);
      stockBucket[pc] = bucketOf(text, true);
      const e = text === undefined || text === '' ? null : periodOf(text);
      periodDay[pc] = e === null || !e.valid ? NO_DAY : e.endDay;
    }
    const unitRaw: unknown[] = [undefined, ...unitValues];
    // Global unit ids only when something reads them (a units table, grouping by unit, a cell
    // counting its units): else every distinct unit would stay in the interner to the end.
    const { ids: unitId, lo: idLo, hi: idHi } = internUnits(interner, unitRaw, needTargets || spec.byUnit, indNode, n, indCodes, unitCodes);
    // Per-unit caches grow in id order (a hole would turn the arrays into slow dictionaries).
    if (needTargets) {
      while (unitSegments.length < interner.size) unitSegments.push(undefined);
      while (unitLast.length < interner.size) unitLast.push(null);
    }
    if (!needTargets && spec.byUnit) ensureCodes(index, TARGET, interner.size);
    const catRaw: unknown[] = [undefined, ...catValues];
    // The category a cell is keyed by (cut to depth; facets per indicator, below).
    const catCode = new Int32Array(catRaw.length);
    const facets = spec.byCategory && spec.categoryFacets !== null;
    if (spec.byCategory) {
      for (let c = 0; c < catRaw.length; c++) {
        let category = (catRaw[c] as string | undefined) ?? '';
        if (spec.categoryDepth !== null && category !== '' && !facets) category = cutCategory(category, spec.categoryDepth);
        catCode[c] = internedId(categories, category);
      }
    }
    const repRaw: unknown[] = [undefined, ...repValues];
    const repList: (readonly number[])[] = repRaw.map((r) => (spec.byReporter ? splitReporters(r as string | undefined).map((x) => internedId(reporters, x)) : [0]));
    const repNames: (readonly string[])[] = repRaw.map((r) => (spec.byReporter ? splitReporters(r as string | undefined) : NO_REPORTER));
    const progRaw: unknown[] = [undefined, ...progValues];
    const progCode = new Int32Array(progRaw.length);
    if (spec.byProgram) for (let p = 0; p < progRaw.length; p++) progCode[p] = internedId(programs, (progRaw[p]) ?? '');
    if (!spec.byProgram) internedId(programs, '');
    if (!spec.byCategory) internedId(categories, '');
    if (!spec.byReporter) internedId(reporters, '');

    // The filter, field by field and once per distinct value (index: code + 1).
    let keepRow: ((i: number) => boolean) | null = null;
    let filter: ColumnFilter | null = null;
    const ff = spec.filterFields;
    if (ff !== null) {
      // An absent indicator never passes an indicator filter (the figure would have none).
      const kInd = Uint8Array.from([undefined, ...table.indicator.values], (v) => (ff.indicator(v as string) ? 1 : 0));
      const kUnit = Uint8Array.from(unitRaw, (v) => (ff.unit(v as string) ? 1 : 0));
      const kCat = Uint8Array.from(catRaw, (v) => (ff.category(v as string | undefined) ? 1 : 0));
      const kRep = Uint8Array.from(repRaw, (v) => (ff.reporter(v as string | undefined) ? 1 : 0));
      filter = { ind: kInd, unit: kUnit, cat: kCat, rep: kRep };
      keepRow = (i) => (kInd[(indCodes[i] as number) + 1] as number) & (kUnit[(unitCodes[i] as number) + 1] as number) & (kCat[(catCodes[i] as number) + 1] as number) & (kRep[(repCodes[i] as number) + 1] as number) ? true : false;
    }

    if (acc.n.length < cells.length + 1) grow(st, cells.length + 1);
    /** The column pass's codes: a part of the cell key per distinct value, or -1 (the row loop decides). */
    function planColumns(): ColumnPass | null {
      const nInd1 = nInd + 1;
      const nCat1 = catRaw.length;
      // With category facets, the category depends on the indicator: one code per pair.
      const facetTab = facets ? (nInd1 * nCat1 <= FACET_PAIRS ? new Int32Array(nInd1 * nCat1) : null) : null;
      if (facets && facetTab === null) return null;
      const flowNode = (ic1: number): IndicatorNode | null => {
        const nd = ic1 === 0 ? null : (indNode[ic1 - 1] as IndicatorNode | null);
        return nd === null || nd.stock ? null : nd;
      };
      if (facetTab !== null) {
        for (let ic1 = 1; ic1 < nInd1; ic1++) {
          const nd = flowNode(ic1);
          if (nd !== null) for (let c = 0; c < nCat1; c++) facetTab[ic1 * nCat1 + c] = facetCategory(nd, catRaw[c] as string | undefined);
        }
      }
      const keyed = spec.byUnit || needTargets;
      const nU = keyed ? unitRaw.length : 1;
      const nB = buckets.values.length;
      const nR = reporters.values.length;
      const nC = categories.values.length;
      const nP = programs.values.length;
      const nS = slots.length;
      const sR = nB * nU;
      const sC = nR * sR;
      const sP = nC * sC;
      const sS = nP * sP;
      const nK = nS * sS;
      if (nK > Math.min(DENSE_KEYS, Math.max(SMALL_KEYS, 4 * n))) return null;
      const indUom = new Int32Array(nInd1 * nUom).fill(-1);
      for (let ic1 = 1; ic1 < nInd1; ic1++) {
        if (flowNode(ic1) === null) continue;
        for (let u = 0; u < nUom; u++) {
          const slot = slotCode[(ic1 - 1) * nUom + u] as number;
          if (slot >= 0) indUom[ic1 * nUom + u] = slot * sS;
        }
      }
      const bucketPart = Int32Array.from(flowBucket, (b) => (b < 0 ? -1 : b * nU));
      const catPart = facetTab !== null ? facetTab.map((c) => c * sC) : catCode.map((c) => c * sC);
      const repPart = Int32Array.from(repList, (r) => (r.length === 1 ? (r[0] as number) * sR : -1));
      const progPart = progCode.map((p) => p * sP);
      const unitPart = new Int32Array(unitRaw.length);
      for (let u = 0; u < unitRaw.length; u++) unitPart[u] = needTargets ? UNRESOLVED : keyed ? u : 0;
      const unitFrom = new Float64Array(unitRaw.length);
      const unitTo = new Float64Array(unitRaw.length);
      const unitTarget: (Target | undefined)[] = new Array<Target | undefined>(unitRaw.length).fill(undefined);
      // Coverage: one bit per key and unit, when that fits; else the last unit seen per cell.
      // Coverage: one bit per key met and unit (the keys numbered as they are met).
      const tracking = indNode.some((nd) => nd !== null && nd.track);
      // Over the words of the ids this table gave (a table of new units gives a narrow window).
      const wordBase = idHi < idLo ? 0 : idLo >>> 5;
      const words = idHi < idLo ? 1 : (idHi >>> 5) - wordBase + 1;
      const most = Math.min(nK, n) + 1;
      if (tracking && most * words > COVERAGE_WORDS) return null;
      // A rollup's flow leaf that counts no units is left without a cell object (see `cells`).
      const lazyLeaves = spec.rollup && needTargets;
      const open = (i: number): number => {
        const ic = indCodes[i] as number;
        const slot = slotCode[ic * nUom + (uomCodes[i] as number) + 1] as number;
        const pn = (progCodes[i] as number) + 1;
        const cn = (catCodes[i] as number) + 1;
        const cid = facetTab !== null ? (facetTab[(ic + 1) * nCat1 + cn] as number) : (catCode[cn] as number);
        const rn = (repCodes[i] as number) + 1;
        const rid = (repList[rn] as readonly number[])[0] as number;
        const bid = flowBucket[(periodCodes[i] as number) + 1] as number;
        const un = (unitCodes[i] as number) + 1;
        let t: Target;
        if (needTargets) t = unitTarget[un] as Target;
        else if (spec.byUnit) {
          ownUnit.code = unitRaw[un] as string;
          ownUnit.tid = unitId[un] as number;
          t = ownUnit;
        } else t = noUnit[0] as Target;
        let ci = findCell(index, slot, progCode[pn] as number, cid, t.tid, rid, bid);
        if (ci < 0) ci = openCell(st, slot, progCode[pn] as number, cid, t, rid, bid, progRaw[pn] as string | undefined, (repNames[rn] as readonly string[])[0] as string, lazyLeaves && isPlainLeaf((slots[slot] as Slot).node));
        return ci;
      };
      const resolve = (un: number, day: number): number => {
        const seg = segmentOf(st, unitId[un] as number, unitRaw[un] as string, day);
        unitFrom[un] = seg.from;
        unitTo[un] = seg.to;
        const t = typeof seg.targets === 'string' || seg.targets.length !== 1 ? null : (seg.targets[0] as Target);
        const ok = t !== null && t.weight === 1 && t.mapped === null;
        if (ok) unitTarget[un] = t;
        const part = ok ? un : -1;
        unitPart[un] = part;
        return part;
      };
      return {
        n, indCodes, uomCodes, qualCodes, periodCodes, unitCodes, catCodes, repCodes, progCodes, values,
        filter, nUom, nCat1, indUom, bucketPart, catPart, facets: facetTab !== null, repPart, progPart,
        needTargets, unitPart, unitFrom, unitTo, periodDay, resolve, unitId,
        qualClass: Uint8Array.from(qualValues, (q, i) => (qualOk[i] === 0 ? 0 : qualExact[i] === true ? 1 : 2)), qualValues,
        nK, most, words, wordBase, tracking, trackInd: Uint8Array.from([null, ...indNode], (nd) => (nd?.track === true ? 1 : 0)), open, acc, cells, st,
        byCategory: spec.byCategory, byReporter: spec.byReporter, byProgram: spec.byProgram, keyed,
      };
    }

    // Most rows are summed by a column pass over codes decided once per value; the others
    // (stocks, exclusions, joint figures by reporter, units split or restated) go through the
    // row loop below, in row order, so that exclusions name the same rows.
    // When they are few, the row loop reads the rows left as the pass copied them (their columns
    // side by side, `only` their positions in the table), not at their places in the table: a few
    // rows spread over a million each cost a cache miss per column there. When they are many, it
    // reads them in the table (copies would cost more than the misses they save).
    let only: Int32Array | null = null;
    let copied = false;
    let cols: TableColumns = { n, indCodes, uomCodes, qualCodes, periodCodes, unitCodes, catCodes, repCodes, progCodes, values };
    const plan = planColumns();
    if (plan !== null) {
      const r = passColumns(plan);
      read += r.read;
      used += r.used;
      if (r.at.length === 0) return;
      only = r.at;
      if (r.rest !== null) {
        copied = true;
        cols = r.rest;
      } else cols = { ...cols, n: r.at.length };
    }
    const counts = addRows({
      spec, rows, position, keepRow, only, copied, n: cols.n, indCodes: cols.indCodes, uomCodes: cols.uomCodes, qualCodes: cols.qualCodes, periodCodes: cols.periodCodes,
      unitCodes: cols.unitCodes, catCodes: cols.catCodes, repCodes: cols.repCodes, progCodes: cols.progCodes, values: cols.values,
      node, indNode, slotCode, nUom, qualOk, qualValues, qualExact, stockBucket, flowBucket, periodDay, unitId, unitRaw, catRaw, repRaw, progRaw,
      needTargets, unitLast, noUnit, ownUnit, ownUnitList, catCode, facets, facetCategory, repList, repNames, progCode,
      excluded, index, st, acc, figures,
    });
    read += counts.read;
    used += counts.used;
  };

  const facetCategory = (nd: IndicatorNode, raw: string | undefined): number => {
    const k = `${nd.id}${KEY_SEP}${raw ?? ''}`;
    let c = facetCache.get(k);
    if (c === undefined) {
      let category = raw ?? '';
      if (spec.categoryFacets !== null && category !== '' && nd.facts.facetKeys !== undefined) category = keepFacets(category, nd.facts.facetKeys, spec.categoryFacets);
      if (spec.categoryDepth !== null && category !== '') category = cutCategory(category, spec.categoryDepth);
      c = internedId(categories, category);
      facetCache.set(k, c);
    }
    return c;
  };

  // Plain figures wait in a small buffer and go through a table in batches, without the columns
  // neither the grouping nor the filter reads (stock series read those from the figures).
  const skip = new Set<'program' | 'reporter' | 'category' | 'statistic'>(['statistic']);
  if (spec.filterFields === null) {
    if (!spec.byProgram) skip.add('program');
    if (!spec.byReporter) skip.add('reporter');
    if (!spec.byCategory) skip.add('category');
  }
  const encode = (batch: readonly Figure[]): FigureTable => encodeColumns('addAll', batch, false, skip, 0, batch.length);
  let pending: Figure[] = [];
  let pendingRows: number[] | null = null;
  let position = 0;
  const drain = (): void => {
    if (pending.length === 0) return;
    const batch = pending;
    const rows = pendingRows;
    pending = [];
    pendingRows = null;
    const start = position;
    position += batch.length;
    addTable(encode(batch), rows, start, batch);
  };
  // A list the caller holds whole (`addAll`) is encoded into tables of up to `WHOLE` figures:
  // each table's setup, and the passes' own per-table work, are paid once, not once per batch.
  // A table stops early when its dictionaries pass `BATCH` values (many distinct units): from
  // there on, tables of at most `BATCH` figures, each of which may stop early the same way (so a
  // list of `BATCH` figures or fewer can be split too), and memory does not grow with them. A
  // list whose distinct units start late pays for the one large table first: its typed arrays
  // are sized for up to `WHOLE` figures before the stop.
  // The encoder checks that each figure is an object as it reads it (a separate pass over a
  // million objects cost a tenth of a sum from plain figures: each object is far from the last in
  // memory); a list longer than its first table has the rest checked before anything is added,
  // so that a bad figure still leaves the aggregator as it was (`unchecked`: the caller's list).
  const addFigures = (list: readonly Figure[], rows: readonly number[] | null, unchecked: boolean): void => {
    if (list.length === 0) drain();
    let size = WHOLE;
    for (let at = 0; at < list.length; ) {
      const to = Math.min(list.length, at + size);
      const table = encodeColumns('addAll', list, false, skip, at, to, BATCH);
      if (at === 0) {
        if (unchecked) for (let i = table.length; i < list.length; i++) checkFigure('addAll', list[i], i);
        drain();
      }
      const whole = at === 0 && table.length === list.length;
      const batch = whole ? list : list.slice(at, at + table.length);
      const start = position;
      position += table.length;
      addTable(table, rows === null ? null : whole ? rows : rows.slice(at, at + table.length), start, batch);
      if (table.length < to - at) size = BATCH;
      at += table.length;
    }
  };

  /** Every cell, the ones left `null` made now. */
  const allCells = (): Cell[] => cells.map((_, ci) => cellAt(st, ci));

  const finalCells = (): Cell[] => {
    drain();
    flush(st);
    if (!spec.rollup) return allCells();
    const cells = allCells();
    const links = leafTarget.map((tid) => targetLinks[tid] ?? []);
    const all = expandRollup(cells, leafGroup, links, versionIds.size, interner, spec.coverage ? null : spec.ratioRelated);
    if (all.length > spec.maxGroups) throw tooManyGroups(spec.maxGroups);
    return all;
  };

  /**
   * The cells to finish into rows, and with rollup the flow subtotals in typed arrays (no cell
   * object per unit and level); stocks, ratios and restated units take the cells' general path.
   */
  const finalParts = (): { cells: Cell[]; rollup: RollupTable | null; walked: readonly Finished[] } => {
    // Figures still waiting in the buffer may hold ratios: they are added before asking.
    drain();
    if (!spec.rollup || cells.some((c) => c !== null && c.kind === 'ratio')) return { cells: finalCells(), rollup: null, walked: [] };
    flush(st);
    const split = splitLeaves(st);
    // Per target, its unit code's id (decided once per target, from its first flow leaf, in the
    // order the leaves come).
    const unitOfTarget = new Int32Array(targetLinks.length).fill(-1);
    for (let j = 0; j < split.nTargets; j++) {
      const tid = split.targets[j] as number;
      const ci = split.targetLeaf[tid] as number;
      unitOfTarget[tid] = interner.id((cells[ci] ?? leafCell(st, ci)).dims.unit ?? '');
    }
    // Everything but the unit is the group's: any leaf of a group stands for its rows.
    const templates: (Cell | null)[] = [];
    for (let g = 0; g < split.nGroups; g++) {
      const ci = split.groupLeaf[g] as number;
      templates.push(ci < 0 ? null : (cells[ci] ?? leafCell(st, ci)));
    }
    const { flowAt, nFlow, otherLeaves, otherGroups, otherLinks } = split;
    const table = rollupFlows(
      { count: nFlow, at: flowAt, cells, totals: lazyTotal, plainN: st.lazyN, plainI: st.lazyI, group: leafGroup, target: leafTarget, links: targetLinks, unitOfTarget, templates },
      versionIds.size,
      interner.size,
      spec.coverage ? null : spec.ratioRelated,
    );
    if (table === null) return { cells: finalCells(), rollup: null, walked: [] };
    // The other leaves are stocks (no ratio gets here). Without period buckets their rows are
    // walked straight from the leaves (`rollupStocks`); else, or when that cannot hold, a stock
    // row counts the units of its levels (`stockRows`), never its cell's unit set, so none is
    // built (`partial()` takes `finalCells`).
    const walked = spec.byPeriod ? null : rollupStocks(otherLeaves, otherGroups, otherLinks, versionIds.size, spec.window?.endDay ?? Number.MAX_SAFE_INTEGER);
    if (walked !== null) {
      if (walked.length + table.size > spec.maxGroups) throw tooManyGroups(spec.maxGroups);
      return { cells: [], rollup: table, walked };
    }
    const rest = expandRollup(otherLeaves, otherGroups, otherLinks, versionIds.size, interner, new Set<string>());
    if (rest.length + table.size > spec.maxGroups) throw tooManyGroups(spec.maxGroups);
    return { cells: rest, rollup: table, walked: [] };
  };

  const addWholeTable = (table: FigureTable, rows: readonly number[] | undefined): void => {
    checkFigureTable('addAll', table);
    if (rows !== undefined) {
      const given: unknown = rows;
      if (!Array.isArray(given) || given.length !== table.length) throw misuse('addAll', `rows must be an array with one row number per figure (${table.length}); got ${Array.isArray(given) ? `${given.length} entries` : typeof given}`);
      for (let i = 0; i < table.length; i++) checkRow('addAll', rows[i]);
    }
    drain();
    const start = position;
    position += table.length;
    addTable(table, rows ?? null, start);
  };

  const partial = (): PartialAggregate => {
    // The cells first: making them adds the figures still waiting in the batch, which the counts
    // and the figures left out must include.
    const cells = [...finalCells()].sort(byKey).map((c) => cellJson(c, interner));
    return { format: 'antq.partial/1', spec: spec.key, read, used, excluded: excluded.json(), cells };
  };

  const aggregator: Aggregator = {
    add(figure: Figure, row?: number): void {
      if (row !== undefined) checkRow('add', row);
      checkFigure('add', figure);
      if (row !== undefined) {
        if (pendingRows === null) pendingRows = pending.map((_, i) => spec.rowOffset + position + i);
        pendingRows.push(row);
      } else if (pendingRows !== null) pendingRows.push(spec.rowOffset + position + pending.length);
      pending.push(figure);
      if (pending.length >= BATCH) drain();
    },
    addAll(figures: Iterable<Figure> | FigureTable, rows?: readonly number[]): void {
      if (isFigureTable(figures)) {
        addWholeTable(figures, rows);
        return;
      }
      const list = Array.isArray(figures) ? (figures as readonly Figure[]) : [...figures];
      if (rows !== undefined) {
        const given: unknown = rows;
        if (!Array.isArray(given) || given.length !== list.length) throw misuse('addAll', `rows must be an array with one row number per figure (${list.length}); got ${Array.isArray(given) ? `${given.length} entries` : typeof given}`);
        for (let i = 0; i < list.length; i++) checkRow('addAll', rows[i]);
      }
      addFigures(list, rows ?? null, true);
    },
    partial,
    result(): AggregateResult {
      const parts = finalParts();
      return finalizeCells(spec, parts.cells, read, used, excluded.json(), parts.rollup, parts.walked);
    },
  };
  ROW_STREAMS.set(aggregator, () => {
    const parts = finalParts();
    return finalizeStream(spec, parts.cells, read, used, excluded.json(), parts.rollup, parts.walked);
  });
  STREAM_FEEDS.set(aggregator, (figures) => {
    let batch: Figure[] = [];
    for (const figure of figures) {
      checkFigure('aggregate', figure);
      batch.push(figure);
      if (batch.length >= BATCH) {
        addFigures(batch, null, false);
        batch = [];
      }
    }
    addFigures(batch, null, false);
  });
  return aggregator;
}

/**
 * The cells of one aggregation and what they are made and found from: a plain object made by one
 * literal in {@link newCellState} and read by module-level functions ({@link openCell},
 * {@link cellAt}, {@link segmentOf}, …), not by closures of each aggregator. After a full
 * collection V8 threw away the code of each aggregation's closures (and of the functions they
 * were compiled into) and compiled it again in the next aggregation (`--trace-opt`); the code of
 * a module-level function outlives an aggregation, unless the shapes it was compiled for die
 * (see {@link cellDims}).
 */
interface CellState {
  readonly spec: Spec;
  /** The cells, `null` for a rollup leaf left without one (see `lazyN`); {@link cellAt} makes it. */
  readonly cells: (Cell | null)[];
  readonly index: CellIndex;
  /** Fast accumulators for the common case (an exact whole number): figures and sum per cell, folded into the cells' sums by {@link flush}. */
  readonly acc: Accumulators;
  /** Per cell left `null`: its figures and whole-number sum (what its `total` would hold), its tuple (slot, programme, category, reporter, bucket) and target. */
  lazyN: Float64Array;
  lazyI: Float64Array;
  lazyKey: Int32Array;
  readonly lazyTarget: (Target | undefined)[];
  /** Per cell left `null` that met a qualified or fractional value: its running sums (what its `total` holds). */
  readonly lazyTotal: (Sums | null)[];
  // Global codes, one per distinct value seen in any table.
  readonly slots: Slot[];
  readonly programs: Interned;
  readonly categories: Interned;
  readonly reporters: Interned;
  readonly targetIds: Interned;
  readonly buckets: Interned;
  /** Per global unit id: its chain segments (with a units table). */
  readonly unitSegments: (ChainSegment[] | undefined)[];
  /** With rollup: per target code, the units its leaf is added into. */
  readonly targetLinks: (readonly RollupLink[] | undefined)[];
  readonly versionIds: Map<string, number>;
  /** With rollup: the leaves' groups (their tuples without the unit), and per leaf cell its group and target. */
  readonly groupIndex: CellIndex;
  readonly leafGroup: number[];
  readonly leafTarget: number[];
}

/**
 * An aggregation's empty cell state over `index`. The only place a `CellState` is made, the one
 * kept by {@link keepCellStateShape} included: keep every field in this literal (none optional,
 * none added afterwards, no second literal elsewhere) and no field a number that may stop being a
 * small integer, or the real states get a shape of their own, the kept one keeps nothing alive and
 * the code compiled for them is thrown away after full collections again, with no test failing.
 */
function newCellState(spec: Spec, index: CellIndex): CellState {
  return {
    spec,
    cells: [],
    index,
    acc: { n: new Float64Array(64), i: new Float64Array(64), last: new Int32Array(64) },
    lazyN: new Float64Array(64),
    lazyI: new Float64Array(64),
    lazyKey: new Int32Array(64 * LAZY_WIDTH),
    lazyTarget: [],
    lazyTotal: [],
    slots: [],
    programs: newInterned(index, PROGRAM),
    categories: newInterned(index, CATEGORY),
    reporters: newInterned(index, REPORTER),
    targetIds: newInterned(index, TARGET),
    buckets: newInterned(index, BUCKET),
    unitSegments: [],
    targetLinks: [],
    versionIds: new Map(),
    groupIndex: newCellIndex(),
    leafGroup: [],
    leafTarget: [],
  };
}

/**
 * One cell state and one unit interner made on the first aggregation and kept for the life of
 * the module, holding no caller's data: V8 keeps an object's shape only while an object of that
 * shape lives, and each aggregation's state dies with it, so a few full collections later V8
 * freed the shapes and the code compiled for them (`segmentOf`, `openCell`, `addRows`,
 * `settleKeys`, the interner's methods, …), compiled again in the next aggregation (see
 * `keepRowSourceShape` in `internal/finalize.ts`).
 */
let keptShapes: readonly [CellState, UnitInterner] | null = null;

function keepCellStateShape(): void {
  if (keptShapes === null) keptShapes = [newCellState(normalizeSpec('createAggregator', {}), newCellIndex()), new UnitInterner()];
}

/** The small integer id of a unit version (one per distinct version in the aggregation). */
function versionIdOf(st: CellState, v: string): number {
  let id = st.versionIds.get(v);
  if (id === undefined) {
    id = st.versionIds.size;
    st.versionIds.set(v, id);
  }
  return id;
}

/** The units a figure counts for: itself, its ancestor at `level`, or its whole chain for rollup. */
function segmentOf(st: CellState, uid: number, unit: string, day: number): ChainSegment {
  let segments = st.unitSegments[uid];
  if (segments === undefined) {
    segments = [];
    st.unitSegments[uid] = segments;
  }
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as ChainSegment;
    if (seg.from <= day && day <= seg.to) return seg;
  }
  const seg = resolveChain(st.spec, unit, day === NO_DAY ? null : day);
  if (typeof seg.targets !== 'string') {
    for (const t of seg.targets) {
      t.tid = internedId(st.targetIds, st.spec.byUnit ? (t.leafKey ?? t.version ?? t.code) : '');
      while (st.targetLinks.length <= t.tid) st.targetLinks.push(undefined);
      if (st.spec.rollup && t.chain !== undefined && st.targetLinks[t.tid] === undefined) {
        const own = rollupLink(versionIdOf(st, t.version ?? t.code), t.code, t.version ?? t.code, t.level as UnitLevel, true);
        st.targetLinks[t.tid] = [own, ...t.chain.map((l) => rollupLink(versionIdOf(st, l.version), l.code, l.version, l.level, false))];
      }
    }
  }
  segments.push(seg);
  return seg;
}

/** The accumulators (and a rollup's lazy arrays) with room for `need` cells. */
function grow(st: CellState, need: number): void {
  let size = st.acc.n.length;
  while (size < need) size *= 2;
  const n2 = new Float64Array(size);
  n2.set(st.acc.n);
  st.acc.n = n2;
  const i2 = new Float64Array(size);
  i2.set(st.acc.i);
  st.acc.i = i2;
  const l2 = new Int32Array(size).fill(-1);
  l2.set(st.acc.last);
  st.acc.last = l2;
  if (st.spec.rollup) {
    const ln = new Float64Array(size);
    ln.set(st.lazyN);
    st.lazyN = ln;
    const li = new Float64Array(size);
    li.set(st.lazyI);
    st.lazyI = li;
    const lk = new Int32Array(size * LAZY_WIDTH);
    lk.set(st.lazyKey);
    st.lazyKey = lk;
  }
}

function makeCell(st: CellState, slot: Slot, program: string | undefined, cid: number, t: Target, reporter: string, bucket: number): Cell {
  const indicator = slot.node.id;
  const dims = cellDims(indicator, st.spec.byProgram ? (program ?? '') : undefined, st.spec.byCategory ? (st.categories.values[cid] as string) : undefined, st.spec.byUnit ? t.code : undefined, st.spec.byReporter ? reporter : undefined);
  const cell = newCell(null, dims, bucket === NO_BUCKET ? null : bucket, indicator, slot.uom, slot.node.facts.kind, false);
  if (t.chain !== undefined) cell.chain = t.chain;
  if (t.level !== undefined) cell.level = t.level;
  if (st.spec.byUnit && t.version !== null) cell.version = t.version;
  if (slot.node.track) cell.units = newUnitBits();
  return cell;
}

/** The cell of a leaf left `null` (its tuple and numbers from the lazy arrays). */
function leafCell(st: CellState, ci: number): Cell {
  const k = ci * LAZY_WIDTH;
  return makeCell(st, st.slots[st.lazyKey[k] as number] as Slot, st.programs.values[st.lazyKey[k + 1] as number] as string, st.lazyKey[k + 2] as number, st.lazyTarget[ci] as Target, st.reporters.values[st.lazyKey[k + 3] as number] as string, st.buckets.values[st.lazyKey[k + 4] as number] as number);
}

/** Cell `ci`, made now if it was left `null`, with the numbers kept for it so far. */
function cellAt(st: CellState, ci: number): Cell {
  const known = st.cells[ci];
  if (known !== null && known !== undefined) return known;
  const cell = leafCell(st, ci);
  // Its sums so far (read before the cell takes its place).
  Object.assign(cell.total, totalAt(st, ci));
  st.cells[ci] = cell;
  st.lazyTarget[ci] = undefined;
  st.lazyTotal[ci] = null;
  return cell;
}

/** The running sums of cell `ci`: its `total`, or for a cell left `null` its own sums, made now if need be. */
function totalAt(st: CellState, ci: number): Sums {
  const cell = st.cells[ci];
  if (cell !== null && cell !== undefined) return cell.total;
  let s = st.lazyTotal[ci] ?? null;
  if (s === null) {
    s = newSums();
    const n = st.lazyN[ci] as number;
    const add = st.lazyI[ci] as number;
    // As `flush` leaves them: small integers as small integers.
    s.n = n <= SMI_MAX ? n | 0 : n;
    s.sumI = add <= SMI_MAX ? add | 0 : add;
    st.lazyTotal[ci] = s;
  }
  return s;
}

/** Makes the cell of a tuple (not yet in the index) and returns its number; the accumulators grow to hold it. */
function openCell(st: CellState, slot: number, pid: number, cid: number, t: Target, rid: number, bid: number, program: string | undefined, reporter: string, lazy = false): number {
  if (st.cells.length >= st.spec.maxGroups) throw tooManyGroups(st.spec.maxGroups);
  st.cells.push(lazy ? null : makeCell(st, st.slots[slot] as Slot, program, cid, t, reporter, st.buckets.values[bid] as number));
  st.lazyTarget.push(lazy ? t : undefined);
  st.lazyTotal.push(null);
  const ci = st.cells.length - 1;
  addCell(st.index, slot, pid, cid, t.tid, rid, bid);
  if (st.spec.rollup) {
    // The leaf's group: its tuple without the unit, found by numbers (no key string per leaf).
    ensureCodes(st.groupIndex, SLOT, st.slots.length);
    ensureCodes(st.groupIndex, PROGRAM, st.programs.values.length);
    ensureCodes(st.groupIndex, CATEGORY, st.categories.values.length);
    ensureCodes(st.groupIndex, REPORTER, st.reporters.values.length);
    ensureCodes(st.groupIndex, BUCKET, st.buckets.values.length);
    let g = findCell(st.groupIndex, slot, pid, cid, 0, rid, bid);
    if (g < 0) g = addCell(st.groupIndex, slot, pid, cid, 0, rid, bid);
    st.leafGroup.push(g);
    st.leafTarget.push(t.tid);
  }
  if (st.acc.n.length <= ci) grow(st, ci + 1);
  if (lazy) {
    const k = ci * LAZY_WIDTH;
    st.lazyKey[k] = slot;
    st.lazyKey[k + 1] = pid;
    st.lazyKey[k + 2] = cid;
    st.lazyKey[k + 3] = rid;
    st.lazyKey[k + 4] = bid;
  }
  return ci;
}

/** Folds the fast accumulators into the cells' sums. */
function flush(st: CellState): void {
  const { cells, acc, lazyTotal, lazyN, lazyI } = st;
  for (let ci = 0; ci < cells.length; ci++) {
    const n = acc.n[ci] as number;
    if (n === 0) continue;
    const cell = cells[ci];
    // Small integers go back as small integers: a double in a field that held small integers
    // would make V8 migrate every Sums object (slow with millions of cells).
    const add = acc.i[ci] as number;
    const lazySums = lazyTotal[ci] ?? null;
    if ((cell === null || cell === undefined) && lazySums === null) {
      lazyN[ci] = (lazyN[ci] as number) + (n | 0);
      lazyI[ci] = (lazyI[ci] as number) + (add <= SMI_MAX ? add | 0 : add);
    } else {
      const s = lazySums ?? (cell as Cell).total;
      s.n += n | 0;
      s.sumI += add <= SMI_MAX ? add | 0 : add;
    }
    acc.n[ci] = 0;
    acc.i[ci] = 0;
  }
}

/** A rollup's leaves apart: the flow leaves' cell numbers, the first flow leaf of each target and group, and the other leaves (stocks) with their groups and links. */
interface LeafSplit {
  readonly flowAt: Int32Array;
  readonly nFlow: number;
  /** The targets of flow leaves, in the order of their first flow leaf, and that leaf per target. */
  readonly targets: Int32Array;
  readonly nTargets: number;
  readonly targetLeaf: Int32Array;
  /** Per group below `nGroups`, its first flow leaf, or -1 (a group of stocks only). */
  readonly groupLeaf: Int32Array;
  readonly nGroups: number;
  readonly otherLeaves: Cell[];
  readonly otherGroups: number[];
  readonly otherLinks: (readonly RollupLink[])[];
}

/**
 * Flow leaves and the others (stocks) apart, in one pass: the flow leaves' cell numbers only
 * (their numbers, groups and chains are read in place); a leaf left `null` is a plain flow leaf,
 * its numbers in the lazy arrays.
 */
function splitLeaves(st: CellState): LeafSplit {
  const { cells, leafTarget, leafGroup, targetLinks } = st;
  const nCells = cells.length;
  const flowAt = new Int32Array(nCells);
  let nFlow = 0;
  const targetLeaf = new Int32Array(targetLinks.length).fill(-1);
  const targets = new Int32Array(targetLinks.length);
  let nTargets = 0;
  const groupLeaf = new Int32Array(nCells).fill(-1);
  let nGroups = 0;
  const otherLeaves: Cell[] = [];
  const otherGroups: number[] = [];
  const otherLinks: (readonly RollupLink[])[] = [];
  for (let ci = 0; ci < nCells; ci++) {
    const cell = cells[ci] ?? null;
    const tid = leafTarget[ci] as number;
    const g = leafGroup[ci] as number;
    if (cell !== null && cell.kind !== 'flow') {
      otherLeaves.push(cell);
      otherGroups.push(g);
      otherLinks.push(targetLinks[tid] ?? []);
      continue;
    }
    flowAt[nFlow++] = ci;
    if ((targetLeaf[tid] as number) < 0) {
      targetLeaf[tid] = ci;
      targets[nTargets++] = tid;
    }
    if (g >= nGroups) nGroups = g + 1;
    if ((groupLeaf[g] as number) < 0) groupLeaf[g] = ci;
  }
  return { flowAt, nFlow, targets, nTargets, targetLeaf, groupLeaf, nGroups, otherLeaves, otherGroups, otherLinks };
}

/** The refusal of one group more than `maxGroups`. */
export function tooManyGroups(max: number): AntqError {
  return new AntqError('too_many_groups', `too_many_groups: the aggregation has more than ${max} groups (maxGroups); group less finely, filter the figures, or raise the limit`);
}

/**
 * A cell's grouping values, the dimensions given (not `undefined`) in the order of
 * `GROUP_DIMENSIONS`. The common sets are made by one literal each: an object given its fields
 * one at a time gets a shape V8 holds only while such an object lives, so the code compiled for
 * the rows, which read these, was thrown away after each full collection (`--trace-deopt`: weak
 * objects).
 */
function cellDims(indicator: string, program: string | undefined, category: string | undefined, unit: string | undefined, reporter: string | undefined): { [D in GroupDimension]?: string } {
  if (program === undefined && reporter === undefined) {
    if (category === undefined) return unit === undefined ? { indicator } : { indicator, unit };
    return unit === undefined ? { indicator, category } : { indicator, category, unit };
  }
  const dims: { [D in GroupDimension]?: string } = { indicator };
  if (program !== undefined) dims.program = program;
  if (category !== undefined) dims.category = category;
  if (unit !== undefined) dims.unit = unit;
  if (reporter !== undefined) dims.reporter = reporter;
  return dims;
}

/** Largest integer V8 keeps as a small integer on every platform. */
const SMI_MAX = 0x3fffffff;
/** Whether a rollup leaf of this indicator may be left without a cell: a flow (not a stock or ratio) that counts no units. */
function isPlainLeaf(node: IndicatorNode): boolean {
  return node.facts.kind === 'flow' && !node.track;
}

/**
 * The same number, as a small integer when it is one (not -0): a number read from a typed array
 * is a double, and a double in an object's field costs a box of its own per object (one per
 * stock series kept).
 */
function small(x: number): number {
  return x === (x | 0) && (x !== 0 || 1 / x > 0) ? x | 0 : x;
}

/** Numbers kept per rollup leaf left without a cell: slot, programme, category, reporter, bucket. */
const LAZY_WIDTH = 5;

/** Figures encoded per batch (a table per batch: the dictionaries stay small, the memory bounded). */
const BATCH = 65536;

/**
 * Figures of a list given whole (`addAll`, `aggregate` over an array) encoded into one table.
 * The caller holds the figures anyway (objects of about 100 bytes or more each); the table adds
 * 44 bytes per figure while it is read, and its dictionaries up to one entry per figure (many
 * distinct units), so it stays at about a million figures. One table instead of batches of
 * {@link BATCH} took 8–33% less CPU for 1M figures (engine round 10), for 4% more peak memory.
 */
const WHOLE = 1 << 20;

const REASONS: readonly ExclusionReason[] = ['no_period', 'invalid_period', 'outside_window', 'straddles_window', 'straddles_bucket'];
function reasonCode(r: ExclusionReason): number {
  return -(REASONS.indexOf(r) + 1);
}

/** A figure must be an object (anything else is a caller's mistake, not a figure to exclude). */
function checkFigure(fn: string, f: unknown, at?: number): void {
  if (f !== null && typeof f === 'object') return;
  const type = f === null ? 'null' : typeof f;
  // In a list, worded as the encoder words it, with the figure's position.
  throw misuse(fn, at === undefined ? `a figure must be an object; got ${type}` : `figure ${at} is not an object (${type})`);
}

/**
 * Codes of one kind of value, interned to small integers (and the cell index told of each new
 * one): a plain object made by one literal in {@link newInterned}, not a class instance, whose
 * shape (its fields added one by one) V8 held only while an instance lived, so the code compiled
 * for it was thrown away with each aggregation's last one (trace-deopt: weak objects).
 */
interface Interned {
  readonly ids: Map<unknown, number>;
  /** The values by id (ids are 0 to `values.length - 1`). */
  readonly values: unknown[];
  readonly index: CellIndex;
  readonly component: number;
}

function newInterned(index: CellIndex, component: number): Interned {
  return { ids: new Map(), values: [], index, component };
}

function internedId(x: Interned, v: unknown): number {
  let id = x.ids.get(v);
  if (id === undefined) {
    id = x.values.length;
    x.ids.set(v, id);
    x.values.push(v);
    ensureCodes(x.index, x.component, x.values.length);
  }
  return id;
}

interface Slot {
  readonly node: IndicatorNode;
  readonly uom: Uom;
}

function checkRow(fn: string, row: unknown): void {
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 0) throw misuse(fn, `a row number must be an integer >= 0; got ${String(row)}`);
}

interface IndicatorNode {
  readonly id: string;
  readonly facts: IndicatorInfo;
  /** Whether its cells count their distinct units. */
  readonly track: boolean;
  readonly stock: boolean;
  /** Slot per unit of measure. */
  readonly slots: Map<Uom, number>;
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
const SELF_TARGET: Target = { code: '', level: undefined, own: true, weight: 1, mapped: null, version: null, tid: 0 };

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
  if (registry === null) return { from: NO_DAY, to: Number.MAX_SAFE_INTEGER, targets: [{ code: unit, level: undefined, own: true, weight: 1, mapped: null, version: null, tid: 0 }], until: NO_END };
  const found = unitTargets(spec, registry, unit, day);
  const d = day ?? NO_DAY;
  const until = found.until ?? NO_END;
  if (!found.ok) return { from: d, to: d, targets: found.reason, until };
  const { self, date } = found;
  const targets = found.targets.map((t): Target => {
    const { unit: at, version, weight, mapped } = t;
    let target: Target;
    if (spec.rollup) {
      // One leaf per figure; the units above are added from the leaf cells at the end (far
      // fewer cells than figures), not once per figure and level.
      const links = t.above.map((u) => ({ code: u.code, level: u.level, version: unitVersionId(u) }));
      target = { code: at.code, level: at.level, own: true, weight, mapped, version, chain: links, leafKey: [version, ...links.map((l) => l.version)].join('>'), tid: 0 };
    } else target = { code: at.code, level: at.level, own: true, weight, mapped, version, tid: 0 };
    return spec.byUnit ? target : { ...target, code: '', version: null, level: undefined };
  });
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

function splitReporters(reporter: string | null | undefined): readonly string[] {
  if (reporter === undefined || reporter === null || reporter === '') return NO_REPORTER;
  if (reporter.indexOf('+') < 0) return [reporter];
  const list = [...new Set(reporter.split('+').filter((r) => r !== ''))];
  return list.length === 0 ? NO_REPORTER : list;
}


/** The fast accumulators per cell: figures and sum of exact whole numbers, and the last unit seen. */
interface Accumulators {
  n: Float64Array;
  i: Float64Array;
  last: Int32Array;
}

/** What the row loop reads: one table's columns, the codes decided for its values, and the aggregator's state. */
/** A table's columns, as the row loop and the column pass read them. */
interface TableColumns {
  readonly n: number;
  readonly indCodes: Int32Array;
  readonly uomCodes: Int32Array;
  readonly qualCodes: Int32Array;
  readonly periodCodes: Int32Array;
  readonly unitCodes: Int32Array;
  readonly catCodes: Int32Array;
  readonly repCodes: Int32Array;
  readonly progCodes: Int32Array;
  readonly values: Float64Array;
}

interface RowLoop extends TableColumns {
  readonly spec: Spec;
  readonly rows: ArrayLike<number> | null;
  readonly position: number;
  readonly keepRow: ((i: number) => boolean) | null;
  /** The rows to read, as positions in the table (in order), or `null` for every row. */
  readonly only: Int32Array | null;
  /** Whether the columns given are those rows copied side by side (read at `i`), not the table's (read at each position). */
  readonly copied: boolean;
  readonly node: (id: unknown) => IndicatorNode | null;
  readonly indNode: readonly (IndicatorNode | null)[];
  readonly slotCode: Int32Array;
  readonly nUom: number;
  readonly qualOk: Uint8Array;
  readonly qualValues: readonly Qualifier[];
  readonly qualExact: readonly boolean[];
  readonly stockBucket: Int32Array;
  readonly flowBucket: Int32Array;
  readonly periodDay: Float64Array;
  readonly unitId: Int32Array;
  readonly unitRaw: readonly unknown[];
  readonly catRaw: readonly unknown[];
  readonly repRaw: readonly unknown[];
  readonly progRaw: readonly unknown[];
  readonly needTargets: boolean;
  readonly unitLast: (ChainSegment | null)[];
  readonly noUnit: readonly Target[];
  readonly ownUnit: Target;
  readonly ownUnitList: readonly Target[];
  readonly catCode: Int32Array;
  readonly facets: boolean;
  readonly facetCategory: (nd: IndicatorNode, raw: string | undefined) => number;
  readonly repList: readonly (readonly number[])[];
  readonly repNames: readonly (readonly string[])[];
  readonly progCode: Int32Array;
  readonly excluded: Exclusion;
  readonly index: CellIndex;
  readonly st: CellState;
  readonly acc: Accumulators;
  readonly figures: readonly Figure[] | null;
}

/**
 * Adds the rows of one table into the cells. One function for every aggregator (not a closure
 * per aggregator), so that V8 optimises it once and every later aggregation runs optimised code.
 *
 * @returns how many rows were read (kept by the filter) and used
 */
function addRows(k: RowLoop): { read: number; used: number } {
  const { spec, rows, position, keepRow, only, copied, n, indCodes, uomCodes, qualCodes, periodCodes, unitCodes, catCodes, repCodes, progCodes, values } = k;
  const { node, indNode, slotCode, nUom, qualOk, qualValues, qualExact, stockBucket, flowBucket, periodDay, unitId, unitRaw, catRaw, repRaw, progRaw } = k;
  const { needTargets, unitLast, noUnit, ownUnit, ownUnitList, catCode, facets, facetCategory, repList, repNames, progCode } = k;
  const { excluded, index, st, acc, figures } = k;
  let accN = acc.n;
  let accI = acc.i;
  let lastUnit = acc.last;
  let read = 0;
  let used = 0;
  /** A stock series' text per tuple of codes of this table (unit, category, reporter, programme). */
  const seriesText = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    // Its position in the table (row number, filter, figure).
    const at = only === null ? i : (only[i] as number);
    // Where its columns are read.
    const c = copied ? i : at;
    const row = rows === null ? spec.rowOffset + position + at : (rows[at] as number);
    if (keepRow !== null && !keepRow(at)) continue;
    read++;
    const ic = indCodes[c] as number;
    const nd = ic < 0 ? node(undefined) : (indNode[ic] as IndicatorNode | null);
    if (nd === null) {
      excluded.add('unknown_indicator', row);
      continue;
    }
    const uc = (uomCodes[c] as number) + 1;
    const slot = slotCode[ic * nUom + uc] as number;
    if (slot < 0) {
      excluded.add('uom_not_allowed', row);
      continue;
    }
    const value = values[c] as number;
    if (!(value >= 0) || value === Infinity) {
      excluded.add('invalid_value', row);
      continue;
    }
    const qc = (qualCodes[c] as number) + 1;
    if (qualOk[qc] === 0) {
      excluded.add('invalid_value', row);
      continue;
    }
    const stock = nd.stock;
    const pc = (periodCodes[c] as number) + 1;
    const bid = stock ? (stockBucket[pc] as number) : (flowBucket[pc] as number);
    if (bid < 0) {
      excluded.add(REASONS[-bid - 1] as ExclusionReason, row);
      continue;
    }
    const day = periodDay[pc] as number;
    const un = (unitCodes[c] as number) + 1;
    const uid = unitId[un] as number;
    let segment: ChainSegment | null = null;
    if (needTargets) {
      const last = unitLast[uid] as ChainSegment | null;
      if (last !== null && last.from <= day && day <= last.to) segment = last;
      else {
        segment = segmentOf(st, uid, unitRaw[un] as string, day);
        unitLast[uid] = segment;
      }
    }
    let targets: readonly Target[];
    if (segment === null) {
      // Without a units table: no unit at all, or (grouped by unit) the figure's own unit, one
      // target object rewritten per figure (its code is the unit's global id).
      if (spec.byUnit) {
        ownUnit.code = unitRaw[un] as string;
        ownUnit.tid = uid;
        targets = ownUnitList;
      } else targets = noUnit;
    }
    else if (typeof segment.targets === 'string') {
      excluded.add(segment.targets, row);
      continue;
    } else targets = segment.targets;
    used++;

    const cn = (catCodes[c] as number) + 1;
    let cid = catCode[cn] as number;
    if (facets) cid = facetCategory(nd, catRaw[cn] as string | undefined);
    const rn = (repCodes[c] as number) + 1;
    const reps = repList[rn] as readonly number[];
    const joint = reps.length > 1;
    const pn = (progCodes[c] as number) + 1;
    const pid = progCode[pn] as number;
    const q = qualValues[qc] as Qualifier;
    const exact = qualExact[qc] === true;
    const track = nd.track;
    for (let ti = 0; ti < targets.length; ti++) {
      const t = targets[ti] as Target;
      for (let ri = 0; ri < reps.length; ri++) {
        const rid = reps[ri] as number;
        let ci = findCell(index, slot, pid, cid, t.tid, rid, bid);
        if (ci < 0) {
          ci = openCell(st, slot, pid, cid, t, rid, bid, progRaw[pn] as string | undefined, (repNames[rn] as readonly string[])[ri] as string);
          accN = acc.n;
          accI = acc.i;
          lastUnit = acc.last;
        }
        const cell = cellAt(st, ci);
        if (track && lastUnit[ci] !== uid) {
          lastUnit[ci] = uid;
          addUnit(cell.units as UnitBits, uid);
        }
        if (joint) cell.joint++;
        const v = t.weight === 1 ? value : value * t.weight;
        if (t.mapped !== null) (cell.mapped ?? (cell.mapped = new Set())).add(t.mapped);
        if (stock) {
          // A stock's series: its unit, category, reporter and programme as given (read from the
          // figure itself when the batch was encoded without the columns the grouping skips).
          // From a table, its text is made once per distinct tuple of codes, not per figure.
          let series: string;
          if (figures === null) {
            const sk = ((un * catRaw.length + cn) * repRaw.length + rn) * progRaw.length + pn;
            const known = seriesText.get(sk);
            if (known === undefined) {
              series = seriesKey(unitRaw[un] as string | undefined, catRaw[cn] as string | undefined, repRaw[rn] as string | undefined, progRaw[pn] as string | undefined);
              seriesText.set(sk, series);
            } else series = known;
          } else {
            const f = figures[at] as Figure;
            series = seriesKey(f.unit, f.category, f.reporter, f.program);
          }
          // An observation object only when it is the series' latest so far.
          const obs = cell.obs ?? (cell.obs = new Map<string, Obs>());
          const prev = obs.get(series);
          if (prev === undefined || isLaterThan(day, v, q, prev)) obs.set(series, { series, unit: unitRaw[un] as string, day: small(day), value: small(v), qualifier: q, own: t.own, until: segment === null ? NO_END : segment.until });
        } else if (exact && v === Math.trunc(v)) {
          // The common case: an exact whole number.
          accN[ci] = (accN[ci] as number) + 1;
          accI[ci] = (accI[ci] as number) + v;
        } else addToSums(cell.total, v, q);
      }
    }
  }
  return { read, used };
}

/**
 * A stock series' text: its unit, category, reporter and programme (`undefined` and `null` empty
 * but the unit's), as `joinKey` makes it: one flat string (a chain of `+` leaves a tree of string
 * pieces, kept for as long as the series' latest figure is; with as many series as distinct
 * units, most of a summary's live heap).
 */
function seriesKey(unit: string | undefined, category: string | undefined, reporter: string | undefined, program: string | undefined): string {
  return joinKey([String(unit), category ?? '', reporter ?? '', program ?? '']);
}

/**
 * A table's global unit ids (index: code + 1). Every unit gets one when `all` (a units table or a
 * grouping by unit reads them on every row); else only the units of rows whose indicator counts
 * its units (coverage, ratios and their parts), and the others read 0, never looked at.
 */
function internUnits(interner: UnitInterner, unitRaw: readonly unknown[], all: boolean, indNode: readonly (IndicatorNode | null)[], n: number, indCodes: ArrayLike<number>, unitCodes: ArrayLike<number>): { ids: Int32Array; lo: number; hi: number } {
  const ids = new Int32Array(unitRaw.length);
  let lo = Number.MAX_SAFE_INTEGER;
  let hi = -1;
  const give = (u: number): void => {
    const id = interner.id(unitRaw[u] as string);
    ids[u] = id;
    if (id < lo) lo = id;
    if (id > hi) hi = id;
  };
  if (all) {
    for (let u = 0; u < unitRaw.length; u++) give(u);
    return { ids, lo, hi };
  }
  if (!indNode.some((nd) => nd !== null && nd.track)) return { ids, lo, hi };
  // Every indicator counts its units (coverage on), or the table names few units for its rows:
  // no pass over the rows to find which are read (the ids of units no counted row names cost
  // little next to the rows; many distinct units, as many as rows, still take the pass).
  if (indNode.every((nd) => nd === null || nd.track) || unitRaw.length * FEW_UNITS <= n) {
    for (let u = 0; u < unitRaw.length; u++) give(u);
    return { ids, lo, hi };
  }
  const track = Uint8Array.from([null, ...indNode], (nd) => (nd?.track === true ? 1 : 0));
  const seen = new Uint8Array(unitRaw.length);
  for (let i = 0; i < n; i++) if (track[(indCodes[i] as number) + 1] === 1) seen[(unitCodes[i] as number) + 1] = 1;
  for (let u = 0; u < unitRaw.length; u++) if (seen[u] === 1) give(u);
  return { ids, lo, hi };
}

/** A table whose rows outnumber its distinct units this many times gives every unit an id up front. */
const FEW_UNITS = 16;

/** The filter per distinct value of each field it reads (index: code + 1; 1: kept). */
interface ColumnFilter {
  readonly ind: Uint8Array;
  readonly unit: Uint8Array;
  readonly cat: Uint8Array;
  readonly rep: Uint8Array;
}

/** Most keys of the column pass (dense arrays of them). */
const DENSE_KEYS = 1 << 22;
/** Keys the column pass may use whatever the number of rows (a batch of plain figures). */
const SMALL_KEYS = 1 << 17;
/** Most words of the coverage bits (keys × unit words). */
const COVERAGE_WORDS = 1 << 23;
/** Most (indicator, category) pairs decided up front with category facets. */
const FACET_PAIRS = 1 << 20;
/** A unit not looked up yet in the units table. */
const UNRESOLVED = -2;

/** What the column pass reads: a table's columns and the part of the cell key each code stands for. */
interface ColumnPass extends TableColumns {
  readonly filter: ColumnFilter | null;
  readonly nUom: number;
  readonly nCat1: number;
  /** Per (indicator + 1) × (uom + 1): the slot's part of the key; -1 for a stock, an unknown indicator or a uom not allowed. */
  readonly indUom: Int32Array;
  readonly bucketPart: Int32Array;
  /** Per category + 1 (with facets: per (indicator + 1) × (category + 1)). */
  readonly catPart: Int32Array;
  readonly facets: boolean;
  readonly repPart: Int32Array;
  readonly progPart: Int32Array;
  readonly needTargets: boolean;
  /** Per unit + 1: its part of the key, -1 (the row loop decides) or UNRESOLVED. */
  readonly unitPart: Int32Array;
  /** With a units table: the days for which a unit's answer holds. */
  readonly unitFrom: Float64Array;
  readonly unitTo: Float64Array;
  readonly periodDay: Float64Array;
  readonly resolve: (un: number, day: number) => number;
  readonly unitId: Int32Array;
  /** Per qualifier + 1: 0 not a qualifier, 1 exact, 2 another. */
  readonly qualClass: Uint8Array;
  readonly qualValues: readonly Qualifier[];
  /** Number of keys (every key is below). */
  readonly nK: number;
  /** Most keys a table can meet, + 1. */
  readonly most: number;
  /** Words of coverage bits per key. */
  readonly words: number;
  /** The global word (ids `32 × wordBase` and up) of each key's first word of bits. */
  readonly wordBase: number;
  /** Whether some cells count their units, and per indicator + 1 whether its do (1). */
  readonly tracking: boolean;
  readonly trackInd: Uint8Array;
  /** Which parts of the key vary (the others are 0). */
  readonly byCategory: boolean;
  readonly byReporter: boolean;
  readonly byProgram: boolean;
  readonly keyed: boolean;
  /** The cell of a row's key (made when new). */
  readonly open: (i: number) => number;
  readonly acc: Accumulators;
  /** The cells, `null` for a rollup leaf left without one; `cellAt` makes it. */
  readonly cells: readonly (Cell | null)[];
  readonly st: CellState;
}

/**
 * The column pass: a cell key per row from the parts its codes stand for, the keys numbered as
 * they are met, counts and sums per key in typed arrays, coverage as bits per key and unit. Rows
 * it cannot take are listed, in order, for the row loop. Module-level, so that V8 compiles it once.
 *
 * @returns rows read (kept by the filter) and used here, and the rows left to the row loop: their
 *   columns (copied) and their positions in the table
 */
function passColumns(k: ColumnPass): { read: number; used: number; rest: TableColumns | null; at: Int32Array } {
  const { trackInd, unitId, nK, most } = k;
  // Every indicator counts its units (coverage on): no look-up per row. Unit codes that are
  // their global ids (one table, or the first): no look-up either.
  let allTrack = true;
  for (let i = 1; i < trackInd.length; i++) if (trackInd[i] === 0) allTrack = false;
  let sameIds = true;
  for (let u = 0; u < unitId.length; u++) if (unitId[u] !== u) sameIds = false;
  const number = new Int32Array(nK);
  const count = new Int32Array(most);
  const sum = new Float64Array(most);
  // Sized once to the most they can hold (large typed arrays are zero pages until written): a
  // branch that grows them, met only now and then, made V8 leave the optimised loop each time it
  // was first taken (found with `--trace-deopt`).
  const scan: Scan = {
    read: 0,
    met: 0,
    first: new Int32Array(most),
    bits: k.tracking ? new Uint32Array(most * k.words) : null,
    rest: new Int32Array(Math.min(k.n, SCAN_BLOCK)),
    nRest: 0,
    odd: new Int32Array(2 * Math.min(k.n, SCAN_BLOCK)),
    oddValue: new Float64Array(Math.min(k.n, SCAN_BLOCK)),
    nOdd: 0,
  };
  // The rows left, copied while they are few (at most one in REST_COPY of a block's rows).
  let rest: RestColumns | null = newRestColumns();
  // Without a filter, and keyed by slot, bucket and category alone: the lean loop.
  const lean = k.filter === null && !k.keyed && !k.needTargets && !k.facets && !k.byReporter && !k.byProgram;
  // The lean case by category (sums by indicator, category and period): loops with no test of
  // what the case rules out, one where cells count their units (over a table whose unit codes are
  // their ids: one table, or the first), one where none does (any table: it reads no unit). They
  // took about a fifth less CPU than the lean loop over the bench's 1M figures (engine round 12).
  const flat = lean && k.byCategory && sameIds && scan.bits !== null;
  const bare = lean && k.byCategory && scan.bits === null;
  // In blocks, the first one short: V8 replaced the loop mid-run (on-stack) with optimised code
  // compiled before any call had reached the statements after the loop, and that code left
  // again there, at the end of every call (`--trace-deopt`). A first call that runs to its end
  // before anything is compiled gives every statement its feedback.
  for (let from = 0; from < k.n; ) {
    const to = Math.min(k.n, from === 0 ? FIRST_BLOCK : from + SCAN_BLOCK);
    // Room for every row of the block in the rows left and the odd values, made here between
    // blocks (the loop itself has no growth branch): most tables leave few rows to either, and
    // arrays sized to the whole table cost more to make than the pass over a small result.
    scan.rest = room(scan.rest, scan.nRest, scan.nRest + (to - from), k.n);
    scan.odd = room(scan.odd, scan.nOdd, scan.nOdd + 2 * (to - from), 2 * k.n);
    scan.oddValue = room(scan.oddValue, scan.nOdd >> 1, (scan.nOdd >> 1) + (to - from), k.n);
    const before = scan.nRest;
    if (flat) scanFlat(k, scan, scan.bits, number, count, sum, from, to);
    else if (bare) scanBare(k, scan, number, count, sum, from, to);
    else if (lean) scanLean(k, scan, allTrack, sameIds, number, count, sum, from, to);
    else {
      // `scanRows` stops at a unit not resolved yet; it is resolved here, and the loop goes on
      // from that row (see `scanRows`).
      let at = from;
      while (at < to) {
        at = scanRows(k, scan, allTrack, sameIds, number, count, sum, at, to);
        if (at < to) k.resolve((k.unitCodes[at] as number) + 1, k.periodDay[(k.periodCodes[at] as number) + 1] as number);
      }
    }
    // The rows left, copied while the block is still in the cache.
    if (rest !== null && scan.nRest > before) {
      if ((scan.nRest - before) * REST_COPY > to - from) rest = null;
      else takeRest(rest, k, scan.rest, before, scan.nRest);
    }
    from = to;
  }
  settleKeys(k, scan, count, sum);
  // The rows left to the row loop are counted there.
  return { read: scan.read - scan.nRest, used: scan.read - scan.nRest, rest: rest === null ? null : restColumns(rest), at: scan.rest.subarray(0, scan.nRest) };
}

/**
 * The columns of the rows the column pass leaves to the row loop, side by side, grown as they
 * come: a plain object made by one literal in {@link newRestColumns}, not a class instance (whose
 * shape V8 held only while an instance lived, see {@link Interned}).
 */
interface RestColumns {
  n: number;
  ind: Int32Array;
  uom: Int32Array;
  qual: Int32Array;
  period: Int32Array;
  unit: Int32Array;
  cat: Int32Array;
  rep: Int32Array;
  prog: Int32Array;
  value: Float64Array;
}

function newRestColumns(): RestColumns {
  const none = new Int32Array(0);
  return { n: 0, ind: none, uom: none, qual: none, period: none, unit: none, cat: none, rep: none, prog: none, value: new Float64Array(0) };
}

/** Copies rows `rows[from]` to `rows[to - 1]` of table `k` (the next ones after those taken so far). */
function takeRest(x: RestColumns, k: TableColumns, rows: Int32Array, from: number, to: number): void {
  const need = x.n + (to - from);
  if (x.ind.length < need) {
    const size = Math.min(k.n, Math.max(need, 2 * x.ind.length));
    x.ind = room(x.ind, x.n, size, size);
    x.uom = room(x.uom, x.n, size, size);
    x.qual = room(x.qual, x.n, size, size);
    x.period = room(x.period, x.n, size, size);
    x.unit = room(x.unit, x.n, size, size);
    x.cat = room(x.cat, x.n, size, size);
    x.rep = room(x.rep, x.n, size, size);
    x.prog = room(x.prog, x.n, size, size);
    x.value = room(x.value, x.n, size, size);
  }
  let j = x.n;
  for (let r = from; r < to; r++, j++) {
    const i = rows[r] as number;
    x.ind[j] = k.indCodes[i] as number;
    x.uom[j] = k.uomCodes[i] as number;
    x.qual[j] = k.qualCodes[i] as number;
    x.period[j] = k.periodCodes[i] as number;
    x.unit[j] = k.unitCodes[i] as number;
    x.cat[j] = k.catCodes[i] as number;
    x.rep[j] = k.repCodes[i] as number;
    x.prog[j] = k.progCodes[i] as number;
    x.value[j] = k.values[i] as number;
  }
  x.n = j;
}

function restColumns(x: RestColumns): TableColumns {
  const n = x.n;
  return {
    n, indCodes: x.ind.subarray(0, n), uomCodes: x.uom.subarray(0, n), qualCodes: x.qual.subarray(0, n), periodCodes: x.period.subarray(0, n),
    unitCodes: x.unit.subarray(0, n), catCodes: x.cat.subarray(0, n), repCodes: x.rep.subarray(0, n), progCodes: x.prog.subarray(0, n), values: x.value.subarray(0, n),
  };
}

/** `a` (its first `used` entries kept) with room for `need` entries, at most `most`. */
function room<A extends Int32Array | Float64Array>(a: A, used: number, need: number, most: number): A {
  if (a.length >= need) return a;
  const size = Math.min(most, Math.max(need, 2 * a.length));
  const b = (a instanceof Float64Array ? new Float64Array(size) : new Int32Array(size)) as A;
  b.set(a.subarray(0, used));
  return b;
}

/** The rows a block leaves to the row loop are copied while they are at most one in this many of its rows. */
const REST_COPY = 8;

/** Rows per call of {@link scanRows}, and in its first call. */
const SCAN_BLOCK = 16384;
const FIRST_BLOCK = 256;

/** What {@link scanRows} found so far: the keys met (numbered from 1), their first rows, coverage bits, and the rows it left. */
interface Scan {
  read: number;
  met: number;
  readonly first: Int32Array;
  readonly bits: Uint32Array | null;
  rest: Int32Array;
  nRest: number;
  /** Pairs (key number, qualifier code + 1) of qualified or fractional values, and the values (one per pair). */
  odd: Int32Array;
  oddValue: Float64Array;
  nOdd: number;
}

/**
 * The loop of the column pass, alone in its function (small, so that V8 compiles it fast and
 * every branch has type feedback before it does). It calls no function of the aggregation: at a
 * unit not resolved yet it stops and returns that row, which its caller resolves before calling
 * it again from there. (A call of the aggregation's own `resolve` was compiled into this loop
 * bound to that closure, so the loop's optimised code was thrown away with the closure after
 * each aggregation: `--trace-deopt`, "weak objects".)
 *
 * @returns the row it stopped at, or `to` when it read the block to its end
 */
function scanRows(k: ColumnPass, scan: Scan, allTrack: boolean, sameIds: boolean, number: Int32Array, count: Int32Array, sum: Float64Array, from: number, to: number): number {
  const { indCodes, uomCodes, qualCodes, periodCodes, unitCodes, catCodes, repCodes, progCodes, values, filter, nUom, nCat1 } = k;
  const { indUom, bucketPart, catPart, facets, repPart, progPart, needTargets, unitPart, unitFrom, unitTo, periodDay, unitId } = k;
  const { qualClass, words, wordBase, trackInd, byCategory, byReporter, byProgram, keyed } = k;
  const { first, bits, rest, odd, oddValue } = scan;
  const withCat = byCategory || facets;
  const catRow = facets ? nCat1 : 0;
  let met = scan.met;
  let nRest = scan.nRest;
  let nOdd = scan.nOdd;
  let read = scan.read;
  let i = from;
  for (; i < to; i++) {
    const ic1 = (indCodes[i] as number) + 1;
    if (filter !== null) {
      if (((filter.ind[ic1] as number) & (filter.unit[(unitCodes[i] as number) + 1] as number) & (filter.cat[(catCodes[i] as number) + 1] as number) & (filter.rep[(repCodes[i] as number) + 1] as number)) === 0) continue;
      read++;
    }
    const pc = (periodCodes[i] as number) + 1;
    const s = indUom[ic1 * nUom + (uomCodes[i] as number) + 1] as number;
    const b = bucketPart[pc] as number;
    const c = withCat ? (catPart[ic1 * catRow + (catCodes[i] as number) + 1] as number) : 0;
    const r = byReporter ? (repPart[(repCodes[i] as number) + 1] as number) : 0;
    const p = byProgram ? (progPart[(progCodes[i] as number) + 1] as number) : 0;
    // The unit code is read for the key, or for coverage (below) when every indicator counts its units.
    const un = keyed || allTrack ? (unitCodes[i] as number) + 1 : 0;
    let u = keyed ? (unitPart[un] as number) : 0;
    if (needTargets && u !== -1) {
      if (u === UNRESOLVED) {
        // Read again when the caller has resolved the unit.
        if (filter !== null) read--;
        break;
      }
      const day = periodDay[pc] as number;
      if (u >= 0 && (day < (unitFrom[un] as number) || day > (unitTo[un] as number))) u = -1;
    }
    const v = values[i] as number;
    const q1 = (qualCodes[i] as number) + 1;
    const qc = qualClass[q1] as number;
    if ((s | b | c | r | p | u) < 0 || !(v >= 0) || v === Infinity || qc === 0) {
      rest[nRest++] = i;
      continue;
    }
    const key = s + b + c + r + p + u;
    let d = number[key] as number;
    if (d === 0) {
      // A key met for the first time: numbered, its first row kept to make its cell from.
      d = ++met;
      number[key] = d;
      first[d] = i;
    }
    if (qc === 1 && v === Math.trunc(v)) {
      count[d] = (count[d] as number) + 1;
      sum[d] = (sum[d] as number) + v;
    } else {
      // Kept with its value and qualifier: read again at its row, it would cost a cache miss.
      oddValue[nOdd >> 1] = v;
      odd[nOdd++] = d;
      odd[nOdd++] = q1;
    }
    if (bits !== null && (allTrack || trackInd[ic1] === 1)) {
      const uc = keyed || allTrack ? un : (unitCodes[i] as number) + 1;
      const uid = sameIds ? uc : (unitId[uc] as number);
      const w = d * words + (uid >>> 5) - wordBase;
      bits[w] = (bits[w] as number) | (1 << (uid & 31));
    }
  }
  // Without a filter every row is read (counted here, not per row).
  scan.read = read + (filter === null ? i - from : 0);
  scan.met = met;
  scan.nRest = nRest;
  scan.nOdd = nOdd;
  return i;
}

/**
 * {@link scanRows} for a table read whole (no filter) into keys of slot, bucket and category
 * alone (sums by indicator, category and period): the same steps without the parts that are
 * always 0 there. Its own function: the tests of the parts not read, in every row, cost about a
 * fifth of the loop.
 */
function scanLean(k: ColumnPass, scan: Scan, allTrack: boolean, sameIds: boolean, number: Int32Array, count: Int32Array, sum: Float64Array, from: number, to: number): void {
  const { indCodes, uomCodes, qualCodes, periodCodes, unitCodes, catCodes, values, nUom } = k;
  const { indUom, bucketPart, catPart, unitId, qualClass, words, wordBase, trackInd, byCategory } = k;
  const { first, bits, rest, odd, oddValue } = scan;
  let met = scan.met;
  let nRest = scan.nRest;
  let nOdd = scan.nOdd;
  for (let i = from; i < to; i++) {
    const ic1 = (indCodes[i] as number) + 1;
    const s = indUom[ic1 * nUom + (uomCodes[i] as number) + 1] as number;
    const b = bucketPart[(periodCodes[i] as number) + 1] as number;
    const c = byCategory ? (catPart[(catCodes[i] as number) + 1] as number) : 0;
    const v = values[i] as number;
    const q1 = (qualCodes[i] as number) + 1;
    const qc = qualClass[q1] as number;
    if ((s | b | c) < 0 || !(v >= 0) || v === Infinity || qc === 0) {
      rest[nRest++] = i;
      continue;
    }
    const key = s + b + c;
    let d = number[key] as number;
    if (d === 0) {
      d = ++met;
      number[key] = d;
      first[d] = i;
    }
    if (qc === 1 && v === Math.trunc(v)) {
      count[d] = (count[d] as number) + 1;
      sum[d] = (sum[d] as number) + v;
    } else {
      oddValue[nOdd >> 1] = v;
      odd[nOdd++] = d;
      odd[nOdd++] = q1;
    }
    if (bits !== null && (allTrack || trackInd[ic1] === 1)) {
      const un = (unitCodes[i] as number) + 1;
      const uid = sameIds ? un : (unitId[un] as number);
      const w = d * words + (uid >>> 5) - wordBase;
      bits[w] = (bits[w] as number) | (1 << (uid & 31));
    }
  }
  scan.read += to - from;
  scan.met = met;
  scan.nRest = nRest;
  scan.nOdd = nOdd;
}

/**
 * {@link scanLean} by category, each unit code its global id, some cells counting their units:
 * the tests of the cases this one rules out (no category, ids to look up, no bits) are gone from
 * every row, and the coverage bits are a parameter that is never `null`.
 */
function scanFlat(k: ColumnPass, scan: Scan, bits: Uint32Array, number: Int32Array, count: Int32Array, sum: Float64Array, from: number, to: number): void {
  const { indCodes, uomCodes, qualCodes, periodCodes, unitCodes, catCodes, values, nUom } = k;
  const { indUom, bucketPart, catPart, qualClass, words, wordBase, trackInd } = k;
  const { first, rest, odd, oddValue } = scan;
  let met = scan.met;
  let nRest = scan.nRest;
  let nOdd = scan.nOdd;
  for (let i = from; i < to; i++) {
    const ic1 = (indCodes[i] as number) + 1;
    const s = indUom[ic1 * nUom + (uomCodes[i] as number) + 1] as number;
    const b = bucketPart[(periodCodes[i] as number) + 1] as number;
    const c = catPart[(catCodes[i] as number) + 1] as number;
    const v = values[i] as number;
    const q1 = (qualCodes[i] as number) + 1;
    const qc = qualClass[q1] as number;
    if ((s | b | c) < 0 || !(v >= 0) || v === Infinity || qc === 0) {
      rest[nRest++] = i;
      continue;
    }
    const key = s + b + c;
    let d = number[key] as number;
    if (d === 0) {
      d = ++met;
      number[key] = d;
      first[d] = i;
    }
    if (qc === 1 && v === Math.trunc(v)) {
      count[d] = (count[d] as number) + 1;
      sum[d] = (sum[d] as number) + v;
    } else {
      oddValue[nOdd >> 1] = v;
      odd[nOdd++] = d;
      odd[nOdd++] = q1;
    }
    if (trackInd[ic1] === 1) {
      const uid = (unitCodes[i] as number) + 1;
      const w = d * words + (uid >>> 5) - wordBase;
      bits[w] = (bits[w] as number) | (1 << (uid & 31));
    }
  }
  scan.read += to - from;
  scan.met = met;
  scan.nRest = nRest;
  scan.nOdd = nOdd;
}

/** {@link scanFlat} without coverage: no cell counts its units. */
function scanBare(k: ColumnPass, scan: Scan, number: Int32Array, count: Int32Array, sum: Float64Array, from: number, to: number): void {
  const { indCodes, uomCodes, qualCodes, periodCodes, catCodes, values, nUom } = k;
  const { indUom, bucketPart, catPart, qualClass } = k;
  const { first, rest, odd, oddValue } = scan;
  let met = scan.met;
  let nRest = scan.nRest;
  let nOdd = scan.nOdd;
  for (let i = from; i < to; i++) {
    const s = indUom[((indCodes[i] as number) + 1) * nUom + (uomCodes[i] as number) + 1] as number;
    const b = bucketPart[(periodCodes[i] as number) + 1] as number;
    const c = catPart[(catCodes[i] as number) + 1] as number;
    const v = values[i] as number;
    const q1 = (qualCodes[i] as number) + 1;
    const qc = qualClass[q1] as number;
    if ((s | b | c) < 0 || !(v >= 0) || v === Infinity || qc === 0) {
      rest[nRest++] = i;
      continue;
    }
    const key = s + b + c;
    let d = number[key] as number;
    if (d === 0) {
      d = ++met;
      number[key] = d;
      first[d] = i;
    }
    if (qc === 1 && v === Math.trunc(v)) {
      count[d] = (count[d] as number) + 1;
      sum[d] = (sum[d] as number) + v;
    } else {
      oddValue[nOdd >> 1] = v;
      odd[nOdd++] = d;
      odd[nOdd++] = q1;
    }
  }
  scan.read += to - from;
  scan.met = met;
  scan.nRest = nRest;
  scan.nOdd = nOdd;
}

/** Each key's cell (made when new), then counts, sums and units into it, then the odd values. */
function settleKeys(k: ColumnPass, scan: Scan, count: Int32Array, sum: Float64Array): void {
  const { qualValues, words, wordBase, open, acc, cells, st } = k;
  const { met, first, bits, odd, oddValue, nOdd } = scan;
  const cellOf = new Int32Array(met + 1);
  for (let d = 1; d <= met; d++) cellOf[d] = open(first[d] as number);
  const accN = acc.n;
  const accI = acc.i;
  for (let d = 1; d <= met; d++) {
    const ci = cellOf[d] as number;
    const m = count[d] as number;
    if (m !== 0) {
      accN[ci] = (accN[ci] as number) + m;
      accI[ci] = (accI[ci] as number) + (sum[d] as number);
    }
    if (bits !== null) {
      // A leaf left without a cell counts no units.
      const set = cells[ci]?.units ?? null;
      if (set !== null) addUnitWords(set, bits, d * words, words, wordBase);
    }
  }
  // Qualified or fractional values, with their bounds (each key's sums found once).
  const sumsOf: (Sums | undefined)[] = new Array<Sums | undefined>(met + 1).fill(undefined);
  for (let j = 0; j < nOdd; j += 2) {
    const d = odd[j] as number;
    const s = sumsOf[d] ?? (sumsOf[d] = totalAt(st, cellOf[d] as number));
    addToSums(s, oddValue[j >> 1] as number, qualValues[odd[j + 1] as number] as Qualifier);
  }
}
