import { describe, expect, it } from 'vitest';
import { aggregate, buildReport, buildReportFromResults, comparePeriods } from '../../src/index';
import type { Figure } from '../../src/index';

const FIGURES: Figure[] = [
  { unit: '42', indicator: 'weapons_surrendered', category: 'gun.military', value: 127, uom: 'piece', qualifier: 'over', period: '2022' },
  { unit: '42', indicator: 'weapons_surrendered', category: 'gun.military', value: 30, uom: 'piece', period: '2023' },
  { unit: '43', indicator: 'petitions_received', value: 81000, qualifier: 'over', period: '2023' },
  { unit: '43', indicator: 'petitions_received', value: 5, period: '2022' },
  { unit: '43', indicator: 'petitions_received', value: -1, period: '2023' },
  { unit: '43', indicator: 'no_such_indicator', value: 3, period: '2023', program: 'P1' },
];

describe('buildReportFromResults', () => {
  it('writes the report buildReport writes, from the aggregated and compared rows', () => {
    const by = ['indicator', 'category'] as const;
    const result = aggregate(FIGURES, { by: [...by] });
    expect(buildReportFromResults({ aggregate: result, programs: ['P1'] })).toEqual(buildReport(FIGURES));
    const compare = { current: '2023', baseline: '2022' };
    const withPeriod = aggregate(FIGURES, { by: [...by], period: '2022/2023' });
    const comparison = comparePeriods(FIGURES, { ...compare, by: [...by] });
    expect(buildReportFromResults({ aggregate: withPeriod, comparison, programs: ['P1'] }, { period: '2022/2023', compare, lang: 'en' })).toEqual(
      buildReport(FIGURES, { period: '2022/2023', compare, lang: 'en' }),
    );
  });

  it('refuses options that choose figures, and a comparison without its rows', () => {
    const result = aggregate(FIGURES, { by: ['indicator', 'category'] });
    expect(() => buildReportFromResults({ aggregate: result }, { unit: '42' })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => buildReportFromResults({ aggregate: result }, { compare: { current: '2023', baseline: '2022' } })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => buildReportFromResults({} as never)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });

  it('matches its documented example', () => {
    const result = aggregate([{ unit: '42', indicator: 'petitions_received', value: 81000, qualifier: 'over' }], { by: ['indicator', 'category'] });
    expect(buildReportFromResults({ aggregate: result }).sections[0]?.paragraphs[0]?.en).toBe('Received over 81 thousand petitions.');
  });
});
