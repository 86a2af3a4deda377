import type { IndicatorKind } from '../../catalogue/Catalogue';
import type { GroupDimension } from '../GroupDimension';
import type { PartialAggregate, PartialCell, PartialObservation } from '../PartialAggregate';
import type { Uom } from '../../quantity/Uom';
import type { UnitLevel } from '../../schema/UnitLevel';
import { addSums, mergeSums, newSums, sumsJson, type Sums } from './sums';
import { addUnit, countUnits, newUnitBits, unitIds, type UnitBits, type UnitInterner } from './UnitBits';
import { joinKey, padBucket } from '../partialKeys';

/** Stocks observed before the window: candidates for carrying forward, never a row of their own. */
export const BEFORE = -1;

/** A stock observation as the engine keeps it: `until` is always set (MAX_SAFE_INTEGER: open). */
export type Obs = Omit<PartialObservation, 'until'> & { readonly until: number };

/** A unit above a rollup leaf. */
export interface ChainLink {
  readonly code: string;
  readonly level: UnitLevel;
  readonly version: string;
}

/** Mutable state of one cell. */
export interface Cell {
  /** Stable key, built when first needed (partials, merging), not per cell in the hot loop. */
  key: string | null;
  readonly dims: { [D in GroupDimension]?: string };
  readonly bucket: number | null;
  readonly indicator: string;
  readonly uom: Uom;
  readonly kind: IndicatorKind;
  level: UnitLevel | undefined;
  /** Unit version id, when grouped by unit with a registry. */
  version: string | undefined;
  readonly total: Sums;
  own: Sums | null;
  children: Sums | null;
  /** Distinct reporting units, as interned ids; `null` when the cell is one unit's own (always 1). */
  units: UnitBits | null;
  joint: number;
  /** A rollup leaf: the units above it, to add it into at the end. */
  chain: readonly ChainLink[] | null;
  /** With asOf: source units mapped into the cell. */
  mapped: Set<string> | null;
  obs: Map<string, Obs> | null;
}

/** Whether observation `a` should replace `b` as a series' latest: later day, then a total order. */
function isLater(a: Obs | PartialObservation, b: Obs | PartialObservation): boolean {
  return isLaterThan(a.day, a.value, a.qualifier, b);
}

/** {@link isLater} for an observation given by its day, value and qualifier (no object made to ask). */
export function isLaterThan(day: number, value: number, qualifier: string, b: Obs | PartialObservation): boolean {
  if (day !== b.day) return day > b.day;
  if (value !== b.value) return value > b.value;
  return qualifier > b.qualifier;
}

export function newCell(
  key: string | null,
  dims: { [D in GroupDimension]?: string },
  bucket: number | null,
  indicator: string,
  uom: Uom,
  kind: IndicatorKind,
  rollup: boolean,
): Cell {
  return {
    key,
    dims,
    bucket,
    indicator,
    uom,
    kind,
    level: undefined,
    version: undefined,
    total: newSums(),
    own: rollup ? newSums() : null,
    children: rollup ? newSums() : null,
    units: null,
    joint: 0,
    chain: null,
    mapped: null,
    obs: kind === 'stock' ? new Map() : null,
  };
}

/** Run-time check for JavaScript callers: an object in the `antq.partial/1` format. */
export function isPartialAggregate(p: unknown): p is PartialAggregate {
  return typeof p === 'object' && p !== null && (p as { readonly format?: unknown }).format === 'antq.partial/1';
}

export function addObservation(cell: Cell, o: Obs): void {
  const map = cell.obs ?? (cell.obs = new Map<string, Obs>());
  const prev = map.get(o.series);
  // Observations are never mutated, so the object itself is kept (no copy per stock figure).
  if (prev === undefined || isLater(o, prev)) map.set(o.series, o);
}

