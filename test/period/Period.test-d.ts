import { describe, expectTypeOf, it } from 'vitest';
import type { ParseResult } from '../../src/errors/ParseResult';
import type { Period, PeriodKind } from '../../src/period/Period';
import type { PeriodGranularity } from '../../src/period/PeriodGranularity';
import { dayToPeriodKey } from '../../src/period/dayToPeriodKey';
import { parsePeriod } from '../../src/period/parsePeriod';
import { periodContains } from '../../src/period/periodContains';
import { periodFromKey } from '../../src/period/periodFromKey';
import type { ViDateMatch } from '../../src/viDate/findViDates';
import { parseViDate } from '../../src/viDate/parseViDate';
import type { ViDate } from '../../src/viDate/parseViDate';
import { parseViPeriod } from '../../src/viDate/parseViPeriod';
import type { ViPeriod } from '../../src/viDate/parseViPeriod';

describe('period types', () => {
  it('exposes readonly plain data', () => {
    expectTypeOf<Period['kind']>().toEqualTypeOf<PeriodKind>();
    expectTypeOf<Period['startDay']>().toEqualTypeOf<number>();
    expectTypeOf<Period>().toHaveProperty('name').toEqualTypeOf<string | undefined>();
    expectTypeOf<PeriodGranularity>().toExtend<PeriodKind>();
    expectTypeOf<'range'>().not.toExtend<PeriodGranularity>();
  });

  it('types parsers and bucketing', () => {
    expectTypeOf(parsePeriod).returns.toEqualTypeOf<ParseResult<Period>>();
    expectTypeOf(dayToPeriodKey).returns.toEqualTypeOf<number>();
    expectTypeOf(periodFromKey).parameter(1).toEqualTypeOf<PeriodGranularity>();
    expectTypeOf(periodContains).parameter(1).toEqualTypeOf<string | number | Period>();
    expectTypeOf(parseViDate).returns.toEqualTypeOf<ParseResult<ViDate>>();
    expectTypeOf(parseViPeriod).returns.toEqualTypeOf<ParseResult<ViPeriod>>();
    expectTypeOf<ViDateMatch['kind']>().toEqualTypeOf<'date' | 'period' | 'invalid'>();
    // @ts-expect-error an unknown granularity is rejected at compile time
    dayToPeriodKey(0, 'decade');
  });
});
