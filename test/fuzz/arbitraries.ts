// fast-check arbitraries for the fuzz suite: cells, headers, encodings and chunkings.
import fc from 'fast-check';

/** The seed and the number of runs: fixed in `npm test`, varied by `npm run fuzz` (scripts/fuzz.mjs). */
export const FUZZ = {
  seed: Number(process.env['FUZZ_SEED'] ?? 20_261_206),
  runs: Number(process.env['FUZZ_RUNS'] ?? 40),
  /** Time allowed per property (ms): generous, the machine may be busy. */
  get timeout(): number {
    return Math.max(60_000, this.runs * 1000);
  },
};

const FIELDS = ['unit', 'indicator', 'value', 'period', 'category', 'uom', 'qualifier', 'statistic', 'reporter', 'program', 'note', 'source'];

/** Characters that stress tokenizers and validators: separators, quotes, breaks, NUL, BOM, invisible and combining marks, surrogates. */
const NASTY = fc.constantFrom(',', ';', '"', '\n', '\r', '\r\n', '\u0000', '\uFEFF', '\u200B', '\u0301', '\uD83D\uDE00', '\uD800', '\\', '{', '}', '[', ']', ':', ' ', '\t', '=', '+', '-', '@', 'ệ', 'Đ');

/** One cell: a plausible value (number, id, period) or text with nasty characters in it. */
export const cell: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('42', 'VN-42', 'marches', 'weapons_surrendered', 'gun.military', 'piece', 'over', '2023', '2023-Q2', '2013/2023', '2023-02-30', 'ytd') },
  { weight: 3, arbitrary: fc.oneof(fc.nat().map(String), fc.double({ noNaN: false }).map(String), fc.constantFrom('1e308', '9007199254740993', '1e-400', '-1', '1.200', '2,2', '')) },
  { weight: 2, arbitrary: fc.array(fc.oneof(NASTY, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

/** A header: the known fields in any order and case, sometimes with an unknown, repeated or empty name. */
export const header: fc.Arbitrary<string[]> = fc
  .tuple(fc.shuffledSubarray(FIELDS, { minLength: 0, maxLength: 8 }), fc.array(fc.oneof(cell, fc.constantFrom('VALUE', 'Unit', 'value', '')), { maxLength: 2 }), fc.boolean())
  .map(([known, extra, upper]) => [...(upper ? known.map((k) => k.toUpperCase()) : known), ...extra]);

function csvField(s: string, quote: boolean): string {
  return quote || /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV text: a header and rows of cells, sometimes ragged, quoted or not, with CRLF or LF. */
export const csvText: fc.Arbitrary<string> = fc
  .tuple(header, fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), fc.boolean(), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([h, rows, quote, nl, trailing]) => [h, ...rows].map((r) => r.map((c) => csvField(c, quote)).join(',')).join(nl) + (trailing ? nl : ''));

/** An NDJSON text: objects with known and unknown keys, wrong types, bad lines and blank lines. */
export const ndjsonText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 4 })), fc.oneof(cell, fc.double(), fc.nat(), fc.constant(null), fc.jsonValue({ maxDepth: 2 })), { maxKeys: 8 }).map((o) => JSON.stringify(o)) },
      { weight: 1, arbitrary: cell },
      { weight: 1, arbitrary: fc.constant('') },
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.join('\n'));

/** Encodes text as bytes: UTF-8 (with or without BOM), or damaged (a stray byte, UTF-16). */
export const encoding: fc.Arbitrary<(text: string) => Uint8Array> = fc.constantFrom(
  (t: string) => new TextEncoder().encode(t),
  (t: string) => new TextEncoder().encode(`\uFEFF${t}`),
  (t: string) => {
    const b = new TextEncoder().encode(t);
    const out = new Uint8Array(b.length + 1);
    out.set(b.subarray(0, b.length >> 1), 0);
    out[b.length >> 1] = 0xff;
    out.set(b.subarray(b.length >> 1), (b.length >> 1) + 1);
    return out;
  },
  (t: string) => new Uint8Array(Buffer.from(`\uFEFF${t}`, 'utf16le')),
);

/** Cut points for a chunking. */
export const chunking: fc.Arbitrary<number[]> = fc.array(fc.nat(400), { maxLength: 16 });

/** Cuts text or bytes at the given positions. */
export function cut<T extends string | Uint8Array>(whole: T, at: readonly number[]): T[] {
  const points = [...new Set(at.map((p) => Math.min(p, whole.length)))].sort((a, b) => a - b);
  const out: T[] = [];
  let from = 0;
  for (const p of points) {
    if (p > from) out.push(whole.slice(from, p) as T);
    from = p;
  }
  if (from < whole.length) out.push(whole.slice(from) as T);
  return out;
}
