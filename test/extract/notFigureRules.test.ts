import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import { extractFigures } from '../../src/extract/extractFigures';
import { lexiconOf } from '../../src/extract/internal/lexicon';
import { afterAbbreviation, endsName, isBareSum, isBareYear, isChange, isCode, isDuration, isHeadingNumber, isMakeUp, isOrdinal, isPerItem, isPlanned, phoneNumberEnd } from '../../src/extract/internal/notFigure';
import { NOT_FIGURE_RULES } from '../../src/extract/internal/notFigureRules';
import type { Tokens } from '../../src/extract/internal/text';
import { canonicalLower, tokenize } from '../../src/extract/internal/text';

// Each not-a-figure rule on its own: the text's first number written in digits is the one asked
// about (`at`: its token, `ns`/`ne`: its digits).
interface At {
  readonly text: string;
  readonly tokens: Tokens;
  readonly at: number;
  readonly ns: number;
  readonly ne: number;
}

function at(text: string): At {
  const tokens = tokenize(canonicalLower(text));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.numeric[i] !== 1) continue;
    const ns = tokens.start[i] as number;
    let ne = ns;
    while (ne < text.length && /[\d.,]/u.test(text.charAt(ne)) && !(/[.,]/u.test(text.charAt(ne)) && !/\d/u.test(text.charAt(ne + 1)))) ne++;
    return { text, tokens, at: i, ns, ne };
  }
  throw new Error(`no number in ${text}`);
}

const lex = lexiconOf(BUILTIN_CATALOGUE);

describe('names and codes: a number that is no quantity', () => {
  it('isOrdinal: an ordinal or name word, or "số" that is no count, stands before it', () => {
    for (const t of ['Hội nghị lần thứ 3 của Ban', 'theo Điều 5 của Luật', 'Tổ liên gia số 5 họp', 'Công an Phường 7 tổ chức', 'thôn 4 và thôn 5']) {
      const a = at(t);
      expect(isOrdinal(a.tokens, a.at), t).toBe(true);
    }
    for (const t of ['với tổng số 1.200 hội viên', 'giao nộp 12 khẩu súng', 'có số 300 người']) {
      const a = at(t);
      expect(isOrdinal(a.tokens, a.at), t).toBe(false);
    }
  });

  it('afterAbbreviation: a capitalised abbreviation names the number', () => {
    for (const t of ['Đồn BP 123 phối hợp', 'TDP 5 có', 'dọc QL 1A']) {
      const a = at(t);
      expect(afterAbbreviation(t, a.tokens, a.at), t).toBe(true);
    }
    for (const t of ['Hội LHPN vận động 300 hội viên', 'ông A có 5 con']) {
      const a = at(t);
      expect(afterAbbreviation(t, a.tokens, a.at), t).toBe(false);
    }
  });

  it('endsName: a number right after a capitalised word, with only a break after it, ends a name', () => {
    for (const t of ['họp tại thôn Tân Lộc 2.', 'tổ trưởng bản Nà Khoang 3): nói', 'ra mắt ở ấp Bình Yên 4']) {
      const a = at(t);
      expect(endsName(t, a.tokens, a.at, a.ne), t).toBe(true);
    }
    for (const t of ['tỉnh Quảng Trị 3.120 khu dân cư', 'đã giao nộp 7.', 'Tại Cần Thơ, 250 tổ', 'ấp Bình Yên 4 có 30 hộ']) {
      const a = at(t);
      expect(endsName(t, a.tokens, a.at, a.ne), t).toBe(false);
    }
  });

  it('extractFigures claims no number that ends a place name', () => {
    const r = extractFigures('Công an xã ra mắt mô hình “Camera an ninh” tại thôn Tân Lộc 2. Mô hình có 9 mắt camera.');
    expect(r.figures.map((f) => f.value)).toEqual([9]);
  });

  it('isCode: digits glued to letters, or followed by a code after a slash or dash', () => {
    for (const t of ['phòng COVID-19 tại', 'Chương trình 09/CTr-BCA-MTTW', 'Nghị định 144/2021/NĐ-CP', 'lô 10A']) {
      const a = at(t);
      expect(isCode(t, a.ns, a.ne), t).toBe(true);
    }
    for (const t of ['17kg thuốc nổ', '2,2kg pháo', '127 khẩu súng', '9/9 xã']) {
      const a = at(t);
      expect(isCode(t, a.ns, a.ne), t).toBe(false);
    }
  });

  it('isHeadingNumber: a number opening a line before ". " or ") " and a capital', () => {
    expect(isHeadingNumber('x\n4. Mô hình', 2, 3)).toBe(true);
    expect(isHeadingNumber('2) Kết quả', 0, 1)).toBe(true);
    expect(isHeadingNumber('có 4. Mô hình', 3, 4)).toBe(false);
    expect(isHeadingNumber('\n4 mô hình', 1, 2)).toBe(false);
  });

  it('phoneNumberEnd: a leading zero or a phone word before it, up to the last digit group', () => {
    const a = at('gọi số điện thoại 0239 3875 114 để báo');
    expect(a.text.slice(a.ns, phoneNumberEnd(a.text, a.tokens, a.at, a.ns, a.ne))).toBe('0239 3875 114');
    const b = at('đường dây nóng 113 luôn trực');
    expect(phoneNumberEnd(b.text, b.tokens, b.at, b.ns, b.ne)).toBe(b.ne);
    const c = at('tiếp nhận 113 tin báo');
    expect(phoneNumberEnd(c.text, c.tokens, c.at, c.ns, c.ne)).toBe(-1);
  });
});

