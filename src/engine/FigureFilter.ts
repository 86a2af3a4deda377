import type { Figure } from '../schema/FigureSchema';
import { splitReporter } from '../schema/splitReporter';

/**
 * Which figures to use, by field: a figure is kept when, for every field given, its value is
 * one of the listed ones. A category also takes the categories below it (`gun` keeps
 * `gun.military`); a joint figure's reporter matches when any of its reporters is listed. An
 * empty list keeps nothing. Filtered-out figures are not counted as read or excluded.
 *
 * @example
 * ```ts
 * const figures = [
 *   { unit: '42', indicator: 'weapons_surrendered', category: 'gun.military', value: 127, period: '2023' },
 *   { unit: '42', indicator: 'weapons_surrendered', category: 'explosive', value: 20, period: '2023' },
 *   { unit: '40', indicator: 'weapons_surrendered', category: 'gun.military', value: 5, period: '2023' },
 * ];
 * const filter: FigureFilter = { unit: ['42'], category: ['gun'] };
 * aggregate(figures, { filter, by: ['indicator'] }).rows[0]?.value;
 * // => 127
 * ```
 * @category Aggregation
 */
export interface FigureFilter {
  /** Indicator ids. */
  readonly indicator?: readonly string[];
  /** Category codes; each keeps itself and the categories below it. */
  readonly category?: readonly string[];
  /** Unit codes (the figures' own units, before any roll-up or restatement). */
  readonly unit?: readonly string[];
  /** Reporter ids. */
  readonly reporter?: readonly string[];
}

/** The keys of a filter, for run-time checks. */
export const FIGURE_FILTER_KEYS = ['indicator', 'category', 'unit', 'reporter'] as const satisfies readonly (keyof FigureFilter)[];

/** The filter field by field (it keeps a figure when every field passes), for deciding once per distinct value. */
export interface FilterFields {
  readonly indicator: (v: string) => boolean;
  readonly unit: (v: string) => boolean;
  readonly category: (v: string | undefined) => boolean;
  readonly reporter: (v: string | undefined) => boolean;
}

/** A predicate for a filter (`null` keeps everything), and its canonical text for partial keys. */
export function compileFilter(filter: FigureFilter | undefined): { readonly keep: ((f: Figure) => boolean) | null; readonly fields: FilterFields | null; readonly key: string | null } {
  if (filter === undefined) return { keep: null, fields: null, key: null };
  const setOf = (list: readonly string[] | undefined): ReadonlySet<string> | null => (list === undefined ? null : new Set(list));
  const indicators = setOf(filter.indicator);
  const categories = setOf(filter.category);
  const units = setOf(filter.unit);
  const reporters = setOf(filter.reporter);
  const inCategory = (c: string | undefined): boolean => {
    if (c === undefined || categories === null) return false;
    for (let at = c.length; at > 0; at = c.lastIndexOf('.', at - 1)) if (categories.has(c.slice(0, at))) return true;
    return false;
  };
  const keep = (f: Figure): boolean =>
    (indicators === null || indicators.has(f.indicator)) &&
    (units === null || units.has(f.unit)) &&
    (categories === null || inCategory(f.category)) &&
    (reporters === null || splitReporter(f.reporter).some((r) => reporters.has(r)));
  const key = JSON.stringify([indicators, categories, units, reporters].map((s) => (s === null ? null : [...s].sort())));
  const fields: FilterFields = {
    indicator: (v) => indicators === null || indicators.has(v),
    unit: (v) => units === null || units.has(v),
    category: (v) => categories === null || inCategory(v),
    reporter: (v) => reporters === null || splitReporter(v).some((r) => reporters.has(r)),
  };
  return { keep, fields, key };
}
