import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { aggregate } from '../../src/engine/aggregate';
import { tempDir } from '../tempDir';

// Past ~125k elements a spread into call arguments throws RangeError: these sizes used to crash.
const N = 140_000;

describe('results larger than the call stack', () => {
  it('aggregate returns more than 125k stock groups', () => {
    const figures = Array.from({ length: N }, (_, i) => ({ unit: `U${i}`, indicator: 'model_sites', value: 1, period: '2023-05-24' }));
    const { rows } = aggregate(figures, { by: ['indicator', 'unit'] });
    expect(rows).toHaveLength(N);
  }, 60_000);

  it('summarize prints a table of more than 125k rows', async () => {
    const dir = tempDir('antq-large-');
    const lines = ['unit,indicator,value,period'];
    for (let i = 0; i < N; i++) lines.push(`U${i},marches,1,2023`);
    writeFileSync(join(dir, 'big.csv'), `${lines.join('\n')}\n`);
    let out = '';
    let err = '';
    const code = await runCli(['summarize', 'big.csv', '--by', 'unit'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd: dir });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.split('\n').length).toBeGreaterThan(N);
  }, 60_000);
});

describe('a result too large for a format', () => {
  it('is refused with result_too_large in table and md, and printed in CSV', async () => {
    const { renderTable, MAX_TABLE_ROWS } = await import('../../src/cli/internal/table');
    const table = { columns: [{ key: 'unit', en: 'Unit', vi: 'Đơn vị' }], rows: Array.from({ length: MAX_TABLE_ROWS + 1 }, (_, i) => ({ unit: `U${i}` })) };
    expect(() => renderTable(table, 'table', 'en')).toThrow(/result_too_large/);
    expect(() => renderTable(table, 'md', 'vi')).toThrow(/result_too_large/);
    expect(renderTable(table, 'csv', 'en').split('\n')).toHaveLength(MAX_TABLE_ROWS + 3);
  });
});

describe('summarize and compare print row by row', () => {
  const dir = tempDir('antq-stream-');
  const lines = ['unit,indicator,value,period'];
  for (let i = 0; i < 30_000; i++) lines.push(`U${i},marches,${1 + (i % 5)},${i % 2 === 0 ? 2022 : 2023}`);
  writeFileSync(join(dir, 'f.csv'), `${lines.join('\n')}\n`);

  async function writes(argv: string[]): Promise<{ code: number; writes: string[]; err: string }> {
    const out: string[] = [];
    let err = '';
    const code = await runCli(argv, { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => (err += s) }, cwd: dir });
    return { code, writes: out, err };
  }

  for (const [name, argv] of [
    ['summarize', ['summarize', 'f.csv', '--by', 'unit']],
    ['compare', ['compare', 'f.csv', '--by', 'unit', '--current', '2023', '--baseline', '2022']],
  ] as const) {
    it(`${name}: CSV and JSON reach stdout in pieces, never as one string`, async () => {
      for (const format of ['csv', 'json']) {
        const r = await writes([...argv, '--format', format]);
        expect(r.code, r.err).toBe(0);
        expect(r.writes.length).toBeGreaterThan(10);
        expect(Math.max(...r.writes.slice(0, 200).map((s) => s.length))).toBeLessThan(200_000);
        if (format === 'json') {
          const out = JSON.parse(r.writes.join('')) as { summary?: { rows: unknown[] }; comparison?: { rows: unknown[]; notes: { code: string }[] } };
          expect((out.summary ?? out.comparison)?.rows).toHaveLength(name === 'summarize' ? 30_000 : 30_000);
          if (out.comparison !== undefined) expect(out.comparison.notes.map((n) => n.code)).toContain('coverage_differs');
        } else {
          expect(r.writes.join('').trim().split('\n')).toHaveLength(30_001);
        }
      }
    }, 60_000);
  }

  it('compare refuses a table or Markdown past MAX_TABLE_ROWS with result_too_large, before printing', async () => {
    const { MAX_TABLE_ROWS } = await import('../../src/cli/internal/table');
    const big = ['unit,indicator,value,period'];
    for (let i = 0; i <= MAX_TABLE_ROWS; i++) big.push(`U${i},marches,1,2023`);
    writeFileSync(join(dir, 'big.csv'), `${big.join('\n')}\n`);
    for (const format of ['table', 'md']) {
      const r = await writes(['compare', 'big.csv', '--by', 'unit', '--current', '2023', '--baseline', '2022', '--format', format]);
      expect(r.code).toBe(1);
      expect(r.writes).toEqual([]);
      expect(r.err).toMatch(/result_too_large: the result has 200001 rows/);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  }, 120_000);
});

describe('--max-groups', () => {
  const dir = tempDir('antq-groups-');
  const lines = ['unit,indicator,value,period'];
  for (let i = 0; i < 5; i++) lines.push(`U${i},marches,1,${i % 2 === 0 ? 2022 : 2023}`);
  writeFileSync(join(dir, 'f.csv'), `${lines.join('\n')}\n`);
  const run = async (argv: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd: dir });
    return { code, out, err };
  };

  for (const [name, argv] of [
    ['summarize', ['summarize', 'f.csv', '--by', 'unit']],
    ['compare', ['compare', 'f.csv', '--by', 'unit', '--current', '2023', '--baseline', '2022']],
  ] as const) {
    it(`${name}: past the limit, too_many_groups in every format, nothing printed, no stack trace`, async () => {
      for (const format of ['csv', 'json', 'table', 'md']) {
        const r = await run([...argv, '--format', format, '--max-groups', '2']);
        expect(r.code, r.err).toBe(1);
        expect(r.out).toBe('');
        expect(r.err).toMatch(/too_many_groups: the result has more than 2 groups/);
        expect(r.err).not.toMatch(/\n\s+at /);
      }
      const vi = await run([...argv, '--max-groups', '2', '--lang', 'vi']);
      expect(vi.err).toMatch(/too_many_groups: kết quả có hơn 2 nhóm/);
      const ok = await run([...argv, '--format', 'csv', '--max-groups', '5']);
      expect(ok.code, ok.err).toBe(0);
    });
  }

  it('must be a positive integer', async () => {
    for (const n of ['0', '0x10', '1e6', '5.0']) {
      const r = await run(['summarize', 'f.csv', '--max-groups', n]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--max-groups must be a positive integer/);
    }
  });
});
