// Fuzz suite, part 3: the CLI commands on hostile files. Whatever the bytes, a command answers with
// exit 0 or 1 (2 is for usage errors, and the arguments here are valid), never throws (which would
// print a stack trace), prints parseable JSON for --format json, and accounts for every row read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliIn, type CliRun } from '../cli/runCliIn';
import { csvText, encoding, FUZZ, ndjsonText } from './arbitraries';

const dir = mkdtempSync(join(tmpdir(), 'antq-fuzz-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (argv: string[]): Promise<CliRun> => runCliIn(dir, argv);

/** No stack frame, no JavaScript error name: what a person sees is a coded message. */
function clean(err: string): void {
  expect(err).not.toMatch(/\n\s+at .+[:(]\d+/);
  expect(err).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/);
}

const hostile = fc.oneof(
  fc.tuple(csvText, encoding).map(([t, enc]) => ({ name: 'f.csv', bytes: enc(t) })),
  fc.tuple(ndjsonText, encoding).map(([t, enc]) => ({ name: 'f.ndjson', bytes: enc(t) })),
  fc.tuple(ndjsonText, encoding).map(([t, enc]) => ({ name: 'f.json', bytes: enc(`[${t.split('\n').join(',')}]`) })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ name: 'f.csv', bytes })),
);

const params = { seed: FUZZ.seed, numRuns: Math.max(5, Math.ceil(FUZZ.runs / 4)) };

describe('fuzz: CLI commands on hostile files', () => {
  it('validate, summarize, compare, report, convert: exit 0 or 1, coded messages, JSON that parses, every row counted', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async ({ name, bytes }, lenient) => {
        writeFileSync(join(dir, name), bytes);
        const mode = lenient ? ['--lenient'] : [];
        const runs: [string, string[]][] = [
          ['validate', ['validate', name, '--format', 'json']],
          ['summarize', ['summarize', name, ...mode, '--format', 'json', '--by', 'unit,period']],
          ['summarize', ['summarize', name, ...mode, '--format', 'table', '--period', '2023']],
          ['compare', ['compare', name, ...mode, '--format', 'json', '--current', '2023', '--baseline', '2022']],
          ['compare', ['compare', name, ...mode, '--format', 'md', '--current', '2023', '--by', 'unit']],
          ['report', ['report', name, ...mode, '--format', 'json']],
          ['convert', ['convert', name, 'out.csv', ...mode]],
        ];
        for (const [command, argv] of runs) {
          const r = await cli(argv);
          expect([0, 1], `${command}: exit ${r.code}\n${r.err}`).toContain(r.code);
          clean(r.err);
          if (argv.includes('json') && r.code === 0) {
            const out = JSON.parse(r.out) as { read?: number; accepted?: number; rejected?: number; import?: { read: number; accepted: number; rejected: number } };
            const rep = command === 'validate' ? out : out.import;
            if (rep !== undefined) expect(rep.read).toBe((rep.accepted ?? 0) + (rep.rejected ?? 0));
          }
        }
      }),
      params,
    );
  }, FUZZ.timeout * 4);

  it('extract and parse: any text or bytes give exit 0 or 1 and a coded message', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.array(fc.constantFrom('trên', 'gần', '127', 'khẩu', 'súng', 'năm', '2023', 'ngày', '24/5', 'từ', 'đến', '1e309', '12 345', 'người', '\u0000', '\uFEFF', '"', ',', '\n', '=cmd'), { maxLength: 12 }).map((a) => a.join(' ')),
    );
    await fc.assert(
      fc.asyncProperty(text, encoding, async (t, enc) => {
        writeFileSync(join(dir, 'doc.txt'), enc(t));
        for (const format of ['csv', 'json']) {
          const r = await cli(['extract', 'doc.txt', '--date', '2023-05-24', '--format', format]);
          expect([0, 1], `extract: exit ${r.code}\n${r.err}`).toContain(r.code);
          clean(r.err);
          if (format === 'json' && r.code === 0) expect(() => JSON.parse(r.out) as unknown).not.toThrow();
          expect(r.out).not.toContain('\u0000');
        }
        if (t.trim() !== '' && !t.startsWith('-')) {
          const p = await cli(['parse', t, '--format', 'json']);
          expect([0, 1], `parse: exit ${p.code}\n${p.err}`).toContain(p.code);
          clean(p.err);
        }
      }),
      params,
    );
  }, FUZZ.timeout * 4);
});
