import { describe, expect, it } from 'vitest';
import { alignPeriods } from '../../src/compare/alignPeriods';
import { namedPhase } from '../../src/period/namedPhase';
import { officialPeriod } from '../../src/period/officialPeriod';

describe('alignPeriods', () => {
  it.each([
    // current, baseline, aligned baseline id
    ['2024-01-01/2024-02-29', '2023', '2023-01-01/2023-02-28'],
    ['2024-01-01/2024-02-28', '2023', '2023-01-01/2023-02-28'],
    ['2023-01-01/2023-02-28', '2024', '2024-01-01/2024-02-29'],
    ['2023-01-01/2023-05-24', '2022', '2022-01-01/2022-05-24'],
    ['2023-04', '2023-03', '2023-03'],
    ['2023-03-01/2023-03-30', '2023-04', '2023-04'],
    ['2023-05-01/2023-05-30', '2023-04', '2023-04'],
    ['2023-04-15/2023-05-10', 'official:2023-04', '2023-03-15/2023-04-10'],
    ['2024-03-10/2024-03-20', '2023', '2023-01-01/2023-01-11'],
    ['2023', '2022', '2022'],
  ])('elapsed: %s against %s uses %s', (current, baseline, expected) => {
    const a = alignPeriods(current, baseline, 'elapsed');
    expect(a.baseline.id).toBe(expected);
    expect(a.current.id).toBe(alignPeriods(current, baseline).current.id);
  });

  it('keeps the baseline as given for calendar and rate, and defaults it to the same period last year', () => {
    expect(alignPeriods('2024-01-01/2024-02-29', '2023').baseline.id).toBe('2023');
    expect(alignPeriods('2024-01-01/2024-02-29', '2023', 'rate').baseline.id).toBe('2023');
    expect(alignPeriods(officialPeriod(2023)).baseline.id).toBe('official:2022');
    expect(alignPeriods('2024-01-01/2024-02-29', undefined, 'elapsed').baseline.id).toBe('2023-01-01/2023-02-28');
  });

  it('keeps the name of a named phase it cuts', () => {
    const a = alignPeriods(namedPhase('giai đoạn 2', '2018-08-01', '2020-07-31'), namedPhase('giai đoạn 1', '2013-08-01', '2018-07-31'), 'elapsed');
    expect([a.baseline.id, a.baseline.name, a.requested.baseline.end]).toEqual(['2013-08-01/2015-07-31', 'giai đoạn 1', '2018-07-31']);
  });

  it('warns about overlap, different lengths and a baseline too short', () => {
    const codes = (a: ReturnType<typeof alignPeriods>): string[] => a.notes.map((n) => n.code);
    expect(codes(alignPeriods('2018/2023', '2013/2018'))).toEqual(['periods_overlap']);
    expect(codes(alignPeriods('2023-04', '2023-03'))).toEqual(['lengths_differ']);
    expect(codes(alignPeriods('2023-04', '2023-03', 'rate'))).toEqual([]);
    expect(codes(alignPeriods('2024', '2023-Q1', 'elapsed'))).toEqual(['baseline_shortened', 'lengths_differ']);
  });

  it.each([
    ['a bad current id', () => alignPeriods('2023-13', '2022')],
    ['a bad baseline', () => alignPeriods('2023', 42 as never)],
    ['a bad Period', () => alignPeriods({ kind: 'year' } as never, '2022')],
    ['an unknown alignment', () => alignPeriods('2023', '2022', 'weekly' as never)],
  ])('throws invalid_argument for %s', (_name, call) => {
    expect(call).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
