// Small lookup tables built in JavaScript, with antq's own functions, for the distinct values a
// figures table holds (periods, units, reporters, categories) and for the catalogue: the query
// joins them, so calendar, unit-history and reporter rules are never re-implemented in SQL.
import type { Catalogue } from '../../catalogue/Catalogue';
import type { ExclusionReason } from '../../engine/AggregateRow';
import { unitTargets } from '../../engine/unitTargets';
import { dayToPeriodKey } from '../../period/dayToPeriodKey';
import { isoDateToDay } from '../../period/isoDateToDay';
import { parsePeriod } from '../../period/parsePeriod';
import type { Period } from '../../period/Period';
import type { PeriodGranularity } from '../../period/PeriodGranularity';
import type { UnitLevel } from '../../schema/UnitLevel';
import type { UnitRegistry } from '../../units/UnitRegistry';
import { unitVersionId } from '../../units/unitVersionId';
import type { SqlValue } from '../SqlClient';

/** A stock seen before the window: a candidate for carrying forward (the engine's bucket -1). */
const BEFORE_BUCKET = -1;
/** Day bounds of an open span; every supported day lies inside. */
const MIN_DAY = -1_000_000_000;
const MAX_DAY = 1_000_000_000;
/** Stands for "no period" in the span join, below every day, so that the join stays an equi-join with a range. */
export const NO_DAY = -2_000_000_000;

/** The options that shape the dictionaries, after antq's defaults. */
export interface DictSpec {
  readonly window: Period | null;
  readonly bucketed: boolean;
  readonly granularity: PeriodGranularity;
  readonly carryForward: boolean;
  readonly byUnit: boolean;
  readonly level: UnitLevel | null;
  readonly rollup: boolean;
  readonly asOf: string | null;
  readonly categoryDepth: number | null;
}

/** Columns of `antq_q_cat` and its rows: indicator, kind, default unit of measure. */
export const CAT_COLUMNS = ['indicator', 'kind', 'default_uom'] as const;
/** Columns of `antq_q_uom`: every unit of measure an indicator allows. */
export const UOM_COLUMNS = ['indicator', 'uom'] as const;

export function catalogueRows(catalogue: Catalogue): { cat: SqlValue[][]; uom: SqlValue[][] } {
  const cat: SqlValue[][] = [];
  const uom: SqlValue[][] = [];
  for (const id of Object.keys(catalogue)) {
    const def = catalogue[id];
    if (def === undefined) continue;
    cat.push([id, def.kind, def.defaultUom]);
    for (const u of new Set([def.defaultUom, ...def.uoms])) uom.push([id, u]);
  }
  return { cat, uom };
}

/** Columns of `antq_q_per`: how a figure of each period text takes part, for flows and for stocks. */
export const PER_COLUMNS = ['period', 'day', 'flow_bucket', 'flow_reason', 'stock_bucket', 'stock_reason'] as const;

/** Columns of `antq_q_pers`: the period dictionaries of the two sides of a comparison, under their `side` (0 or 1). */
export const PERS_COLUMNS = ['side', ...PER_COLUMNS] as const;

/** One row per distinct period text (`''` for none), exactly as the in-process aggregator classifies it. */
export function periodRows(spec: DictSpec, texts: readonly string[]): SqlValue[][] {
  const w = spec.window;
  return texts.map((text) => {
    if (text === '') {
      const none = w !== null || spec.bucketed;
      return [text, null, null, none ? 'no_period' : null, none ? null : 0, none ? 'no_period' : null];
    }
    const r = parsePeriod(text);
    if (!r.ok) return [text, null, null, 'invalid_period', null, 'invalid_period'];
    const { startDay, endDay } = r.value;
    const key = (day: number): number => dayToPeriodKey(day, spec.granularity);
    let flowBucket: number | null = null;
    let flowReason: ExclusionReason | null = null;
    if (w !== null && (endDay < w.startDay || startDay > w.endDay)) flowReason = 'outside_window';
    else if (w !== null && (startDay < w.startDay || endDay > w.endDay)) flowReason = 'straddles_window';
    else if (spec.bucketed) {
      if (key(startDay) !== key(endDay)) flowReason = 'straddles_bucket';
      else flowBucket = key(startDay);
    }
    let stockBucket: number | null = null;
    let stockReason: ExclusionReason | null = null;
    if (w !== null && endDay > w.endDay) stockReason = 'outside_window';
    else if (w !== null && endDay < w.startDay) {
      if (spec.carryForward) stockBucket = BEFORE_BUCKET;
      else stockReason = 'outside_window';
    } else stockBucket = spec.bucketed ? key(endDay) : 0;
    return [text, endDay, flowBucket, flowReason, stockBucket, stockReason];
  });
}

/** Columns of `antq_q_rep`: a reporter cell split into the reporters it credits. */
export const REP_COLUMNS = ['reporter', 'part', 'joint'] as const;

