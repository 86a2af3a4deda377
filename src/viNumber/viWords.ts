import { SCALES_VI } from '../quantity/formatDecimal';
import type { Qualifier } from '../quantity/Qualifier';
import { qualifierWord } from '../quantity/qualifierWord';
import type { Uom } from '../quantity/Uom';
import { UOM_WORD_VI } from '../quantity/uomWords';

// The words the formatters write (quantity/qualifierWord, quantity/uomWords, SCALES_VI) are read
// back from those tables; the lists below add only the synonyms a reader must also accept.

/** Sorts a word table longest phrase first, so that "lượt người" wins over "lượt". */
function longestFirst<T extends { readonly phrase: string }>(rows: readonly T[]): readonly T[] {
  return [...rows].sort((a, b) => b.phrase.length - a.phrase.length);
}

/** Qualifier words written before a number. `từ` needs "trở lên" after the figure. */
export const QUALIFIER_WORDS: readonly { readonly phrase: string; readonly qualifier: Qualifier | 'from' }[] =
  longestFirst([
    ...(['over', 'nearly', 'about', 'at_least', 'under'] as const).map((qualifier) => ({ phrase: qualifierWord(qualifier, 'vi'), qualifier })),
    { phrase: 'hơn', qualifier: 'over' },
    { phrase: 'ngót', qualifier: 'nearly' },
    { phrase: 'khoảng chừng', qualifier: 'about' },
    { phrase: 'xấp xỉ', qualifier: 'about' },
    { phrase: 'chừng', qualifier: 'about' },
    { phrase: 'ước tính', qualifier: 'about' },
    { phrase: 'tối thiểu', qualifier: 'at_least' },
    { phrase: 'ít nhất là', qualifier: 'at_least' },
    { phrase: 'tối thiểu là', qualifier: 'at_least' },
    { phrase: 'không dưới', qualifier: 'at_least' },
    { phrase: 'không ít hơn', qualifier: 'at_least' },
    { phrase: 'từ', qualifier: 'from' },
    { phrase: 'chưa đến', qualifier: 'under' },
    { phrase: 'chưa tới', qualifier: 'under' },
    { phrase: 'chưa đầy', qualifier: 'under' },
    { phrase: 'không đến', qualifier: 'under' },
    { phrase: 'đạt', qualifier: 'exact' },
  ]);

/** Scale words after a number: power of ten. */
export const SCALE_WORDS: readonly { readonly phrase: string; readonly exp: number }[] = longestFirst([
  ...SCALES_VI.map(([exp, phrase]) => ({ phrase, exp })),
  { phrase: 'ngàn', exp: 3 },
  { phrase: 'tỉ', exp: 9 },
  // Ten thousand, as older and southern writing counts: "1,5 vạn tờ rơi" is 15 000.
  { phrase: 'vạn', exp: 4 },
]);

/** Magnitude words after "hàng" (vague quantities): power of ten. */
export const MAGNITUDE_WORDS: readonly { readonly phrase: string; readonly exp: number }[] = longestFirst([
  { phrase: 'chục', exp: 1 },
  { phrase: 'trăm', exp: 2 },
  ...SCALE_WORDS,
]);

/** `lượt` before one of these counts person-times; before anything else it counts times (count). */
export const PEOPLE_NOUNS: readonly string[] = longestFirst(
  [
    'người',
    'cán bộ',
    'hội viên',
    'đoàn viên',
    'học sinh',
    'sinh viên',
    'đại biểu',
    'quần chúng',
    'nhân dân',
    'công nhân',
    'chiến sĩ',
    'thanh niên',
    'phụ nữ',
    'thành viên',
    'tổ viên',
    'đội viên',
    'đảng viên',
    'học viên',
    'giáo viên',
    'hòa giải viên',
    'thuyền viên',
    'chị em',
    'bà con',
    'đồng bào',
    'ngư dân',
    'nông dân',
    'cựu chiến binh',
    'phụ huynh',
    'thiếu nhi',
    'thanh thiếu',
    'già làng',
    'chức sắc',
    'giáo dân',
    'phật tử',
    'chủ tàu',
    'chủ hộ',
    'tiểu thương',
    'du khách',
    'lao động',
    'dân quân',
    'bộ đội',
    'chi hội trưởng',
    'tổ trưởng',
    'trưởng thôn',
    'trưởng ấp',
    'trưởng bản',
    'tham gia',
    'tham dự',
    'dự',
  ].map((phrase) => ({ phrase })),
).map((r) => r.phrase);

