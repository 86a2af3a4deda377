import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string, string | null, string][] =>
  extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator, f.category ?? null, f.note]);

describe('people counted before the teams they belong to are the teams\' members', () => {
  it('"là thành viên tổ …" and "tham gia (các) tổ …" make members of that kind of team', () => {
    expect(rows('Năm 2024, toàn huyện có 640 đoàn viên đang là thành viên tổ bảo vệ an ninh, trật tự ở thôn.')).toEqual([
      [640, 'security_team_members', 'team.security_order', '640 đoàn viên'],
    ]);
    expect(rows('Năm 2024, 85 hội viên phụ nữ tham gia các tổ an ninh nhân dân ở khu phố.')).toEqual([
      [85, 'security_team_members', 'team.people_security', '85 hội viên phụ nữ'],
    ]);
  });

  it('several kinds of team in a row make members of teams of no one kind', () => {
    expect(rows('Năm 2024, có 930 hội viên nông dân tham gia các tổ an ninh nhân dân, tổ tự quản.')).toEqual([
      [930, 'security_team_members', 'team', '930 hội viên nông dân'],
    ]);
  });

  it('a role in a list of who attended is no membership count', () => {
    const f = rows('Năm 2024, hội nghị có 150 đại biểu là trưởng thôn, thành viên tổ bảo vệ an ninh, trật tự tham dự.');
    expect(f.filter(([, id]) => id === 'security_team_members')).toEqual([]);
  });
});

describe('turns are no stock', () => {
  it('"lượt người" at a model\'s site is not a count of the model\'s members', () => {
    const f = rows('Năm 2024, tại điểm mô hình của xã có hơn 400 lượt người đến xem các hoạt động văn nghệ.');
    expect(f.filter(([, id]) => id === 'model_members' || id === 'security_team_members')).toEqual([]);
    expect(rows('Năm 2024, mô hình của xã có 35 thành viên.')).toEqual([[35, 'model_members', null, '35 thành viên']]);
  });
});

describe('a list after "với" whose first item names no indicator', () => {
  it('its later items of people pair with the teams the list was linked to', () => {
    const f = rows('Năm 2024, đồn duy trì 19 tổ đoàn kết trên biển với 240 tàu cá, 860 ngư dân tham gia.');
    expect(f.map(([v, id, cat]) => [v, id, cat])).toEqual([
      [19, 'security_teams', 'team.self_management'],
      [860, 'security_team_members', 'team.self_management'],
    ]);
  });

  it('with no link before it, the list pairs with nothing', () => {
    expect(rows('Năm 2024, xã có 240 tàu cá, 860 ngư dân.')).toEqual([]);
  });
});
