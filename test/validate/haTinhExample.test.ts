import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eventsToFigures } from '../../src/catalogue/eventsToFigures';
import { extractFigures } from '../../src/extract/extractFigures';
import { parseCsv } from '../../src/io/csv/parseCsv';
import { AdminUnitSchema } from '../../src/schema/AdminUnitSchema';
import { CommendationSchema } from '../../src/schema/CommendationSchema';
import { EventSchema } from '../../src/schema/EventSchema';
import { OrganisationSchema } from '../../src/schema/OrganisationSchema';
import { ProgrammeSchema } from '../../src/schema/ProgrammeSchema';
import { SelfManagementModelSchema } from '../../src/schema/SelfManagementModelSchema';
import { validateFigures } from '../../src/validate/validateFigures';

const dir = fileURLToPath(new URL('../../examples/ha-tinh/', import.meta.url));
const text = (name: string): string => readFileSync(dir + name, 'utf8');
const json = (name: string): unknown => JSON.parse(text(name));

/** Reads the example CSV with the library's own reader; empty cells are left out and `value` becomes a number. */
function readCsv(csv: string): Record<string, string | number>[] {
  const table = parseCsv(csv);
  expect(table.issues).toEqual([]);
  return table.records.map((r) => {
    const row: Record<string, string | number> = {};
    r.cells.forEach((c, i) => {
      const key = table.header[i] as string;
      if (c !== '') row[key] = key === 'value' ? Number(c) : c;
    });
    return row;
  });
}

const R = '2013-08-01/2023-05-24';
const D = '2023-05-24';
/** Every figure of the Hà Tĩnh review (review.vi.txt), as the text states it. */
const SEED: [indicator: string, category: string | undefined, value: number, uom: string, qualifier: string | undefined, statistic: string, period: string][] = [
  ['marches', undefined, 35, 'count', undefined, 'total', R],
  ['march_participants', undefined, 11_200, 'person', undefined, 'total', R],
  ['propaganda_sessions', undefined, 2_412, 'count', undefined, 'total', R],
  ['mobilization_drives', undefined, 12_347, 'count', undefined, 'total', R],
  ['weapons_surrendered', 'gun.military', 127, 'piece', 'over', 'total', R],
  ['weapons_surrendered', 'gun.hunting', 366, 'piece', undefined, 'total', R],
  ['weapons_surrendered', 'gun.homemade', 9_235, 'piece', undefined, 'total', R],
  ['weapons_surrendered', 'ordnance.cluster_bomb', 20, 'piece', undefined, 'total', R],
  ['weapons_surrendered', 'ammunition', 12_320, 'piece', undefined, 'total', R],
  ['weapons_surrendered', 'crude.bayonet', 767, 'piece', undefined, 'total', R],
  ['support_tools_surrendered', 'spray', 1_202, 'piece', undefined, 'total', R],
  ['weapons_surrendered', 'crude.nunchaku', 985, 'pair', undefined, 'total', R],
  ['explosives_surrendered', 'explosive.industrial', 17_543, 'kg', undefined, 'total', R],
  ['explosives_surrendered', 'detonator', 6_501, 'piece', undefined, 'total', R],
  ['movement_launches', undefined, 366, 'count', undefined, 'total', R],
  ['movement_launch_participants', undefined, 15_000, 'person_times', 'nearly', 'total', R],
  ['petitions_received', undefined, 81_000, 'count', 'over', 'total', R],
  ['valuable_tips_received', undefined, 121_200, 'count', 'nearly', 'total', R],
  ['model_types', undefined, 50, 'count', undefined, 'as_of', D],
  ['model_sites', undefined, 2_100, 'count', undefined, 'as_of', D],
  ['listening_forums', undefined, 41_000, 'count', 'over', 'total', R],
  ['forum_opinions', undefined, 4_000_000, 'count', 'nearly', 'total', R],
  ['commendations', 'provincial_peoples_committee_chair.certificate_of_merit.collective', 9, 'count', undefined, 'total', D],
  ['commendations', 'provincial_peoples_committee_chair.certificate_of_merit.individual', 15, 'count', undefined, 'total', D],
  ['commendations', 'provincial_police_director.certificate_of_merit.collective', 10, 'count', undefined, 'total', D],
  ['commendations', 'provincial_police_director.certificate_of_merit.individual', 15, 'count', undefined, 'total', D],
];

/** The numbers a Vietnamese phrase states ("hơn 81 nghìn" → 81000, "12.320" → 12320). */
function numbersIn(phrase: string): number[] {
  return [...phrase.matchAll(/(\d{1,3}(?:\.\d{3})+|\d+)(?:\s+(nghìn|triệu))?/g)].map(
    (m) => Number((m[1] as string).replaceAll('.', '')) * (m[2] === 'nghìn' ? 1e3 : m[2] === 'triệu' ? 1e6 : 1),
  );
}

const rows = readCsv(text('figures.csv'));
/** The paragraphs of the bundled text: non-empty lines after the `date` line. */
const paragraphs = text('review.vi.txt').split('\n').slice(1).filter((l) => l.trim() !== '');
const programmes = (json('programmes.json') as unknown[]).map((p) => ProgrammeSchema.parse(p));
const units = (json('units.json') as unknown[]).map((u) => AdminUnitSchema.parse(u));

