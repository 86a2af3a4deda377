import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CommendationSchema } from '../../src/schema/CommendationSchema';
import { EVENT_SCHEMAS, EventBaseSchema, EventSchema } from '../../src/schema/EventSchema';
import { FigureSchema } from '../../src/schema/FigureSchema';
import { IndicatorSchema } from '../../src/schema/IndicatorSchema';
import { normalizeProgrammeCode } from '../../src/schema/normalizeProgrammeCode';
import { OrganisationSchema } from '../../src/schema/OrganisationSchema';
import { ProgrammeBaseSchema, ProgrammeSchema } from '../../src/schema/ProgrammeSchema';
import { SelfManagementModelSchema } from '../../src/schema/SelfManagementModelSchema';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] =>
  (r.error?.issues ?? []).map((i) => i.path.map(String).join('.'));

describe('normalizeProgrammeCode', () => {
  it.each([
    ['09/CTr-BCA-MTTW', '09/CTr-BCA-MTTW'],
    ['09/CTr-BCA-MTTQ', '09/CTr-BCA-MTTW'],
    ['09/Ctr-BCA-TTTW', '09/CTr-BCA-MTTW'],
    ['09 / CTr – BCA – MTTW', '09/CTr-BCA-MTTW'],
    ['9/CTR-BCA-MTTƯ', '09/CTr-BCA-MTTW'],
    ['07/CTrPH-BCA-MTTW', '07/CTrPH-BCA-MTTW'],
    ['07/ctrph-bca-mttw', '07/CTrPH-BCA-MTTW'],
    ['05/CTr-CAT-MTTQ', '05/CTr-CAT-MTTQ'],
    ['12/KH-UBND', '12/KH-UBND'],
    ['chương trình 09', 'chươngtrình09'],
    ['09/', '09/'],
    ['A1/CTr-BCA', 'A1/CTr-BCA'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeProgrammeCode(raw)).toBe(expected);
    expect(normalizeProgrammeCode(normalizeProgrammeCode(raw))).toBe(normalizeProgrammeCode(raw));
  });
});

const p09 = {
  code: '09/CTr-BCA-MTTW', rawCode: '09/Ctr-BCA-TTTW', titleVi: 'Đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong tình hình mới',
  parties: ['ministry_of_public_security', 'front_central_standing_board'], signedOn: '2013-08-01',
  period: { start: '2013-08-01', end: '2023-12-31' }, phases: [{ name: 'Giai đoạn 1', start: '2013-08-01', end: '2018-07-31' }], successor: '07/CTrPH-BCA-MTTW',
};

describe('ProgrammeSchema', () => {
  it('accepts programme 09', () => {
    expect(ProgrammeSchema.parse(p09)).toEqual(p09);
  });

  it.each([
    [{ ...p09, code: '09/Ctr-BCA-TTTW' }, ['code']],
    [{ ...p09, period: { start: '2023-01-01', end: '2013-01-01' } }, ['period.end', 'signedOn', 'phases.0']],
    [{ ...p09, signedOn: '2024-01-01' }, ['signedOn']],
    [{ ...p09, phases: [{ name: 'x', start: '2019-01-01', end: '2018-01-01' }] }, ['phases.0.end']],
    [{ ...p09, phases: [{ name: 'x', start: '2010-01-01', end: '2018-01-01' }] }, ['phases.0']],
    [{ ...p09, successor: '09/CTr-BCA-MTTQ' }, ['successor']],
    [{ ...p09, signedOn: '2013-02-30' }, ['signedOn']],
    [{ ...p09, parties: [] }, ['parties']],
  ])('rejects a bad programme (%#)', (input, expected) => {
    expect(paths(ProgrammeSchema.safeParse(input))).toEqual(expected);
  });
});

describe('OrganisationSchema', () => {
  it('requires memberOrganisation exactly for member organisations', () => {
    expect(OrganisationSchema.safeParse({ id: 'farmers_42', name: 'Hội Nông dân tỉnh', kind: 'member_organisation', memberOrganisation: 'farmers_union', level: 'province', unit: '42' }).success).toBe(true);
    expect(paths(OrganisationSchema.safeParse({ id: 'x', name: 'x', kind: 'member_organisation', level: 'province' }))).toEqual(['memberOrganisation']);
    expect(paths(OrganisationSchema.safeParse({ id: 'x', name: 'x', kind: 'police', memberOrganisation: 'youth_union', level: 'province' }))).toEqual(['memberOrganisation']);
    expect(paths(OrganisationSchema.safeParse({ id: 'Công an', name: 'x', kind: 'police', level: 'province' }))).toEqual(['id']);
  });
});

describe('SelfManagementModelSchema', () => {
  const m = { name: 'Tổ liên gia tự quản về ANTT', type: 'self_management', unit: '42', sites: 3, members: 40, established: '2015-01-01' };
  it('checks recognition dates and sites', () => {
    expect(SelfManagementModelSchema.safeParse({ ...m, recognisedBy: [{ by: 'ministry_of_public_security', date: '2020-05-01' }] }).success).toBe(true);
    expect(paths(SelfManagementModelSchema.safeParse({ ...m, recognisedBy: [{ by: 'x', date: '2014-05-01' }] }))).toEqual(['recognisedBy.0.date']);
    expect(paths(SelfManagementModelSchema.safeParse({ ...m, sites: 0 }))).toEqual(['sites']);
    expect(paths(SelfManagementModelSchema.safeParse({ ...m, sites: 1.5 }))).toEqual(['sites']);
  });
});

