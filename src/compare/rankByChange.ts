import type { ComparisonRow } from './ComparisonRow';
import { oneOfArg } from '../errors/misuse';
import { groupKeyOf } from './internal/rows';

/**
 * How {@link rankByChange} ranks: by the absolute `change` (default) or the `percentChange`,
 * largest first (`desc`, default) or smallest first (`asc`).
 *
 * @category Comparison
 */
export interface RankByChangeOptions {
  /** What to rank by. Default `change`. */
  readonly by?: 'change' | 'percentChange';
  /** Largest first (`desc`, default) or smallest first (`asc`). */
  readonly order?: 'desc' | 'asc';
}

/**
 * A comparison row with its rank within its group.
 *
 * @category Comparison
 */
export type RankedComparisonRow = ComparisonRow & {
  /** Competition rank (1, 2, 2, 4) within the group, or `null` when the row has no value to rank by. */
  readonly rank: number | null;
};

/**
 * Ranks the units of a comparison by their change: rows that share every key field but the
 * unit (indicator, unit of measure, category, programme, reporter) form a group and are ranked
 * within it. Equal stated values share a rank and the next rank skips (competition ranking: 1,
 * 2, 2, 4); rows without a value to rank by (a missing side, a zero baseline for percent change)
 * come last in their group with rank `null`. The input is not changed.
 *
 * @param rows - comparison rows, e.g. from {@link comparePeriods} grouped by unit
 * @param options - what to rank by and in which order
 * @returns the rows grouped as they first appear, each group ordered by rank
 * @throws {@link AntqError} `invalid_argument` for an unknown `by` or `order`
 * @example
 * ```ts
 * const { rows } = comparePeriods(
 *   [
 *     { unit: 'A', indicator: 'marches', value: 5, period: '2022' },
 *     { unit: 'A', indicator: 'marches', value: 9, period: '2023' },
 *     { unit: 'B', indicator: 'marches', value: 5, period: '2022' },
 *     { unit: 'B', indicator: 'marches', value: 12, period: '2023' },
 *     { unit: 'C', indicator: 'marches', value: 3, period: '2023' },
 *   ],
 *   { current: '2023', baseline: '2022', by: ['indicator', 'unit'] },
 * );
 * rankByChange(rows).map((r) => [r.unit, r.rank]);
 * // => [['B', 1], ['A', 2], ['C', null]]
 * ```
 * @category Comparison
 */
export function rankByChange(rows: readonly ComparisonRow[], options: RankByChangeOptions = {}): RankedComparisonRow[] {
  const by = oneOfArg('rankByChange', options.by ?? 'change', 'by', ['change', 'percentChange']);
  const order = oneOfArg('rankByChange', options.order ?? 'desc', 'order', ['desc', 'asc']);
  const groups = new Map<string, ComparisonRow[]>();
  for (const r of rows) {
    const k = groupKeyOf(r);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [r]);
    else g.push(r);
  }
  const out: RankedComparisonRow[] = [];
  const sign = order === 'desc' ? -1 : 1;
  for (const g of groups.values()) {
    const scored = g.map((row, i) => ({ row, i, v: row[by]?.value ?? null }));
    const ranked = scored.filter((s) => s.v !== null).sort((a, b) => sign * ((a.v as number) - (b.v as number)) || a.i - b.i);
    let prev: number | null = null;
    let rank = 0;
    ranked.forEach((s, pos) => {
      if (s.v !== prev) {
        rank = pos + 1;
        prev = s.v;
      }
      out.push({ ...s.row, rank });
    });
    for (const s of scored) if (s.v === null) out.push({ ...s.row, rank: null });
  }
  return out;
}
