// Fuzz suite: every reader and parser on generated input. No exception, no silent drop
// (read = accepted + rejected), and no result that depends on how the input is chunked.
// `npm test` runs it with a fixed seed; `npm run fuzz` (scripts/fuzz.mjs) runs it with many seeds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';
import { importFigures } from '../../src/import/importFigures';
import { parseCsv } from '../../src/io/csv/parseCsv';
import { parsePeriod } from '../../src/period/parsePeriod';
import { parseViDate } from '../../src/viDate/parseViDate';
import { parseViNumber } from '../../src/viNumber/parseViNumber';
import { parseViQuantity } from '../../src/viNumber/parseViQuantity';
import { chunking, csvText, cut, encoding, FUZZ, ndjsonText } from './arbitraries';

type Source = string | Uint8Array | (string | Uint8Array)[];

async function outcome(source: Source, format: 'csv' | 'ndjson' | 'json'): Promise<unknown> {
  const input = Array.isArray(source) ? (async function* () { yield* source; })() : source;
  const r = await importFigures(input, { format, mode: 'lenient', batchSize: 3 });
  expect(r.read).toBe(r.accepted + r.rejected);
  for (const v of [r.read, r.accepted, r.rejected, r.errors, r.warnings]) expect(Number.isInteger(v)).toBe(true);
  return { read: r.read, accepted: r.accepted, rejected: r.rejected, groups: r.groups.map((g) => [g.code, g.count]) };
}

const params = { seed: FUZZ.seed, numRuns: FUZZ.runs };

describe('fuzz: figure readers', () => {
  for (const [format, text] of [['csv', csvText], ['ndjson', ndjsonText]] as const) {
    it(`${format}: accounts for every row, the same for any chunking of text or bytes`, async () => {
      await fc.assert(
        fc.asyncProperty(text, chunking, encoding, async (t, cuts, encode) => {
          const whole = await outcome(t, format);
          expect(await outcome(cut(t, cuts), format)).toEqual(whole);
          const bytes = encode(t);
          const asBytes = await outcome(bytes, format);
          expect(await outcome(cut(bytes, cuts.map((c) => c * 2)), format)).toEqual(asBytes);
          expect(await outcome(cut(bytes, Array.from({ length: Math.min(bytes.length, 300) }, (_, i) => i)), format)).toEqual(asBytes);
        }),
        params,
      );
    }, FUZZ.timeout);
  }

  it('json: any JSON value, or almost JSON, is read or refused with a code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), ndjsonText.map((t) => `[${t.split('\n').join(',')}]`)), chunking, async (t, cuts) => {
        expect(await outcome(cut(t, cuts), 'json')).toEqual(await outcome(t, 'json'));
      }),
      params,
    );
  }, FUZZ.timeout);

  it('parseCsv keeps every record or reports it', () => {
    fc.assert(
      fc.property(csvText, (t) => {
        const r = parseCsv(t);
        expect(Array.isArray(r.records)).toBe(true);
        for (const rec of r.records) expect(rec.cells.every((c) => typeof c === 'string')).toBe(true);
      }),
      params,
    );
  }, FUZZ.timeout);
});

describe('fuzz: text parsers never throw on any string', () => {
  const phrase = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.array(fc.constantFrom('trên', 'gần', '3', 'triệu', 'rưỡi', '12 345', '1e309', 'người', 'khẩu', 'súng', 'ngày', '24/5', 'năm', '2023', 'từ', 'đến', ',', '.', '%', '-', '/', 'khoảng', 'quý II', 'tháng'), { maxLength: 10 }).map((a) => a.join(' ')),
  );
  it('parseViNumber, parseViQuantity, parseViDate, parsePeriod, extractFigures', () => {
    fc.assert(
      fc.property(phrase, (s) => {
        for (const r of [parseViNumber(s), parseViQuantity(s), parseViDate(s, { refDate: '2023-05-24' }), parsePeriod(s)]) {
          expect(typeof r.ok).toBe('boolean');
          if (r.ok) expect(JSON.stringify(r.value)).not.toMatch(/NaN|Infinity/);
        }
        const x = extractFigures(s, { date: '2023-05-24' });
        for (const f of x.figures) expect(Number.isFinite(f.value)).toBe(true);
      }),
      params,
    );
  }, FUZZ.timeout);
});
