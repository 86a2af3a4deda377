import type { ParseResult } from '../errors/ParseResult';
import { misuse } from '../errors/misuse';
import type { Period } from '../period/Period';
import type { ViDateOptions } from './parseViDate';
import { dayArg } from '../period/args';
import { periodOfKey } from '../period/build';
import { parseWhole } from './internal/viScan';

/**
 * A period read from Vietnamese text by {@link parseViPeriod}.
 *
 * @category Vietnamese
 */
export interface ViPeriod {
  /** The period (a single date becomes a `day` period). */
  readonly period: Period;
  /** True when a year was not written and was taken from `refDate` or the other end of a range. */
  readonly inferredYear: boolean;
  /** True when an end is "nay" / "hiện nay" (now), read as `refDate`. */
  readonly relative: boolean;
  /** Character span `[start, end)` in the input, context words ("giai đoạn", "ngày") excluded. */
  readonly span: readonly [number, number];
}

/**
 * Reads one Vietnamese period expression: a year range (`giai đoạn 2013-2023`, `(2013 -2023)`,
 * `2019 – 2024`, `từ năm 2013 đến năm 2023`), a year (`năm 2022`), a quarter in Roman or Arabic
 * numerals (`quý III/2009`, `quý 3 năm 2009`), a half or part of a year (`6 tháng đầu năm 2025`,
 * `6 tháng cuối năm`, `9 tháng đầu năm 2024`), a month (`tháng 5/2023`), an ISO week
 * (`tuần 21 năm 2023`), an official reporting period (`kỳ báo cáo năm 2023`,
 * `kỳ báo cáo tháng 5/2023`), a "từ … đến …" range (`từ ngày 1/8/2013 đến ngày 24/5/2023`,
 * `từ đầu năm đến nay`), or a single date (a `day` period). Missing years come from `refDate`
 * (or the other end of a range); "nay" is `refDate`. Never throws on text; linear in its length.
 *
 * "6 tháng đầu năm" is the half `H1`, "3 tháng …" a quarter and "12 tháng …" the year; other
 * month counts give a `range`. Issue codes are those of {@link parseViDate} plus
 * `vi_date_range_reversed`.
 *
 * @param text - the text to read
 * @param options - `refDate` for missing years and "nay"
 * @returns the period with how it was read, or the issue that kept it from being read
 * @throws {@link AntqError} `invalid_argument` when `text` is not a string or `refDate` is not a
 * real ISO date (programmer misuse)
 * @example
 * ```ts
 * const r = parseViPeriod('giai đoạn 2013-2023');
 * r.ok && [r.value.period.id, r.value.period.start, r.value.period.end];
 * // => ['2013/2023', '2013-01-01', '2023-12-31']
 * const q = parseViPeriod('quý III/2009');
 * q.ok && q.value.period.id;
 * // => '2009-Q3'
 * const ytd = parseViPeriod('từ đầu năm đến nay', { refDate: '2023-05-24' });
 * ytd.ok && [ytd.value.period.id, ytd.value.relative];
 * // => ['2023-01-01/2023-05-24', true]
 * ```
 * @category Vietnamese
 */
export function parseViPeriod(text: string, options: ViDateOptions = {}): ParseResult<ViPeriod> {
  if (typeof text !== 'string') throw misuse('parseViPeriod', `expected a string, got ${typeof text}`);
  const ref = options.refDate === undefined ? null : dayArg('parseViPeriod', options.refDate, 'refDate');
  const r = parseWhole(text, ref);
  if (!r.ok) return { ok: false, issues: [r.issue] };
  const { resolved, span } = r.hit;
  if (resolved.kind === 'date') {
    // A resolved day is always in the supported range, so its day period exists.
    const period = periodOfKey(resolved.day, 'day') as Period;
    return { ok: true, value: { period, inferredYear: resolved.inferredYear, relative: false, span } };
  }
  if (resolved.kind === 'fail') return { ok: false, issues: [resolved.issue] };
  return {
    ok: true,
    value: { period: resolved.period, inferredYear: resolved.inferredYear, relative: resolved.relative, span },
  };
}
