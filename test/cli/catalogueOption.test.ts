import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import { extendCatalogue } from '../../src/catalogue/extendCatalogue';
import { runCliIn, type CliRun } from './runCliIn';
import { tempDir } from '../tempDir';

let dir = '';

const cli = (argv: string[]): Promise<CliRun> => runCliIn(dir, argv);

const TEAM = extendCatalogue(BUILTIN_CATALOGUE, {
  indicators: {
    drug_users_treated: {
      labelVi: 'Người nghiện được cai',
      labelEn: 'Drug users treated',
      nounVi: 'người nghiện được cai',
      nounEn: 'drug users treated',
      synonymsVi: ['người nghiện được cai nghiện'],
      uoms: ['person'],
      defaultUom: 'person',
      kind: 'flow',
      timeAggregation: 'sum',
      unitAggregation: 'sum',
    },
  },
});

beforeAll(() => {
  dir = tempDir('antq-catalogue-');
  writeFileSync(join(dir, 'team.json'), JSON.stringify(TEAM));
  writeFileSync(
    join(dir, 'f.csv'),
    ['unit,indicator,value,period,uom', '42,drug_users_treated,12,2023,person', '43,drug_users_treated,5,2023,person', '42,marches,3,2023,count'].join('\n') + '\n',
  );
  const broken = JSON.parse(JSON.stringify(TEAM)) as Record<string, Record<string, unknown>>;
  (broken['drug_users_treated'] as Record<string, unknown>)['subsetOf'] = 'no_such_indicator';
  writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
  const malformed = JSON.parse(JSON.stringify(TEAM)) as Record<string, Record<string, unknown>>;
  (malformed['drug_users_treated'] as Record<string, unknown>)['uoms'] = 'person';
  (malformed['drug_users_treated'] as Record<string, unknown>)['pairedWith'] = 'marches';
  writeFileSync(join(dir, 'malformed.json'), JSON.stringify(malformed));
  writeFileSync(join(dir, 'list.json'), '[]');
  writeFileSync(join(dir, 'notjson.json'), '{ "drug_users_treated": ');
});

