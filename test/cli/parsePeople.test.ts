import { describe, expect, it } from 'vitest';
import { parsePhrase } from '../../src/cli/internal/parseCommand';

function uomOf(phrase: string): string | undefined {
  const p = parsePhrase(phrase, undefined);
  return p.kind === 'quantity' ? p.uom : undefined;
}

describe('antq parse: whose head count a bare phrase is', () => {
  it('counts delegates and guests as attendances, whatever the qualifier', () => {
    expect(uomOf('khoảng 320 đại biểu')).toBe('person_times');
    expect(uomOf('75 đại biểu')).toBe('person_times');
    expect(uomOf('gần 40 khách mời')).toBe('person_times');
  });

  it('counts a crowd that ends with the public, or people said to attend, as attendances', () => {
    expect(uomOf('hơn 800 cán bộ, đoàn viên và Nhân dân')).toBe('person_times');
    expect(uomOf('trên 2.000 hội viên và người dân')).toBe('person_times');
    expect(uomOf('gần 450 phụ nữ tham dự')).toBe('person_times');
  });

  it('counts a rounded number of pupils or students as attendances, an exact one as persons', () => {
    expect(uomOf('hơn 3.400 học sinh')).toBe('person_times');
    expect(uomOf('gần 700 sinh viên')).toBe('person_times');
    expect(uomOf('27 học sinh')).toBe('person');
    expect(uomOf('hơn 900 học sinh ký cam kết')).toBe('person');
  });

  it('keeps members as persons, rounded or not', () => {
    expect(uomOf('khoảng 1.300 hội viên')).toBe('person');
    expect(uomOf('trên 640 thành viên')).toBe('person');
  });

  it('reads the people after the number when a verb opens the phrase', () => {
    expect(uomOf('tạm giữ 14 bị can')).toBe('person');
    expect(uomOf('giúp đỡ 36 phụ nữ')).toBe('person');
  });

  it('knows people named by a role ending in "viên", village elders and owners', () => {
    expect(uomOf('hơn 2.300 hòa giải viên')).toBe('person');
    expect(uomOf('62 thuyền viên')).toBe('person');
    expect(uomOf('19 già làng')).toBe('person');
    expect(uomOf('530 chủ phương tiện')).toBe('person');
  });

  it('counts families as households', () => {
    expect(uomOf('7 gia đình nông dân')).toBe('household');
  });
});

describe('antq parse: "người" before the words of an audience', () => {
  it('counts the people said to attend as attendances, bare people as persons', () => {
    expect(uomOf('hơn 1.200 người dân tham dự')).toBe('person_times');
    expect(uomOf('khoảng 300 người dân')).toBe('person_times');
    expect(uomOf('gần 60 người')).toBe('person');
    expect(uomOf('43 người')).toBe('person');
  });
});

describe('antq parse: believers, cases of a violation, and things counted one by one', () => {
  it('counts parishioners and Buddhists as people, and their "lượt" as person-times', () => {
    expect(uomOf('hơn 600 giáo dân')).toBe('person');
    expect(uomOf('gần 1.200 lượt phật tử tham dự')).toBe('person_times');
  });

  it('counts cases of a violation as cases, and bare cases as people', () => {
    expect(uomOf('85 trường hợp vi phạm')).toBe('count');
    expect(uomOf('40 trường hợp lấn chiếm lòng đường')).toBe('count');
    expect(uomOf('12 trường hợp')).toBe('person');
  });

  it('counts phones, motorbikes, bulbs and helmets as pieces, other vehicles as plain counts', () => {
    expect(uomOf('120 điện thoại')).toBe('piece');
    expect(uomOf('9 xe máy')).toBe('piece');
    expect(uomOf('64 bóng đèn')).toBe('piece');
    expect(uomOf('500 mũ bảo hiểm')).toBe('piece');
    expect(uomOf('30 đèn pin')).toBe('piece');
    expect(uomOf('7 ví tiền')).toBe('piece');
    expect(uomOf('3 xe tải')).toBe('count');
  });
});
