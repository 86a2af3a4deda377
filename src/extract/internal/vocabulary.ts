/**
 * General Vietnamese words the extractor needs besides the catalogue's: words that make a number
 * something other than a figure (ordinals, codes, durations, changes), list and link words,
 * reporters, and statistic markers. Words are written as canonical keys (lower case, tone on the
 * first vowel of oa/oe/uy: see canonicalLower); `words` and `set` put them in that form.
 */

import { canonicalLower } from './text';

function words(rows: readonly (readonly string[])[]): readonly (readonly string[])[] {
  return rows.map((r) => r.map((w) => canonicalLower(w)));
}

function set(items: readonly string[]): ReadonlySet<string> {
  return new Set(items.map((w) => canonicalLower(w)));
}

/** A word or a short sequence of words just before a number that makes it a name or an ordinal ("lần thứ 3", "Điều 5", "tổ 7"). */
export const ORDINAL_BEFORE: readonly (readonly string[])[] = words([
  ['thứ'], ['lần'], ['khóa'], ['hạng'], ['top'], ['phần'], ['điều'], ['khoản'], ['mục'], ['chương'],
  ['giai', 'đoạn'], ['kỳ'], ['đợt'], ['tổ'], ['thôn'], ['xóm'], ['ấp'], ['bản'], ['khu'], ['khối'],
  ['phố'], ['phường'], ['quận'], ['đội'], ['lớp'], ['tiểu', 'khu'], ['khu', 'vực'], ['đường'], ['lộ'], ['km'],
  ['phòng'], ['tầng'], ['cấp', 'độ'], ['mức', 'độ'], ['bậc'], ['số', 'hiệu'], ['mã'], ['trang'],
  ['nghị', 'định'], ['nghị', 'quyết'], ['quyết', 'định'], ['chỉ', 'thị'], ['thông', 'tư'], ['kế', 'hoạch'],
  ['chương', 'trình'], ['công', 'văn'], ['luật'], ['hướng', 'dẫn'], ['kết', 'luận'], ['văn', 'bản'],
  ['tiểu', 'đoàn'], ['trung', 'đoàn'], ['sư', 'đoàn'], ['quân', 'khu'], ['vùng'],
  ['đồn'], ['trạm'], ['chốt'], ['mốc'], ['lô'], ['bến'], ['cảng'], ['cụm'], ['tỉnh', 'lộ'], ['chi', 'đoàn'], ['chi', 'hội'], ['chi', 'bộ'], ['căn', 'hộ'], ['nhà'], ['số', 'nhà'],
]);

/** "số" is an ordinal marker ("Tổ liên gia số 5") unless one of these precedes it ("tổng số 1.200"). */
export const SO_AS_COUNT_BEFORE: ReadonlySet<string> = set(['tổng', 'có', 'với', 'được', 'là', 'gồm', 'đạt', 'lượng', 'cả']);

/** Words right after a number that make it a duration, an age or a time of day ("10 năm", "kỷ niệm 80 năm", "18 tuổi"). */
export const DURATION_AFTER: ReadonlySet<string> = set([
  'năm', 'tháng', 'tuần', 'ngày', 'đêm', 'giờ', 'tiếng', 'phút', 'giây', 'tuổi', 'thập', 'thế', 'quý', 'h',
]);

/** Words before a number (or its qualifier) that make it a change, not a level ("tăng 15 vụ", "giảm 3%"). */
export const CHANGE_BEFORE: ReadonlySet<string> = set(['tăng', 'giảm']);

/** Comparative adjectives before "hơn" ("cao hơn 5%"): a comparison, not the qualifier "hơn". */
export const COMPARATIVE_BEFORE_HON: ReadonlySet<string> = set(['cao', 'thấp', 'nhiều', 'ít', 'lớn', 'nhỏ', 'tăng', 'giảm']);

/** Nouns of places: a count of them ("tại 65 xã", "ở 12 thôn") says where, not what, unless an indicator's own words say what. */
export const PLACE_NOUNS: ReadonlySet<string> = set(['xã', 'phường', 'thị', 'trấn', 'thôn', 'xóm', 'ấp', 'bản', 'khu', 'khóm', 'làng', 'huyện', 'tỉnh', 'quận', 'buôn', 'sóc', 'khối', 'phố', 'tổ', 'dân', 'cư']);

/** What may stand between two items of one list, so that the second shares the first one's context. */
export const LIST_GLUE: ReadonlySet<string> = set(['và', 'cùng', 'hoặc', 'gồm', 'trong', 'đó', 'có', 'bao', 'các', 'loại']);

/** Words that link an activity figure to its attendance ("35 đợt tuần hành với 11.200 người tham gia") or a part to its whole ("21 vụ trên tổng số 23 vụ"). */
export const LINK_WORDS: ReadonlySet<string> = set(['với', 'hút', 'có', 'cho', 'tại', 'gồm']);

