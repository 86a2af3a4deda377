import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentReader, type SegmentDone, type SegmentParams } from '../../../src/import/internal/csvSegments';
import { ByteCells } from '../../../src/import/internal/ByteCells';

const encoder = new TextEncoder();
const HEADER = ['program', 'unit', 'reporter', 'period', 'indicator', 'category', 'value', 'uom', 'qualifier', 'statistic', 'note'];
const params = (over: Partial<SegmentParams> = {}): SegmentParams => ({ header: HEADER, delimiter: ',', viNumbers: false, maxRecordChars: undefined, ...over });

/** Cells of each column: clean ones, ones that decide only after trimming, and ones with an issue. */
const CELLS: readonly (readonly string[])[] = [
  ['', '09/CTr-BCA-MTTW', ' 09/ctr-bca-mttw ', '09/CTr-BCA-MTTQ'],
  ['P01D01C01', 'P01D01C02', 'P01D01C10', 'P01D01C20', ' P01D01C01 ', '', 'P01D01C01 x'],
  ['', 'police', 'front', 'front+police', 'army'],
  ['2023', '2023-01', '2023-10', '2024-Q1', '', '2023-13'],
  ['marches', 'tips_received', 'valuable_tips_received', 'marchs', ''],
  ['', 'gun.military', 'nope'],
  ['35', '0', '7', '17.5', '-1', 'x', '', ' 35 ', '1234567890123456', '123456789012345', '1e3', '1:2'],
  ['', 'count', 'piece', 'kg'],
  ['', 'over', 'nearly', 'vague', 'maybe'],
  ['', 'total', 'mean', 'nope'],
];
/** Notes: mostly plain; now and then one that sends its segment through the tokenizer. */
const NOTE = fc.oneof({ weight: 30, arbitrary: fc.constantFrom('', 'a note', ' b ') }, { weight: 1, arbitrary: fc.constantFrom('công an xã', 'x"y', '"q, r"', 'a\rb') });

/**
 * A reader whose segments come back with each row's key texts in place of codes, as the reading
 * thread maps them (through the texts handed over, started again on `reset`).
 */
function decoded(read: (bytes: Uint8Array) => SegmentDone): (bytes: Uint8Array) => unknown {
  let dictionaries: string[][] = [];
  return (bytes) => {
    const done = read(bytes);
    if (done.dirty) return 'dirty';
    if (done.reset) dictionaries = [];
    done.texts.forEach((t, k) => {
      dictionaries[k] ??= [];
      dictionaries[k].push(...t);
    });
    const rows: unknown[] = [];
    for (let r = 0; r < done.rows; r++) rows.push(Array.from(done.codes.subarray(r * 9, r * 9 + 9), (c, k) => (c < 0 ? '' : dictionaries[k]?.[c])));
    return { chars: done.chars, lines: done.lines, rows, value: [...done.value], line: [...done.line], raw: [...done.raw], rawCells: done.rawCells };
  };
}

/** The same segments read from their bytes and through the tokenizer, one after the other (the dictionaries carry over). */
function same(segments: readonly Uint8Array[], p: SegmentParams, hashMask?: number, dictionaryLimit?: number): void {
  const fromBytes = decoded(segmentReader(p, 0, dictionaryLimit, hashMask === undefined ? {} : { hashMask }));
  const tokenized = decoded(segmentReader(p, 0, dictionaryLimit, { bytes: false }));
  for (const s of segments) expect(fromBytes(s)).toEqual(tokenized(s));
}

