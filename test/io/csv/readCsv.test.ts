import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../../src/errors/isAntqError';
import { parseCsv } from '../../../src/io/csv/parseCsv';
import { readCsv } from '../../../src/io/csv/readCsv';
import { asyncChunks, collectCsv, cut } from '../collect';

/** CSV-ish text rich in the characters that matter: delimiters, quotes, line ends, multi-byte. */
const csvText = fc
  .array(fc.constantFrom('a', 'b', 'x', ',', ',', ';', '"', '"', '\n', '\n', '\r', ' ', 'é', 'ữ', '😀', '\uFEFF'), {
    maxLength: 80,
  })
  .map((chars) => chars.join(''));

const options = fc.record({
  maxRecordChars: fc.integer({ min: 1, max: 24 }),
  delimiter: fc.constantFrom<',' | ';' | 'auto'>(',', ';', 'auto'),
  batchSize: fc.integer({ min: 1, max: 5 }),
});

const cuts = fc.array(fc.nat({ max: 400 }), { maxLength: 12 });

describe('readCsv', () => {
  it('gives the same table as parseCsv however a string is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, options, cuts, fc.boolean(), async (text, opts, at, useAsync) => {
        const whole = parseCsv(text, opts);
        const chunks = cut(text, at);
        const got = await collectCsv(readCsv(useAsync ? asyncChunks(chunks) : chunks, opts));
        expect(got.records).toEqual(whole.records);
        expect(got.issues).toEqual(whole.issues);
        expect(got.header).toEqual(whole.header);
        expect(got.delimiter).toBe(whole.delimiter);
        expect(got.bom).toBe(whole.bom);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same table however UTF-8 bytes are cut, across multi-byte characters', async () => {
    const encoder = new TextEncoder();
    await fc.assert(
      fc.asyncProperty(csvText, options, cuts, async (text, opts, at) => {
        const bytes = encoder.encode(text);
        const got = await collectCsv(readCsv(asyncChunks(cut(bytes, at)), opts));
        const whole = parseCsv(text, opts);
        expect(got.records).toEqual(whole.records);
        expect(got.issues).toEqual(whole.issues);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same table with a NUL anywhere, however it is cut', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, fc.nat(), options, cuts, async (text, where, opts, at) => {
        const p = where % (text.length + 1);
        const withNul = `${text.slice(0, p)}\u0000${text.slice(p)}`;
        const whole = parseCsv(withNul, opts);
        const got = await collectCsv(readCsv(cut(withNul, at), opts));
        expect(got.records).toEqual(whole.records);
        expect(got.issues).toEqual(whole.issues);
        expect(whole.issues.at(-1)?.code).toMatch(/binary_content|line_too_long|unclosed_quote/);
      }),
      { numRuns: 300 },
    );
  });

  it('reports bytes that are not UTF-8 at the same place however they are cut', async () => {
    const encoder = new TextEncoder();
    await fc.assert(
      fc.asyncProperty(csvText, fc.nat(), cuts, async (text, where, at) => {
        const good = encoder.encode(text);
        const p = where % (good.length + 1);
        const bytes = new Uint8Array([...good.subarray(0, p), 0xff, ...good.subarray(p)]);
        const one = await collectCsv(readCsv(bytes));
        const many = await collectCsv(readCsv(asyncChunks(cut(bytes, at))));
        expect(many.records).toEqual(one.records);
        expect(many.issues).toEqual(one.issues);
      }),
      { numRuns: 300 },
    );
  });

  it('stops on bytes that are not UTF-8 with their byte offset', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a,b\n1,Hà\n2,'), 0xc3, 0x28, ...new TextEncoder().encode('x\n3,4\n')]);
    const got = await collectCsv(readCsv([bytes.subarray(0, 9), bytes.subarray(9)]));
    expect(got.records.map((r) => r.cells)).toEqual([['1', 'Hà']]);
    expect(got.issues.map((i) => [i.code, i.line, i.position])).toEqual([['invalid_utf8', 3, 11]]);
    expect(got.issues[0]?.message).toContain('byte 12');
  });

  it('reads ASCII chunks that are views into a larger buffer', async () => {
    const text = 'unit,value\nVN-42,1\nVN-43,2\n';
    const bytes = new TextEncoder().encode(text);
    const big = new Uint8Array(bytes.length + 8).fill(0xff);
    big.set(bytes, 4);
    const got = await collectCsv(readCsv([big.subarray(4, 15), big.subarray(15, 4 + bytes.length)]));
    const whole = parseCsv(text);
    expect(got.records).toEqual(whole.records);
    expect(got.issues).toEqual([]);
  });

  it('reports a character left open before an ASCII chunk where it starts', async () => {
    const head = new TextEncoder().encode('unit,value\nVN-42,');
    const rest = new TextEncoder().encode('1\nVN-43,2\n');
    const bytes = new Uint8Array([...head, 0xc3, ...rest]);
    const one = await collectCsv(readCsv(bytes));
    for (const chunks of [[head, new Uint8Array([0xc3]), rest], [new Uint8Array([...head, 0xc3]), rest]]) {
      const got = await collectCsv(readCsv(chunks));
      expect(got.records).toEqual(one.records);
      expect(got.issues).toEqual(one.issues);
    }
    expect(one.issues.map((i) => [i.code, i.line])).toEqual([['invalid_utf8', 2]]);
    expect(one.issues[0]?.message).toContain(`byte ${head.length}`);
  });

  it('reports a file cut in the middle of a character', async () => {
    const bytes = new TextEncoder().encode('a\nữ');
    const got = await collectCsv(readCsv(bytes.subarray(0, bytes.length - 1)));
    expect(got.issues.map((i) => [i.code, i.line])).toEqual([['invalid_utf8', 2]]);
  });

  it('walks past a 50 MB line in bounded memory and carries on', async () => {
    const chunk = 'x'.repeat(1 << 16);
    const chunks = 800; // 800 × 64 Ki characters ≈ 52 M characters on one line
    let produced = 0;
    async function* source(): AsyncGenerator<string> {
      yield 'unit,value\nVN-42,1\n';
      for (let i = 0; i < chunks; i++) {
        produced++;
        yield chunk;
      }
      yield ',2\nVN-42,3\n';
    }
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const records: string[][] = [];
    const issues: [string, number | undefined, number][] = [];
    for await (const batch of readCsv(source(), { maxRecordChars: 4096 })) {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      for (const r of batch.records) records.push([...r.cells]);
      for (const i of batch.issues) issues.push([i.code, i.row, i.line]);
    }
    expect(produced).toBe(chunks);
    expect(records).toEqual([
      ['VN-42', '1'],
      ['VN-42', '3'],
    ]);
    expect(issues).toEqual([['line_too_long', 2, 3]]);
    // The line is ~100 MB as UTF-16; the reader may hold one record plus a chunk or two.
    expect(peak - before).toBeLessThan(20 * 1024 * 1024);
  });

  it('walks past a long quoted cell spanning many chunks and lines', async () => {
    async function* source(): AsyncGenerator<string> {
      yield 'a,b\n1,"';
      for (let i = 0; i < 100; i++) yield 'text\r\n"" more ';
      yield '"\r\n2,3\n';
    }
    const got = await collectCsv(readCsv(source(), { maxRecordChars: 100 }));
    expect(got.records.map((r) => [r.row, r.line, r.cells])).toEqual([[2, 103, ['2', '3']]]);
    expect(got.issues.map((i) => [i.code, i.row, i.line])).toEqual([['line_too_long', 1, 2]]);
  });

  it('reads a file stream', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'antq-io-'));
    try {
      const path = join(dir, 'figures.csv');
      const lines = ['\uFEFFunit;indicator;value'];
      for (let i = 0; i < 5000; i++) lines.push(`VN-${i % 63};marches;${i}`);
      writeFileSync(path, `${lines.join('\r\n')}\r\n`, 'utf8');
      const got = await collectCsv(readCsv(createReadStream(path, { highWaterMark: 1000 }), { batchSize: 700 }));
      expect(got.bom).toBe(true);
      expect(got.delimiter).toBe(';');
      expect(got.header).toEqual(['unit', 'indicator', 'value']);
      expect(got.records).toHaveLength(5000);
      expect(got.records[4999]).toEqual({ row: 5000, line: 5001, cells: ['VN-22', 'marches', '4999'] });
      expect(got.issues).toEqual([]);
      expect(got.batches).toBeGreaterThan(7);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('yields batches no larger than batchSize', async () => {
    const text = `a\n${Array.from({ length: 10 }, (_, i) => String(i)).join('\n')}\n`;
    const sizes: number[] = [];
    for await (const b of readCsv(text, { batchSize: 3 })) sizes.push(b.records.length);
    expect(sizes).toEqual([3, 3, 3, 1]);
  });

  it('yields one batch with empty_input for an empty source', async () => {
    for (const source of ['', [], new Uint8Array(0), asyncChunks<string>([])]) {
      const got = await collectCsv(readCsv(source));
      expect(got.batches).toBe(1);
      expect(got.issues.map((i) => i.code)).toEqual(['empty_input']);
    }
  });

  it('stops reading the source after a fatal issue and when the caller breaks', async () => {
    let pulled = 0;
    function* source(): Generator<string> {
      for (;;) {
        pulled++;
        yield 'a,b\n\u0000';
      }
    }
    const got = await collectCsv(readCsv(source()));
    expect(got.issues.map((i) => i.code)).toEqual(['binary_content']);
    expect(pulled).toBe(1);

    let closed = false;
    function* endless(): Generator<string> {
      try {
        yield 'a\n';
        for (;;) yield '1\n';
      } finally {
        closed = true;
      }
    }
    for await (const batch of readCsv(endless(), { batchSize: 10 })) {
      if (batch.records.length > 0) break;
    }
    expect(closed).toBe(true);
  });

  it.each([
    ['a number source', 42],
    ['a plain object', { a: 1 }],
    ['null', null],
    ['a chunk that is a number', [1, 2]],
  ])('throws on %s', async (_, source) => {
    let caught: unknown;
    try {
      await collectCsv(readCsv(source as never));
    } catch (e) {
      caught = e;
    }
    expect(isAntqError(caught)).toBe(true);
    expect((caught as Error).message.startsWith('readCsv:')).toBe(true);
  });

  it('throws on a bad batch size', async () => {
    await expect(collectCsv(readCsv('a\n', { batchSize: 0 }))).rejects.toThrow(/^readCsv:/);
  });
});
