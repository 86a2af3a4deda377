import { defineIssues } from '../../errors/defineIssues';
import type { ViDateIssueCode } from '../ViDateIssueCode';

/** What does not exist, for `vi_date_invalid`. */
export type InvalidPart =
  | { readonly part: 'date'; readonly d: number; readonly m: number; readonly y: number }
  | { readonly part: 'period' | 'range' }
  | { readonly part: 'year' | 'month' | 'months' | 'quarter'; readonly value: number };

interface ViDateIssueData extends Record<ViDateIssueCode, object> {
  readonly vi_date_invalid: InvalidPart;
}

function invalidEn(d: InvalidPart): string {
  switch (d.part) {
    case 'date':
      return `${d.d}/${d.m}/${d.y}`;
    case 'period':
      return 'This period';
    case 'range':
      return 'This range';
    case 'year':
      return `Year ${d.value}`;
    case 'month':
      return `Month ${d.value}`;
    case 'months':
      return `${d.value} months`;
    case 'quarter':
      return `Quarter ${d.value}`;
  }
}

function invalidVi(d: InvalidPart): string {
  switch (d.part) {
    case 'date':
      return `Ngày ${d.d}/${d.m}/${d.y}`;
    case 'period':
      return 'Kỳ này';
    case 'range':
      return 'Khoảng thời gian này';
    case 'year':
      return `Năm ${d.value}`;
    case 'month':
      return `Tháng ${d.value}`;
    case 'months':
      return `${d.value} tháng`;
    case 'quarter':
      return `Quý ${d.value}`;
  }
}

/** The issues of Vietnamese dates and periods, with their English and Vietnamese messages. */
export const viDateIssue = defineIssues<ViDateIssueData>({
  en: {
    vi_date_empty: () => 'The text is empty',
    vi_date_unrecognized: () => 'No date or period was recognised',
    vi_date_trailing_text: () => 'Unexpected text after the date',
    vi_date_invalid: (d) => `${invalidEn(d)} does not exist`,
    vi_date_two_digit_year: () => 'Two-digit years are ambiguous; write the year in full',
    vi_date_needs_reference: () => 'The year (or "now") is not written; pass refDate to resolve it',
    vi_date_range_reversed: () => 'The range ends before it starts',
    vi_date_not_a_date: () => 'This is a period, not a single date',
  },
  vi: {
    vi_date_empty: () => 'Văn bản trống',
    vi_date_unrecognized: () => 'Không nhận ra ngày hoặc kỳ nào',
    vi_date_trailing_text: () => 'Có nội dung thừa sau ngày tháng',
    vi_date_invalid: (d) => `${invalidVi(d)} không tồn tại`,
    vi_date_two_digit_year: () => 'Năm hai chữ số không rõ nghĩa; cần ghi đủ bốn chữ số',
    vi_date_needs_reference: () => 'Không ghi năm (hoặc "nay"); cần ngày tham chiếu (refDate)',
    vi_date_range_reversed: () => 'Khoảng thời gian kết thúc trước khi bắt đầu',
    vi_date_not_a_date: () => 'Đây là một kỳ, không phải một ngày',
  },
});
