import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';
import { reportedToUnit } from '../../src/extract/internal/notFigure';
import { canonicalLower, tokenize } from '../../src/extract/internal/text';

const rows = (text: string): [number, string][] => extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator]);

/** The predicate on the first number of a made-up sentence. */
function reported(sentence: string): boolean {
  const tokens = tokenize(canonicalLower(sentence));
  let ti = 0;
  while (ti < tokens.length && tokens.numeric[ti] !== 1) ti++;
  return reportedToUnit(tokens, ti);
}

describe('reportedToUnit: a count right after the name of the unit it was reported to', () => {
  it('holds after "cho" and the unit, before a noun of reports', () => {
    expect(reported('Ngư dân cung cấp cho Trạm 14 nguồn tin.')).toBe(true);
    expect(reported('Các hộ báo cho đồn 9 vụ việc có dấu hiệu vi phạm.')).toBe(true);
    expect(reported('Bà con cung cấp cho Công an xã và Đồn Biên phòng 23 tin có giá trị.')).toBe(true);
  });

  it('does not hold for a unit named by its number', () => {
    expect(reported('Đồn 14 tổ chức tuần tra biên giới.')).toBe(false);
    expect(reported('Giao cho tổ 5 quản lý khu vực chợ.')).toBe(false);
    expect(reported('Trạm 14 tin tưởng vào Nhân dân.')).toBe(false);
  });

  it('tips given to a post are figures; the post named by its number is none', () => {
    expect(rows('Năm 2024, bà con đã cung cấp cho Đồn 18 nguồn tin về xuất cảnh trái phép.')).toEqual([[18, 'tips_received']]);
    expect(rows('Năm 2024, các tổ tự quản báo cho đồn 7 tin có giá trị.')).toEqual([[7, 'valuable_tips_received']]);
    expect(rows('Năm 2024, Đồn 18 phối hợp tuần tra.')).toEqual([]);
  });

  it('a level names a unit, not an act: "cho Công an cấp xã" before the tips', () => {
    expect(rows('Năm 2024, các tổ cung cấp cho Công an cấp xã 4.120 nguồn tin, trong đó 950 tin có giá trị.')).toEqual([
      [4120, 'tips_received'],
      [950, 'valuable_tips_received'],
    ]);
  });
});

describe('found and reported: tips, not cases solved', () => {
  it('"phát hiện, báo cho …" and "phát hiện, tố giác" count tips; "phát hiện, bắt giữ" counts cases solved', () => {
    expect(rows('Năm 2024, các tổ tự quản đã phát hiện, báo cho Công an xã 23 vụ việc.')).toEqual([[23, 'tips_received']]);
    expect(rows('Năm 2024, đoàn viên đã phát hiện, tố giác 17 vụ việc vi phạm pháp luật.')).toEqual([[17, 'tips_received']]);
    expect(rows('Năm 2024, Công an xã phát hiện, bắt giữ 6 vụ.')).toEqual([[6, 'cases_solved_with_public_help']]);
  });
});

describe('afterAbbreviation: a comma ends the name', () => {
  it('a count after "quý III," or "ANTQ," is a figure; "Đồn BP 123" stays a name', () => {
    expect(rows('Qua đánh giá quý III, 11/12 thôn đạt tiêu chuẩn an toàn về an ninh, trật tự.')).toEqual([
      [11, 'areas_meeting_security_standard_count'],
      [12, 'areas_assessed'],
    ]);
    expect(rows('Năm 2024, bà con giao nộp 1 khẩu súng CKC, 3 quả lựu đạn.').map(([v]) => v)).toEqual([1, 3]);
    expect(rows('Năm 2024, Đồn BP 123 phối hợp tuần tra.')).toEqual([]);
  });
});