/** Nouns for people right after a number ("11.200 cán bộ …"): a count of persons. */
export const PEOPLE_HEADS: readonly (readonly string[])[] = words([
  ['người'], ['cán', 'bộ'], ['hội', 'viên'], ['đoàn', 'viên'], ['học', 'sinh'], ['sinh', 'viên'], ['đại', 'biểu'],
  ['quần', 'chúng'], ['nhân', 'dân'], ['công', 'nhân'], ['chiến', 'sĩ'], ['thanh', 'niên'], ['phụ', 'nữ'],
  ['giáo', 'viên'], ['nông', 'dân'], ['cựu', 'chiến', 'binh'], ['người', 'dân'], ['lượt', 'người'], ['học', 'viên'],
  ['thành', 'viên'], ['tổ', 'viên'], ['đội', 'viên'], ['hộ', 'viên'], ['đảng', 'viên'],
  ['đối', 'tượng'], ['bị', 'can'], ['thanh', 'thiếu', 'niên'], ['chị', 'em'], ['ngư', 'dân'], ['thuyền', 'viên'], ['già', 'làng'], ['hòa', 'giải', 'viên'], ['trường', 'hợp'],
  ['chủ', 'tàu'], ['chủ', 'hộ'], ['chủ', 'nhà'], ['chủ', 'cơ', 'sở'], ['chủ', 'doanh', 'nghiệp'], ['chủ', 'phương', 'tiện'], ['chủ', 'xe'], ['chủ', 'quán'],
  ['thuyền', 'trưởng'], ['phụ', 'huynh'], ['tiểu', 'thương'], ['tài', 'xế'], ['lái', 'xe'], ['trẻ', 'em'], ['thiếu', 'nhi'], ['thanh', 'thiếu', 'nhi'],
  ['người', 'lao', 'động'], ['tín', 'đồ'], ['giáo', 'dân'], ['chức', 'sắc'], ['đồng', 'bào'], ['bà', 'con'], ['cử', 'tri'], ['du', 'khách'], ['võ', 'sinh'], ['người', 'có', 'uy', 'tín'],
]);

/** Organisations named as doers, and the reporter id each stands for. */
export const REPORTER_WORDS: readonly { readonly words: readonly string[]; readonly id: string }[] = ([
  { words: ['công', 'an'], id: 'police' },
  { words: ['mttq'], id: 'front' },
  { words: ['ubmttq'], id: 'front' },
  { words: ['mặt', 'trận'], id: 'front' },
  { words: ['hội', 'nông', 'dân'], id: 'farmers_union' },
  { words: ['hội', 'liên', 'hiệp', 'phụ', 'nữ'], id: 'womens_union' },
  { words: ['hội', 'lhpn'], id: 'womens_union' },
  { words: ['hội', 'phụ', 'nữ'], id: 'womens_union' },
  { words: ['đoàn', 'thanh', 'niên'], id: 'youth_union' },
  { words: ['tỉnh', 'đoàn'], id: 'youth_union' },
  { words: ['huyện', 'đoàn'], id: 'youth_union' },
  { words: ['hội', 'cựu', 'chiến', 'binh'], id: 'veterans_association' },
  { words: ['hội', 'ccb'], id: 'veterans_association' },
  { words: ['công', 'đoàn'], id: 'trade_union' },
  { words: ['liên', 'đoàn', 'lao', 'động'], id: 'trade_union' },
]).map((r) => ({ words: r.words.map((w) => canonicalLower(w)), id: r.id }));

/** Reporter ids in their canonical order inside a joint reporter (`police+front`). */
export const REPORTER_ORDER: readonly string[] = [
  'police', 'front', 'farmers_union', 'womens_union', 'youth_union', 'veterans_association', 'trade_union',
];

/** Words before a figure that make it a yearly average ("bình quân mỗi năm", "trung bình hằng năm"). */
export const ANNUAL_AVERAGE_WORDS: readonly (readonly string[])[] = words([
  ['bình', 'quân'], ['trung', 'bình'], ['mỗi', 'năm'], ['hằng', 'năm'], ['hàng', 'năm'],
]);

/** Words after "N năm" that make a relative period ending at the document date ("10 năm qua"). */
export const RECENT_YEARS_AFTER: readonly (readonly string[])[] = words([
  ['qua'], ['vừa', 'qua'], ['trở', 'lại', 'đây'], ['gần', 'đây'], ['thực', 'hiện'], ['triển', 'khai'],
]);

/** Magnitude words after "hàng" for vague figures ("hàng nghìn"). */
export const VAGUE_MAGNITUDES: ReadonlySet<string> = set(['chục', 'trăm', 'nghìn', 'ngàn', 'vạn', 'triệu', 'tỷ', 'tỉ']);

/** Words that may start a number written in words ("hai đợt", "ba mươi lăm tổ", "mười hai tập thể"). */
export const NUMBER_WORD_STARTS: ReadonlySet<string> = set(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười', 'chục']);

/** Qualifiers after which "chục" alone is ten ("hơn chục vụ", "gần chục người"). */
export const TEN_QUALIFIERS: ReadonlySet<string> = set(['hơn', 'gần', 'khoảng', 'trên', 'ngót', 'chừng', 'độ']);

/** Words beside a lone "năm" that make it "year", not five ("trong năm", "năm qua", "năm học", "đến hết năm"). */
export const YEAR_NEIGHBOURS: ReadonlySet<string> = set([
  'qua', 'nay', 'học', 'tới', 'trước', 'sau', 'đó', 'này', 'ấy', 'ngoái', 'tài', 'kế', 'rồi', 'mới', 'thứ', 'trở', 'liền', 'liên', 'gần',
  'vừa', 'cũ', 'nhuận', 'kia', 'sinh', 'đầu', 'cuối', 'giữa', 'trong', 'các', 'mỗi', 'hằng', 'hàng', 'cả', 'những', 'nhiều', 'từng', 'của',
  'một', 'hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'tháng', 'ngày', 'quý', 'tuần', 'là', 'thực', 'triển', 'hết', 'suốt', 'quanh',
]);

/** Groups a team's members come from, written between the team noun and its kind ("tổ phụ nữ tự quản", "tổ CCB tự quản"). */
export const MEMBER_GROUPS: readonly string[] = [
  'nhân dân', 'phụ nữ', 'nông dân', 'cựu chiến binh', 'CCB', 'thanh niên', 'công nhân', 'ngư dân', 'học sinh', 'sinh viên',
  'phụ lão', 'người cao tuổi', 'đồng bào', 'tiểu thương', 'giáo dân', 'đoàn viên', 'hội viên', 'dân cư', 'tàu thuyền',
];
