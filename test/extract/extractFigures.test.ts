import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import { extendCatalogue } from '../../src/catalogue/extendCatalogue';
import { AntqError } from '../../src/errors/AntqError';
import { extractFigures } from '../../src/extract/extractFigures';
import { FigureSchema } from '../../src/schema/FigureSchema';

// The bundled example text (examples/ha-tinh/review.vi.txt): the Hà Tĩnh review, written for the project.
const SEED = readFileSync(new URL('../../examples/ha-tinh/review.vi.txt', import.meta.url), 'utf8');
const SEED_BODY = SEED.replace(/^\s*date\s+\S+\s+/u, '');

type Row = [number, string, string, string, string | undefined];
const SEED_FIGURES: Row[] = [
  [35, 'exact', 'count', 'marches', undefined],
  [11200, 'exact', 'person', 'march_participants', undefined],
  [2412, 'exact', 'count', 'propaganda_sessions', undefined],
  [12347, 'exact', 'count', 'mobilization_drives', undefined],
  [366, 'exact', 'count', 'movement_launches', undefined],
  [15000, 'nearly', 'person_times', 'movement_launch_participants', undefined],
  [127, 'over', 'piece', 'weapons_surrendered', 'gun.military'],
  [366, 'exact', 'piece', 'weapons_surrendered', 'gun.hunting'],
  [9235, 'exact', 'piece', 'weapons_surrendered', 'gun.homemade'],
  [20, 'exact', 'piece', 'weapons_surrendered', 'ordnance.cluster_bomb'],
  [12320, 'exact', 'piece', 'weapons_surrendered', 'ammunition'],
  [767, 'exact', 'piece', 'weapons_surrendered', 'crude.bayonet'],
  [1202, 'exact', 'piece', 'support_tools_surrendered', 'spray'],
  [985, 'exact', 'pair', 'weapons_surrendered', 'crude.nunchaku'],
  [17543, 'exact', 'kg', 'explosives_surrendered', 'explosive.industrial'],
  [6501, 'exact', 'piece', 'explosives_surrendered', 'detonator'],
  [81000, 'over', 'count', 'petitions_received', undefined],
  [121200, 'nearly', 'count', 'valuable_tips_received', undefined],
  [41000, 'over', 'count', 'listening_forums', undefined],
  [4000000, 'nearly', 'count', 'forum_opinions', undefined],
  [50, 'exact', 'count', 'model_types', undefined],
  [2100, 'exact', 'count', 'model_sites', undefined],
  [9, 'exact', 'count', 'commendations', 'provincial_peoples_committee_chair.certificate_of_merit.collective'],
  [15, 'exact', 'count', 'commendations', 'provincial_peoples_committee_chair.certificate_of_merit.individual'],
  [10, 'exact', 'count', 'commendations', 'provincial_police_director.certificate_of_merit.collective'],
  [15, 'exact', 'count', 'commendations', 'provincial_police_director.certificate_of_merit.individual'],
];

describe('extractFigures on the bundled Hà Tĩnh review', () => {
  const r = extractFigures(SEED, { date: '2023-05-24', unit: 'VN-42' });

  it('yields every figure with value, qualifier, unit, indicator and category, and nothing else', () => {
    expect(r.figures.map((f): Row => [f.value, f.qualifier, f.uom, f.indicator, f.category])).toEqual(SEED_FIGURES);
  });

  it('dates flows from the programme start to the review and stocks as of the review', () => {
    for (const f of r.figures) {
      if (f.indicator === 'model_types' || f.indicator === 'model_sites') {
        expect([f.period, f.statistic]).toEqual(['2023-05-24', 'as_of']);
      } else {
        expect([f.period, f.statistic]).toEqual(['2013-08-01/2023-05-24', undefined]);
      }
    }
  });

  it('names the joint reporter, the programme and the unit, and keeps provenance', () => {
    for (const f of r.figures) {
      expect(f.reporter).toBe('police+front');
      expect(f.program).toBe('09/CTr-BCA-MTTW');
      expect(f.unit).toBe('VN-42');
      expect(SEED.normalize('NFC').slice(f.span[0], f.span[1])).toBe(f.note);
      expect(SEED.normalize('NFC').slice(f.sentenceSpan[0], f.sentenceSpan[1])).toBe(f.sentence);
      expect(f.sentence).toContain(f.note);
      expect(FigureSchema.safeParse({ ...f }).success).toBe(true);
    }
    expect(r.figures[6]?.note).toBe('trên 127 khẩu súng quân dụng');
  });

  it('keeps only numbers in words that count no indicator unmapped, and reads the same without the header line', () => {
    expect(r.unclassified.map((u) => [u.value, u.reason])).toEqual([
      [2, 'no_indicator'],
      [3, 'no_indicator'],
      [2, 'no_indicator'],
    ]);
    expect(r.issues).toEqual([]);
    const plain = extractFigures(SEED_BODY, { date: '2023-05-24' });
    expect(plain.figures.map((f) => [f.value, f.indicator, f.category, f.period])).toEqual(
      r.figures.map((f) => [f.value, f.indicator, f.category, f.period]),
    );
  });
});