describe('segmentReader from bytes', () => {
  it('reads every segment as the tokenizer does: codes, texts, values, lines, raw rows and their cells', () => {
    const plain = fc.tuple(...CELLS.map((c) => fc.constantFrom(...c)), fc.constantFrom('', 'a note', ' b ')).map((cells) => cells.join(','));
    const row = fc.oneof(
      { weight: 20, arbitrary: fc.tuple(...CELLS.map((c) => fc.constantFrom(...c)), NOTE).map((cells) => cells.join(',')) },
      { weight: 1, arbitrary: fc.constantFrom('', 'P01,marches', 'x,P01,police,2023,marches,,1,,,,,extra', '"09",P01,police,2023,marches,,1,,,,', 'a'.repeat(60), ',P0\u200B1,police,2023,marches,,1,,,,', ',P01,police,2023,marches,,1,,,', ',P01,police,2023,marches,,1,,') },
    );
    // Segments of plain ASCII records (read from their bytes) and segments with anything in them.
    const segment = fc.oneof(fc.array(plain, { maxLength: 30 }), fc.array(row, { maxLength: 30 }));
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n', '\n', '\r\n'),
        fc.boolean(),
        fc.constantFrom(-1, -1, 0, 1),
        fc.constantFrom(undefined, 50, 4096),
        fc.constantFrom(undefined, 3, 1 << 16),
        (segments, eol, lastEol, hashMask, maxRecordChars, dictionaryLimit) => {
          const bytes = segments.map((rows) => encoder.encode(rows.join(eol) + (lastEol || rows.length === 0 ? eol : '')));
          same(bytes, params({ maxRecordChars }), hashMask, dictionaryLimit);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells apart texts of one length whose hashes are all the same (every text in one chain)', () => {
    const rows: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const u = (i * 7919) % 400;
      rows.push(`,U${String(u).padStart(3, '0')},police,${2000 + (u % 24)},marches,,${i % 13},,,,`);
    }
    const segments: Uint8Array[] = [];
    for (let i = 0; i < rows.length; i += 500) segments.push(encoder.encode(`${rows.slice(i, i + 500).join('\n')}\n`));
    for (const hashMask of [0, 1, -1]) same(segments, params(), hashMask);
    // Reading them all gives each unit its own text.
    const read = segmentReader(params(), 0, undefined, { hashMask: 0 });
    const units = new Set<string>();
    for (const s of segments) {
      const done = read(s);
      expect(done.dirty).toBe(false);
      for (const t of done.texts[1] ?? []) units.add(t);
      for (let r = 0; r < done.rows; r++) expect(done.codes[r * 9 + 1]).toBeGreaterThanOrEqual(0);
    }
    expect(units.size).toBe(400);
  });

  it('reads a segment of ASCII records with a delimiter of its own, blank lines and no line end at the end', () => {
    const p = params({ delimiter: ';' });
    same([encoder.encode(';P01;police;2023;marches;;3;count;;;\n\n;P02;police;2023;marches;;x;;;;\n;P01;front;2023;marches;;4;;;;')], p);
    const done = segmentReader(p, 0)(encoder.encode(';P01;police;2023;marches;;3;count;;;\n\n;P02;police;2023;marches;;x;;;;\n;P01;front;2023;marches;;4;;;;'));
    expect(done.dirty).toBe(false);
    expect([...done.line]).toEqual([1, 3, 4]);
    expect(done.lines).toBe(3);
    expect([...done.raw]).toEqual([1]);
    expect(done.rawCells).toEqual([['', 'P02', 'police', '2023', 'marches', '', 'x', '', '', '', '']]);
    expect([...done.value]).toEqual([3, 0, 4]);
  });
});

/** Cells per field: clean, padded (spaces, tabs), signed, decimal, exponent, leading zeros, Vietnamese, long, bad. */
const FIELD_CELLS: Readonly<Record<string, readonly string[]>> = {
  program: ['', '09/CTr-BCA-MTTW', ' 09/CTr-BCA-MTTW\t'],
  unit: ['P01', 'P02', ' P01 ', '\tP01', 'P01\t', '', 'p01', 'x'.repeat(300)],
  reporter: ['', 'police', ' front ', 'army'],
  period: ['2023', '2023-01', ' 2023 ', '', '2023-13'],
  indicator: ['marches', ' marches ', 'tips_received', 'marchs', ''],
  category: ['', 'gun.military', 'nope'],
  value: ['35', '007', '0', '+5', '-0', '-1', '1.5', '.5', '5.', '1e3', '1E-2', '1e-400', '1.234', '1.234,5', '2,2', ' 35 ', '\t35', '', 'x', '999999999999999', '9999999999999999', '123456789012345678', '0x10'],
  uom: ['', 'count', 'kg'],
  qualifier: ['', 'over', 'vague'],
  statistic: ['', 'total', 'mean'],
  note: ['', 'a note', ' b '],
  source: ['', 'src'],
  extra: ['', 'whatever'],
};

