import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string][] => extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator]);

describe('mediation: disputes received, settled, and the whole they belong to', () => {
  it('a bare "vụ" or "vụ việc" is completed by the words of its clause before it (commune review, front report)', () => {
    expect(rows('Hòa giải ở cơ sở: các tổ hòa giải đã tiếp nhận 472 vụ việc, hòa giải thành 401 vụ.')).toEqual([
      [472, 'disputes_mediated'],
      [401, 'disputes_mediated_successfully'],
    ]);
    expect(rows('Năm 2024, các tổ hòa giải đã thụ lý 506 vụ, hòa giải thành 422 vụ.')).toEqual([
      [506, 'disputes_mediated'],
      [422, 'disputes_mediated_successfully'],
    ]);
  });

  it('the same bare noun after a verb of solving crimes stays a case solved', () => {
    expect(rows('Năm 2024, Công an đã phát hiện, làm rõ 47 vụ việc.')).toEqual([[47, 'cases_solved_with_public_help']]);
  });

  it('disputes are named by their kind, and a verb that names a part of them says which part', () => {
    expect(rows('Năm 2024, các tổ hòa giải đã tiếp nhận 2.460 vụ việc mâu thuẫn, tranh chấp.')).toEqual([[2460, 'disputes_mediated']]);
    expect(rows('Năm 2024, chi hội tham gia hòa giải thành 142 vụ việc mâu thuẫn ở khu dân cư.')).toEqual([[142, 'disputes_mediated_successfully']]);
  });

  it('"trên tổng số N" after a part is the whole', () => {
    expect(rows('Năm 2024, các tổ đã hòa giải thành 21 vụ trên tổng số 23 vụ việc.')).toEqual([
      [21, 'disputes_mediated_successfully'],
      [23, 'disputes_mediated'],
    ]);
  });
});

describe('tips and media items', () => {
  it('a subject opened by "số" may be long, and holds the tail that names the part', () => {
    expect(rows('Năm 2024, số nguồn tin về tội phạm do quần chúng cung cấp trong 11 tháng là 1.318, trong đó tin báo có giá trị: 407.')).toEqual([
      [1318, 'tips_received'],
      [407, 'valuable_tips_received'],
    ]);
    const f = extractFigures('Năm 2024, số tin báo có giá trị do các tổ cung cấp từ đầu năm ít nhất là 312.', { date: '2024-12-31' }).figures;
    expect(f.map((x) => [x.value, x.qualifier, x.indicator])).toEqual([[312, 'at_least', 'valuable_tips_received']]);
  });

  it('videos, clips and broadcasts are media items', () => {
    expect(rows('Năm 2024, loa truyền thanh của các xã phát 650 lượt tin về lừa đảo.')).toEqual([[650, 'media_items']]);
    expect(rows('Năm 2024, Đoàn thực hiện 45 video ngắn về lừa đảo.')).toEqual([[45, 'media_items']]);
  });
});
