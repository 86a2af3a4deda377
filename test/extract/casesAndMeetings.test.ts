import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string, string | null][] =>
  extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator, f.category ?? null]);

describe('the verb before "vụ" says the cases were solved', () => {
  it('catching, breaking up, stopping or handling cases counts cases solved', () => {
    expect(rows('Từ tin báo của bà con, Công an huyện bắt giữ 7 vụ, 9 đối tượng buôn bán ma túy.')).toEqual([
      [7, 'cases_solved_with_public_help', null],
      [9, 'suspects_arrested_with_public_help', null],
    ]);
    expect(rows('Năm 2024, nhờ nguồn tin của hội viên, lực lượng chức năng xử lý 15 vụ cho vay nặng lãi.')).toEqual([[15, 'cases_solved_with_public_help', null]]);
    expect(rows('Năm 2024, đội bảo vệ chợ phối hợp ngăn chặn 4 vụ trộm cắp tài sản.')).toEqual([[4, 'cases_solved_with_public_help', null]]);
    expect(rows('Năm 2024, Công an tỉnh phá 22 chuyên án, vụ án về ma túy từ tin báo của quần chúng.')).toEqual([[22, 'cases_solved_with_public_help', null]]);
  });

  it('a verb that begins another word ("bắt cóc", "phá hoại") names no cases', () => {
    expect(rows('Năm 2024, học sinh được hướng dẫn phòng tránh bắt cóc, cách gọi 113, 114 khi cần.')).toEqual([]);
    expect(rows('Năm 2024, các đối tượng phá hoại 3 cột mốc.').filter(([, id]) => id === 'cases_solved_with_public_help')).toEqual([]);
  });

  it('people counted after the verb stay people', () => {
    expect(rows('Năm 2024, Công an xã bắt giữ 12 đối tượng.')).toEqual([[12, 'suspects_arrested_with_public_help', null]]);
  });
});

describe('meetings of residents and talks are sessions', () => {
  it('village meetings and talks count propaganda sessions, with their attendance', () => {
    expect(rows('Năm 2024, Mặt trận xã tổ chức 64 cuộc họp dân, lồng ghép tuyên truyền pháp luật.')).toEqual([[64, 'propaganda_sessions', null]]);
    expect(rows('Năm 2024, đồn tổ chức 18 buổi họp bản bằng tiếng dân tộc cho 700 lượt người.')).toEqual([
      [18, 'propaganda_sessions', null],
      [700, 'propaganda_attendance', null],
    ]);
    expect(rows('Năm 2024, Hội Người cao tuổi tổ chức 37 buổi nói chuyện về phòng, chống ma túy.')).toEqual([[37, 'propaganda_sessions', null]]);
  });

  it('listening conferences are listening forums', () => {
    expect(rows('Năm 2024, Công an tỉnh tổ chức 21 hội nghị lắng nghe ý kiến Nhân dân với 3.400 lượt người dự.')).toEqual([
      [21, 'listening_forums', null],
      [3400, 'forum_attendance', null],
    ]);
  });
});

describe('more catalogue wording', () => {
  it('propaganda conferences are sessions; home-made gunpowder is an explosive', () => {
    expect(rows('Năm 2024, Hội Phụ nữ tổ chức 27 hội nghị tuyên truyền về phòng, chống mua bán người.')).toEqual([[27, 'propaganda_sessions', null]]);
    expect(rows('Năm 2024, bà con giao nộp 14 khẩu súng kíp và 3,5 kg thuốc súng tự chế.')).toEqual([
      [14, 'weapons_surrendered', 'gun.hunting'],
      [3.5, 'explosives_surrendered', 'explosive'],
    ]);
  });

  it('people managed and educated for a violation in the community, and people amnestied', () => {
    expect(rows('Năm 2024, Đoàn xã nhận quản lý, giáo dục 11 người vi phạm tại cộng đồng.')).toEqual([[11, 'offenders_educated_in_community', null]]);
    expect(rows('Năm 2024, Hội phối hợp giúp đỡ 16 người được đặc xá trở về địa phương.')).toEqual([[16, 'reintegration_supported', null]]);
    expect(rows('Năm 2024, các chi hội kèm cặp 9 người mãn hạn tù.')).toEqual([[9, 'reintegration_supported', null]]);
  });

  it('a phrase that starts in the words after a number may end past their window', () => {
    expect(rows('Cuối năm 2024, toàn huyện có 312 khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự”.')).toEqual([
      [312, 'areas_meeting_security_standard_count', 'residential_area'],
    ]);
  });
});
