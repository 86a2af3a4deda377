import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../src/errors/isAntqError';
import { dayToIsoDate } from '../../src/period/dayToIsoDate';
import { dayToYear } from '../../src/period/dayToYear';
import { isoDateToDay } from '../../src/period/isoDateToDay';

const MIN_DAY = -719162; // 0001-01-01
const MAX_DAY = 2932896; // 9999-12-31

/** Oracle built on UTC Date arithmetic (setUTCFullYear avoids the 0–99 → 1900s quirk). */
function utcIso(day: number): string {
  const d = new Date(0);
  d.setUTCFullYear(1970, 0, 1 + day);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function expectMisuse(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    expect(isAntqError(e)).toBe(true);
    expect((e as { code: string }).code).toBe('invalid_argument');
    return;
  }
  throw new Error('expected a throw');
}

describe('isoDateToDay / dayToIsoDate / dayToYear', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2013-08-01', 15918],
    ['2023-05-24', 19501],
    ['2000-02-29', 11016],
    ['0001-01-01', MIN_DAY],
    ['9999-12-31', MAX_DAY],
  ])('%s is day %i', (iso, day) => {
    expect(isoDateToDay(iso)).toBe(day);
    expect(dayToIsoDate(day)).toBe(iso);
    expect(dayToYear(day)).toBe(Number(iso.slice(0, 4)));
  });

  it('agrees with UTC Date arithmetic over the whole supported range', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (day) => {
        const iso = dayToIsoDate(day);
        expect(iso).toBe(utcIso(day));
        expect(isoDateToDay(iso)).toBe(day);
        expect(dayToYear(day)).toBe(Number(iso.slice(0, 4)));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['2023-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '0000-01-01', '2023-5-24', '2023/05/24', ' 2023-05-24', '', '２０２３-05-24'])(
    'rejects %j',
    (iso) => expectMisuse(() => isoDateToDay(iso)),
  );

  it('rejects non-strings, non-integers and days out of range', () => {
    expectMisuse(() => isoDateToDay(5 as unknown as string));
    expectMisuse(() => dayToIsoDate(1.5));
    expectMisuse(() => dayToIsoDate(Number.NaN));
    expectMisuse(() => dayToIsoDate(MAX_DAY + 1));
    expectMisuse(() => dayToIsoDate('1' as unknown as number));
    expectMisuse(() => dayToYear(MIN_DAY - 1));
    expectMisuse(() => dayToYear(Number.POSITIVE_INFINITY));
  });
});