describe('--catalogue FILE: a team catalogue saved as JSON', () => {
  it('validate: a custom indicator is unknown_indicator without it and valid with it', async () => {
    const without = await cli(['validate', 'f.csv']);
    expect(without.code).toBe(1);
    expect(without.out).toContain('unknown_indicator');
    const withIt = await cli(['validate', 'f.csv', '--catalogue', 'team.json', '--format', 'json']);
    expect(withIt.code, withIt.err + withIt.out).toBe(0);
    expect(JSON.parse(withIt.out)).toMatchObject({ ok: true, accepted: 3, rejected: 0 });
  });

  it('summarize: sums the custom indicator with it, fails with unknown_indicator without it', async () => {
    const without = await cli(['summarize', 'f.csv', '--format', 'json']);
    expect(without.code).toBe(1);
    expect(without.err).toMatch(/error/);
    const report = await cli(['validate', 'f.csv', '--format', 'json']);
    expect(JSON.stringify(JSON.parse(report.out))).toContain('unknown_indicator');

    const json = await cli(['summarize', 'f.csv', '--catalogue', 'team.json', '--format', 'json']);
    expect(json.code, json.err).toBe(0);
    const rows = (JSON.parse(json.out) as { summary: { rows: { indicator: string; value: number }[] } }).summary.rows;
    expect(rows.find((r) => r.indicator === 'drug_users_treated')?.value).toBe(17);
    const table = await cli(['summarize', 'f.csv', '--catalogue', 'team.json', '--lang', 'vi']);
    expect(table.code, table.err).toBe(0);
    expect(table.out).toContain('Người nghiện được cai');
  });

  it('compare, report and convert take it too', async () => {
    const compare = await cli(['compare', 'f.csv', '--current', '2023', '--baseline', '2022', '--catalogue', 'team.json', '--format', 'csv']);
    expect(compare.code, compare.err).toBe(0);
    expect(compare.out).toMatch(/\ndrug_users_treated,/);
    const report = await cli(['report', 'f.csv', '--period', '2023', '--catalogue', 'team.json', '--format', 'csv']);
    expect(report.code, report.err).toBe(0);
    expect(report.out).toMatch(/,drug_users_treated,.*,17,/);
    const convert = await cli(['convert', 'f.csv', 'out.ndjson', '--catalogue', 'team.json']);
    expect(convert.code, convert.err).toBe(0);
    expect(readFileSync(join(dir, 'out.ndjson'), 'utf8').split('\n').filter((l) => l.includes('drug_users_treated'))).toHaveLength(2);
    expect((await cli(['convert', 'f.csv', 'out2.ndjson'])).code).toBe(1);
  });

  it('load and summarize --db take it too', async () => {
    expect((await cli(['load', 'f.csv', '--db', 'nocat.duckdb'])).code).toBe(1);
    const load = await cli(['load', 'f.csv', '--db', 'team.duckdb', '--catalogue', 'team.json', '--format', 'json']);
    expect(load.code, load.err).toBe(0);
    expect((JSON.parse(load.out) as { loaded: number }).loaded).toBe(3);
    const inDb = await cli(['summarize', '--db', 'team.duckdb', '--catalogue', 'team.json', '--format', 'json']);
    expect(inDb.code, inDb.err).toBe(0);
    const inProcess = await cli(['summarize', 'f.csv', '--catalogue', 'team.json', '--format', 'json']);
    expect((JSON.parse(inDb.out) as { summary: unknown }).summary).toEqual((JSON.parse(inProcess.out) as { summary: unknown }).summary);
  }, 60_000);

  it('catalog lists it; extract and parse read its words', async () => {
    const catalog = await cli(['catalog', '--catalogue', 'team.json', '--format', 'json']);
    expect(catalog.code, catalog.err).toBe(0);
    const ids = (JSON.parse(catalog.out) as { indicators: { id: string }[] }).indicators.map((i) => i.id);
    expect(ids).toContain('drug_users_treated');
    expect(ids).toHaveLength(Object.keys(TEAM).length);
    expect((JSON.parse((await cli(['catalog', '--format', 'json'])).out) as { indicators: { id: string }[] }).indicators.map((i) => i.id)).not.toContain('drug_users_treated');

    const parsed = await cli(['parse', '35 người nghiện được cai nghiện', '--catalogue', 'team.json', '--format', 'json']);
    expect(parsed.code, parsed.err).toBe(0);
    expect(JSON.parse(parsed.out)).toMatchObject({ kind: 'quantity', value: 35, indicator: 'drug_users_treated' });
    const plain = await cli(['parse', '35 người nghiện được cai nghiện', '--format', 'json']);
    expect((JSON.parse(plain.out) as { indicator: string | null }).indicator).not.toBe('drug_users_treated');

    writeFileSync(join(dir, 'text.txt'), 'Năm 2023 có 35 người nghiện được cai nghiện tại địa phương.\n');
    const extracted = await cli(['extract', 'text.txt', '--unit', '42', '--catalogue', 'team.json', '--format', 'json']);
    expect(extracted.code, extracted.err).toBe(0);
    expect((JSON.parse(extracted.out) as { figures: { indicator: string; value: number }[] }).figures).toContainEqual(expect.objectContaining({ indicator: 'drug_users_treated', value: 35 }));
  });

  it('a catalogue that fails validateCatalogue is refused with invalid_catalogue and each issue, exit 1', async () => {
    for (const command of [['validate', 'f.csv'], ['summarize', 'f.csv'], ['catalog'], ['parse', '12 người'], ['extract', 'f.csv']]) {
      const r = await cli([...command, '--catalogue', 'broken.json']);
      expect(r.code, command.join(' ')).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toContain('broken.json: invalid_catalogue');
      expect(r.err).toMatch(/broken\.json: unknown_reference: .*drug_users_treated/);
    }
    const vi = await cli(['summarize', 'f.csv', '--catalogue', 'broken.json', '--lang', 'vi']);
    expect(vi.err).toContain('danh mục có 1 lỗi');
  });

  it('a malformed file is a coded error, never a stack trace: exit 1, and 2 when it does not exist', async () => {
    const malformed = await cli(['summarize', 'f.csv', '--catalogue', 'malformed.json']);
    expect(malformed.code).toBe(1);
    expect(malformed.err).toContain('invalid_catalogue');
    expect(malformed.err).toMatch(/invalid_type: .*drug_users_treated\.uoms/);
    expect(malformed.err).not.toMatch(/TypeError|\n\s+at /);
    for (const file of ['list.json', 'notjson.json']) {
      const r = await cli(['validate', 'f.csv', '--catalogue', file]);
      expect(r.code, file).toBe(1);
      expect(r.err).toContain(`${file}: invalid_catalogue`);
    }
    const missing = await cli(['validate', 'f.csv', '--catalogue', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.json: no such file');
  });

  it('is in the help of every command that takes it, in English and Vietnamese', async () => {
    for (const command of ['validate', 'summarize', 'compare', 'report', 'catalog', 'extract', 'parse', 'convert', 'load']) {
      expect((await cli([command, '--help'])).out, command).toMatch(/--catalogue FILE {2,}a team's own catalogue as JSON/);
      expect((await cli([command, '--help', '--lang', 'vi'])).out, command).toMatch(/--catalogue TỆP {2,}danh mục riêng của đơn vị dạng JSON/);
    }
    expect((await cli(['units', '--help'])).out).not.toContain('--catalogue');
  });

  it('units does not take it (it uses no catalogue)', async () => {
    const r = await cli(['units', '--catalogue', 'team.json']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown option --catalogue');
  });
});
