import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS } from '../../src/import/FIGURE_COLUMNS';
import { readFigures, type FigureFormat } from '../../src/import/readFigures';
import { writeFigures } from '../../src/import/writeFigures';
import type { Figure } from '../../src/schema/FigureSchema';

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
}

async function back(s: string, format: FigureFormat, viNumbers = false): Promise<Figure[]> {
  const out: Figure[] = [];
  for await (const b of readFigures(s, { format, viNumbers })) out.push(...b.figures);
  return out;
}

const SEED: Figure[] = [
  { program: '09/CTr-BCA-MTTW', unit: '42', reporter: 'police+front', period: '2013-08-01/2023-05-24', indicator: 'weapons_surrendered', category: 'gun.military', value: 127, uom: 'piece', qualifier: 'over', statistic: 'total', note: 'trên 127 khẩu súng quân dụng, "quân dụng"', source: 'seed ¶10' },
  { unit: '42', period: '2023', indicator: 'explosives_surrendered', category: 'explosive.industrial', value: 2.2, uom: 'kg' },
];

describe('writeFigures', () => {
  it.each(['csv', 'json', 'ndjson'] as const)('round-trips through %s', async (format) => {
    const s = await text(writeFigures(SEED, { format }));
    expect(await back(s, format)).toEqual(SEED);
  });

  it('writes the long-format header and Vietnamese numbers with a semicolon', async () => {
    const s = await text(writeFigures(SEED, { viNumbers: true, bom: true, newline: '\n' }));
    expect(s.startsWith(`\uFEFF${FIGURE_COLUMNS.join(';')}\n`)).toBe(true);
    expect(s).toContain(';2,2;kg;');
    expect(await back(s, 'csv', true)).toEqual(SEED);
  });

  it('neutralises cells a spreadsheet would execute', async () => {
    const s = await text(writeFigures([{ unit: '=HYPERLINK("x")', indicator: 'marches', value: 1, note: '@SUM(A1)' }], { newline: '\n' }));
    expect(s.split('\n')[1]).toBe(`,"'=HYPERLINK(""x"")",,,marches,,1,,,,'@SUM(A1),`);
  });

  it('writes an empty JSON array for no figures', async () => {
    expect(await text(writeFigures([], { format: 'json' }))).toBe('[]\n');
  });

  it('round-trips any figure through CSV', async () => {
    const figure = fc.record(
      {
        unit: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() === s && s.trim() !== '' && !/^[=+\-@\t\r]/.test(s)),
        indicator: fc.constant('marches'),
        value: fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e9, noNaN: true })),
        note: fc.string({ maxLength: 10 }).filter((s) => s.trim() === s && s !== '' && !/^[=+\-@\t\r]/.test(s)),
      },
      { requiredKeys: ['unit', 'indicator', 'value'] },
    );
    await fc.assert(
      // One figure per unit: two identical figures are a duplicate, which the reader rightly rejects.
      fc.asyncProperty(fc.uniqueArray(figure, { maxLength: 5, selector: (f) => f.unit }), async (figs) => {
        const s = await text(writeFigures(figs as Figure[]));
        const got: number[] = [];
        for await (const b of readFigures(s)) got.push(...b.figures.map((f) => f.value), ...b.rejected.map(() => -1));
        expect(got).toEqual(figs.map((f) => f.value));
      }),
      { numRuns: 50 },
    );
  });
});
