import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string, string | null][] =>
  extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator, f.category ?? null]);

describe('security teams: the kind of team', () => {
  it('a team named with its members group between the team noun and its kind (member organisations)', () => {
    expect(rows('Năm 2024, Hội Cựu chiến binh huyện duy trì 45 tổ cựu chiến binh tự quản về an ninh, trật tự.')).toEqual([[45, 'security_teams', 'team.self_management']]);
    expect(rows('Năm 2023, Hội LHPN tỉnh có 88 tổ phụ nữ tự quản với 1.020 hội viên tham gia.')).toEqual([
      [88, 'security_teams', 'team.self_management'],
      [1020, 'security_team_members', 'team.self_management'],
    ]);
    expect(rows('Năm 2024, Ủy ban MTTQ tỉnh chỉ đạo củng cố 3.120 tổ nhân dân tự quản.')).toEqual([[3120, 'security_teams', 'team.self_management']]);
  });

  it('a longer name that opens with a kind keeps that kind', () => {
    expect(rows('Năm 2024, xã có 19 tổ tự quản an ninh trật tự khu dân cư.')).toEqual([[19, 'security_teams', 'team.self_management']]);
  });

  it('a bare "tổ" counts the kind named just before, in the sentence or the one before (police portal, year-end summary)', () => {
    expect(rows('Năm 2024, các tổ an ninh nhân dân được kiện toàn. Đến nay, toàn huyện có 230 tổ với 1.150 thành viên.')).toEqual([
      [230, 'security_teams', 'team.people_security'],
      [1150, 'security_team_members', 'team.people_security'],
    ]);
    expect(rows('Năm 2025, số tổ bảo vệ an ninh, trật tự ở cơ sở là 2.004 tổ với 6.830 thành viên.')).toEqual([
      [2004, 'security_teams', 'team.security_order'],
      [6830, 'security_team_members', 'team.security_order'],
    ]);
  });

  it('a kind named in quotation marks after "mô hình" is a model: the bare "tổ" counts its sites, or new ones', () => {
    expect(rows('Năm 2024, mô hình “Tổ tự quản an ninh trật tự trên sông” duy trì với 21 tổ.')).toEqual([[21, 'model_sites', 'named:Tổ tự quản an ninh trật tự trên sông']]);
    expect(rows('Năm 2024, mô hình “Tổ tự quản an ninh trật tự trên sông” thành lập mới 6 tổ.')).toEqual([[6, 'models_established', 'named:Tổ tự quản an ninh trật tự trên sông']]);
  });

  it('no kind named before: a bare "tổ" is no figure, and a team\'s own number is never one', () => {
    expect(rows('Năm 2024, thôn có 5 tổ.')).toEqual([]);
    expect(rows('Năm 2024, Tổ dân phố 5 có 3 tổ.')).toEqual([]);
  });
});

describe('a round of activity called a peak one', () => {
  it('"đợt cao điểm vận động" is a mobilisation drive (police portal, Front report)', () => {
    expect(rows('Năm 2024, xã tổ chức hai đợt cao điểm vận động Nhân dân giao nộp vũ khí.')).toEqual([[2, 'mobilization_drives', null]]);
    expect(rows('Năm 2025, Ủy ban MTTQ phối hợp mở 3 đợt cao điểm tuyên truyền, vận động.')).toEqual([[3, 'mobilization_drives', null]]);
  });
});

describe('security teams: a group\'s teams that take part in a kind of work', () => {
  it('are teams of no one kind (veterans, women\'s union, youth union)', () => {
    expect(rows('Năm 2024, Hội Cựu chiến binh tỉnh có 73 tổ CCB tham gia tự quản, tuần tra với hơn 900 hội viên.')).toEqual([
      [73, 'security_teams', 'team'],
      [900, 'security_team_members', 'team'],
    ]);
    expect(rows('Năm 2023, Hội LHPN huyện duy trì 21 tổ phụ nữ tham gia bảo vệ an ninh, trật tự.')).toEqual([[21, 'security_teams', 'team']]);
  });

  it('keeps the kind when the group is written without "tham gia"', () => {
    expect(rows('Năm 2024, Đoàn Thanh niên xã có 6 tổ thanh niên tự quản.')).toEqual([[6, 'security_teams', 'team.self_management']]);
  });
});
