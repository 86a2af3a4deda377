import { defineIssues } from '../../errors/defineIssues';
import type { PeriodIssueCode } from '../PeriodIssueCode';

/** Which part of a period id is out of range; `year` is year 0000, `period` the whole. */
export type RangePart = { readonly part: 'year' | 'period' } | { readonly part: 'month' | 'quarter' | 'half'; readonly value: string } | { readonly part: 'week'; readonly value: string; readonly year: number };

interface PeriodIssueData extends Record<PeriodIssueCode, object> {
  readonly period_empty: object;
  readonly period_invalid_format: object;
  readonly period_invalid_date: { readonly date: string };
  readonly period_out_of_range: RangePart;
  readonly period_range_reversed: object;
}

const EXAMPLES = '2023, 2023-H1, 2023-Q2, 2023-05, 2023-W21, 2023-05-24, 2013/2023, 2013-08-01/2023-05-24';

function partEn(d: RangePart): string {
  switch (d.part) {
    case 'year':
      return 'Year 0000';
    case 'period':
      return 'The period';
    case 'month':
      return `Month ${d.value}`;
    case 'quarter':
      return `Quarter ${d.value}`;
    case 'half':
      return `Half ${d.value}`;
    case 'week':
      return `Week ${d.value} of ${d.year}`;
  }
}

function partVi(d: RangePart): string {
  switch (d.part) {
    case 'year':
      return 'Năm 0000';
    case 'period':
      return 'Kỳ';
    case 'month':
      return `Tháng ${d.value}`;
    case 'quarter':
      return `Quý ${d.value}`;
    case 'half':
      return `Nửa năm ${d.value}`;
    case 'week':
      return `Tuần ${d.value} năm ${d.year}`;
  }
}

/** The issues of period ids, with their English and Vietnamese messages. */
export const periodIssue = defineIssues<PeriodIssueData>({
  en: {
    period_empty: () => 'The period is empty',
    period_invalid_format: () => `Not a period id; expected e.g. ${EXAMPLES} or official:2023`,
    period_invalid_date: (d) => `${d.date} is not a real date`,
    period_out_of_range: (d) => `${partEn(d)} is out of range`,
    period_range_reversed: () => 'The interval ends before it starts',
  },
  vi: {
    period_empty: () => 'Kỳ để trống',
    period_invalid_format: () => `Không phải mã kỳ; ví dụ hợp lệ: ${EXAMPLES}, official:2023`,
    period_invalid_date: (d) => `${d.date} không phải ngày có thật`,
    period_out_of_range: (d) => `${partVi(d)} nằm ngoài phạm vi`,
    period_range_reversed: () => 'Khoảng thời gian kết thúc trước khi bắt đầu',
  },
});
