import type { ParseResult } from '../errors/ParseResult';
import { misuse } from '../errors/misuse';
import type { IsoDate } from '../period/IsoDateSchema';
import { dayArg } from '../period/args';
import { formatDay } from '../period/civil';
import { viDateIssue } from './internal/issues';
import { parseWhole } from './internal/viScan';

/**
 * Options of the Vietnamese date readers ({@link parseViDate}, {@link parseViPeriod},
 * {@link findViDates}).
 *
 * @category Vietnamese
 */
export interface ViDateOptions {
  /**
   * The document's date, used to fill a year that is not written (`Sáng 24/5`) and to read
   * "nay" (now). Without it, such expressions fail with `vi_date_needs_reference`. antq never
   * reads the clock.
   */
  readonly refDate?: IsoDate;
}

/**
 * A date read from Vietnamese text by {@link parseViDate}.
 *
 * @category Vietnamese
 */
export interface ViDate {
  /** The calendar date. */
  readonly date: IsoDate;
  /** True when the year was not written and was taken from `refDate`. */
  readonly inferredYear: boolean;
  /** Character span `[start, end)` of the date in the input, context words such as "ngày" excluded. */
  readonly span: readonly [number, number];
}

/**
 * Reads one Vietnamese date: `1/8/2013`, `ngày 01/8/2013`, `1-8-2013`, `1.7.2024`,
 * `ngày 01 tháng 7 năm 2025`, or a day and month without a year (`Sáng 24/5`, `ngày 1 tháng 7`)
 * whose year is taken from `refDate` and marked `inferredYear`. Order is always day/month. Context
 * words before the date (ngày, sáng, chiều, tối, thứ Hai, …) and surrounding parentheses are
 * allowed. Never throws on text; linear in its length.
 *
 * Issue codes: `vi_date_empty`, `vi_date_unrecognized`, `vi_date_trailing_text`,
 * `vi_date_invalid` (31/2, 29/2/2023, month 13), `vi_date_two_digit_year` (1/8/13 is refused, not
 * guessed), `vi_date_needs_reference` (no year and no `refDate`), `vi_date_not_a_date` (the text is
 * a period, e.g. `2013-2023`: use {@link parseViPeriod}); `position` is the offset in `text`.
 *
 * @param text - the text to read
 * @param options - `refDate` for dates without a year
 * @returns the date, or the issue that kept it from being read
 * @throws {@link AntqError} `invalid_argument` when `text` is not a string or `refDate` is not a
 * real ISO date (programmer misuse)
 * @example
 * ```ts
 * const r = parseViDate('ngày 1/8/2013');
 * r.ok && r.value;
 * // => { date: '2013-08-01', inferredYear: false, span: [5, 13] }
 * const s = parseViDate('Sáng 24/5', { refDate: '2023-05-24' });
 * s.ok && [s.value.date, s.value.inferredYear];
 * // => ['2023-05-24', true]
 * const bad = parseViDate('31/2/2023');
 * bad.ok ? null : bad.issues[0]?.code;
 * // => 'vi_date_invalid'
 * ```
 * @category Vietnamese
 */
export function parseViDate(text: string, options: ViDateOptions = {}): ParseResult<ViDate> {
  if (typeof text !== 'string') throw misuse('parseViDate', `expected a string, got ${typeof text}`);
  const ref = options.refDate === undefined ? null : dayArg('parseViDate', options.refDate, 'refDate');
  const r = parseWhole(text, ref);
  if (!r.ok) return { ok: false, issues: [r.issue] };
  const { resolved, span } = r.hit;
  if (resolved.kind !== 'date') {
    return {
      ok: false,
      issues: [
        viDateIssue('vi_date_not_a_date', 'error', {}, { position: span[0] }),
      ],
    };
  }
  return { ok: true, value: { date: formatDay(resolved.day), inferredYear: resolved.inferredYear, span } };
}
