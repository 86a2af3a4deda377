import type { Issue } from '../errors/Issue';
import { misuse } from '../errors/misuse';
import { dateRange } from '../period/dateRange';
import { namedPhase } from '../period/namedPhase';
import type { Period } from '../period/Period';
import { periodsOverlap } from '../period/periodsOverlap';
import { samePeriodLastYear } from '../period/samePeriodLastYear';
import { makeIssue } from '../errors/makeIssue';
import { addMonths, ymd } from './internal/civil';
import { periodArg } from './internal/args';
import type { Alignment } from './ComparisonRow';

/**
 * The two windows a comparison aggregates over, from {@link alignPeriods}.
 *
 * @category Comparison
 */
export interface AlignedPeriods {
  /** How the periods were lined up. */
  readonly align: Alignment;
  /** The current window (always the current period as given). */
  readonly current: Period;
  /** The baseline window: the baseline as given, or cut to the current's elapsed span. */
  readonly baseline: Period;
  /** The periods as given, before alignment. */
  readonly requested: { readonly current: Period; readonly baseline: Period };
  /** Warnings about the pair: `periods_overlap`, `lengths_differ`, `baseline_shortened`. */
  readonly notes: readonly Issue[];
}

const ALIGNMENTS: readonly string[] = ['calendar', 'elapsed', 'rate'];

/** The last day of the baseline's elapsed span: the current end moved as the start moved. */
function elapsedEnd(current: Period, baseline: Period): number {
  const [cy, cm, cd] = ymd(current.startDay);
  const [by, bm, bd] = ymd(baseline.startDay);
  // Starts on the same day of the month: move by whole months, so month ends map to month ends
  // (30 April ↔ 31 March, 29 February ↔ 28 February). Otherwise move by days.
  if (cd === bd) return addMonths(current.endDay, by * 12 + bm - (cy * 12 + cm));
  return baseline.startDay + (current.endDay - current.startDay);
}

/**
 * Lines up a current and a baseline period for a comparison. `calendar` and `rate` keep both as
 * given. `elapsed` keeps the current period and cuts the baseline to the same elapsed span: the
 * baseline runs from its own start to the current end moved by the distance between the starts,
 * in whole months when both start on the same day of the month (a month end maps to the month
 * end, so 1–29 Feb 2024 maps to 1–28 Feb 2023 and April to the whole of March), in days
 * otherwise; never past the baseline's own end (`baseline_shortened` says when the span did not fit).
 * Without a baseline, the same period last year is used.
 *
 * @param current - the current period, as an id (`2024-01-01/2024-02-29`, `2023`) or a Period
 * @param baseline - the baseline period; default the same period last year
 * @param align - `calendar` (default), `elapsed` or `rate`
 * @returns the two windows and warnings about the pair
 * @throws {@link AntqError} `invalid_argument` when a period is not a period id or Period, or the
 *   alignment is unknown
 * @example
 * ```ts
 * const a = alignPeriods('2024-01-01/2024-02-29', '2023', 'elapsed');
 * [a.current.id, a.baseline.id];
 * // => ['2024-01-01/2024-02-29', '2023-01-01/2023-02-28']
 * alignPeriods('2023-04', '2023-03', 'elapsed').baseline.end;
 * // => '2023-03-31'
 * ```
 * @category Comparison
 */
export function alignPeriods(current: string | Period, baseline?: string | Period, align: Alignment = 'calendar'): AlignedPeriods {
  const fn = 'alignPeriods';
  if (!ALIGNMENTS.includes(align)) throw misuse(fn, `unknown alignment ${String(align)}; expected calendar, elapsed or rate`);
  const cur = periodArg(fn, current, 'current');
  const base = baseline === undefined ? samePeriodLastYear(cur) : periodArg(fn, baseline, 'baseline');
  const notes: Issue[] = [];
  let window = base;
  if (align === 'elapsed') {
    const end = elapsedEnd(cur, base);
    if (end > base.endDay) {
      notes.push(
        makeIssue(
          'baseline_shortened',
          'warning',
          `The baseline ${base.id} is shorter than the elapsed span of ${cur.id}; it is used whole`,
          `Kỳ so sánh ${base.id} ngắn hơn khoảng đã qua của ${cur.id}; dùng toàn bộ kỳ so sánh`,
          { path: ['baseline'] },
        ),
      );
    } else if (end < base.endDay) {
      window = base.name !== undefined ? namedPhase(base.name, base.startDay, end) : dateRange(base.startDay, end);
    }
  }
  if (periodsOverlap(cur, window)) {
    notes.push(
      makeIssue(
        'periods_overlap',
        'warning',
        `The periods ${cur.id} and ${window.id} overlap: figures in the shared days count on both sides`,
        `Hai kỳ ${cur.id} và ${window.id} chồng lên nhau: số liệu trong những ngày chung được tính ở cả hai bên`,
        { path: ['baseline'] },
      ),
    );
  }
  const curDays = cur.endDay - cur.startDay + 1;
  const baseDays = window.endDay - window.startDay + 1;
  if (align !== 'rate' && curDays !== baseDays) {
    notes.push(
      makeIssue(
        'lengths_differ',
        'warning',
        `The periods differ in length (${curDays} and ${baseDays} days): flow totals are not like for like; consider align 'rate'`,
        `Hai kỳ dài khác nhau (${curDays} và ${baseDays} ngày): tổng các chỉ tiêu cộng dồn không tương đương; nên so sánh theo bình quân (align 'rate')`,
        { path: ['baseline'] },
      ),
    );
  }
  return { align, current: cur, baseline: window, requested: { current: cur, baseline: base }, notes };
}