describe('quantities that are no figure', () => {
  it('isBareYear: four digits from 1900 to 2100 with no qualifier and no noun', () => {
    expect(isBareYear('2026', false, true)).toBe(true);
    expect(isBareYear('2026', true, true)).toBe(false);
    expect(isBareYear('2026', false, false)).toBe(false);
    expect(isBareYear('1240', false, true)).toBe(false);
  });

  it('isDuration: a word of time after the number, unless a catalogue phrase starts there', () => {
    const head = (t: string): boolean => {
      const a = at(t);
      return isDuration(lex, a.tokens, a.at + 1, t.length);
    };
    expect(head('trong 10 năm qua')).toBe(true);
    expect(head('thanh niên 18 tuổi')).toBe(true);
    expect(head('tổ chức 3 ngày hội toàn dân')).toBe(false);
    expect(head('giao nộp 12 khẩu súng')).toBe(false);
  });

  it('isChange: "tăng"/"giảm" before it, or a comparative before "hơn", but not "chống tăng"', () => {
    const change = (t: string, qualifier: string | null): boolean => {
      const a = at(t);
      const before = qualifier === null ? a.at - 1 : a.at - 2;
      return isChange(a.tokens, before, qualifier);
    };
    expect(change('tin báo tăng 15 vụ', null)).toBe(true);
    expect(change('số vụ giảm 3%', null)).toBe(true);
    expect(change('cao hơn 5% so với', 'hơn')).toBe(true);
    expect(change('thu hồi hơn 50 khẩu súng', 'hơn')).toBe(false);
    expect(change('mìn chống tăng 5 quả', null)).toBe(false);
  });

  it('isPlanned: a plan, a target or a proposal earlier in the sentence', () => {
    for (const t of ['phấn đấu xây dựng 10 mô hình', 'đề nghị khen thưởng 6 tập thể', 'dự kiến còn 65 xã', 'chỉ tiêu năm là 120 tin']) {
      const a = at(t);
      expect(isPlanned(a.tokens, 0, a.at), t).toBe(true);
    }
    const a = at('đã xây dựng 10 mô hình');
    expect(isPlanned(a.tokens, 0, a.at)).toBe(false);
  });

  it('isPerItem: "mỗi"/"từng" in the clause before it, or a rate after a slash', () => {
    const per = (t: string, unitWord: string): boolean => {
      const a = at(t);
      return isPerItem(a.tokens, t, a.at, t.indexOf(unitWord, a.ns) + unitWord.length);
    };
    expect(per('mỗi suất 2 triệu đồng', 'đồng')).toBe(true);
    expect(per('hỗ trợ 500.000 đồng/tháng', 'đồng')).toBe(true);
    expect(per('mỗi năm 150 buổi tuyên truyền', 'buổi')).toBe(false);
    expect(per('mỗi xã, có 150 buổi tuyên truyền', 'buổi')).toBe(false);
    expect(per('ủng hộ 850 triệu đồng', 'đồng')).toBe(false);
  });

  it('isBareSum: "… triệu"/"… tỷ" with no noun after it and a word of money just before it', () => {
    // The number's first token (`at`, or its qualifier just before) and its last (the magnitude word).
    const sum = (t: string, qualified: boolean, noHead: boolean): boolean => {
      const a = at(t);
      return isBareSum(a.tokens, qualified ? a.at - 1 : a.at, a.at + 1, noHead);
    };
    expect(sum('gia đình tự bỏ tiền hơn 40 triệu.', true, true)).toBe(true);
    expect(sum('tổng kinh phí 2 tỷ, do dân góp', false, true)).toBe(true);
    expect(sum('có giá trị khoảng 15 triệu', true, true)).toBe(true);
    expect(sum('tiền điện tăng, nhưng 40 triệu.', false, true)).toBe(false);
    expect(sum('đã bỏ tiền hơn 40 triệu lượt', true, false)).toBe(false);
    expect(sum('thu hút 3 triệu.', false, true)).toBe(false);
  });

  it('extractFigures claims no sum of money written without "đồng"', () => {
    const r = extractFigures('Anh Tư lắp 3 camera an ninh ở cổng nhà, tự bỏ tiền gần 12 triệu.');
    expect(r.figures.map((f) => f.value)).toEqual([3]);
  });

  it('isMakeUp: a count of units that says what a place is made of', () => {
    const makeUp = (t: string): boolean => {
      const a = at(t);
      return isMakeUp(a.tokens, 0, a.at - 1, a.at + 1, a.tokens.length);
    };
    for (const t of ['xã mới lập trên cơ sở hợp nhất thị trấn Phú Lâm và 3 xã lân cận', 'địa bàn tỉnh sau sắp xếp gồm 87 xã, phường', 'sau khi sáp nhập hai huyện và 12 xã']) {
      expect(makeUp(t), t).toBe(true);
    }
    for (const t of ['Ngày hội tổ chức ở 30 xã, phường', 'trên địa bàn đã ra mắt 12 tổ tự quản', 'trên địa bàn, các tổ và 12 xã', 'hội nghị gồm 87 đại biểu']) {
      expect(makeUp(t), t).toBe(false);
    }
  });

  it('extractFigures claims no count of units that makes up a place', () => {
    const r = extractFigures('Năm nay Ngày hội lần đầu tổ chức trên địa bàn tỉnh mới gồm 87 xã, phường; 52 xã tổ chức điểm Ngày hội.');
    expect(r.figures.map((f) => f.value)).toEqual([52]);
  });

  it('the rules run in a fixed order and each one that keeps the number says why', () => {
    expect(NOT_FIGURE_RULES.map((r) => [r.name, r.reason])).toEqual([
      ['bare year', null],
      ['duration or age', null],
      ['change', 'comparison'],
      ['plan or proposal', 'plan'],
      ['sum of money without its currency', null],
      ['make-up of a place', null],
      ['amount per item', 'per_item'],
    ]);
    // The first that applies decides: a change inside a plan is a change.
    const r = extractFigures('Năm 2024, phấn đấu tin báo tăng 15 vụ.', { date: '2024-12-31' });
    expect(r.unclassified.map((u) => [u.value, u.reason])).toEqual([[15, 'comparison']]);
  });
});
