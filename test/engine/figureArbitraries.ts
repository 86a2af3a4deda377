import fc from 'fast-check';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { vnProvinceRegistry } from '../../src/units/vnProvinceRegistry';

// Random data sets and options for the engine: figures of every indicator kind, qualifier,
// period form and dimension, on a unit tree with a reorganisation or the provinces of Viet Nam,
// and options of every shape (plain, level, rollup, asOf, reporting level).

export const tree = createUnitRegistry([
  { code: 'VN', name: 'Việt Nam', level: 'national' },
  { code: 'P1', name: 'Tỉnh Một', level: 'province', parent: 'VN' },
  { code: 'P2', name: 'Tỉnh Hai', level: 'province', parent: 'VN' },
  { code: 'D1', name: 'Huyện Một', level: 'district', parent: 'P1', validTo: '2025-06-30' },
  { code: 'D2', name: 'Huyện Hai', level: 'district', parent: 'P1' },
  { code: 'D3', name: 'Huyện Ba', level: 'district', parent: 'P2' },
  { code: 'C1', name: 'Xã Một', level: 'commune', parent: 'D1', validTo: '2025-06-30' },
  { code: 'C1', name: 'Xã Một mới', level: 'commune', parent: 'D2', validFrom: '2025-07-01' },
  { code: 'C2', name: 'Xã Hai', level: 'commune', parent: 'D1', validTo: '2025-06-30' },
  { code: 'C3', name: 'Xã Ba', level: 'commune', parent: 'D2' },
  { code: 'C4', name: 'Xã Bốn', level: 'commune', parent: 'D3' },
]);
export const vn = vnProvinceRegistry();

const INDICATORS = [
  ['marches', 'count'],
  ['march_participants', 'person_times'],
  ['weapons_surrendered', 'piece'],
  ['explosives_surrendered', 'kg'],
  ['model_sites', 'count'],
  ['security_teams', 'count'],
  ['areas_assessed', 'count'],
  ['areas_meeting_security_standard_count', 'count'],
  ['areas_meeting_security_standard', 'percent'],
  ['no_such_indicator', 'count'],
] as const;

export const figure = (unitCodes: readonly string[]): fc.Arbitrary<Figure> =>
  fc
    .record(
      {
        ind: fc.integer({ min: 0, max: INDICATORS.length - 1 }),
        unit: fc.constantFrom(...unitCodes),
        value: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom(0.5, 2.25, 1e6, -1)),
        period: fc.constantFrom('2023', '2024', '2024-03', '2024-Q2', '2024-12-31', '2023/2024', '2025-08', '2026', '2024-13', ''),
        category: fc.constantFrom('gun.military', 'gun.hunting', 'explosive', 'residential_area', 'commune'),
        uom: fc.constantFrom('count', 'piece', 'kg', 'g', 'percent'),
        qualifier: fc.constantFrom('over', 'nearly', 'about', 'under', 'at_least', 'vague'),
        reporter: fc.constantFrom('police', 'front', 'police+front', 'front+police+police'),
        program: fc.constantFrom('09/CTr-BCA-MTTW', '07/CTrPH-BCA-MTTW'),
      },
      { requiredKeys: ['ind', 'unit', 'value'] },
    )
    .map((r) => {
      const [indicator, uom] = INDICATORS[r.ind] as (typeof INDICATORS)[number];
      const f: { -readonly [K in keyof Figure]: Figure[K] } = { unit: r.unit, indicator, value: r.value };
      if (r.period !== undefined && r.period !== '') f.period = r.period;
      if (r.category !== undefined) f.category = r.category;
      if (r.uom !== undefined) f.uom = (r.uom === 'count' ? uom : r.uom) as Figure['uom'];
      if (r.qualifier !== undefined) f.qualifier = r.qualifier as Figure['qualifier'];
      if (r.reporter !== undefined) f.reporter = r.reporter;
      if (r.program !== undefined) f.program = r.program;
      return f;
    });

export const options = fc.record(
  {
    by: fc.subarray(['program', 'category', 'unit', 'reporter', 'period'] as const),
    period: fc.constantFrom('2024', '2023/2024', '2024-H1', '2026'),
    granularity: fc.constantFrom('year', 'quarter', 'month'),
    categoryDepth: fc.constantFrom(1, 2),
    carryForward: fc.boolean(),
    rowOffset: fc.constantFrom(0, 7),
    units: fc.constant(true),
    shape: fc.constantFrom('plain', 'level', 'rollup', 'asOf', 'reporting'),
    filter: fc.constantFrom(
      { indicator: ['marches', 'model_sites', 'areas_meeting_security_standard'] },
      { category: ['gun'], reporter: ['police'] },
      { unit: ['C1', 'C3', '42', 'D2', 'P1'] },
    ),
  },
  { requiredKeys: ['by'] },
);

export type Drawn = typeof options extends fc.Arbitrary<infer T> ? T : never;

export function toOptions(d: Drawn, registry: typeof tree): AggregateOptions {
  const o: { -readonly [K in keyof AggregateOptions]: AggregateOptions[K] } = { by: ['indicator', ...d.by] };
  if (d.period !== undefined) o.period = d.period;
  if (d.granularity !== undefined) o.granularity = d.granularity;
  if (d.categoryDepth !== undefined) o.categoryDepth = d.categoryDepth;
  if (d.carryForward !== undefined) o.carryForward = d.carryForward;
  if (d.rowOffset !== undefined) o.rowOffset = d.rowOffset;
  if (d.filter !== undefined) o.filter = d.filter;
  if (d.units === true) {
    o.units = registry;
    if (d.shape === 'level') o.level = 'district';
    if (d.shape === 'rollup') {
      o.rollup = true;
      if (!d.by.includes('unit')) o.by = [...(o.by ?? []), 'unit'];
    }
    if (d.shape === 'asOf') o.asOf = '2026-01-01';
    if (d.shape === 'reporting') o.reportingLevel = 'commune';
  }
  return o;
}
