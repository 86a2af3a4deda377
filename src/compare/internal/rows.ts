import type { IndicatorKind } from '../../catalogue/Catalogue';
import type { AggregateRow } from '../../engine/AggregateRow';
import type { UnitLevel } from '../../schema/UnitLevel';
import type { ComparedValue, ComparisonBasis } from '../ComparisonRow';
import { scaleQuantity } from '../../quantity/scaleQuantity';
import { asQuantity } from './change';

const SEP = '\u0000';

/** The key fields of a row, without its values. */
export interface KeyFields {
  program?: string;
  category?: string;
  unit?: string;
  level?: UnitLevel;
  reporter?: string;
}

/** The group key of an aggregate row (every dimension but the period, and the unit of measure). */
export function keyOf(row: AggregateRow): string {
  return [row.program ?? '', row.indicator, row.category ?? '', row.unit ?? '', row.reporter ?? '', row.uom].join(SEP);
}

/** The key of a row's group for ranking: every key field but the unit. */
export function groupKeyOf(row: { readonly indicator: string; readonly uom: string; readonly program?: string; readonly category?: string; readonly reporter?: string }): string {
  return [row.program ?? '', row.indicator, row.category ?? '', row.reporter ?? '', row.uom].join(SEP);
}

/** Copies the optional key fields of a row without writing `undefined`. */
export function keyFields(row: AggregateRow): KeyFields {
  const k: KeyFields = {};
  if (row.program !== undefined) k.program = row.program;
  if (row.category !== undefined) k.category = row.category;
  if (row.unit !== undefined) k.unit = row.unit;
  if (row.level !== undefined) k.level = row.level;
  if (row.reporter !== undefined) k.reporter = row.reporter;
  return k;
}

/** What the change of an indicator of this kind measures. */
export function basisOf(kind: IndicatorKind, rate: 'day' | 'year' | null): ComparisonBasis {
  if (kind === 'stock') return 'level';
  if (kind === 'ratio') return 'percentage_points';
  return rate === null ? 'total' : rate === 'day' ? 'per_day' : 'per_year';
}

/**
 * One side of a comparison from an aggregate row: value, bounds, coverage. With a `factor`
 * (rate alignment, flows only) the value and bounds are scaled and the stated total kept.
 */
export function sideValue(row: AggregateRow, factor: number | null): ComparedValue {
  const v: { -readonly [K in keyof ComparedValue]: ComparedValue[K] } = {
    value: row.value,
    qualifier: row.qualifier,
    lower: row.lower,
    lowerInclusive: row.lowerInclusive,
    upper: row.upper,
    upperInclusive: row.upperInclusive,
    figures: row.figures,
    coverage: row.coverage,
  };
  if (row.reason !== undefined) v.reason = row.reason;
  if (row.carriedForward !== undefined) v.carriedForward = row.carriedForward;
  if (factor !== null && row.kind === 'flow') {
    v.total = row.value;
    if (row.value !== null) {
      const q = scaleQuantity(asQuantity({ ...row, value: row.value }, row.uom), factor);
      v.value = q.value;
      v.qualifier = q.qualifier;
      v.lower = q.lower;
      v.lowerInclusive = q.lowerInclusive;
      v.upper = q.upper;
      v.upperInclusive = q.upperInclusive;
    }
  }
  return v;
}

/** Whether the coverage of two sides differs (a missing side always differs). */
export function coverageDiffers(a: ComparedValue | null, b: ComparedValue | null): boolean {
  if (a === null || b === null) return true;
  return a.coverage.reported !== b.coverage.reported || a.coverage.expected !== b.coverage.expected;
}

/** Sorts keys as the engine sorts rows: by code-unit order of the key. */
export function sortKeys(keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
