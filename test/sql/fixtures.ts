// Shared by the SQL differential tests: a small registry with the 2025 reform (a province code
// reused for the merged province, districts abolished, communes merged and split), and random
// figures and options.
import fc from 'fast-check';
import type { AggregateOptions } from '../../src/engine/AggregateOptions';
import type { GroupDimension } from '../../src/engine/GroupDimension';
import type { Figure } from '../../src/schema/FigureSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';

export const registry = createUnitRegistry([
  { code: 'P44', name: 'Old 44', level: 'province', validTo: '2025-06-30', successors: [{ code: 'P44' }] },
  { code: 'P45', name: 'Old 45', level: 'province', validTo: '2025-06-30', successors: [{ code: 'P44' }] },
  { code: 'P44', name: 'New 44', level: 'province', validFrom: '2025-07-01' },
  { code: 'P42', name: 'Stay', level: 'province' },
  { code: 'D1', name: 'D1', level: 'district', parent: 'P44', validTo: '2025-06-30' },
  { code: 'D2', name: 'D2', level: 'district', parent: 'P45', validTo: '2025-06-30' },
  { code: 'D3', name: 'D3', level: 'district', parent: 'P42', validTo: '2025-06-30' },
  { code: 'C1', name: 'C1', level: 'commune', parent: 'D1', validTo: '2025-06-30', successors: [{ code: 'N1' }] },
  { code: 'C2', name: 'C2', level: 'commune', parent: 'D1', validTo: '2025-06-30', successors: [{ code: 'N1' }] },
  { code: 'C3', name: 'C3', level: 'commune', parent: 'D2', validTo: '2025-06-30', successors: [{ code: 'N2', weight: 0.4 }, { code: 'N3', weight: 0.6 }] },
  { code: 'C4', name: 'C4', level: 'commune', parent: 'D3', validTo: '2025-06-30', successors: [{ code: 'C4' }] },
  { code: 'C4', name: 'C4 new', level: 'commune', parent: 'P42', validFrom: '2025-07-01' },
  { code: 'N1', name: 'N1', level: 'commune', parent: 'P44', validFrom: '2025-07-01' },
  { code: 'N2', name: 'N2', level: 'commune', parent: 'P44', validFrom: '2025-07-01' },
  { code: 'N3', name: 'N3', level: 'commune', parent: 'P44', validFrom: '2025-07-01' },
  { code: 'V1', name: 'V1', level: 'village', parent: 'C1', validTo: '2025-06-30' },
]);

const UNITS = ['P44', 'P45', 'P42', 'D1', 'D2', 'C1', 'C2', 'C3', 'C4', 'N1', 'N2', 'N3', 'V1'];
const INDICATORS = [
  'marches',
  'fireworks_surrendered',
  'model_sites',
  'security_teams',
  'areas_meeting_security_standard',
  'areas_meeting_security_standard_count',
  'areas_assessed',
  'disputes_mediated',
  'disputes_mediated_successfully',
  'mediation_success_rate',
];
const PERIODS = ['2021', '2022-Q3', '2022-05', '2023-12-31', '2024-06-30', '2025-03', '2025-08-15', '2025', '2025-H2', '2026-01', '2024-12-31/2025-07-15', '2023-W10', 'official:2024'];

export const arbFigure: fc.Arbitrary<Figure> = fc
  .record({
    unit: fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...UNITS) }, { weight: 1, arbitrary: fc.constant('ZZ') }),
    indicator: fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...INDICATORS) }, { weight: 1, arbitrary: fc.constant('not_an_indicator') }),
    value: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 100_000 }).map((v) => v / 1000), fc.constantFrom(0.1, 0.7, 2.5, 1e9 + 0.25)),
    period: fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...PERIODS) }, { weight: 1, arbitrary: fc.constant(undefined) }),
    qualifier: fc.constantFrom(undefined, undefined, 'exact', 'over', 'nearly', 'about', 'at_least', 'under', 'vague'),
    reporter: fc.constantFrom(undefined, 'police', 'front', 'police+front', 'front+police+front'),
    category: fc.constantFrom(undefined, 'firework', 'firework.explosive', 'firework.display.big'),
    program: fc.constantFrom(undefined, '09/CTr-BCA-MTTW', '07/CTrPH-BCA-MTTW'),
    uom: fc.constantFrom(undefined, undefined, 'kg', 'piece', 'count'),
  })
  .map((r) => {
    const f: { -readonly [K in keyof Figure]: Figure[K] } = { unit: r.unit, indicator: r.indicator, value: r.value };
    if (r.period !== undefined) f.period = r.period;
    if (r.qualifier !== undefined) f.qualifier = r.qualifier as NonNullable<Figure['qualifier']>;
    if (r.reporter !== undefined) f.reporter = r.reporter;
    if (r.category !== undefined) f.category = r.category;
    if (r.program !== undefined) f.program = r.program;
    if (r.uom !== undefined) f.uom = r.uom as NonNullable<Figure['uom']>;
    return f;
  });

const DIMS: readonly GroupDimension[] = ['program', 'indicator', 'category', 'unit', 'reporter', 'period'];

export const arbOptions: fc.Arbitrary<AggregateOptions> = fc
  .record({
    by: fc.subarray([...DIMS]),
    period: fc.constantFrom(undefined, '2021/2026', '2025', '2022/2024', '2025-H2', '2024-07-01/2025-12-31'),
    granularity: fc.constantFrom(undefined, 'year', 'quarter', 'month', 'half', 'week', 'official_year'),
    categoryDepth: fc.constantFrom(undefined, 1, 2),
    mode: fc.constantFrom('none', 'units', 'level', 'rollup', 'asOf', 'asOfLevel', 'asOfRollup'),
    level: fc.constantFrom('province', 'district', 'commune'),
    reportingLevel: fc.constantFrom(undefined, 'commune', 'province'),
    carryForward: fc.constantFrom(undefined, false),
    asOf: fc.constantFrom('2026-01-01', '2024-01-01'),
  })
  .map((r) => {
    const o: { -readonly [K in keyof AggregateOptions]: AggregateOptions[K] } = { by: r.by };
    if (r.period !== undefined) o.period = r.period;
    if (r.granularity !== undefined) o.granularity = r.granularity as NonNullable<AggregateOptions['granularity']>;
    if (r.categoryDepth !== undefined) o.categoryDepth = r.categoryDepth;
    if (r.carryForward !== undefined) o.carryForward = r.carryForward;
    if (r.mode !== 'none') {
      o.units = registry;
      if (r.reportingLevel !== undefined) o.reportingLevel = r.reportingLevel as NonNullable<AggregateOptions['reportingLevel']>;
    }
    if (r.mode === 'level' || r.mode === 'asOfLevel') o.level = r.level as NonNullable<AggregateOptions['level']>;
    if (r.mode === 'rollup' || r.mode === 'asOfRollup') {
      o.rollup = true;
      if (!r.by.includes('unit')) o.by = [...r.by, 'unit'];
    }
    if (r.mode.startsWith('asOf')) o.asOf = r.asOf;
    return o;
  });