describe('examples/ha-tinh: the Hà Tĩnh 2013–2023 review as data', () => {
  const result = validateFigures(rows, { programs: programmes, units, firstRow: 1 });

  it('validates without a single issue', () => {
    expect(result.issues).toEqual([]);
    expect(result.figures).toHaveLength(rows.length);
  });

  it('holds every seed figure once, and nothing else', () => {
    expect(rows).toHaveLength(SEED.length);
    const got = result.figures.map((f) => [f.indicator, f.category, f.value, f.uom, f.qualifier, f.statistic, f.period]);
    expect(got).toEqual(SEED);
  });

  it.each(SEED.map((s, i) => [i + 1, s[0], s[1] ?? '', s[2]] as const))('row %i: %s %s = %d matches its raw phrase', (rowNo) => {
    const f = result.figures[rowNo - 1];
    const seed = SEED[rowNo - 1];
    expect(f?.program).toBe('09/CTr-BCA-MTTW');
    expect(f?.unit).toBe('42');
    expect(f?.reporter).toBe(seed?.[0] === 'commendations' ? undefined : 'police+front');
    const source = /^review\.vi\.txt ¶(\d+)$/.exec(f?.source ?? '');
    const note = f?.note ?? '';
    // The note stands verbatim in the paragraph the source names.
    expect(paragraphs[Number(source?.[1]) - 1]).toContain(note);
    expect(numbersIn(note)).toContain(f?.value);
    const word = /^(trên|hơn|gần)\s/.exec(note)?.[1];
    expect(f?.qualifier).toBe(word === 'gần' ? 'nearly' : word === undefined ? undefined : 'over');
  });

  it('holds what extractFigures reads from the bundled text, figure for figure', () => {
    const read = extractFigures(text('review.vi.txt'), { unit: '42' });
    expect(read.issues).toEqual([]);
    expect(read.unclassified.map((u) => [u.value, u.reason])).toEqual([
      [2, 'no_indicator'],
      [3, 'no_indicator'],
      [2, 'no_indicator'],
    ]);
    const key = (f: { indicator: string; category?: string | undefined; value: number; qualifier?: string | undefined }): string =>
      [f.indicator, f.category ?? '', f.value, f.qualifier === 'exact' ? '' : (f.qualifier ?? '')].join('|');
    expect(read.figures.map(key).sort()).toEqual(result.figures.map(key).sort());
  });

  it('holds the commendations, and they roll up into the same figures as the CSV', () => {
    const list = (json('commendations.json') as unknown[]).map((c) => CommendationSchema.parse(c));
    expect(list.map((c) => [c.issuer, c.recipientKind, c.count])).toEqual([
      ['provincial_peoples_committee_chair', 'collective', 9],
      ['provincial_peoples_committee_chair', 'individual', 15],
      ['provincial_police_director', 'collective', 10],
      ['provincial_police_director', 'individual', 15],
    ]);
    const figures = eventsToFigures(list.map(({ note: _n, ...c }) => ({ kind: 'commendation' as const, ...c, date: c.date ?? '' })));
    const csv = result.figures.filter((f) => f.indicator === 'commendations');
    expect(figures.map((f) => [f.category, f.value, f.period, f.program])).toEqual(csv.map((f) => [f.category, f.value, f.period, f.program]));
  });

  it('holds the three named models, recognised by the ministry', () => {
    const models = (json('models.json') as unknown[]).map((m) => SelfManagementModelSchema.parse(m));
    expect(models.map((m) => m.name)).toEqual([
      'Liên kết đảm bảo ANTT tại dự án Formosa',
      'Khu dân cư bình yên chung sức xây dựng nông thôn mới',
      'Tổ liên gia tự quản về ANTT',
    ]);
    expect(models[1]?.place).toBe('xã Lộc Yên, huyện Hương Khê');
    for (const m of models) expect(m.recognisedBy?.map((r) => r.by)).toEqual(['ministry_of_public_security']);
  });

  it('holds the review conference, the programme and its successor, and the organisations', () => {
    const review = EventSchema.parse(json('review-conference.json'));
    expect(review.kind === 'review_conference' && [review.date, review.reviewKind, review.chairs?.map((c) => c.name)]).toEqual([
      '2023-05-24',
      'final',
      ['Nguyễn Hồng Phong', 'Trần Nhật Tân'],
    ]);
    expect(programmes.map((p) => [p.code, p.signedOn, p.successor])).toEqual([
      ['09/CTr-BCA-MTTW', '2013-08-01', '07/CTrPH-BCA-MTTW'],
      ['07/CTrPH-BCA-MTTW', '2023-10-17', undefined],
    ]);
    const orgs = (json('organisations.json') as unknown[]).map((o) => OrganisationSchema.parse(o));
    const ids = new Set(orgs.map((o) => o.id));
    for (const party of programmes[0]?.parties ?? []) expect(ids.has(party)).toBe(true);
    for (const host of review.kind === 'review_conference' ? (review.hosts ?? []) : []) expect(ids.has(host)).toBe(true);
  });
});
