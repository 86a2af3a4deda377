import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { aggregate } from '../../src/engine/aggregate';

// Past ~125k elements a spread into call arguments throws RangeError: these sizes used to crash.
const N = 140_000;

describe('results larger than the call stack', () => {
  it('aggregate returns more than 125k stock groups', () => {
    const figures = Array.from({ length: N }, (_, i) => ({ unit: `U${i}`, indicator: 'model_sites', value: 1, period: '2023-05-24' }));
    const { rows } = aggregate(figures, { by: ['indicator', 'unit'] });
    expect(rows).toHaveLength(N);
  }, 60_000);

  it('summarize prints a table of more than 125k rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'antq-large-'));
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
