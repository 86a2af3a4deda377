import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const read = (text: string): [number, string, string][] =>
  extractFigures(text, { date: '2024-12-01' }).figures.map((f) => [f.value, f.qualifier, f.indicator]);

describe('extractFigures: numbers written in words', () => {
  it('reads figures written in words', () => {
    expect(read('Năm 2024, toàn tỉnh thành lập ba mươi lăm tổ tự quản và khen thưởng mười hai tập thể.')).toEqual([
      [35, 'exact', 'security_teams'],
      [12, 'exact', 'commendations'],
    ]);
  });

  it('leaves names, years, durations, ordinals and the article "một" alone', () => {
    expect(read('Mười năm qua, quận Hai Bà Trưng có một số mô hình; năm 2024 là lần thứ hai tổ chức ở huyện Năm Căn.')).toEqual([]);
  });
});

describe('"hết năm", "suốt năm", "quanh năm": the year, not five', () => {
  it('reads no five in them, and still reads a five counted', () => {
    expect(read('Từ nay đến hết năm xã phấn đấu xây dựng thêm hai mô hình. Suốt năm tổ tuần tra đều đặn.')).toEqual([]);
    expect(read('Năm 2024, xã ra mắt năm mô hình tự quản.').map(([v]) => v)).toEqual([5]);
  });
});

describe('"chục" alone', () => {
  it('is ten after a qualifier', () => {
    expect(read('Năm 2024, tổ tự quản đã phát hiện, báo cho Công an xã gần chục vụ việc.')).toEqual([[10, 'nearly', 'tips_received']]);
    expect(read('Năm 2024, hội viên cung cấp hơn chục tin có giá trị.')).toEqual([[10, 'over', 'valuable_tips_received']]);
  });

  it('is no number after "cả", "vài" or "mấy" (tens, vaguely)', () => {
    expect(read('Năm 2024, cả chục vụ trộm xảy ra trên địa bàn.')).toEqual([]);
    expect(read('Năm 2024, vài chục người dân tham gia tuần tra.')).toEqual([]);
  });
});