describe('no false figures', () => {
  const none: [string, string][] = [
    ['dates', 'Sáng 24/5, ngày 1/8/2013 và ngày 01 tháng 7 năm 2025, giai đoạn 2013-2023.'],
    ['programme codes', 'Chương trình phối hợp số 09/CTr-BCA-MTTW và 07/CTrPH-BCA-MTTW.'],
    ['decrees and plans', 'Theo Nghị định 144/2021/NĐ-CP, Quyết định số 1234/QĐ-UBND và Kế hoạch 25/KH-UBND.'],
    ['durations and anniversaries', 'Tổng kết 10 năm, kỷ niệm 80 năm Ngày truyền thống, sau 5 năm thực hiện, thanh niên 18 tuổi.'],
    ['ordinals and names', 'Lần thứ 3, Điều 5, Phường 7, Tổ dân phố số 12, đợt 2, giai đoạn 2 của Quận 1.'],
    ['codes glued to numbers', 'Đại dịch COVID-19, mã A-15, phiên bản 10A.'],
    ['categories without numbers', 'Nhân dân giao nộp súng quân dụng cùng nhiều vũ khí thô sơ, vật liệu nổ.'],
    ['a day and month in brackets', 'Ngày hội toàn dân bảo vệ ANTQ (19/8) được tổ chức.'],
  ];
  it.each(none)('%s', (_, text) => {
    const r = extractFigures(text, { date: '2024-01-10' });
    expect(r.figures).toEqual([]);
    expect(r.unclassified).toEqual([]);
  });

  it('returns x/y coverage without a ratio\'s words and changes as unclassified, with their reason', () => {
    const r = extractFigures('Năm 2022, có 9/9 xã tham gia; số vụ tăng 15 vụ, cao hơn 5% so với năm trước.');
    expect(r.figures).toEqual([]);
    expect(r.unclassified.map((u) => [u.value, u.outOf, u.reason])).toEqual([
      [9, 9, 'coverage'],
      [15, null, 'comparison'],
      [5, null, 'comparison'],
    ]);
  });

  it('reads an x/y share with a ratio\'s words as its two counts', () => {
    const r = extractFigures('Năm 2022, có 139/147 khu dân cư đạt tiêu chuẩn an toàn về an ninh, trật tự.');
    expect(r.figures.map((f) => [f.indicator, f.category, f.value])).toEqual([
      ['areas_meeting_security_standard_count', 'residential_area', 139],
      ['areas_assessed', 'residential_area', 147],
    ]);
    expect(r.unclassified).toEqual([]);
  });

  it('warns about numbers it cannot read and ranges, without making figures', () => {
    const r = extractFigures('Gọi 0912.345.678 hoặc từ 10 đến 15 người, 20-30 hộ.');
    expect(r.figures).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(['malformed_number', 'range_not_supported', 'range_not_supported']);
    expect(r.issues[0]?.position).toBe(8);
  });
});

describe('periods, statistics and reporters', () => {
  it('reads year to date, days, years and half-years', () => {
    const r = extractFigures(
      'Từ đầu năm đến nay, Công an tỉnh tiếp nhận 120 tin báo. Sáng 24/5, Đoàn Thanh niên tổ chức 3 cuộc tuần hành. 6 tháng đầu năm 2023, MTTQ tổ chức 40 buổi tuyên truyền. Năm 2022, phá bỏ 500 m2 cây thuốc phiện.',
      { date: '2023-05-24' },
    );
    expect(r.figures.map((f) => [f.value, f.period, f.statistic, f.reporter])).toEqual([
      [120, '2023-01-01/2023-05-24', 'ytd', 'police'],
      [3, '2023-05-24', undefined, 'youth_union'],
      [40, '2023-H1', undefined, 'front'],
      // No doer named in the sentence: the lead's (the document's) reporter.
      [500, '2022', undefined, 'police'],
    ]);
  });

  it('counts "N năm qua" back from the document date when the programme start is not given', () => {
    const r = extractFigures('5 năm qua, Công an huyện tổ chức 200 buổi tuyên truyền.', { date: '2024-06-30' });
    expect(r.figures[0]?.period).toBe('2019-07-01/2024-06-30');
  });

  it('reads yearly averages and warns when no period is given', () => {
    const r = extractFigures('Bình quân mỗi năm tổ chức 150 buổi tuyên truyền.');
    expect(r.figures[0]?.statistic).toBe('annual_average');
    expect(r.figures[0]?.period).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['figure_without_period', ['figures', 0, 'period']]]);
  });
});

