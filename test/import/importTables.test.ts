import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFigures, type ImportFiguresOptions } from '../../src/import/importFigures';
import type { Figure } from '../../src/schema/FigureSchema';
import { FIGURE_TABLE_KEYS, type FigureTable } from '../../src/table/FigureTable';
import { checkFigureTable } from '../../src/table/checkFigureTable';
import { aggregate } from '../../src/engine/aggregate';

/** The figures of a table, fields in the order of `FIGURE_TABLE_KEYS` then `value`. */
function decode(table: FigureTable): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < table.length; i++) {
    const f: Record<string, unknown> = {};
    for (const key of FIGURE_TABLE_KEYS) {
      const c = table[key];
      const code = c.codes[i] as number;
      if (code >= 0) f[key] = c.values[code];
    }
    f['value'] = table.value[i];
    out.push(f);
  }
  return out;
}

/** A figure without its note and source, fields in the same order as `decode`. */
function keyed(f: Figure): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of FIGURE_TABLE_KEYS) if (f[key] !== undefined) out[key] = f[key];
  out['value'] = f.value;
  return out;
}

const CELLS = {
  unit: ['42', ' 42 ', '43', 'P01D01C01', '4\u200B2', ''],
  indicator: ['marches', 'tips_received', 'valuable_tips_received', 'weapons_surrendered', 'marchs', ' marches'],
  value: ['35', '2', '17.5', '-1', 'x', '', '0'],
  period: ['2023', '2023-01', '2024-Q1', '', '2023-13'],
  reporter: ['police', 'front+police', 'police+front', '', 'army'],
  category: ['', 'gun.military', 'nope'],
  uom: ['', 'count', 'piece', 'kg'],
  qualifier: ['', 'over', 'nearly', 'maybe'],
  note: ['', 'a note', ' b '],
};
const COLUMNS = Object.keys(CELLS) as (keyof typeof CELLS)[];

describe('importFigures onTable', () => {
  it('hands over the same figures, rows, lines and report as onFigures, without notes and sources', async () => {
    const row = fc.tuple(...COLUMNS.map((c) => fc.constantFrom(...CELLS[c])));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), fc.constantFrom('strict', 'lenient'), fc.integer({ min: 0, max: 6 }), async (rows, batchSize, mode, maxTrackedKeys) => {
        const text = [COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
        const options: ImportFiguresOptions = { batchSize, mode: mode as 'strict' | 'lenient', maxTrackedKeys };
        const figures: Record<string, unknown>[] = [];
        const figureRows: number[] = [];
        const figureLines: number[] = [];
        const a = await importFigures(text, {
          ...options,
          onFigures: (fs, rs, ls) => {
            for (const f of fs) figures.push(keyed(f));
            figureRows.push(...rs);
            figureLines.push(...(ls ?? []));
          },
        });
        const decoded: Record<string, unknown>[] = [];
        const tableRows: number[] = [];
        const tableLines: number[] = [];
        const b = await importFigures(text, {
          ...options,
          onTable: (t, rs, ls) => {
            checkFigureTable('test', t);
            expect(t.length).toBe(rs.length);
            decoded.push(...decode(t));
            tableRows.push(...rs);
            tableLines.push(...ls);
          },
        });
        const c = await importFigures(text, options);
        expect(b).toEqual(a);
        expect(c).toEqual(a);
        expect(decoded).toEqual(figures);
        expect(tableRows).toEqual(figureRows);
        expect(tableLines).toEqual(figureLines);
      }),
      { numRuns: 300 },
    );
  });

  it('aggregates a file the same way through tables as through figures', async () => {
    const lines = ['unit,indicator,value,period,reporter,category,uom'];
    for (let i = 0; i < 500; i++) lines.push(`${40 + (i % 7)},${i % 3 === 0 ? 'weapons_surrendered' : 'marches'},${i % 11},${2013 + (i % 5)}-0${1 + (i % 9)},${i % 4 === 0 ? 'police+front' : 'police'},${i % 3 === 0 ? 'gun.military' : ''},${i % 3 === 0 ? 'piece' : ''}`);
    const text = lines.join('\n');
    const figures: Figure[] = [];
    await importFigures(text, { batchSize: 64, mode: 'lenient', onFigures: (fs) => void figures.push(...fs) });
    const tables: FigureTable[] = [];
    await importFigures(text, { batchSize: 64, mode: 'lenient', onTable: (t) => void tables.push(t) });
    const by = { by: ['indicator', 'category', 'period'] as const, granularity: 'year' as const };
    const viaTables = tables.map((t) => aggregate(t, by).rows);
    let start = 0;
    const viaFigures = tables.map((t) => {
      const part = figures.slice(start, start + t.length);
      start += t.length;
      return aggregate(part, by).rows;
    });
    expect(start).toBe(figures.length);
    expect(viaTables).toEqual(viaFigures);
  });

  it('refuses onFigures and onTable together', async () => {
    await expect(importFigures('unit,indicator,value\n42,marches,1\n', { onFigures: () => undefined, onTable: () => undefined })).rejects.toMatchObject({ code: 'invalid_option' });
  });
});