/** A unit or classifier word: the uom it means, and a power of ten it carries (tạ = 100 kg). */
export interface UnitWord {
  readonly phrase: string;
  readonly uom: Uom | 'turn';
  readonly exp: number;
}

/** Unit and classifier words after a number. `turn` is "lượt", resolved by the next word. */
export const UNIT_WORDS: readonly UnitWord[] = longestFirst<UnitWord>([
  ...(Object.entries(UOM_WORD_VI) as [Uom, string | null][]).flatMap(([uom, phrase]) => (phrase === null ? [] : [{ phrase, uom, exp: 0 }])),
  { phrase: 'phần trăm', uom: 'percent', exp: 0 },
  { phrase: 'lượt', uom: 'turn', exp: 0 },
  { phrase: 'cặp', uom: 'pair', exp: 0 },
  { phrase: 'thùng', uom: 'box', exp: 0 },
  ...['khẩu', 'quả', 'viên', 'cái', 'bình', 'cây', 'mắt'].map((phrase) => ({ phrase, uom: 'piece' as const, exp: 0 })),
  ...['cuộc', 'buổi', 'đợt', 'lần', 'lớp', 'vụ'].map((phrase) => ({ phrase, uom: 'count' as const, exp: 0 })),
  ...['kilôgam', 'kilogam', 'ki-lô-gam'].map((phrase) => ({ phrase, uom: 'kg' as const, exp: 0 })),
  { phrase: 'yến', uom: 'kg', exp: 1 },
  { phrase: 'tạ', uom: 'kg', exp: 2 },
  ...['gam', 'gram'].map((phrase) => ({ phrase, uom: 'g' as const, exp: 0 })),
  { phrase: 'mét', uom: 'm', exp: 0 },
  { phrase: 'km', uom: 'm', exp: 3 },
  ...['m2', 'mét vuông'].map((phrase) => ({ phrase, uom: 'm2' as const, exp: 0 })),
  ...['ha', 'héc-ta', 'hécta', 'hecta'].map((phrase) => ({ phrase, uom: 'm2' as const, exp: 4 })),
  ...['vnđ', 'vnd', 'đ'].map((phrase) => ({ phrase, uom: 'vnd' as const, exp: 0 })),
]);

/**
 * A word of a number written in words: a digit (`afterTensOnly` for mốt, tư, lăm, which stand only
 * after a tens word), `mười` (ten), `mươi` (tens), `trăm`, `linh`/`lẻ` (a zero ten), or a scale word
 * (`value` is its power of ten).
 */
export interface NumberWord {
  readonly phrase: string;
  readonly role: 'digit' | 'ten' | 'tens' | 'hundred' | 'link' | 'scale';
  readonly value: number;
  readonly afterTensOnly?: boolean;
}

/** The words of numbers written in words ("ba mươi lăm", "một trăm linh năm", "hơn một nghìn"). */
export const NUMBER_WORDS: readonly NumberWord[] = longestFirst<NumberWord>([
  { phrase: 'không', role: 'digit', value: 0, afterTensOnly: true },
  { phrase: 'một', role: 'digit', value: 1 },
  { phrase: 'mốt', role: 'digit', value: 1, afterTensOnly: true },
  { phrase: 'hai', role: 'digit', value: 2 },
  { phrase: 'ba', role: 'digit', value: 3 },
  { phrase: 'bốn', role: 'digit', value: 4 },
  { phrase: 'tư', role: 'digit', value: 4, afterTensOnly: true },
  { phrase: 'năm', role: 'digit', value: 5 },
  { phrase: 'lăm', role: 'digit', value: 5, afterTensOnly: true },
  { phrase: 'sáu', role: 'digit', value: 6 },
  { phrase: 'bảy', role: 'digit', value: 7 },
  { phrase: 'bẩy', role: 'digit', value: 7 },
  { phrase: 'tám', role: 'digit', value: 8 },
  { phrase: 'chín', role: 'digit', value: 9 },
  { phrase: 'mười', role: 'ten', value: 10 },
  { phrase: 'mươi', role: 'tens', value: 10 },
  { phrase: 'chục', role: 'tens', value: 10 },
  { phrase: 'trăm', role: 'hundred', value: 100 },
  { phrase: 'linh', role: 'link', value: 0 },
  { phrase: 'lẻ', role: 'link', value: 0 },
  ...SCALE_WORDS.map((w) => ({ phrase: w.phrase, role: 'scale' as const, value: w.exp })),
]);
