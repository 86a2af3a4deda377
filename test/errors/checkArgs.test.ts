import { describe, expect, it } from 'vitest';
import { checkArg, checkOptions } from '../../src/errors/checkArgs';
import { isAntqError } from '../../src/errors/isAntqError';
import { comparePeriods } from '../../src/compare/comparePeriods';
import { aggregate } from '../../src/engine/aggregate';
import { createAggregator } from '../../src/engine/createAggregator';
import { createFigureValidator } from '../../src/import/createFigureValidator';
import { importFigures } from '../../src/import/importFigures';
import { readFigures } from '../../src/import/readFigures';
import { buildReport } from '../../src/report/buildReport';
import type { AdminUnit } from '../../src/schema/AdminUnitSchema';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { validateFigures } from '../../src/validate/validateFigures';

/** Calls `run` (sync or async) and returns the AntqError it throws, or fails. */
async function refusal(run: () => unknown): Promise<{ code: string; message: string; path: readonly (string | number)[] }> {
  try {
    await run();
  } catch (e) {
    if (!isAntqError(e)) throw e;
    return { code: e.code, message: e.message, path: e.issues[0]?.path ?? [] };
  }
  throw new Error('expected a refusal');
}

const figures: Figure[] = [
  { unit: '44', indicator: 'marches', value: 10, period: '2019' },
  { unit: '45', indicator: 'marches', value: 5, period: '2019' },
];
const units: AdminUnit[] = [
  { code: '44', name: 'Quảng Bình', level: 'province', validTo: '2025-06-30', successors: [{ code: '44' }] },
  { code: '45', name: 'Quảng Trị', level: 'province', validTo: '2025-06-30', successors: [{ code: '44' }] },
  { code: '44', name: 'Quảng Trị', level: 'province', validFrom: '2025-07-01' },
];

async function drain(source: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of source) void _;
}

describe('checkOptions', () => {
  const rules = { by: ['array'], units: ['registry', 'array'], asOf: ['string'] } as const;

  it('accepts known options of the right kinds, and undefined for {}', () => {
    expect(() => checkOptions('f', { by: ['unit'], asOf: '2026-01-01', units: undefined }, rules)).not.toThrow();
    expect(() => checkOptions('f', undefined, rules)).not.toThrow();
  });

  it.each([
    [null, ['options'], /options must be an object with the keys asOf, by, units/],
    ['x', ['options'], /got a string/],
    [[], ['options'], /got an array/],
    [{ groupBy: ['unit'] }, ['options', 'groupBy'], /unknown option "groupBy"; the options are asOf, by, units/],
    [{ by: 'unit' }, ['options.by'], /options\.by must be an array, got a string/],
    [{ units: [{}].length }, ['options.units'], /a unit registry or an array, got a number/],
    [{ asOf: Number.NaN }, ['options.asOf'], /got NaN/],
  ])('refuses %j with invalid_argument and a path', async (options, path, message) => {
    const r = await refusal(() => checkOptions('f', options, rules));
    expect(r.code).toBe('invalid_argument');
    expect(r.path).toEqual(path);
    expect(r.message).toMatch(/^f: /);
    expect(r.message).toMatch(message);
  });

  it('never takes a string for an iterable', async () => {
    expect((await refusal(() => checkArg('f', 'figures', 'x', ['iterable']))).path).toEqual(['figures']);
    expect(() => checkArg('f', 'figures', new Set(), ['iterable'])).not.toThrow();
  });
});

