import type { Issue } from '../errors/Issue';
import { misuse } from '../errors/misuse';
import { dateRange } from '../period/dateRange';
import { namedPhase } from '../period/namedPhase';
import type { Period } from '../period/Period';
import { periodsOverlap } from '../period/periodsOverlap';
import { samePeriodLastYear } from '../period/samePeriodLastYear';
import { compareIssue } from './internal/issues';
import { addMonthsEndAligned, packedDate, packedFromDay, packedMonth, packedYear } from '../period/civil';
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
  const cp = packedFromDay(current.startDay);
  const bp = packedFromDay(baseline.startDay);
  // Starts on the same day of the month: move by whole months, so month ends map to month ends
  // (30 April ↔ 31 March, 29 February ↔ 28 February). Otherwise move by days.
  if (packedDate(cp) === packedDate(bp)) {
    return addMonthsEndAligned(current.endDay, packedYear(bp) * 12 + packedMonth(bp) - (packedYear(cp) * 12 + packedMonth(cp)));
  }
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
        compareIssue('baseline_shortened', 'warning', { baseline: base.id, current: cur.id }, { path: ['baseline'] }),
      );
    } else if (end < base.endDay) {
      window = base.name !== undefined ? namedPhase(base.name, base.startDay, end) : dateRange(base.startDay, end);
    }
  }
  if (periodsOverlap(cur, window)) {
    notes.push(
      compareIssue('periods_overlap', 'warning', { current: cur.id, baseline: window.id }, { path: ['baseline'] }),
    );
  }
  const curDays = cur.endDay - cur.startDay + 1;
  const baseDays = window.endDay - window.startDay + 1;
  if (align !== 'rate' && curDays !== baseDays) {
    notes.push(
      compareIssue('lengths_differ', 'warning', { currentDays: curDays, baselineDays: baseDays }, { path: ['baseline'] }),
    );
  }
  return { align, current: cur, baseline: window, requested: { current: cur, baseline: base }, notes };
}
