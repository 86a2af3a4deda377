import { describe, expect, it } from 'vitest';
import { importFigures } from '../../src/import/importFigures';
import type { RejectedRow } from '../../src/import/readFigures';
import type { Figure } from '../../src/schema/FigureSchema';

const TEXT = 'unit,indicator,value,period\n42,marches,35,2023\n42,marches,-1,2022\n42,marchs,2,2021\n42,marches,4,\n';

describe('importFigures', () => {
  it('is all or nothing in strict mode', async () => {
    const seen: Figure[] = [];
    const r = await importFigures(TEXT, { onFigures: (fs) => void seen.push(...fs) });
    expect(r).toMatchObject({ format: 'csv', mode: 'strict', ok: false, read: 4, accepted: 0, rejected: 2, errors: 2, warnings: 1 });
    expect(seen).toHaveLength(2); // provisional: the caller drops them
  });

  it('keeps the good rows in lenient mode and hands every rejected row over', async () => {
    const rejected: RejectedRow[] = [];
    let header: readonly string[] = [];
    const progress: number[] = [];
    const r = await importFigures(TEXT, {
      mode: 'lenient',
      batchSize: 2,
      onRejected: (rows, h) => {
        rejected.push(...rows);
        header = h;
      },
      onProgress: (n) => void progress.push(n),
    });
    expect([r.ok, r.read, r.accepted, r.rejected]).toEqual([false, 4, 2, 2]);
    expect(rejected.map((x) => [x.row, x.cells?.[2]])).toEqual([
      [2, '-1'],
      [3, '2'],
    ]);
    expect(header).toEqual(['unit', 'indicator', 'value', 'period']);
    expect(progress.at(-1)).toBe(4);
  });

  it('groups issues by code, errors first, with every occurrence', async () => {
    const r = await importFigures(`${TEXT}42,marches,-5,2020\n`, { mode: 'lenient', maxOccurrences: 1 });
    expect(r.groups.map((g) => [g.code, g.severity, g.count, g.omitted])).toEqual([
      ['negative_value', 'error', 2, 1],
      ['unknown_indicator', 'error', 1, 0],
      ['missing_period', 'warning', 1, 0],
    ]);
    expect(r.groups[0]?.occurrences[0]).toMatchObject({ row: 2, line: 3, column: 'value' });
  });

  it('reports a clean file as ok', async () => {
    const r = await importFigures('[{"unit":"42","indicator":"marches","value":1,"period":"2023"}]', { format: 'json' });
    expect(r).toMatchObject({ ok: true, accepted: 1, read: 1, header: [], groups: [] });
  });

  it('refuses bad options', async () => {
    await expect(importFigures(TEXT, { mode: 'loose' as 'strict' })).rejects.toThrow(/importFigures/);
    await expect(importFigures(TEXT, { maxOccurrences: -1 })).rejects.toThrow(/importFigures/);
  });
});
