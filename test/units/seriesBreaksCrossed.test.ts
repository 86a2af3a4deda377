import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../src/errors/isAntqError';
import { VN_SERIES_BREAKS, type SeriesBreak } from '../../src/units/SeriesBreak';
import { seriesBreaksCrossed } from '../../src/units/seriesBreaksCrossed';

const ids = (list: readonly SeriesBreak[]): string[] => list.map((b) => b.id);

describe('seriesBreaksCrossed', () => {
  it.each([
    ['2013-08-01', '2023-05-24', {}, []],
    ['2013-08-01', '2033-12-31', {}, ['vn_security_teams_merged_2024', 'vn_district_police_ended_2025', 'vn_admin_reform_2025']],
    ['2013-01-01', '2026-12-31', { level: 'province' }, ['vn_security_teams_merged_2024', 'vn_admin_reform_2025']],
    ['2013-01-01', '2026-12-31', { level: 'province', indicator: 'marches' }, ['vn_admin_reform_2025']],
    ['2013-01-01', '2026-12-31', { level: 'village', indicator: 'marches' }, []],
    ['2013-01-01', '2026-12-31', { level: 'district' }, ['vn_security_teams_merged_2024', 'vn_district_police_ended_2025', 'vn_admin_reform_2025']],
    ['2024-01-01', '2024-12-31', { indicator: 'security_team_members', level: 'village' }, ['vn_security_teams_merged_2024']],
    ['2025-07-01', '2026-12-31', {}, []],
    ['2025-06-30', '2025-07-01', { level: 'commune' }, ['vn_admin_reform_2025']],
    ['2025-06-30', '2025-06-30', {}, []],
  ] as const)('%s – %s %o', (from, to, options, expected) => {
    expect(ids(seriesBreaksCrossed(from, to, options))).toEqual(expected);
  });

  it('checks user breaks, sorted by date', () => {
    const mine: SeriesBreak[] = [
      { id: 'b', date: '2020-01-01', description: 'b', descriptionVi: 'b' },
      { id: 'a', date: '2019-01-01', description: 'a', descriptionVi: 'a' },
      { id: 'c', date: '2020-01-01', description: 'c', descriptionVi: 'c' },
    ];
    expect(ids(seriesBreaksCrossed('2018-01-01', '2020-12-31', { breaks: mine }))).toEqual(['a', 'b', 'c']);
  });

  it('crosses a break exactly when the range starts before its date and ends on or after it', () => {
    const day = fc.integer({ min: 19_000, max: 21_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const crossed = new Set(ids(seriesBreaksCrossed(from, to)));
        for (const br of VN_SERIES_BREAKS) expect(crossed.has(br.id)).toBe(from < br.date && br.date <= to);
      }),
    );
  });

  it.each([
    ['2025-13-01', '2026-01-01'],
    ['2025-01-01', '2026'],
    ['2026-01-01', '2025-01-01'],
  ])('throws invalid_argument for %s – %s', (from, to) => {
    try {
      seriesBreaksCrossed(from, to);
      expect.unreachable();
    } catch (e) {
      expect(isAntqError(e) && e.code).toBe('invalid_argument');
    }
  });
});
