import { defineIssues } from '../../errors/defineIssues';
import type { Issue } from '../../errors/Issue';
import type { ViNumberIssueCode } from '../ViNumberIssueCode';

/** The text-reading failures carry no data beyond their position. */
type ViNumberIssueData = Record<ViNumberIssueCode, object>;

const viNumberIssue = defineIssues<ViNumberIssueData>({
  en: {
    empty_input: () => 'the text is empty',
    expected_number: () => 'a number was expected here',
    malformed_number: () => 'malformed number: after a thousands separator come exactly three digits, and one decimal part at most',
    number_too_large: () => 'the number is too large to hold exactly',
    number_too_precise: () => 'the number has too many digits to hold exactly',
    unexpected_text: () => 'unexpected text after the number',
    looks_like_date: () => 'this looks like a date, not a number',
    part_exceeds_whole: () => 'in x/y, x is larger than y',
    range_not_supported: () => '"từ" without "trở lên" is a range, which is not a single quantity',
    empty_interval: () => 'no number is under 0 or nearly 0',
    percent_mismatch: () => 'the stated percentage does not match x/y',
    exponent_not_supported: () => 'exponent notation (1e9) is not how numbers are written here',
    space_in_number: () => 'a space between digit groups is ambiguous: write 12.345 or 12345',
    range_reversed: () => 'the range ends below where it starts',
  },
  vi: {
    empty_input: () => 'chuỗi rỗng',
    expected_number: () => 'cần một số ở vị trí này',
    malformed_number: () => 'số viết sai: sau dấu phân cách hàng nghìn phải có đúng ba chữ số, và chỉ một phần thập phân',
    number_too_large: () => 'số quá lớn, không lưu chính xác được',
    number_too_precise: () => 'số có quá nhiều chữ số, không lưu chính xác được',
    unexpected_text: () => 'có chữ thừa sau số',
    looks_like_date: () => 'đây có vẻ là ngày tháng, không phải số',
    part_exceeds_whole: () => 'trong x/y, x lớn hơn y',
    range_not_supported: () => '"từ" không kèm "trở lên" là một khoảng, không phải một số lượng',
    empty_interval: () => 'không có số nào dưới 0 hoặc gần 0',
    percent_mismatch: () => 'tỷ lệ phần trăm ghi kèm không khớp với x/y',
    exponent_not_supported: () => 'không đọc số viết dạng lũy thừa (1e9)',
    space_in_number: () => 'khoảng trắng giữa các nhóm chữ số dễ gây nhầm: hãy viết 12.345 hoặc 12345',
    range_reversed: () => 'khoảng số có số cuối nhỏ hơn số đầu',
  },
});

/** A text-reading issue at an offset. */
export function textIssue(code: ViNumberIssueCode, position: number, severity: Issue['severity'] = 'error'): Issue {
  return viNumberIssue(code, severity, {}, { position });
}
