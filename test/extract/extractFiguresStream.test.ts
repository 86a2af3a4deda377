import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { AntqError } from '../../src/errors/AntqError';
import type { Issue } from '../../src/errors/Issue';
import { extractFigures, type ExtractFiguresResult } from '../../src/extract/extractFigures';
import { extractFiguresStream, type ExtractedBatch, type ExtractFiguresStreamOptions } from '../../src/extract/extractFiguresStream';
import type { TextSource } from '../../src/io/TextSource';

const DIRS = [join(__dirname, 'corpus'), join(__dirname, 'corpus-blind', 'tune')];
const TEXTS: { name: string; text: string }[] = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.vi.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') })),
);

async function collect(source: TextSource, options: ExtractFiguresStreamOptions = {}): Promise<ExtractFiguresResult & { batches: ExtractedBatch[] }> {
  const out = { figures: [] as ExtractFiguresResult['figures'], unclassified: [] as ExtractFiguresResult['unclassified'], issues: [] as Issue[], batches: [] as ExtractedBatch[] };
  for await (const b of extractFiguresStream(source, options)) {
    out.batches.push(b);
    for (const f of b.figures) out.figures.push(f);
    for (const u of b.unclassified) out.unclassified.push(u);
    for (const i of b.issues) out.issues.push(i);
  }
  return out;
}

/** The text as UTF-8 bytes in pieces of `size` bytes (characters split across pieces). */
function* bytesOf(text: string, size: number): Generator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const oneShot = (text: string, options: ExtractFiguresStreamOptions = {}): ExtractFiguresResult => {
  const { maxParagraphChars, ...rest } = options;
  void maxParagraphChars;
  return extractFigures(text, rest);
};

