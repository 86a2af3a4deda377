import type { Issue } from '../errors/Issue';
import { misuse } from '../errors/misuse';
import type { Period } from '../period/Period';
import type { IsoDate } from '../period/IsoDateSchema';
import type { ViDateOptions } from './parseViDate';
import { dayArg } from '../period/args';
import { formatDay } from '../period/civil';
import { scanAll } from './internal/viScan';

/**
 * One date or period expression found in a text by {@link findViDates}. `span` is `[start, end)`
 * in the text and `text` the matched characters. `invalid` marks something written as a date that
 * cannot be read as one (31/2/2023, 1/8/13, `Sáng 24/5` without `refDate`): its characters are
 * still a date, not figures.
 *
 * @category Vietnamese
 */
export type ViDateMatch =
  | {
      readonly kind: 'date';
      readonly date: IsoDate;
      readonly inferredYear: boolean;
      readonly span: readonly [number, number];
      readonly text: string;
    }
  | {
      readonly kind: 'period';
      readonly period: Period;
      readonly inferredYear: boolean;
      readonly relative: boolean;
      readonly span: readonly [number, number];
      readonly text: string;
    }
  | { readonly kind: 'invalid'; readonly issue: Issue; readonly span: readonly [number, number]; readonly text: string };

/**
 * Finds every Vietnamese date and period expression in a longer text, left to right, with its
 * character span, so that later steps can tell dates apart from figures. It reads the forms of
 * {@link parseViPeriod}, but more strictly, because prose is full of numbers: a day and month
 * without a year (`24/5`) counts only after a context word (ngày, sáng, chiều, tối, hôm, thứ …),
 * since `9/9 xã` is a ratio; a bare year range (`2013-2023`) needs years in 1900–2100 in
 * increasing order unless a word announces it (giai đoạn, năm, từ); and nothing glued to a code
 * or a longer number counts (`09/CTr-BCA-MTTW`, `09/2019/NĐ-CP`, `1.042/1.165`). Linear in the
 * length of the text.
 *
 * @param text - the text to scan
 * @param options - `refDate` for missing years and "nay"
 * @returns the expressions found, in order, never overlapping
 * @throws {@link AntqError} `invalid_argument` when `text` is not a string or `refDate` is not a
 * real ISO date (programmer misuse)
 * @example
 * ```ts
 * const found = findViDates('chương trình số 09/CTr-BCA-MTTW ngày 1/8/2013 giai đoạn 2013-2023');
 * found.map((m) => m.text);
 * // => ['1/8/2013', '2013-2023']
 * found[1]?.kind === 'period' && found[1].period.id;
 * // => '2013/2023'
 * ```
 * @category Vietnamese
 */
export function findViDates(text: string, options: ViDateOptions = {}): ViDateMatch[] {
  if (typeof text !== 'string') throw misuse('findViDates', `expected a string, got ${typeof text}`);
  const ref = options.refDate === undefined ? null : dayArg('findViDates', options.refDate, 'refDate');
  return scanAll(text, ref).map((hit): ViDateMatch => {
    const { span, resolved } = hit;
    const matched = text.slice(span[0], span[1]);
    switch (resolved.kind) {
      case 'date':
        return { kind: 'date', date: formatDay(resolved.day), inferredYear: resolved.inferredYear, span, text: matched };
      case 'period':
        return {
          kind: 'period',
          period: resolved.period,
          inferredYear: resolved.inferredYear,
          relative: resolved.relative,
          span,
          text: matched,
        };
      case 'fail':
        return { kind: 'invalid', issue: resolved.issue, span, text: matched };
    }
  });
}