describe('lists, pairs and classifiers', () => {
  it('shares the verb of a list and pairs an activity with its attendance', () => {
    const r = extractFigures('Tổ chức 20 buổi tuyên truyền cho 1.500 lượt người; mở 12 lớp tập huấn với 800 lượt học viên.');
    expect(r.figures.map((f) => [f.indicator, f.value, f.uom])).toEqual([
      ['propaganda_sessions', 20, 'count'],
      ['propaganda_attendance', 1500, 'person_times'],
      ['trainings', 12, 'count'],
      ['training_attendance', 800, 'person_times'],
    ]);
  });

  it('converts tonnes and grams to kg and reads vague magnitudes', () => {
    const r = extractFigures('Nhân dân giao nộp 1,5 tấn pháo nổ, 2.500 g thuốc nổ và hàng trăm viên đạn.');
    expect(r.figures.map((f) => [f.value, f.uom, f.qualifier, f.category])).toEqual([
      [1500, 'kg', 'exact', 'firework.explosive'],
      [2.5, 'kg', 'exact', 'explosive'],
      [100, 'piece', 'vague', 'ammunition'],
    ]);
  });

  it('reads decomposed (NFD) text and old-style tone marks', () => {
    const r = extractFigures('Các tổ đã hoà giải thành 50 vụ.'.normalize('NFD'));
    expect(r.figures.map((f) => f.indicator)).toEqual(['disputes_mediated_successfully']);
  });
});

describe('documented examples and categories', () => {
  it('gives the results shown in the TSDoc example', () => {
    const r = extractFigures('Nhân dân đã giao nộp trên 127 khẩu súng quân dụng, 366 khẩu súng săn.');
    expect(r.figures.map((f) => [f.indicator, f.category, f.value, f.qualifier, f.uom])).toEqual([
      ['weapons_surrendered', 'gun.military', 127, 'over', 'piece'],
      ['weapons_surrendered', 'gun.hunting', 366, 'exact', 'piece'],
    ]);
    expect(extractFigures('Tổng kết 10 năm thực hiện Chương trình số 09/CTr-BCA-MTTW ngày 1/8/2013.').figures.length).toBe(0);
  });

  it('gives no category when a phrase names two that share no parent, and the parent when they do', () => {
    const r = extractFigures('Tiếp nhận 50 đơn khiếu nại tố cáo; thu hồi 30 khẩu súng, 4 quả lựu đạn mìn.');
    expect(r.figures.map((f) => [f.indicator, f.category ?? null])).toEqual([
      ['petitions_received', null],
      ['weapons_surrendered', 'gun'],
      ['weapons_surrendered', 'ordnance'],
    ]);
  });
});

describe('the lexicon comes from the catalogue', () => {
  it('extracts an indicator a team adds with its words', () => {
    const mine = extendCatalogue(BUILTIN_CATALOGUE, {
      indicators: {
        drug_users_treated: {
          labelVi: 'Người nghiện được cai', labelEn: 'Drug users treated', nounVi: 'người nghiện',
          nounEn: 'drug users', synonymsVi: ['người nghiện ma túy', 'cai nghiện'], uoms: ['person'], defaultUom: 'person',
          kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
        },
      },
    });
    const text = 'Năm 2023, đưa 85 người nghiện ma túy đi cai nghiện.';
    expect(extractFigures(text).figures).toEqual([]);
    expect(extractFigures(text, { catalogue: mine }).figures.map((f) => [f.indicator, f.value, f.uom])).toEqual([
      ['drug_users_treated', 85, 'person'],
    ]);
    // The compiled lexicon is cached per catalogue object: a second call gives the same answer.
    expect(extractFigures(text, { catalogue: mine }).figures.map((f) => f.indicator)).toEqual(['drug_users_treated']);
  });

  it('pairs through the catalogue: a team that pairs festivals with participation gets it', () => {
    const text = 'Tổ chức Ngày hội toàn dân bảo vệ ANTQ tại 1.018 khu dân cư với hàng nghìn lượt người tham gia.';
    const paired = {
      ...BUILTIN_CATALOGUE,
      festivals: { ...BUILTIN_CATALOGUE.festivals, pairedWith: ['movement_participants'] },
    };
    expect(extractFigures(text, { catalogue: paired }).figures.map((f) => [f.indicator, f.category ?? null])).toEqual([
      ['festivals', 'village'],
      ['movement_participants', null],
    ]);
  });
});

