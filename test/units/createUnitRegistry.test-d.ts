import { describe, expectTypeOf, it } from 'vitest';
import type { ParseResult } from '../../src/errors/ParseResult';
import type { AdminUnit } from '../../src/schema/AdminUnitSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import type { Restatement, RestateStepKind, UnitRegistry } from '../../src/units/UnitRegistry';
import { vnProvinceRegistry } from '../../src/units/vnProvinceRegistry';

describe('UnitRegistry types', () => {
  it('returns null for a miss, readonly lists and a ParseResult for restate', () => {
    const reg = createUnitRegistry([]);
    expectTypeOf(reg).toEqualTypeOf<UnitRegistry>();
    expectTypeOf(vnProvinceRegistry()).toEqualTypeOf<UnitRegistry>();
    expectTypeOf(reg.get('44', '2020-01-01')).toEqualTypeOf<AdminUnit | null>();
    expectTypeOf(reg.ancestorsAt('44', '2020-01-01')).toEqualTypeOf<readonly AdminUnit[]>();
    expectTypeOf(reg.restate('44', '2020-01-01', '2026-01-01')).toEqualTypeOf<ParseResult<Restatement>>();
    expectTypeOf<Restatement['path'][number]['kind']>().toEqualTypeOf<RestateStepKind>();
    expectTypeOf<RestateStepKind>().toEqualTypeOf<'merge' | 'split' | 'succession'>();
  });

  it('rejects a level outside the schema and a non-date option type', () => {
    const reg = createUnitRegistry([]);
    // @ts-expect-error -- 'hamlet' is not a UnitLevel
    reg.findByName('x', { level: 'hamlet' });
    // @ts-expect-error -- dates are ISO strings, not Date objects
    reg.get('44', new Date());
  });
});
