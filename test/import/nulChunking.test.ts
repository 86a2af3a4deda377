import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFigures } from '../../src/import/importFigures';

/** Cuts `text` into pieces at the given positions (sorted, deduplicated). */
function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((p) => Math.min(Math.max(p, 0), text.length)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    if (p > from) out.push(text.slice(from, p));
    from = p;
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}

async function summary(source: string | string[], format: 'csv' | 'ndjson'): Promise<unknown> {
  const chunks = typeof source === 'string' ? source : (async function* () { yield* source; })();
  const r = await importFigures(chunks, { format, mode: 'lenient', batchSize: 7 });
  return { read: r.read, accepted: r.accepted, rejected: r.rejected, codes: r.groups.map((g) => [g.code, g.count, g.occurrences.map((o) => o.line)]) };
}

const csvRow = (i: number): string => `U${i},marches,${i},2023\n`;
const ndjsonRow = (i: number): string => `{"unit":"U${i}","indicator":"marches","value":${i},"period":"2023"}\n`;

describe('a NUL byte halts reading at the same row whatever the chunking', () => {
  for (const format of ['csv', 'ndjson'] as const) {
    it(format, async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 }), fc.array(fc.nat(2000), { maxLength: 12 }), async (rows, nulRow, cuts) => {
          let text = format === 'csv' ? 'unit,indicator,value,period\n' : '';
          for (let i = 0; i < rows; i++) text += format === 'csv' ? csvRow(i) : ndjsonRow(i);
          const lineStart = text.split('\n').slice(0, Math.min(nulRow, rows)).join('\n').length;
          const at = Math.min(text.length, lineStart + 3);
          const withNul = `${text.slice(0, at)}\u0000${text.slice(at)}`;
          const whole = await summary(withNul, format);
          expect(await summary(cut(withNul, cuts), format)).toEqual(whole);
          expect(await summary([...withNul], format)).toEqual(whole);
        }),
        { seed: 1616, numRuns: 60 },
      );
    });
  }
});