export function cellJson(cell: Cell, interner: UnitInterner): PartialCell {
  const out: { -readonly [K in keyof PartialCell]: PartialCell[K] } = {
    key: keyOf(cell),
    dims: { ...cell.dims },
    bucket: cell.bucket,
    indicator: cell.indicator,
    uom: cell.uom,
    kind: cell.kind,
    total: sumsJson(cellTotal(cell)),
    units: cell.units === null ? [cell.dims.unit ?? ''] : unitIds(cell.units).map((id) => interner.code(id) as string).sort(),
    joint: cell.joint,
  };
  if (cell.level !== undefined) out.level = cell.level;
  if (cell.version !== undefined) out.version = cell.version;
  if (cell.mapped !== null) out.restatedFrom = [...cell.mapped].sort();
  if (cell.own !== null) out.own = sumsJson(cell.own);
  if (cell.children !== null) out.children = sumsJson(cell.children);
  if (cell.obs !== null) {
    out.observations = [...cell.obs.values()]
      .sort((a, b) => (a.series < b.series ? -1 : a.series > b.series ? 1 : 0))
      .map((o) => (o.until === Number.MAX_SAFE_INTEGER ? { series: o.series, unit: o.unit, day: o.day, value: o.value, qualifier: o.qualifier, own: o.own } : { series: o.series, unit: o.unit, day: o.day, value: o.value, qualifier: o.qualifier, own: o.own, until: o.until }));
  }
  return out;
}

export function cellFromJson(p: PartialCell, interner: UnitInterner): Cell {
  const cell = newCell(p.key, { ...p.dims }, p.bucket, p.indicator, p.uom, p.kind, p.own !== undefined);
  mergeCellJson(cell, p, interner);
  return cell;
}

export function mergeCellJson(cell: Cell, p: PartialCell, interner: UnitInterner): void {
  if (p.level !== undefined) cell.level = p.level;
  if (p.version !== undefined) cell.version = p.version;
  // A rollup cell keeps only its two parts; its total is their sum.
  if (p.own !== undefined || p.children !== undefined) {
    if (p.own !== undefined) mergeSums(cell.own ?? (cell.own = newSums()), p.own);
    if (p.children !== undefined) mergeSums(cell.children ?? (cell.children = newSums()), p.children);
  } else mergeSums(cell.total, p.total);
  const bits = cell.units ?? (cell.units = newUnitBits());
  for (const u of p.units) addUnit(bits, interner.id(u));
  cell.joint += p.joint;
  if (p.restatedFrom !== undefined) {
    const m = cell.mapped ?? (cell.mapped = new Set());
    for (const u of p.restatedFrom) m.add(u);
  }
  if (p.observations !== undefined) for (const o of p.observations) addObservation(cell, { ...o, until: o.until ?? Number.MAX_SAFE_INTEGER });
}

/** The stable key of a cell: grouping values in dimension order, then the bucket and the unit of measure. */
function keyOf(cell: Cell): string {
  if (cell.key === null) cell.key = cellKey(cell.dims, cell.version, cell.bucket, cell.uom);
  return cell.key;
}

/** The key of a cell of these grouping values, unit version, bucket and unit of measure (see {@link keyOf}). */
export function cellKey(d: { readonly [D in GroupDimension]?: string }, version: string | undefined, bucket: number | null, uom: Uom): string {
  return joinKey([d.program ?? '', d.indicator ?? '', d.category ?? '', version ?? d.unit ?? '', d.reporter ?? '', bucket === null ? '' : padBucket(bucket), uom]);
}

/** Orders cells by their key, so results and partials come out the same whatever the input order. */
export function byKey(a: Cell, b: Cell): number {
  const ka = keyOf(a);
  const kb = keyOf(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Distinct units a cell heard from. */
export function unitCount(cell: Cell): number {
  return cell.units === null ? 1 : countUnits(cell.units);
}

/**
 * A cell's flow sums: kept directly, or, for a rollup cell (which keeps only its own part and its
 * children's, to update one object per figure instead of two), the sum of the two parts.
 */
export function cellTotal(cell: Cell): Sums {
  if (cell.own === null || cell.children === null) return cell.total;
  const t = newSums();
  addSums(t, cell.own);
  addSums(t, cell.children);
  return t;
}
