import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFigures, type ImportFiguresOptions } from '../../src/import/importFigures';
import { readBatches, type ReadMode } from '../../src/import/readFigures';
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

/** Imports `source` with `onFigures`, with `onTable` and with neither, and asks for the same figures, rows, lines and report. */
async function expectTablesAsFigures(source: string | readonly string[], options: ImportFiguresOptions): Promise<void> {
  const figures: Record<string, unknown>[] = [];
  const figureRows: number[] = [];
  const figureLines: number[] = [];
  const a = await importFigures(source, {
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
  const b = await importFigures(source, {
    ...options,
    onTable: (t, rs, ls) => {
      checkFigureTable('test', t);
      expect(t.length).toBe(rs.length);
      expect(t.length).toBe(ls.length);
      decoded.push(...decode(t));
      tableRows.push(...rs);
      tableLines.push(...ls);
    },
  });
  const c = await importFigures(source, options);
  expect(b).toEqual(a);
  expect(c).toEqual(a);
  expect(decoded).toEqual(figures);
  expect(tableRows).toEqual(figureRows);
  expect(tableLines).toEqual(figureLines);
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
        await expectTablesAsFigures(text, { batchSize, mode: mode as 'strict' | 'lenient', maxTrackedKeys });
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

  it('gathers the rows of many chunks into one table, up to batchSize, and hands over the same as onFigures', async () => {
    const odd = ['', '42,marches', '42,marches,1,2023,,,,,extra', '"unclosed,42', `42,marches,${'9'.repeat(90)},2023`];
    const row = fc.oneof(
      { weight: 10, arbitrary: fc.tuple(...COLUMNS.map((c) => fc.constantFrom(...CELLS[c]))).map((cells) => cells.join(',')) },
      { weight: 1, arbitrary: fc.constantFrom(...odd) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 60 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom(undefined, 1, 3, 8, 50), fc.constantFrom('strict', 'lenient'), async (rows, chunk, batchSize, mode) => {
        const text = [COLUMNS.join(','), ...rows].join('\n') + '\n';
        // Small chunks: each makes a batch of the CSV reader of its own.
        const chunks: string[] = [];
        for (let at = 0; at < text.length; at += chunk) chunks.push(text.slice(at, at + chunk));
        const options: ImportFiguresOptions = { mode: mode as 'strict' | 'lenient', maxRecordChars: 80, ...(batchSize === undefined ? {} : { batchSize }) };
        await expectTablesAsFigures(chunks, options);
        // No batch of figure tables holds more rows than batchSize.
        for await (const { batch } of readBatches(chunks, options, 'table')) expect(batch.read).toBeLessThanOrEqual(batchSize ?? 8192);
      }),
      { numRuns: 200 },
    );
  });

  it('makes one table of many chunks (batchSize rows at most), and keeps the batches of figures as they were', async () => {
    const lines = ['unit,indicator,value,period'];
    for (let i = 0; i < 40; i++) lines.push(`${40 + (i % 7)},marches,${i},${2000 + i}`);
    // One chunk per line: the CSV reader makes a batch of each.
    const chunks = lines.map((l) => `${l}\n`);
    const reads = async (mode: ReadMode, batchSize?: number): Promise<number[]> => {
      const out: number[] = [];
      for await (const { batch, table } of readBatches(chunks, batchSize === undefined ? {} : { batchSize }, mode)) {
        out.push(batch.read);
        if (mode === 'table') expect(table?.length).toBe(batch.read);
      }
      return out;
    };
    expect(await reads('table')).toEqual([40]);
    expect(await reads('table', 16)).toEqual([16, 16, 8]);
    expect(await reads('figures')).toEqual(Array.from({ length: 40 }, () => 1));
    // A record too long to read counts as a row read: a table takes a chunk only if all of its rows fit.
    const long = `42,marches,${'9'.repeat(90)},2023`;
    const pairs = [`${lines[0]}\n${lines[1]}\n${lines[2]}\n`, `${lines[3]}\n${long}\n`, `${lines[4]}\n${lines[5]}\n`];
    const sized: number[] = [];
    for await (const { batch } of readBatches(pairs, { batchSize: 3, maxRecordChars: 80 }, 'table')) sized.push(batch.read);
    expect(sized).toEqual([2, 2, 2]);
    const tables: FigureTable[] = [];
    await importFigures(chunks, { onTable: (t) => void tables.push(t) });
    expect(tables.map((t) => [t.length, t.unit.values.length, t.period.values.length])).toEqual([[40, 7, 40]]);
  });

  it('refuses onFigures and onTable together', async () => {
    await expect(importFigures('unit,indicator,value\n42,marches,1\n', { onFigures: () => undefined, onTable: () => undefined })).rejects.toMatchObject({ code: 'invalid_option' });
  });
});
