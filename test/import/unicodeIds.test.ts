import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/engine/aggregate';
import { importFigures } from '../../src/import/importFigures';
import type { Figure } from '../../src/schema/FigureSchema';

async function read(text: string, format: 'csv' | 'ndjson' = 'csv'): Promise<{ figures: Figure[]; codes: string[] }> {
  const figures: Figure[] = [];
  const r = await importFigures(text, { format, mode: 'lenient', onFigures: (fs) => void figures.push(...fs) });
  return { figures, codes: r.groups.map((g) => `${g.severity}:${g.code}`) };
}

describe('unit codes in different Unicode forms', () => {
  it('NFC and NFD spellings are one unit', async () => {
    const nfc = 'Hà Tĩnh'.normalize('NFC');
    const nfd = 'Hà Tĩnh'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    const { figures, codes } = await read(`unit,indicator,value,period\n${nfc},marches,1,2022\n${nfd},marches,2,2023\n`);
    expect(codes).toEqual([]);
    expect(new Set(figures.map((f) => f.unit))).toEqual(new Set([nfc]));
    expect(aggregate(figures, { by: ['indicator', 'unit'] }).rows).toHaveLength(1);
  });

  it('an invisible character is kept but warned about, in CSV and NDJSON', async () => {
    const csv = await read('unit,indicator,value,period\n42\u200B,marches,1,2022\n42,marches,2,2023\n');
    expect(csv.codes).toEqual(['warning:invisible_character']);
    const nd = await read('{"unit":"42","indicator":"marches\u2060","value":1}\n', 'ndjson');
    expect(nd.codes).toContain('warning:invisible_character');
  });
});