export function reporterRows(texts: readonly string[]): SqlValue[][] {
  const out: SqlValue[][] = [];
  for (const text of texts) {
    let parts: readonly string[] = [''];
    if (text !== '') {
      const list = text.includes('+') ? [...new Set(text.split('+').filter((r) => r !== ''))] : [text];
      if (list.length > 0) parts = list;
    }
    for (const p of parts) out.push([text, p, parts.length > 1]);
  }
  return out;
}

/** Columns of `antq_q_cut`: a category code cut to `categoryDepth` segments. */
export const CUT_COLUMNS = ['category', 'cut'] as const;

export function categoryRows(texts: readonly string[], depth: number): SqlValue[][] {
  return texts.map((c) => {
    let cut = c;
    for (let i = 0, seen = 0; i < c.length; i++) {
      if (c.charCodeAt(i) === 46 && ++seen === depth) {
        cut = c.slice(0, i);
        break;
      }
    }
    return [c, cut];
  });
}

/** Columns of `antq_q_span`: the days over which a unit code lands in the same targets (or is left out). */
export const SPAN_COLUMNS = ['span_id', 'unit', 'from_day', 'to_day', 'nodate', 'reason', 'until_day'] as const;
/** Columns of `antq_q_map`, the crosswalk: the units a span's figures count for, with their share. */
export const MAP_COLUMNS = ['span_id', 'code', 'version', 'level', 'own', 'weight', 'mapped'] as const;

/** Columns of `antq_q_unit`: the id of each unit code, for the bitmaps of units heard from. */
export const UNIT_COLUMNS = ['unit', 'uid'] as const;

interface Target {
  code: string;
  version: string | null;
  level: UnitLevel | null;
  own: boolean;
  weight: number;
  mapped: string | null;
}

type Resolved = { readonly reason: ExclusionReason; readonly until: number | null } | { readonly targets: readonly Target[]; readonly until: number | null };

/** The units a figure of `unit` on `day` counts for: the in-process aggregator's rule, one row per unit. */
function resolve(spec: DictSpec, registry: UnitRegistry, unit: string, day: number | null): Resolved {
  const r = unitTargets(spec, registry, unit, day);
  if (!r.ok) return { reason: r.reason, until: r.until };
  // Rollup: each leaf also counts, as "children", for every unit above it.
  const out: Target[] = [];
  for (const t of r.targets) {
    const { weight, mapped } = t;
    out.push(spec.byUnit ? { code: t.unit.code, version: t.version, level: t.unit.level, own: true, weight, mapped } : { code: '', version: null, level: null, own: true, weight, mapped });
    for (const u of t.above) out.push({ code: u.code, version: unitVersionId(u), level: u.level, own: false, weight, mapped });
  }
  return { targets: out, until: r.until };
}

/** The crosswalk of the distinct unit codes: spans of days and the targets of each span. */
export function unitRows(spec: DictSpec, registry: UnitRegistry, codes: readonly string[]): { spans: SqlValue[][]; map: SqlValue[][] } {
  // Every answer changes only on a day some unit version starts or ends.
  const edges = new Set<number>();
  for (const u of registry.units) {
    if (u.validFrom !== undefined) edges.add(isoDateToDay(u.validFrom));
    if (u.validTo !== undefined) edges.add(isoDateToDay(u.validTo) + 1);
  }
  const bounds = [...edges].sort((a, b) => a - b);
  const starts = bounds.length === 0 ? [MIN_DAY] : [MIN_DAY, ...bounds];
  const spans: SqlValue[][] = [];
  const map: SqlValue[][] = [];
  const emit = (unit: string, from: number | null, to: number | null, r: Resolved): void => {
    const id = spans.length;
    const reason = 'reason' in r ? r.reason : null;
    spans.push([id, unit, from ?? NO_DAY, to ?? NO_DAY, from === null, reason, r.until]);
    if ('targets' in r) for (const t of r.targets) map.push([id, t.code, t.version, t.level, t.own, t.weight, t.mapped]);
  };
  for (const unit of codes) {
    let open: { from: number; to: number; r: Resolved; sig: string } | null = null;
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i] as number;
      const next = starts[i + 1];
      const to = next === undefined ? MAX_DAY : next - 1;
      const probe = from === MIN_DAY ? (bounds.length === 0 ? 0 : (bounds[0] as number) - 1) : from;
      const r = resolve(spec, registry, unit, probe);
      const sig = JSON.stringify(r);
      if (open !== null && open.sig === sig) open.to = to;
      else {
        if (open !== null) emit(unit, open.from, open.to, open.r);
        open = { from, to, r, sig };
      }
    }
    if (open !== null) emit(unit, open.from, open.to, open.r);
    emit(unit, null, null, resolve(spec, registry, unit, null));
  }
  return { spans, map };
}
