import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { extractFigures, type ExtractFiguresResult } from '../../src/extract/extractFigures';
import { tempDir } from '../tempDir';

let dir = '';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd: dir });
  return { code, out, err };
}

beforeAll(() => {
  dir = tempDir('antq-extract-');
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

describe('extract streams its output', () => {
  const corpus = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.vi.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF?date [^\n]*\n/u, ''));
  const here = join(__dirname, '..', 'extract');
  const doc = `date 2024-12-15\n${[...corpus(join(here, 'corpus')), ...corpus(join(here, 'corpus-blind', 'tune'))].join('\n\n')}`;

  /** The JSON of the whole result built in memory: each sentence once, figures' sentences first. */
  function wholeJson(r: ExtractFiguresResult): string {
    const sentences: { text: string; span: readonly [number, number] }[] = [];
    const index = new Map<number, number>();
    const strip = <T extends { readonly sentence: string; readonly sentenceSpan: readonly [number, number] }>(x: T): Omit<T, 'sentence'> & { sentence: number } => {
      const { sentence, ...rest } = x;
      let i = index.get(x.sentenceSpan[0]);
      if (i === undefined) {
        i = sentences.length;
        index.set(x.sentenceSpan[0], i);
        sentences.push({ text: sentence, span: x.sentenceSpan });
      }
      return { ...rest, sentence: i };
    };
    const figures = r.figures.map(strip);
    const unclassified = r.unclassified.map(strip);
    return `${JSON.stringify({ sentences, figures, unclassified, issues: r.issues }, null, 2)}\n`;
  }

  it('writes the JSON of the whole text byte for byte, sentence numbers across paragraphs included', async () => {
    writeFileSync(join(dir, 'doc.txt'), doc);
    const r = await run(['extract', 'doc.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    const whole = extractFigures(doc, { source: 'doc.txt' });
    expect(whole.unclassified.some((u) => !whole.figures.some((f) => f.sentenceSpan[0] === u.sentenceSpan[0]))).toBe(true);
    expect(r.out).toBe(wholeJson(whole));
  }, 60_000);

  it('reads standard input and prints nothing when it turns out to be binary', async () => {
    const chunks = (text: string): AsyncIterable<string> => ({
      async *[Symbol.asyncIterator]() {
        for (let i = 0; i < text.length; i += 4096) yield text.slice(i, i + 4096);
      },
    });
    const io = (text: string, sink: { out: string; err: string }) => ({ stdout: { write: (s: string) => (sink.out += s) }, stderr: { write: (s: string) => (sink.err += s) }, stdin: chunks(text), cwd: dir });
    const ok = { out: '', err: '' };
    expect(await runCli(['extract', '-', '--unit', '42'], io(doc, ok))).toBe(0);
    writeFileSync(join(dir, 'doc2.txt'), doc);
    expect(ok.out).toBe((await run(['extract', 'doc2.txt', '--unit', '42'])).out.replaceAll('doc2.txt', 'stdin'));
    const bad = { out: '', err: '' };
    expect(await runCli(['extract', '-'], io(`${doc}\n\u0000`, bad))).toBe(1);
    expect(bad.out).toBe('');
    expect(bad.err).toContain('binary_content');
  }, 60_000);
});