describe('the entry points check their arguments at run time', () => {
  const bad = (v: unknown): never => v as never;

  it.each<[string, () => unknown]>([
    ["aggregate('x')", () => aggregate(bad('x'))],
    ['aggregate(null)', () => aggregate(bad(null))],
    ['aggregate with groupBy', () => aggregate(figures, bad({ groupBy: ['unit'] }))],
    ['aggregate with options a string', () => aggregate(figures, bad('indicator'))],
    ['createAggregator with rollup a string', () => createAggregator(bad({ rollup: 'yes' }))],
    ['validateFigures(null)', () => validateFigures(bad(null))],
    ['validateFigures with a misspelt option', () => validateFigures([], bad({ unit: units }))],
    ['comparePeriods with a misspelt option', () => comparePeriods(figures, bad({ current: '2019', baselin: '2018' }))],
    ["comparePeriods('x')", () => comparePeriods(bad('x'), { current: '2019' })],
    ['buildReport with lang a number', () => buildReport(figures, bad({ lang: 1 }))],
    ['buildReport(42)', () => buildReport(bad(42))],
    ['createFigureValidator with units a string', () => createFigureValidator(bad({ units: 'vn' }))],
    ['readFigures with a misspelt option', () => drain(readFigures('unit\n', bad({ fromat: 'csv' })))],
    ['readFigures(null)', () => drain(readFigures(bad(null)))],
    ['importFigures with onFigures not a function', () => importFigures('unit\n', bad({ onFigures: [] }))],
    ['importFigures(42)', () => importFigures(bad(42))],
  ])('%s throws invalid_argument', async (_, run) => {
    const r = await refusal(run);
    expect(r.code).toBe('invalid_argument');
  });

  it('lists what is allowed', async () => {
    const r = await refusal(() => aggregate(figures, bad({ groupBy: ['unit'] })));
    expect(r.message).toMatch(/^aggregate: unknown option "groupBy"; the options are .*\bby\b/);
  });

  it('still passes importFigures options through to the reader', async () => {
    const seen: number[] = [];
    const report = await importFigures('unit,indicator,value,period\n42,marches,3,2023\n', { mode: 'lenient', onProgress: (n) => seen.push(n), units: [{ code: '42', name: 'Hà Tĩnh', level: 'province' }] });
    expect([report.accepted, seen]).toEqual([1, [1]]);
  });
});

describe('units means the same thing everywhere: a registry or a list of unit versions', () => {
  const registry = createUnitRegistry(units);
  const late: Figure[] = [{ unit: '45', indicator: 'marches', value: 1, period: '2026' }];

  it.each([
    ['a list', units],
    ['a registry', registry],
  ])('validateFigures takes %s', (_, given) => {
    expect(validateFigures(figures, { units: given }).issues).toEqual([]);
    expect(validateFigures(late, { units: given }).issues.map((i) => i.code)).toEqual(['unit_outside_validity']);
    expect(validateFigures([{ ...late[0], unit: '99' }], { units: given }).issues.map((i) => i.code)).toEqual(['unit_not_in_table']);
  });

  it.each([
    ['a list', units],
    ['a registry', registry],
  ])('createFigureValidator takes %s', (_, given) => {
    const v = createFigureValidator({ units: given });
    expect(v.check(late[0], { row: 1 }).issues.map((i) => i.code)).toEqual(['unit_outside_validity']);
    expect(v.check({ ...late[0], unit: '99' }, { row: 2 }).issues.map((i) => i.code)).toEqual(['unit_not_in_table']);
  });

  it.each([
    ['a list', units],
    ['a registry', registry],
  ])('aggregate, comparePeriods and buildReport take %s', (_, given) => {
    const rows = aggregate(figures, { units: given, by: ['unit'], asOf: '2026-01-01' }).rows;
    expect(rows.map((r) => [r.unit, r.value])).toEqual([['44', 15]]);
    const cmp = comparePeriods(figures, { units: given, by: ['unit'], asOf: '2026-01-01', current: '2019', baseline: '2018' });
    expect(cmp.rows.map((r) => [r.unit, r.current?.value])).toEqual([['44', 15]]);
    const report = buildReport(figures, { units: given, unit: '44', date: '2019-12-31', lang: 'en' });
    expect(report.unit).toBe('44');
  });
});
