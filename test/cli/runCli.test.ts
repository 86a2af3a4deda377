import { readFileSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliIn, type CliRun } from './runCliIn';
import { parseCsv } from '../../src/io/csv/parseCsv';
import { formatViNumber } from '../../src/viNumber/formatViNumber';
import { tempDir } from '../tempDir';

let dir = '';

const run = (argv: string[], stdin?: string): Promise<CliRun> => runCliIn(dir, argv, stdin);

const SEED = join(__dirname, '../../examples/ha-tinh');
const SYNTH = join(__dirname, '../../examples/synthetic');

beforeAll(() => {
  dir = tempDir('antq-cli-');
  for (const f of ['figures.csv', 'units.json', 'programmes.json']) copyFileSync(join(SEED, f), join(dir, f === 'figures.csv' ? 'seed.csv' : f));
  copyFileSync(join(SYNTH, 'figures.csv'), join(dir, 'synth.csv'));
  copyFileSync(join(SYNTH, 'units.csv'), join(dir, 'synth-units.csv'));
  const files: Record<string, string> = {
    'good.csv': 'unit,indicator,value,period,qualifier\n42,marches,20,2022,\n42,marches,15,2023,over\n42,propaganda_sessions,7,2023,\n',
    'bad.csv': 'unit,indicator,value,period\n42,marches,20,2022\n42,marches,-1,2023\n42,marchs,3,2023\n',
    'header.csv': 'code,name\n1,2\n',
    'count.csv': 'unit,indicator,value,period\n42,marches,20,2022,x\n',
    'quote.csv': 'unit,indicator,value,period\n42,"marches,20,2022\n',
    'bom.csv': '\uFEFFunit;indicator;value;period\n42;marches;1.200;2022\n',
    'empty.csv': '',
    'article.txt': 'Sau 10 năm, đã vận động Nhân dân giao nộp trên 127 khẩu súng quân dụng và 20 quả bom bi.\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'binary.csv'), Buffer.from([0x75, 0x6e, 0x69, 0x74, 0x0a, 0x00, 0x01, 0x02, 0xff]));
});

describe('runCli: validate', () => {
  it('exits 0 for the seed, with the documented JSON shape', async () => {
    const r = await run(['validate', 'seed.csv', '--units', 'units.json', '--programmes', 'programmes.json', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ format: 'csv', mode: 'strict', ok: true, read: 26, accepted: 26, rejected: 0, errors: 0, warnings: 0, groups: [] });
  });

  it('exits 1 with errors that name the file, line, row and column', async () => {
    const r = await run(['validate', 'bad.csv']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('bad.csv:3, row 2, column value');
    expect(r.out).toContain('negative_value');
    const j = JSON.parse((await run(['validate', 'bad.csv', '--format', 'json'])).out);
    expect(j.groups.map((g: { code: string }) => g.code)).toEqual(['negative_value', 'unknown_indicator']);
    expect(j.accepted).toBe(0);
  });

  it('writes rejected rows with their reasons to a side file in lenient mode', async () => {
    const r = await run(['validate', 'bad.csv', '--rejects', 'rejects.csv', '--lang', 'vi']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('chấp nhận 1');
    const side = parseCsv(readFileSync(join(dir, 'rejects.csv'), 'utf8'));
    expect(side.header).toEqual(['unit', 'indicator', 'value', 'period', 'errors']);
    expect(side.records.map((x) => [x.cells[2], x.cells[4]?.split(':')[0]])).toEqual([
      ["'-1", 'negative_value [value]'], // formula-escaped, as every CSV antq writes
      ['3', 'unknown_indicator [indicator]'],
    ]);
  });

  it.each([
    ['header.csv', 'missing_column'],
    ['count.csv', 'column_count'],
    ['quote.csv', 'unclosed_quote'],
    ['empty.csv', 'empty_input'],
    ['binary.csv', 'binary_content'],
  ])('gives a clear error with a position for %s', async (file, code) => {
    const r = await run(['validate', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    const group = j.groups.find((g: { code: string }) => g.code === code);
    expect(group.occurrences[0].line).toBeGreaterThanOrEqual(1);
    expect((await run(['validate', file])).out).toContain(`${file}:`);
  });

  it('reads a BOM, semicolons and Vietnamese numbers, and stdin', async () => {
    const r = await run(['summarize', 'bom.csv', '--vi-numbers', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('marches,,exact,1200');
    const s = await run(['validate', '-', '--format', 'json'], 'unit,indicator,value\n42,marches,1\n');
    expect(JSON.parse(s.out).read).toBe(1);
  });

  it('reads JSON and NDJSON by extension', async () => {
    writeFileSync(join(dir, 'f.json'), '[{"unit":"42","indicator":"marches","value":1,"period":"2023"}]');
    writeFileSync(join(dir, 'f.ndjson'), '{"unit":"42","indicator":"marches","value":1,"period":"2023"}\n');
    expect((await run(['validate', 'f.json'])).code).toBe(0);
    expect((await run(['validate', 'f.ndjson'])).code).toBe(0);
    expect((await run(['validate', 'f.ndjson', '--input-format', 'csv'])).code).toBe(1);
  });
});

describe('runCli: usage errors exit 2', () => {
  it.each([
    [['frobnicate']],
    [['validate']],
    [['validate', 'good.csv', '--nope']],
    [['validate', 'good.csv', '--format', 'xml']],
    [['validate', 'good.csv', '--format', 'html']],
    [['validate', 'missing.csv']],
    [['validate', '.']],
    [['validate', 'good.csv', '--max-record-chars', 'x']],
    [['summarize', 'good.csv', '--by', 'colour']],
    [['summarize', 'good.csv', '--level', 'province']],
    [['summarize', 'good.csv', '--period', 'someday']],
    [['compare', 'good.csv']],
    [['compare', 'good.csv', '--current', 'x']],
    [['report', 'good.csv', '--compare', '2023']],
    [['parse']],
    [['parse', 'x', '--ref-date', '24/5']],
    [['extract', 'article.txt', '--date', 'today']],
    [['catalog', '--lang']],
    [[]],
  ])('%j', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err.length).toBeGreaterThan(0);
  });

  it('prints help for every command', async () => {
    for (const c of ['validate', 'summarize', 'compare', 'report', 'catalog', 'parse', 'convert', 'extract']) {
      const r = await run([c, '--help']);
      expect([c, r.code, r.out.startsWith('Usage: antq')]).toEqual([c, 0, true]);
    }
    expect((await run(['--help'])).out).toContain('Commands:');
    expect((await run(['help', 'compare'])).out).toContain('--align');
  });
});

describe('runCli: summarize and compare', () => {
  it('summarizes over a period, grouped as asked', async () => {
    const r = await run(['summarize', 'good.csv', '--period', '2023', '--by', 'indicator', '--format', 'json']);
    const j = JSON.parse(r.out);
    expect(j.summary.rows.map((x: { indicator: string; value: number; qualifier: string }) => [x.indicator, x.value, x.qualifier])).toEqual([
      ['marches', 15, 'over'],
      ['propaganda_sessions', 7, 'exact'],
    ]);
    expect(j.import.accepted).toBe(3);
    const md = await run(['summarize', 'good.csv', '--by', 'indicator,period', '--format', 'md', '--lang', 'vi']);
    expect(md.out).toContain('| marches | 2023 | Đợt tuần hành, diễu hành | trên | 15 |');
  });

  it('prints nothing and exits 1 when a strict input has errors', async () => {
    const r = await run(['summarize', 'bad.csv']);
    expect([r.code, r.out]).toEqual([1, '']);
    expect(r.err).toContain('bad.csv');
    expect((await run(['summarize', 'bad.csv', '--lenient', '--format', 'csv'])).code).toBe(0);
  });

  it('rolls units up to a level', async () => {
    const r = await run(['summarize', 'synth.csv', '--units', 'synth-units.csv', '--lenient', '--level', 'province', '--by', 'indicator,unit', '--format', 'json']);
    const units = new Set(JSON.parse(r.out).summary.rows.map((x: { unit: string }) => x.unit));
    expect([...units].every((u) => /^P\d\d$/.test(String(u)))).toBe(true);
  });

  it('compares two periods in one pass', async () => {
    const r = await run(['compare', 'good.csv', '--current', '2023', '--baseline', '2022', '--by', 'indicator', '--format', 'json']);
    const row = JSON.parse(r.out).comparison.rows[0];
    expect([row.indicator, row.change.value, row.change.qualifier]).toEqual(['marches', -5, 'over']);
    const text = await run(['compare', 'good.csv', '--current', '2023', '--format', 'table', '--lang', 'vi']);
    expect(text.out).toContain('Kỳ này 2023');
    expect((await run(['compare', 'good.csv', '--current', '2023', '--format', 'csv'])).out.split('\n')[0]).toBe(
      'indicator,category,uom,current_qualifier,current,baseline_qualifier,baseline,change_qualifier,change,percent_change,reason',
    );
  });
});

describe('runCli: report', () => {
  it('reproduces every figure of the seed article with its qualifier, in Vietnamese', async () => {
    const r = await run(['report', 'seed.csv', '--units', 'units.json', '--lang', 'vi', '--format', 'md']);
    expect(r.code).toBe(0);
    const seed = parseCsv(readFileSync(join(dir, 'seed.csv'), 'utf8'));
    const col = (name: string): number => seed.header.indexOf(name);
    const words: Record<string, string> = { '': '', over: '(?:trên|hơn) ', nearly: 'gần ' };
    for (const rec of seed.records) {
      const value = Number(rec.cells[col('value')]);
      const q = rec.cells[col('qualifier')] ?? '';
      const forms = [formatViNumber(value), formatViNumber(value, { scale: 'auto' })].map((s) => s.replace(/\./g, '\\.'));
      const re = new RegExp(`${words[q]}(?:${forms.join('|')})(?![\\d.,])`);
      expect([rec.row, re.test(r.out)]).toEqual([rec.row, true]);
    }
  });

  it('renders html, json and csv', async () => {
    expect((await run(['report', 'seed.csv', '--format', 'html', '--lang', 'vi'])).out).toContain('<html');
    const j = JSON.parse((await run(['report', 'seed.csv', '--format', 'json'])).out);
    expect(j.report.sections.length).toBeGreaterThan(0);
    expect((await run(['report', 'seed.csv', '--format', 'csv'])).out.split('\n')[0]).toBe('section,indicator,category,unit,period,qualifier,value,uom,lower,upper');
    const cmp = await run(['report', 'synth.csv', '--lenient', '--compare', '2018/2022:2013/2017', '--lang', 'vi', '--title', 'Thử']);
    expect(cmp.code).toBe(0);
    expect(cmp.out).toContain('Thử');
  });
});

describe('runCli: catalog, parse, convert, extract', () => {
  it('lists what it knows', async () => {
    const j = JSON.parse((await run(['catalog', '--format', 'json'])).out);
    expect(j.indicators.map((i: { id: string }) => i.id)).toContain('weapons_surrendered');
    expect(j.categories.some((c: { code: string }) => c.code === 'gun.military')).toBe(true);
    for (const list of ['indicators', 'categories', 'uoms', 'qualifiers']) expect((await run(['catalog', '--list', list, '--lang', 'vi'])).code).toBe(0);
    expect((await run(['catalog', '--list', 'units', '--units', 'synth-units.csv', '--format', 'csv'])).out).toContain('P01D01,Huyện 1.1,district,P01');
  });

  it('parses figure, date and period phrases', async () => {
    const q = JSON.parse((await run(['parse', 'hơn 81 nghìn lượt đơn thư', '--format', 'json'])).out);
    expect(q).toMatchObject({ kind: 'quantity', value: 81000, qualifier: 'over', lower: 81000, upper: null, uom: 'count', indicator: 'petitions_received' });
    const many = JSON.parse((await run(['parse', 'quý III/2009', 'Sáng 24/5', '2023-Q2', '17.543', '--ref-date', '2023-05-24', '--format', 'json'])).out);
    expect(many.map((x: { kind: string; period?: string; date?: string; value?: number }) => x.period ?? x.date ?? x.value)).toEqual(['2009-Q3', '2023-05-24', '2023-Q2', 17543]);
    expect(JSON.parse((await run(['parse', 'gần 50 loại mô hình tự quản', '--format', 'json'])).out).indicator).not.toBeNull();
    const bad = await run(['parse', 'không có số']);
    expect(bad.code).toBe(1);
    expect((await run(['parse', 'trên 127 khẩu súng quân dụng', '--format', 'csv'])).out).toContain('gun.military');
  });

  it('parses a phrase as it stands in a report: verb first, subject first, words, two figures', async () => {
    const one = async (p: string): Promise<Record<string, unknown>> => JSON.parse((await run(['parse', p, '--format', 'json'])).out) as Record<string, unknown>;
    expect(await one('vận động giao nộp 12 khẩu súng')).toMatchObject({ kind: 'quantity', value: 12, uom: 'piece', indicator: 'weapons_surrendered' });
    expect(await one('ba mươi lăm tổ tự quản')).toMatchObject({ kind: 'quantity', value: 35, qualifier: 'exact', indicator: 'security_teams' });
    expect(await one('hơn một nghìn lượt người tham gia')).toMatchObject({ value: 1000, qualifier: 'over' });
    const two = await one('giao nộp 12 khẩu súng quân dụng, 3 quả lựu đạn');
    expect(two).toMatchObject({ value: 12, category: 'gun.military' });
    expect((two.more as { value: number }[]).map((m) => m.value)).toEqual([3]);
    expect(await one('17.543')).toMatchObject({ kind: 'quantity', value: 17543, uom: 'count' });
    expect(await one('29 thanh thiếu niên')).toMatchObject({ value: 29, uom: 'person' });
    expect(await one('khoảng 6,5 tấn thuốc nổ')).toMatchObject({ value: 6500, qualifier: 'about', uom: 'kg' });
  });

  it('converts between formats and back, streaming', async () => {
    expect((await run(['convert', 'seed.csv', 'seed.ndjson'])).code).toBe(0);
    expect((await run(['convert', 'seed.ndjson', 'seed.json'])).code).toBe(0);
    expect((await run(['convert', 'seed.json', 'back.csv', '--write-vi-numbers', '--bom', '--format', 'json'])).code).toBe(0);
    const back = readFileSync(join(dir, 'back.csv'), 'utf8');
    expect(back.startsWith('\uFEFFprogram;unit;')).toBe(true);
    expect(back).toContain(';17.543;kg;');
    const again = JSON.parse((await run(['validate', 'back.csv', '--vi-numbers', '--format', 'json'])).out);
    expect([again.ok, again.accepted]).toEqual([true, 26]);
    const out = await run(['convert', 'good.csv', '-', '--output-format', 'ndjson']);
    expect(out.out.trim().split('\n')).toHaveLength(3);
  });

  it('leaves no output file when a strict conversion fails', async () => {
    const r = await run(['convert', 'bad.csv', 'bad.ndjson']);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'bad.ndjson'))).toBe(false);
    expect((await run(['convert', 'bad.csv', 'bad2.ndjson', '--lenient'])).code).toBe(0);
    expect(readFileSync(join(dir, 'bad2.ndjson'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('extracts figures as long-format CSV that validates', async () => {
    const r = await run(['extract', 'article.txt', '--unit', '42', '--date', '2023-05-24', '--program', '09/CTr-BCA-MTTW']);
    expect(r.code).toBe(0);
    writeFileSync(join(dir, 'extracted.csv'), r.out);
    const v = JSON.parse((await run(['validate', 'extracted.csv', '--format', 'json'])).out);
    expect(v.errors).toBe(0);
    expect(v.accepted).toBeGreaterThanOrEqual(2);
    expect((await run(['extract', 'article.txt', '--format', 'json'])).out).toContain('gun.military');
    expect((await run(['extract', 'article.txt', '--format', 'md'])).err).toContain('--unit');
  });
});
