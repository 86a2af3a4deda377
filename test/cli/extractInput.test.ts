import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';

let dir = '';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd: dir });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'antq-extract-'));
});

describe('extract checks its input like the figure readers', () => {
  it('refuses bytes that are not UTF-8, UTF-16 and NUL, with a code and a position', async () => {
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x54, 0x72, 0xea, 0x6e, 0x20, 0x31, 0x32, 0x37]));
    writeFileSync(join(dir, 'utf16.txt'), Buffer.from('\uFEFFtrên 127 khẩu súng', 'utf16le'));
    writeFileSync(join(dir, 'nul.txt'), 'Giao nộp 127 khẩu súng.\nx\u0000y 20 quả bom bi.\n');
    const latin1 = await run(['extract', 'latin1.txt']);
    expect(latin1).toMatchObject({ code: 1, out: '' });
    expect(latin1.err).toContain('invalid_utf8');
    expect(latin1.err).toContain('offset 2');
    const utf16 = await run(['extract', 'utf16.txt']);
    expect(utf16.code).toBe(1);
    expect(utf16.err).toContain('invalid_utf8');
    const nul = await run(['extract', 'nul.txt']);
    expect(nul).toMatchObject({ code: 1, out: '' });
    expect(nul.err).toContain('nul.txt:2: binary_content');
  });

  it('drops a byte order mark', async () => {
    writeFileSync(join(dir, 'bom.txt'), '\uFEFFĐã giao nộp trên 127 khẩu súng quân dụng.\n');
    const r = await run(['extract', 'bom.txt', '--unit', '42', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).figures[0].span[0]).toBe(12);
  });
});

describe('extract --format json writes each sentence once', () => {
  it('refers to sentences by index, so the output grows linearly with the text', async () => {
    for (const n of [1000, 4000]) {
      writeFileSync(join(dir, `ones${n}.txt`), `${'1 '.repeat(n)}\n`);
      const r = await run(['extract', `ones${n}.txt`, '--format', 'json']);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.out) as { sentences: { text: string }[]; unclassified: { sentence: number }[] };
      expect(j.sentences).toHaveLength(1);
      expect(j.unclassified.length).toBeGreaterThan(0);
      expect(j.unclassified.every((u) => u.sentence === 0)).toBe(true);
      expect(r.out.length).toBeLessThan(n * 400);
    }
  }, 60_000);
});
