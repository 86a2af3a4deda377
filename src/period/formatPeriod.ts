import type { Period } from './Period';
import { misuse } from '../errors/misuse';
import { PERIOD_KINDS } from './Period';
import { idOfKey, keyOfDay, rangeId, rangeIsWholeYears } from './build';
import { isSupportedDay, packedFromDay, packedMonth, packedYear } from './civil';

/**
 * Options of {@link formatPeriod}.
 *
 * @category Periods
 */
export interface FormatPeriodOptions {
  /**
   * `id` (default): the canonical id that {@link parsePeriod} reads back. `vi`: a Vietnamese
   * label for report text (`quý II/2023`, `6 tháng đầu năm 2023`, `giai đoạn 2013-2023`) that
   * {@link parseViPeriod} reads back.
   */
  readonly style?: 'id' | 'vi';
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function viDate(day: number): string {
  const p = packedFromDay(day);
  return `${p % 100}/${packedMonth(p)}/${packedYear(p)}`;
}

function viLabel(p: Period): string {
  const key = p.kind === 'range' ? 0 : keyOfDay(p.startDay, p.kind);
  switch (p.kind) {
    case 'day':
      return `ngày ${viDate(p.startDay)}`;
    case 'week':
      return `tuần ${key % 100} năm ${Math.floor(key / 100)}`;
    case 'month':
      return `tháng ${key % 100}/${Math.floor(key / 100)}`;
    case 'quarter':
      return `quý ${ROMAN[(key % 10) - 1] ?? ''}/${Math.floor(key / 10)}`;
    case 'half':
      return `6 tháng ${key % 10 === 1 ? 'đầu' : 'cuối'} năm ${Math.floor(key / 10)}`;
    case 'year':
      return `năm ${key}`;
    case 'official_month':
      return `kỳ báo cáo tháng ${key % 100}/${Math.floor(key / 100)}`;
    case 'official_year':
      return `kỳ báo cáo năm ${key}`;
    case 'range':
      if (rangeIsWholeYears(p.startDay, p.endDay)) {
        return `giai đoạn ${packedYear(packedFromDay(p.startDay))}-${packedYear(packedFromDay(p.endDay))}`;
      }
      return `từ ngày ${viDate(p.startDay)} đến ngày ${viDate(p.endDay)}`;
  }
}

/**
 * Prints a period: its canonical id (recomputed from `kind` and the day numbers, so a hand-built
 * period prints correctly) or a Vietnamese label. A named phase prints its dates, not its name.
 *
 * @param period - the period to print
 * @param options - `style: 'id'` (default) or `'vi'`
 * @returns the id or label
 * @throws {@link AntqError} `invalid_argument` when `period` has an unknown kind or day numbers
 * outside the supported range
 * @example
 * ```ts
 * const q = periodFromKey(20232, 'quarter');
 * formatPeriod(q);
 * // => '2023-Q2'
 * formatPeriod(q, { style: 'vi' });
 * // => 'quý II/2023'
 * formatPeriod(dateRange('2013-01-01', '2023-12-31'), { style: 'vi' });
 * // => 'giai đoạn 2013-2023'
 * ```
 * @category Periods
 */
export function formatPeriod(period: Period, options: FormatPeriodOptions = {}): string {
  const raw: unknown = period; // JavaScript callers can pass anything
  if (
    typeof raw !== 'object' ||
    raw === null ||
    !(PERIOD_KINDS as readonly string[]).includes(period.kind) ||
    !isSupportedDay(period.startDay) ||
    !isSupportedDay(period.endDay) ||
    period.endDay < period.startDay
  ) {
    throw misuse('formatPeriod', 'expected a Period with a known kind and valid startDay <= endDay');
  }
  if (options.style === 'vi') return viLabel(period);
  if (period.kind === 'range') return rangeId(period.startDay, period.endDay);
  return idOfKey(keyOfDay(period.startDay, period.kind), period.kind);
}