describe('misuse and adversarial input', () => {
  it('throws on programmer misuse', () => {
    expect(() => extractFigures(42 as unknown as string)).toThrow(AntqError);
    expect(() => extractFigures('x', { date: '2023-02-30' })).toThrow(/^extractFigures/);
    expect(() => extractFigures('x', { catalogue: null as unknown as typeof BUILTIN_CATALOGUE })).toThrow(AntqError);
  });

  it('never throws on text, and every span points at its phrase', () => {
    const alphabet = fc.constantFrom(...'0123456789 .,/-%:;()“”\n', 'trên ', 'khẩu ', 'súng săn', ' năm ', 'lượt người', 'ngày ', 'hàng nghìn', 'tăng ', 'số ', 'Công an', 'x');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const r = extractFigures(text, { date: '2024-01-01' });
        for (const f of [...r.figures, ...r.unclassified]) {
          expect(text.slice(f.span[0], f.span[1])).toBe(f.note);
          expect(Number.isFinite(f.value) && f.value >= 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  // Bounds are on this process's CPU time, so that a busy shared machine does not make them flaky;
  // the wall clock gets a looser bound.
  function timed<T>(f: () => T): { result: T; cpuMs: number; wallMs: number } {
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const result = f();
    const used = process.cpuUsage(cpu);
    return { result, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - t0 };
  }

  it('grows linearly: 4 MB of prose costs about four times 1 MB, not sixteen', () => {
    // CPU time of the same process, as a ratio of two sizes: absolute times depend on the machine.
    const copies = Math.ceil(1_000_000 / SEED_BODY.length);
    const small = timed(() => extractFigures(SEED_BODY.repeat(copies), { date: '2023-05-24' }));
    const big = timed(() => extractFigures(SEED_BODY.repeat(4 * copies), { date: '2023-05-24' }));
    expect(small.result.figures.length).toBe(26 * copies);
    expect(big.result.figures.length).toBe(26 * 4 * copies);
    expect(big.cpuMs).toBeLessThan(small.cpuMs * 8 + 1000);
  }, 120_000);

  it('finishes a text of only numbers, one endless number and mixed scripts', () => {
    const numbers = Array.from({ length: 150_000 }, (_, i) => String(i % 997)).join(' ');
    const n = timed(() => extractFigures(numbers));
    expect(n.cpuMs).toBeLessThan(10_000);
    expect(n.result.figures).toEqual([]);
    // "5 123" is two numbers or one written with a space: neither is claimed (space_in_number).
    expect(n.result.unclassified.length).toBeGreaterThan(10_000);
    const mixed = timed(() => extractFigures('Полиция 警察 🚓 trên 127 khẩu súng quân dụng عربى '.repeat(20_000)));
    expect(mixed.cpuMs).toBeLessThan(10_000);
    expect(mixed.result.figures.length).toBe(20_000);
    const one = timed(() => extractFigures('1'.repeat(1_000_000)));
    expect(one.cpuMs).toBeLessThan(10_000);
    expect(one.result.figures).toEqual([]);
  }, 60_000);
});

describe('pairing needs people and a link', () => {
  it('does not take a second activity for the first one’s attendance', () => {
    const r = extractFigures('Tổ chức 20 buổi tuyên truyền, 15 buổi giao lưu văn nghệ.');
    // The second item shares the list's verb ("Tổ chức"), not the first item's noun.
    expect(r.figures.map((f) => f.indicator)).toEqual(['propaganda_sessions']);
    expect(r.unclassified.map((u) => [u.value, u.reason])).toEqual([[15, 'no_indicator']]);
    expect(extractFigures('Tổ chức 20 buổi tuyên truyền, 15 lượt xe.').figures.map((f) => f.indicator)).toEqual(['propaganda_sessions']);
  });
});
