import { describe, expect, it } from 'vitest';
import { dateRange } from '../../src/period/dateRange';
import { namedPhase } from '../../src/period/namedPhase';
import { officialPeriod } from '../../src/period/officialPeriod';
import { programmePhase } from '../../src/period/programmePhase';

describe('programmePhase / namedPhase / dateRange / officialPeriod', () => {
  it.each([
    ['2013-08-01', 0, 5, '2013-08-01', '2018-07-31'],
    ['2013-08-01', 5, 10, '2018-08-01', '2023-07-31'],
    ['2013-08-01', 0, 10, '2013-08-01', '2023-07-31'],
    ['2023-10-17', 0, 10, '2023-10-17', '2033-10-16'],
    ['2012-02-29', 0, 1, '2012-02-29', '2013-02-28'],
    ['2012-02-29', 1, 2, '2013-03-01', '2014-02-28'],
    ['2012-02-29', 4, 5, '2016-02-29', '2017-02-28'],
  ])('programme from %s, years %i..%i = %s..%s', (start, from, to, s, e) => {
    const p = programmePhase(start, from, to);
    expect(p).toMatchObject({ kind: 'range', start: s, end: e });
    expect('name' in p).toBe(false);
  });

  it('names a programme phase when asked', () => {
    expect(programmePhase('2013-08-01', 0, 5, 'sơ kết 5 năm').name).toBe('sơ kết 5 năm');
  });

  it('rejects bad programme phases', () => {
    expect(() => programmePhase('2013-08-01', 5, 5)).toThrow(/^programmePhase:/);
    expect(() => programmePhase('2013-08-01', -1, 5)).toThrow(/^programmePhase:/);
    expect(() => programmePhase('2013-08-01', 0, 1.5)).toThrow(/^programmePhase:/);
    expect(() => programmePhase('2013-08-32', 0, 5)).toThrow(/^programmePhase:/);
    expect(() => programmePhase('2013-08-01', 0, 5, ' ')).toThrow(/^programmePhase:/);
    expect(() => programmePhase('9000-01-02', 0, 1000)).toThrow(/^programmePhase:/);
  });

  it('builds named phases that may overlap', () => {
    const a = namedPhase('giai đoạn 1', '2013-01-01', '2018-12-31');
    const b = namedPhase('giai đoạn 2', '2018-01-01', '2023-12-31');
    expect(a).toEqual({
      kind: 'range',
      id: '2013/2018',
      start: '2013-01-01',
      end: '2018-12-31',
      startDay: 15706,
      endDay: 17896,
      name: 'giai đoạn 1',
    });
    expect(b.id).toBe('2018/2023');
    expect(() => namedPhase('', '2013-01-01', '2018-12-31')).toThrow(/^namedPhase:/);
    expect(() => namedPhase('x', '2018-12-31', '2013-01-01')).toThrow(/^namedPhase:/);
  });

  it('builds date ranges from ISO dates or day numbers', () => {
    expect(dateRange(15918, '2023-05-24').id).toBe('2013-08-01/2023-05-24');
    expect(dateRange('2023-05-24', '2023-05-24').id).toBe('2023-05-24/2023-05-24');
    expect(() => dateRange('2023-05-25', '2023-05-24')).toThrow(/^dateRange:/);
    expect(() => dateRange('2023-05-25', 1e9)).toThrow(/^dateRange:/);
  });

  it('builds official periods', () => {
    expect(officialPeriod(2023, 12)).toMatchObject({ id: 'official:2023-12', start: '2023-11-15', end: '2023-12-14' });
    expect(officialPeriod(2024, 3)).toMatchObject({ start: '2024-02-15', end: '2024-03-14' });
    expect(() => officialPeriod(2023, 13)).toThrow(/^officialPeriod:/);
    expect(() => officialPeriod(2023.5)).toThrow(/^officialPeriod:/);
    expect(() => officialPeriod(1)).toThrow(/^officialPeriod:/);
    expect(officialPeriod(1, 2).start).toBe('0001-01-15');
  });
});
