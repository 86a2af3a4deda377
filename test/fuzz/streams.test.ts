// Fuzz suite, part 2: the streaming readers against their one-shot twins under any chunking, the
// UTF-8 decoder, the JSON array reader and the Vietnamese period parser. `npm run fuzz` varies the seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/io/decodeSource';
import { parseCsv } from '../../src/io/csv/parseCsv';
import { readCsv } from '../../src/io/csv/readCsv';
import { parseJsonArray } from '../../src/io/json/parseJsonArray';
import { parseNdjson } from '../../src/io/ndjson/parseNdjson';
import { readNdjson } from '../../src/io/ndjson/readNdjson';
import { parseViPeriod } from '../../src/viDate/parseViPeriod';
import { readViNumberWords } from '../../src/viNumber/readViNumberWords';
import { chunking, csvText, cut, encoding, FUZZ, ndjsonText } from './arbitraries';

const params = { seed: FUZZ.seed, numRuns: FUZZ.runs };

function source(parts: readonly (string | Uint8Array)[]): AsyncIterable<string | Uint8Array> {
  return (async function* () {
    yield* parts;
  })();
}

async function streamedCsv(parts: readonly (string | Uint8Array)[]): Promise<unknown> {
  const records: unknown[] = [];
  const issues: unknown[] = [];
  let header: readonly string[] = [];
  for await (const b of readCsv(source(parts), { batchSize: 2 })) {
    header = b.header;
    for (const r of b.records) records.push(r);
    for (const i of b.issues) issues.push(i);
  }
  return { header, records, issues };
}

async function streamedNdjson(parts: readonly (string | Uint8Array)[]): Promise<unknown> {
  const records: unknown[] = [];
  const issues: unknown[] = [];
  for await (const b of readNdjson(source(parts), { batchSize: 2 })) {
    for (const r of b.records) records.push(r);
    for (const i of b.issues) issues.push(i);
  }
  return { records, issues };
}

describe('fuzz: streaming readers match their one-shot twins for any chunking', () => {
  it('readCsv gives what parseCsv gives, for text in any pieces and for its UTF-8 bytes in any pieces', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, chunking, async (t, cuts) => {
        const whole = parseCsv(t);
        const streamed = (await streamedCsv(cut(t, cuts))) as { header: readonly string[]; records: unknown[]; issues: unknown[] };
        expect(streamed.records).toEqual(whole.records);
        expect(streamed.issues).toEqual(whole.issues);
        // Bytes carry the text TextEncoder makes of it (a lone surrogate becomes U+FFFD); the reference
        // keeps a leading BOM (ignoreBOM), so that the reader strips exactly one BOM on both sides.
        const bytes = new TextEncoder().encode(t);
        expect(await streamedCsv(cut(bytes, cuts))).toEqual(await streamedCsv([new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)]));
      }),
      params,
    );
  }, FUZZ.timeout);

  it('readNdjson gives what parseNdjson gives, for text or bytes in any pieces', async () => {
    await fc.assert(
      fc.asyncProperty(ndjsonText, chunking, async (t, cuts) => {
        const whole = parseNdjson(t);
        const streamed = await streamedNdjson(cut(t, cuts));
        expect(streamed).toEqual({ records: whole.records, issues: whole.issues });
        const bytes = new TextEncoder().encode(t);
        expect(await streamedNdjson(cut(bytes, cuts))).toEqual(await streamedNdjson([new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)]));
      }),
      params,
    );
  }, FUZZ.timeout);
});

describe('fuzz: decodeSource', () => {
  async function decoded(parts: readonly (string | Uint8Array)[]): Promise<{ text: string; invalidAt: number | null }> {
    let text = '';
    let invalidAt: number | null = null;
    for await (const piece of decodeSource(source(parts), 'fuzz')) {
      if (typeof piece === 'string') text += piece;
      else {
        invalidAt = piece.byteOffset;
        break;
      }
    }
    return { text, invalidAt };
  }

  it('decodes any bytes the same however they are cut: the UTF-8 text, or the offset of the first bad byte', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.tuple(fc.string({ unit: 'grapheme', maxLength: 20 }), encoding).map(([t, enc]) => enc(t)),
    );
    await fc.assert(
      fc.asyncProperty(bytes, chunking, async (b, cuts) => {
        const whole = await decoded([b]);
        expect(await decoded(cut(b, cuts))).toEqual(whole);
        let strict: string | null = null;
        try {
          strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
        } catch {
          strict = null;
        }
        if (strict === null) expect(whole.invalidAt).not.toBeNull();
        else {
          expect(whole.invalidAt).toBeNull();
          expect(whole.text).toBe(strict);
        }
      }),
      params,
    );
  }, FUZZ.timeout);
});

describe('fuzz: more text parsers never throw', () => {
  it('parseJsonArray, parseViPeriod and readViNumberWords answer with a result', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.array(fc.constantFrom('từ', 'đến', 'năm', '2013', '2023', 'tháng', '5', 'quý', 'II', 'IV', 'đầu', 'cuối', 'giai đoạn', '-', '/', 'ngày', '24', 'hai', 'nghìn', 'mười', 'lăm', 'mốt', 'tư', 'linh', 'trăm', 'triệu', 'rưỡi'), { maxLength: 10 }).map((a) => a.join(' ')),
    );
    fc.assert(
      fc.property(text, (s) => {
        const a = parseJsonArray(s);
        expect(typeof a.ok).toBe('boolean');
        const p = parseViPeriod(s, { refDate: '2023-05-24' });
        expect(typeof p.ok).toBe('boolean');
        if (p.ok) expect(JSON.stringify(p.value)).not.toMatch(/NaN|Infinity/);
        const w = readViNumberWords(s);
        expect(JSON.stringify(w ?? null)).not.toMatch(/NaN|Infinity/);
      }),
      params,
    );
  }, FUZZ.timeout);
});
