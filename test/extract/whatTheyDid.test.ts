import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string, string, string][] =>
  extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.uom, f.indicator, f.note]);

describe('households or people counted before what they did', () => {
  it('a pledge signed later in the clause (farmers\' union, youth union, city news)', () => {
    expect(rows('Năm 2024, Đoàn trường vận động hơn 3.000 học sinh, phụ huynh ký cam kết không sử dụng pháo.')).toEqual([
      [3000, 'person', 'pledges_signed', 'hơn 3.000 học sinh, phụ huynh ký cam kết'],
    ]);
    expect(rows('Năm 2024, 215 hộ kinh doanh trên tuyến phố đã ký cam kết.')).toEqual([[215, 'household', 'pledges_signed', '215 hộ kinh doanh trên tuyến phố đã ký cam kết']]);
  });

  it('the clause runs past a long noun phrase to the verb, and owners and skippers are people', () => {
    expect(rows('Năm 2024, 240 hộ kinh doanh dịch vụ karaoke, quán bar trên các tuyến phố Lê Lợi, Trần Phú ký cam kết.').map((r) => [r[0], r[1], r[2]])).toEqual([[240, 'household', 'pledges_signed']]);
    expect(rows('Năm 2024, có 870 chủ tàu, thuyền trưởng ký cam kết.').map((r) => [r[0], r[1], r[2]])).toEqual([[870, 'person', 'pledges_signed']]);
    expect(rows('Năm 2024, 5.100 học sinh các trường trung học trên địa bàn cũng đã ký cam kết.').map((r) => [r[0], r[1], r[2]])).toEqual([[5100, 'person', 'pledges_signed']]);
  });

  it('households after "với" are the ones the clause\'s verb counts', () => {
    expect(rows('Năm 2024, xã tổ chức ký cam kết không buôn bán pháo với 1.200 hộ gia đình.').map((r) => [r[0], r[1], r[2]])).toEqual([[1200, 'household', 'pledges_signed']]);
  });

  it('"số <households> … là N hộ": the subject after "số" names what the unit counts', () => {
    expect(rows('Năm 2024, số hộ gia đình ký cam kết “Gia đình an toàn” là 3.150 hộ.').map((r) => [r[0], r[1], r[2]])).toEqual([[3150, 'household', 'pledges_signed']]);
  });

  it('people after an activity stay its attendance', () => {
    expect(rows('Năm 2024, tổ chức 12 buổi tuyên truyền cho 900 học sinh tham gia.').map((r) => r[2])).toEqual(['propaganda_sessions', 'propaganda_attendance']);
  });
});

describe('"trường hợp" counts people', () => {
  it('cases after a verb for people are persons (commune review, police portal)', () => {
    expect(rows('Năm 2024, Công an xã đưa ra kiểm điểm trước dân 12 trường hợp.').map((r) => [r[0], r[1], r[2]])).toEqual([[12, 'person', 'offenders_reviewed_publicly']]);
    expect(rows('Năm 2024, xã ra quyết định giáo dục tại cộng đồng 8 trường hợp.').map((r) => [r[0], r[1], r[2]])).toEqual([[8, 'person', 'offenders_educated_in_community']]);
  });

  it('cases with no indicator\'s words are no figure, and never a count of places', () => {
    expect(rows('Năm 2024, phường có 46 trường hợp đua xe.')).toEqual([]);
    expect(rows('Năm 2024, xã đã xử lý 4 trường hợp.')).toEqual([]);
  });
});

describe('helping former offenders back: the verb decides', () => {
  it('help, win back, sponsor and coach verbs count people supported (front, women\'s union, youth union)', () => {
    expect(rows('Năm 2024, Hội đã nhận đỡ đầu, cảm hóa 12 thanh niên hư.').map((r) => [r[0], r[2]])).toEqual([[12, 'reintegration_supported']]);
    expect(rows('Năm 2024, Ban công tác Mặt trận kèm cặp, giúp đỡ 9 người sau cai nghiện.').map((r) => [r[0], r[2]])).toEqual([[9, 'reintegration_supported']]);
  });

  it('winning back after a warning is the warning', () => {
    expect(rows('Năm 2024, Công an xã gọi hỏi, răn đe, cảm hóa 30 đối tượng.').map((r) => [r[0], r[2]])).toEqual([[30, 'offenders_warned']]);
  });

  it('helping households is no figure', () => {
    expect(rows('Năm 2024, Hội phụ nữ giúp đỡ 20 hộ nghèo.')).toEqual([]);
  });
});

