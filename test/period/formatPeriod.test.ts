import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/period/Period';
import { dateRange } from '../../src/period/dateRange';
import { formatPeriod } from '../../src/period/formatPeriod';
import { namedPhase } from '../../src/period/namedPhase';
import { officialPeriod } from '../../src/period/officialPeriod';
import { parsePeriod } from '../../src/period/parsePeriod';

function p(id: string): Period {
  const r = parsePeriod(id);
  if (!r.ok) throw new Error(id);
  return r.value;
}

describe('formatPeriod', () => {
  it.each([
    ['2023', 'năm 2023'],
    ['2023-H1', '6 tháng đầu năm 2023'],
    ['2023-H2', '6 tháng cuối năm 2023'],
    ['2009-Q3', 'quý III/2009'],
    ['2023-Q4', 'quý IV/2023'],
    ['2023-05', 'tháng 5/2023'],
    ['2023-W21', 'tuần 21 năm 2023'],
    ['2013-08-01', 'ngày 1/8/2013'],
    ['2013/2023', 'giai đoạn 2013-2023'],
    ['2013-08-01/2023-05-24', 'từ ngày 1/8/2013 đến ngày 24/5/2023'],
    ['official:2023', 'kỳ báo cáo năm 2023'],
    ['official:2023-05', 'kỳ báo cáo tháng 5/2023'],
  ])('%s in Vietnamese is %j', (id, vi) => {
    expect(formatPeriod(p(id), { style: 'vi' })).toBe(vi);
    expect(formatPeriod(p(id), { style: 'id' })).toBe(id);
  });

  it('recomputes the id from the days instead of trusting it', () => {
    const q = p('2023-Q2');
    expect(formatPeriod({ ...q, id: 'stale' })).toBe('2023-Q2');
    expect(formatPeriod(dateRange('2013-01-01', '2023-12-31'))).toBe('2013/2023');
    expect(formatPeriod(officialPeriod(2023, 1))).toBe('official:2023-01');
  });

  it('prints a named phase by its dates', () => {
    const phase = namedPhase('giai đoạn 1', '2013-08-01', '2018-07-31');
    expect(formatPeriod(phase)).toBe('2013-08-01/2018-07-31');
  });

  it('throws on something that is not a period', () => {
    expect(() => formatPeriod({ ...p('2023'), kind: 'decade' } as unknown as Period)).toThrow(/^formatPeriod:/);
    expect(() => formatPeriod({ ...p('2023'), startDay: 1.5 })).toThrow(/^formatPeriod:/);
    expect(() => formatPeriod({ ...p('2023'), endDay: 0 })).toThrow(/^formatPeriod:/);
    expect(() => formatPeriod(null as unknown as Period)).toThrow(/^formatPeriod:/);
  });
});
