import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';

async function help(argv: string[]): Promise<string> {
  let out = '';
  await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true } });
  return out;
}

describe('Vietnamese help for the database commands', () => {
  it('has a page of its own for load', async () => {
    const vi = await help(['load', '--help', '--lang', 'vi']);
    expect(vi).toContain('Cách dùng: antq load <tệp> --db');
    expect(vi).toContain('không bao giờ in mật khẩu');
    expect(vi).not.toContain('Usage:');
  });

  it('lists --db, --engine and --table on summarize and compare', async () => {
    for (const command of ['summarize', 'compare']) {
      const vi = await help([command, '--help', '--lang', 'vi']);
      expect(vi, command).toContain('Trong cơ sở dữ liệu (sau "antq load")');
      expect(vi, command).toMatch(/--table BẢNG {2,}bảng số liệu/);
    }
  });
});
