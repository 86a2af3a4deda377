import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../../src/errors/isAntqError';
import { parseNdjson } from '../../../src/io/ndjson/parseNdjson';
import { readNdjson } from '../../../src/io/ndjson/readNdjson';
import type { NdjsonBatch } from '../../../src/io/ndjson/readNdjson';
import { asyncChunks, cut } from '../collect';

async function collect(batches: AsyncIterable<NdjsonBatch>): Promise<{ records: unknown[]; issues: unknown[]; count: number }> {
  const records: unknown[] = [];
  const issues: unknown[] = [];
  let count = 0;
  for await (const b of batches) {
    count++;
    records.push(...b.records);
    issues.push(...b.issues);
  }
  return { records, issues, count };
}

describe('readNdjson', () => {
  it('reads one value per line, skipping blank lines, reporting bad ones', async () => {
    const text = '\uFEFF{"unit":"VN-42","value":35}\r\n\r\n  \n[1,2]\n{oops\n"x"';
    const got = await collect(readNdjson(text));
    expect(got.records).toEqual([
      { row: 1, line: 1, value: { unit: 'VN-42', value: 35 }, text: '{"unit":"VN-42","value":35}' },
      { row: 2, line: 4, value: [1, 2], text: '[1,2]' },
      { row: 4, line: 6, value: 'x', text: '"x"' },
    ]);
    expect(got.issues).toEqual([expect.objectContaining({ code: 'invalid_json', row: 3, line: 5, position: 40 })]);
  });

  it('gives the same result however the input is cut, as text or bytes', async () => {
    const line = fc.oneof(
      fc.json({ maxDepth: 1 }),
      fc.constantFrom('', ' ', '{bad', '"ữ😀"', '\u0000', '[1,\r'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat({ max: 300 }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 30 }),
        async (lines, nl, at, maxRecordChars) => {
          const text = lines.join(nl);
          const whole = parseNdjson(text, { maxRecordChars });
          const asText = await collect(readNdjson(cut(text, at), { maxRecordChars, batchSize: 2 }));
          const asBytes = await collect(readNdjson(asyncChunks(cut(new TextEncoder().encode(text), at)), { maxRecordChars }));
          expect(asText.records).toEqual(whole.records);
          expect(asText.issues).toEqual(whole.issues);
          expect(asBytes.records).toEqual(whole.records);
          expect(asBytes.issues).toEqual(whole.issues);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('skips an over-long line without keeping it', async () => {
    async function* source(): AsyncGenerator<string> {
      yield '{"a":1}\n"';
      for (let i = 0; i < 200; i++) yield 'x'.repeat(10_000);
      yield '"\n{"a":2}\n';
    }
    const got = await collect(readNdjson(source(), { maxRecordChars: 1000 }));
    expect(got.records).toEqual([
      { row: 1, line: 1, value: { a: 1 }, text: '{"a":1}' },
      { row: 3, line: 3, value: { a: 2 }, text: '{"a":2}' },
    ]);
    expect(got.issues).toEqual([expect.objectContaining({ code: 'line_too_long', row: 2, line: 2 })]);
  });

  it.each([
    ['empty', ''],
    ['blank lines only', '\n \r\n'],
  ])('reports empty_input for %s input, in one batch', async (_, text) => {
    const got = await collect(readNdjson(text));
    expect(got.count).toBe(1);
    expect(got.issues).toEqual([expect.objectContaining({ code: 'empty_input' })]);
  });

  it('stops at binary content and at bytes that are not UTF-8', async () => {
    const nul = await collect(readNdjson('1\n2\u0000\n3\n'));
    expect(nul.records).toEqual([{ row: 1, line: 1, value: 1, text: '1' }]);
    expect(nul.issues).toEqual([expect.objectContaining({ code: 'binary_content', line: 2, position: 3 })]);
    const bad = await collect(readNdjson(new Uint8Array([0x31, 0x0a, 0xfe, 0x0a])));
    expect(bad.issues).toEqual([expect.objectContaining({ code: 'invalid_utf8', line: 2, position: 2 })]);
  });

  it('throws on bad options and sources', async () => {
    await expect(collect(readNdjson('1', { maxRecordChars: -1 }))).rejects.toThrow(/^readNdjson:/);
    let caught: unknown;
    try {
      await collect(readNdjson(7 as never));
    } catch (e) {
      caught = e;
    }
    expect(isAntqError(caught)).toBe(true);
  });
});