describe('extractFiguresStream gives what extractFigures gives', () => {
  it('on every corpus text, read from bytes in small pieces', async () => {
    expect(TEXTS.length).toBeGreaterThan(40);
    for (const { name, text } of TEXTS) {
      for (const options of [{}, { date: '2024-12-31', unit: '42', source: name }] as const) {
        const streamed = await collect(bytesOf(text, 7), options);
        const { batches, ...result } = streamed;
        expect(result, name).toEqual(oneShot(text, options));
        // empty batches are skipped: a text with nothing to report yields none
        const found = result.figures.length + result.unclassified.length + result.issues.length;
        expect(batches.length > 0, name).toBe(found > 0);
      }
    }
  }, 120_000);

  it('on all texts as one document cut into many small pieces: offsets, periods and issue paths of the whole', async () => {
    const doc = `date 2024-12-15\n${TEXTS.map((t) => t.text.replace(/^\uFEFF?date [^\n]*\n/u, '')).join('\n\n')}`;
    const streamed = await collect(doc, { maxParagraphChars: 1024, unit: '42' });
    const { batches, ...result } = streamed;
    const whole = oneShot(doc, { unit: '42' });
    expect(whole.figures.length).toBeGreaterThan(500);
    expect(result).toEqual(whole);
    // Many batches, in text order, each starting where the text says.
    expect(batches.length).toBeGreaterThan(50);
    for (let i = 1; i < batches.length; i++) expect((batches[i] as ExtractedBatch).span[0]).toBeGreaterThanOrEqual((batches[i - 1] as ExtractedBatch).span[1]);
    for (const b of batches) {
      expect(b.line).toBe(doc.slice(0, b.span[0]).split('\n').length);
      for (const f of b.figures) {
        expect(f.span[0]).toBeGreaterThanOrEqual(b.span[0]);
        expect(f.span[1]).toBeLessThanOrEqual(b.span[1]);
        expect(doc.slice(f.span[0], f.span[1])).toBe(f.note);
      }
    }
  }, 120_000);

  it('applies a programme code met after the first figures to them too, and its date to the periods', async () => {
    const text = [
      'Trong giai đoạn 2013-2023, Nhân dân đã giao nộp 127 khẩu súng quân dụng.',
      '',
      'Các địa phương tổ chức 35 cuộc mít tinh, diễu hành.',
      ...Array.from({ length: 400 }, () => '\nPhong trào được duy trì thường xuyên, nền nếp.\n'),
      '',
      'Tổng kết 10 năm thực hiện Chương trình số 09/CTr-BCA-MTTW ngày 1/8/2013 của Bộ Công an.',
      '',
    ].join('\n');
    const streamed = await collect(text, { maxParagraphChars: 4096, date: '2023-05-24' });
    expect(text.length).toBeGreaterThan(4 * 4096);
    const whole = extractFigures(text, { date: '2023-05-24' });
    expect(whole.figures[0]).toMatchObject({ program: '09/CTr-BCA-MTTW', period: '2013-08-01/2023-05-24' });
    expect(streamed.figures).toEqual(whole.figures);
    expect(streamed.issues).toEqual(whole.issues);
  });

  it('drops a byte order mark and counts offsets after it, as the readers do', async () => {
    const r = await collect(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Đã giao nộp trên 127 khẩu súng quân dụng.\n')]));
    expect(r.figures[0]?.span[0]).toBe(12);
    expect(r.figures[0]?.note).toBe('trên 127 khẩu súng quân dụng');
  });
});

describe('extractFiguresStream reports bad input as issues', () => {
  it('stops at bytes that are not UTF-8 after the figures before them', async () => {
    const good = new TextEncoder().encode('Giao nộp 127 khẩu súng quân dụng.\n\n');
    const r = await collect([good, new Uint8Array([0x54, 0xea, 0x6e])]);
    expect(r.figures.map((f) => f.value)).toEqual([127]);
    expect(r.issues.at(-1)).toMatchObject({ code: 'invalid_utf8', severity: 'error', line: 3 });
  });

  it('stops at a NUL (a binary or UTF-16 file) with its line and position', async () => {
    const r = await collect('Giao nộp 127 khẩu súng quân dụng.\nx\u0000y 20 quả bom bi.\n');
    expect(r.figures.map((f) => f.value)).toEqual([127]);
    expect(r.issues.at(-1)).toMatchObject({ code: 'binary_content', severity: 'error', line: 2, position: 35 });
    const utf16 = await collect(new Uint8Array(Buffer.from('trên 127 khẩu súng', 'utf16le')));
    expect(utf16.issues.map((i) => i.code)).toEqual(['binary_content']);
  });

  it('cuts a line longer than the limit at a sentence end, with a warning, keeping offsets', async () => {
    const sentence = 'Nhân dân đã giao nộp 12 khẩu súng săn. ';
    const line = sentence.repeat(200);
    const r = await collect(`${line}\n`, { maxParagraphChars: 1024 });
    expect(r.figures).toHaveLength(200);
    expect(r.figures.map((f) => f.span[0])).toEqual(Array.from({ length: 200 }, (_, i) => i * sentence.length + 21));
    expect(r.issues.some((i) => i.code === 'paragraph_cut' && i.severity === 'warning')).toBe(true);
    // One endless word is cut too, never kept whole.
    const endless = await collect('1'.repeat(50_000), { maxParagraphChars: 1024 });
    expect(endless.figures).toEqual([]);
  });

  it('refuses bad arguments as programmer misuse', async () => {
    await expect(collect('x', { maxParagraphChars: 10 })).rejects.toBeInstanceOf(AntqError);
    await expect(collect(42 as unknown as string)).rejects.toBeInstanceOf(AntqError);
    await expect(collect('x', { date: '2023-02-30' })).rejects.toBeInstanceOf(AntqError);
  });
});

describe('extractFiguresStream runs in bounded memory and linear time', () => {
  /** Report paragraphs with changing numbers, produced lazily: the input itself is never in memory. */
  function* prose(chars: number): Generator<string> {
    let made = 0;
    let n = 0;
    while (made < chars) {
      for (const { text } of TEXTS) {
        n++;
        const piece = `${text.replace(/^\uFEFF?date [^\n]*\n/u, '').replace(/\d{3,}/gu, (m) => String((Number(m.replace(/\D/gu, '')) + n) % 100_000))}\n\n`;
        made += piece.length;
        yield piece;
        if (made >= chars) return;
      }
    }
  }

  it('keeps the heap flat while 4 MB go through, and 4 MB cost about four times 1 MB', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const run = async (chars: number): Promise<{ cpuMs: number; peakMb: number; figures: number }> => {
      gc();
      const base = process.memoryUsage().heapUsed;
      let peak = 0;
      let figures = 0;
      let batches = 0;
      const t0 = process.cpuUsage();
      let gcTime = 0;
      for await (const b of extractFiguresStream(prose(chars), { date: '2024-12-31' })) {
        figures += b.figures.length;
        if (++batches % 8 === 0) {
          const g = process.cpuUsage();
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - base);
          const d = process.cpuUsage(g);
          gcTime += (d.user + d.system) / 1000;
        }
      }
      const c = process.cpuUsage(t0);
      return { cpuMs: (c.user + c.system) / 1000 - gcTime, peakMb: peak / 1e6, figures };
    };
    await run(200_000); // warms the compiler, so that the two timed runs compare like with like
    const small = await run(1_000_000);
    const big = await run(4_000_000);
    expect(big.figures).toBeGreaterThan(3 * small.figures);
    // Whole-text extraction holds every token of the input: its heap grows by hundreds of MB for 4 MB.
    expect(big.peakMb).toBeLessThan(40);
    expect(big.peakMb).toBeLessThan(small.peakMb + 15);
    // Linear: about 4×; quadratic work would be 16×. Generous for a busy shared machine.
    expect(big.cpuMs).toBeLessThan(small.cpuMs * 7 + 1000);
  }, 300_000);
});
