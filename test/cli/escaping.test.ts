import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { tempDir } from '../tempDir';

async function summarize(csv: string, format: string): Promise<string> {
  const dir = tempDir('antq-esc-');
  writeFileSync(join(dir, 'f.csv'), csv);
  let out = '';
  const code = await runCli(['summarize', 'f.csv', '--by', 'unit', '--format', format], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: dir });
  expect(code).toBe(0);
  return out;
}

const CSV = 'unit,indicator,value,period\n"<script>alert(1)</script>",marches,1,2023\n"<img src=x onerror=alert(1)>",marches,2,2023\n"[x](javascript:alert(1))",marches,3,2023\n"\u001b]0;pwned\u0007\u202eevil",marches,4,2023\n';

describe('every output format escapes for its medium', () => {
  it('md: HTML and link syntax stay text', async () => {
    const md = await summarize(CSV, 'md');
    expect(md).not.toMatch(/(?<!\\)<(script|img)/);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
  });

  it('table: no control character reaches the terminal', async () => {
    const table = await summarize(CSV, 'table');
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(table).toContain('\\x1b]0;pwned\\x07\\u202eevil');
  });

  it('csv keeps the cell as it is (quoted), for machines', async () => {
    const csv = await summarize(CSV, 'csv');
    expect(csv).toContain('<script>alert(1)</script>');
  });
});
