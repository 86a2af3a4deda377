import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string, string | null][] =>
  extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator, f.category ?? null]);

describe('what the clause says about a count', () => {
  it('people of no kind of their own are members of the kind of team named before them', () => {
    expect(rows('Năm 2024, tổ an ninh nhân dân của thôn có 9 thành viên.')).toEqual([[9, 'security_team_members', 'team.people_security']]);
    expect(rows('Năm 2024, tổ bảo vệ an ninh, trật tự của khu phố gồm 6 thành viên.')).toEqual([[6, 'security_team_members', 'team.security_order']]);
    // A break in between ends the clause.
    expect(rows('Năm 2024, xã có tổ an ninh nhân dân. Mô hình của xã có 9 thành viên.')).toEqual([[9, 'model_members', null]]);
  });

  it('people who took part in the activities of an event are its participants', () => {
    expect(rows('Năm 2024, có khoảng 15.000 lượt người dân tham gia các hoạt động trong khuôn khổ Ngày hội.')).toEqual([[15_000, 'movement_participants', null]]);
    expect(rows('Năm 2024, có 900 lượt người tham gia các hoạt động của buổi tuyên truyền.')).toEqual([[900, 'propaganda_attendance', null]]);
  });

  it('cameras said to be installed after their count are cameras installed', () => {
    expect(rows('Năm 2024, có 214 mắt camera được lắp đặt tại các tuyến đường.')).toEqual([[214, 'security_cameras_installed', null]]);
    expect(rows('Năm 2024, xã có 214 mắt camera đang hoạt động.')).toEqual([[214, 'security_cameras', null]]);
  });
});