describe('segmentReader from bytes, on headers, delimiters, number formats and record limits of every kind', () => {
  it('reads as the tokenizer does with optional columns left out or reordered, names in any case, an unknown column, either delimiter and Vietnamese numbers', () => {
    const header = fc
      .shuffledSubarray(['program', 'reporter', 'period', 'category', 'uom', 'qualifier', 'statistic', 'note', 'source', 'extra'])
      .chain((optional) => fc.shuffledSubarray([...optional, 'unit', 'indicator', 'value'], { minLength: optional.length + 3 }))
      .map((h) => h.map((f, i) => (i % 2 === 0 ? f : f.toUpperCase())));
    const input = fc.tuple(header, fc.constantFrom(',' as const, ';' as const)).chain(([names, delimiter]) => {
      const fields = names.map((n) => n.toLowerCase());
      const row = fc.oneof(
        { weight: 20, arbitrary: fc.tuple(...fields.map((f) => fc.constantFrom(...(FIELD_CELLS[f] ?? ['-'])))).map((cells) => cells.join(delimiter)) },
        // Blank and space-only lines, rows of empty cells, one delimiter too many, too few cells.
        { weight: 1, arbitrary: fc.constantFrom('', ' ', delimiter.repeat(fields.length - 1), delimiter.repeat(fields.length), 'P01') },
      );
      return fc.record({
        names: fc.constant(names),
        delimiter: fc.constant(delimiter),
        segments: fc.array(fc.array(row, { maxLength: 20 }), { minLength: 1, maxLength: 4 }),
        lastEol: fc.boolean(),
        viNumbers: fc.boolean(),
        maxRecordChars: fc.constantFrom(undefined, 20, 60, 4095, 4096, 4097),
        hashMask: fc.constantFrom(-1, 0),
      });
    });
    fc.assert(
      fc.property(input, ({ names, delimiter, segments, lastEol, viNumbers, maxRecordChars, hashMask }) => {
        const bytes = segments.map((rows) => encoder.encode(rows.join('\n') + (lastEol || rows.length === 0 ? '\n' : '')));
        same(bytes, { header: names, delimiter, viNumbers, maxRecordChars }, hashMask);
      }),
      { numRuns: 300 },
    );
  });

  it('reads records of 4,095 to 4,097 characters, at, under and over the record limit, as the tokenizer does', () => {
    const head = 'P01,marches,7,';
    for (const len of [4095, 4096, 4097]) {
      const record = head + 'n'.repeat(len - head.length);
      for (const maxRecordChars of [undefined, len - 1, len, len + 1]) {
        same([encoder.encode(`${record}\nP02,marches,8,\n`), encoder.encode(record)], { header: ['unit', 'indicator', 'value', 'note'], delimiter: ',', viNumbers: false, maxRecordChars });
      }
    }
  });
});

describe('ByteCells', () => {
  it('finds each text by its bytes, apart from texts of the same hash, and starts again when full', () => {
    const cells = new ByteCells<number>(0);
    const b = encoder.encode('abcabdabcxyzab');
    expect(cells.find(b, 0, 3, 1)).toBeUndefined();
    cells.add(b, 0, 3, 1, 10);
    cells.add(b, 3, 6, 1, 20);
    cells.add(b, 12, 14, 1, 30);
    expect(cells.find(b, 6, 9, 99)).toBe(10);
    expect(cells.find(b, 3, 6, 5)).toBe(20);
    expect(cells.find(b, 0, 2, 7)).toBe(30);
    expect(cells.find(b, 9, 12, 1)).toBeUndefined();
    // Past its limit the table forgets what it held.
    for (let i = 0; i < 20_000; i++) {
      const t = encoder.encode(`k${i}`);
      cells.add(t, 0, t.length, i, i);
    }
    expect(cells.find(b, 0, 3, 1)).toBeUndefined();
    const last = encoder.encode('k19999');
    expect(cells.find(last, 0, last.length, 19_999)).toBe(19_999);
  });
});