describe('rounds and their attendance', () => {
  it('a round of propaganda or media work is a mobilisation drive, and the people it drew are its attendance', () => {
    expect(rows('Năm 2024, xã tổ chức 35 cuộc tuyên truyền, vận động bằng tiếng dân tộc, thu hút gần 6 nghìn lượt người và được đưa tin.').map((r) => [r[0], r[2]])).toEqual([
      [35, 'mobilization_drives'],
      [6000, 'propaganda_attendance'],
    ]);
    expect(rows('Năm 2024, Hội tổ chức hai đợt truyền thông cao điểm về lừa đảo qua mạng.').map((r) => [r[0], r[2]])).toEqual([[2, 'mobilization_drives']]);
    expect(rows('Năm 2024, Mặt trận tổ chức 3 đợt ra quân tuyên truyền ở khu công nghiệp với khoảng 900 lượt công nhân tham dự.').map((r) => [r[0], r[1], r[2]])).toEqual([
      [3, 'count', 'mobilization_drives'],
      [900, 'person_times', 'propaganda_attendance'],
    ]);
  });

  it('"phát động" before a round with no kind of its own launches a movement; a round that names its kind keeps it', () => {
    expect(rows('Năm 2024, Mặt trận đã phát động ba đợt cao điểm “Toàn dân bảo vệ an ninh”, thu hút gần 5.000 lượt người tham gia.').map((r) => [r[0], r[2]])).toEqual([
      [3, 'movement_launches'],
      [5000, 'movement_launch_participants'],
    ]);
    expect(rows('Năm 2024, Công an phát động hai đợt cao điểm vận động Nhân dân giao nộp vũ khí.').map((r) => [r[0], r[2]])).toEqual([[2, 'mobilization_drives']]);
  });
});

describe('people counted before the activity they attended', () => {
  it('"(đến) dự" or "tham gia" an activity: its attendance, whatever the people noun', () => {
    expect(rows('Năm 2024, hơn 300 người dân khu vực 4 và khu vực 6 đã đến dự diễn đàn “Công an lắng nghe ý kiến Nhân dân”.').map((r) => [r[0], r[1], r[2]])).toEqual([[300, 'person_times', 'forum_attendance']]);
    expect(rows('Sáng 19/8/2024, hơn 1.400 lượt người dân đã về dự Ngày hội tại nhà văn hóa thôn.').map((r) => [r[0], r[2]])).toEqual([[1400, 'movement_participants']]);
    expect(rows('Năm 2024, hàng trăm lượt sinh viên tham gia tọa đàm về ma túy.').map((r) => [r[0], r[2]])).toEqual([[100, 'propaganda_attendance']]);
  });

  it('"lượt thanh thiếu nhi" counts person-times', () => {
    expect(rows('Năm 2024, Đoàn tổ chức 32 buổi sinh hoạt chuyên đề, với khoảng 4.100 lượt thanh thiếu nhi.').map((r) => [r[0], r[1], r[2]])).toEqual([
      [32, 'count', 'propaganda_sessions'],
      [4100, 'person_times', 'propaganda_attendance'],
    ]);
  });
});

describe('people after "với"', () => {
  it('are the attendance of the activity named just before', () => {
    expect(rows('Năm 2024, đoàn viên tổ chức diễu hành xe đạp “Biển đảo bình yên” với 45 thành viên.').map((r) => [r[0], r[2]])).toEqual([[45, 'march_participants']]);
  });

  it('are the members of the teams counted before, across a long gap, unless another activity comes between', () => {
    expect(
      rows('Năm 2024, toàn tỉnh có 614 tổ bảo vệ an ninh, trật tự ở cơ sở theo Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở, với 16.842 thành viên.').map((r) => [r[0], r[2]]),
    ).toEqual([
      [614, 'security_teams'],
      [16842, 'security_team_members'],
    ]);
    expect(rows('Năm 2024, xã tổ chức 24 buổi tuyên truyền lưu động và nhiều cuộc diễu hành bằng xe hoa, xe đạp với hàng nghìn người tham gia.').map((r) => r[2])).toEqual([
      'propaganda_sessions',
      'march_participants',
    ]);
  });
});

describe('clauses after a plan, and "đối với"', () => {
  it('a proposal in an earlier clause (after a semicolon) does not make this number a plan', () => {
    expect(rows('Năm 2024, Mặt trận đề nghị khen thưởng 3 tập thể; nhận giúp đỡ 9 người lầm lỗi.').map((r) => [r[0], r[2]])).toEqual([[9, 'reintegration_supported']]);
    expect(rows('Năm 2024, Mặt trận đề nghị khen thưởng 3 tập thể, 5 cá nhân.')).toEqual([]);
  });

  it('"đối với" between the verb and the people it governs', () => {
    expect(rows('Năm 2024, xã ra quyết định giáo dục tại cộng đồng đối với 6 người.').map((r) => [r[0], r[2]])).toEqual([[6, 'offenders_educated_in_community']]);
  });
});

describe('a pair of groups joined by "và" shares what they did', () => {
  it('households and pupils before "ký cam kết" both signed pledges', () => {
    const r = extractFigures('Năm 2024, xã vận động 870 hộ gia đình và 415 học sinh ký cam kết không tàng trữ pháo.', { date: '2024-12-31' }).figures;
    expect(r.map((f) => [f.value, f.indicator, f.uom])).toEqual([
      [870, 'pledges_signed', 'household'],
      [415, 'pledges_signed', 'person'],
    ]);
    // The first figure's phrase stops before the second's.
    expect((r[0]?.span[1] ?? 0) <= (r[1]?.span[0] ?? 0)).toBe(true);
  });
});
