import type { Issue } from '../../errors/Issue';
import { makeIssue } from '../../errors/makeIssue';

/** English and Vietnamese messages of the text-reading failures, by code. */
const MESSAGES: Readonly<Record<string, readonly [string, string]>> = {
  empty_input: ['the text is empty', 'chuỗi rỗng'],
  expected_number: ['a number was expected here', 'cần một số ở vị trí này'],
  malformed_number: [
    'malformed number: after a thousands separator come exactly three digits, and one decimal part at most',
    'số viết sai: sau dấu phân cách hàng nghìn phải có đúng ba chữ số, và chỉ một phần thập phân',
  ],
  number_too_large: ['the number is too large to hold exactly', 'số quá lớn, không lưu chính xác được'],
  number_too_precise: ['the number has too many digits to hold exactly', 'số có quá nhiều chữ số, không lưu chính xác được'],
  unexpected_text: ['unexpected text after the number', 'có chữ thừa sau số'],
  looks_like_date: ['this looks like a date, not a number', 'đây có vẻ là ngày tháng, không phải số'],
  part_exceeds_whole: ['in x/y, x is larger than y', 'trong x/y, x lớn hơn y'],
  range_not_supported: [
    '"từ" without "trở lên" is a range, which is not a single quantity',
    '"từ" không kèm "trở lên" là một khoảng, không phải một số lượng',
  ],
  empty_interval: ['no number is under 0 or nearly 0', 'không có số nào dưới 0 hoặc gần 0'],
  percent_mismatch: ['the stated percentage does not match x/y', 'tỷ lệ phần trăm ghi kèm không khớp với x/y'],
};

/** A text-reading issue at an offset. */
export function textIssue(code: string, position: number, severity: Issue['severity'] = 'error'): Issue {
  const [en, vi] = MESSAGES[code] ?? [code, code];
  return makeIssue(code, severity, en, vi, { position });
}