describe('CommendationSchema', () => {
  const c = { issuer: 'provincial_peoples_committee_chair', award: 'certificate_of_merit', recipientKind: 'collective', count: 9, unit: '42' };
  it('checks counts and emulation flags', () => {
    expect(CommendationSchema.parse(c)).toEqual(c);
    expect(paths(CommendationSchema.safeParse({ ...c, count: 0 }))).toEqual(['count']);
    expect(paths(CommendationSchema.safeParse({ ...c, award: 'emulation_flag', recipientKind: 'individual' }))).toEqual(['recipientKind']);
    expect(CommendationSchema.safeParse({ ...c, award: 'emulation_flag' }).success).toBe(true);
  });
});

describe('EventSchema', () => {
  it('discriminates on kind and checks dates', () => {
    expect(EventSchema.safeParse({ kind: 'march', date: '2023-03-26', unit: '42' }).success).toBe(true);
    expect(EventSchema.safeParse({ kind: 'parade', date: '2023-03-26', unit: '42' }).success).toBe(false);
    expect(paths(EventSchema.safeParse({ kind: 'march', date: '2023-03-26', endDate: '2023-03-25', unit: '42' }))).toEqual(['endDate']);
    expect(paths(EventSchema.safeParse({ kind: 'festival_day', date: '2023-08-18', unit: '42', venueLevel: 'commune' }))).toEqual(['date']);
    expect(paths(EventSchema.safeParse({ kind: 'commendation', date: '2023-05-24', unit: '42', issuer: 'front_committee', award: 'emulation_flag', recipientKind: 'individual', count: 1 }))).toEqual(['recipientKind']);
    expect(paths(EventSchema.safeParse({ kind: 'weapons_handover', date: '2023-05-24', unit: '42', items: [] }))).toEqual(['items']);
  });

  it('extends with new fields and new kinds', () => {
    const March = EVENT_SCHEMAS.march.extend({ weather: z.string() });
    expect(March.parse({ kind: 'march', date: '2023-03-26', unit: '42', weather: 'mưa' }).weather).toBe('mưa');
    const Drone = z.object({ kind: z.literal('drone_patrol'), date: z.iso.date(), unit: z.string(), km: z.number() });
    const Mine = z.discriminatedUnion('kind', [EventBaseSchema, Drone]);
    expect(Mine.parse({ kind: 'drone_patrol', date: '2023-01-01', unit: '42', km: 3 })).toEqual({ kind: 'drone_patrol', date: '2023-01-01', unit: '42', km: 3 });
    expect(Mine.safeParse({ kind: 'tip', date: '2023-01-01', unit: '42' }).success).toBe(true);
  });
});

describe('IndicatorSchema', () => {
  const def = BUILTIN_CATALOGUE.weapons_surrendered;
  it.each([
    [{ ...def, defaultUom: 'kg' }, ['defaultUom']],
    [{ ...def, timeAggregation: 'last' }, ['timeAggregation']],
    [{ ...def, unitAggregation: 'recompute' }, ['unitAggregation']],
    [{ ...def, ratio: { numerator: 'a', denominator: 'b' } }, ['ratio']],
    [{ ...def, categoryFacets: BUILTIN_CATALOGUE.commendations.categoryFacets }, ['categoryFacets']],
    [{ ...def, categories: { ...def.categories, 'gun.military': { ...def.categories['gun.military'], uoms: ['kg'] } } }, ['categories.gun.military.uoms']],
  ])('rejects an inconsistent definition (%#)', (input, expected) => {
    expect(paths(IndicatorSchema.safeParse(input))).toEqual(expected);
  });
});

describe('JSON Schema export', () => {
  it.each([
    ['Figure', FigureSchema],
    ['Programme', ProgrammeSchema],
    ['Programme base', ProgrammeBaseSchema],
    ['Organisation', OrganisationSchema],
    ['SelfManagementModel', SelfManagementModelSchema],
    ['Commendation', CommendationSchema],
    ['Event', EventSchema],
    ['Indicator', IndicatorSchema],
  ])('exports %s', (_name, schema) => {
    const json = z.toJSONSchema(schema as z.ZodType) as Record<string, unknown>;
    expect(json['$schema']).toContain('json-schema.org');
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('describes the figure columns', () => {
    const json = z.toJSONSchema(FigureSchema) as { required: string[]; properties: Record<string, { enum?: string[] }> };
    expect(json.required.sort()).toEqual(['indicator', 'unit', 'value']);
    expect(json.properties['qualifier']?.enum).toContain('nearly');
    const ev = z.toJSONSchema(EventSchema) as { oneOf?: unknown[]; anyOf?: unknown[] };
    expect((ev.oneOf ?? ev.anyOf)?.length).toBe(15);
  });
});
