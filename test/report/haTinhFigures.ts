import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../src/io/csv/parseCsv';
import type { Figure } from '../../src/schema/FigureSchema';
import { validateFigures } from '../../src/validate/validateFigures';

const dir = fileURLToPath(new URL('../../examples/ha-tinh/', import.meta.url));

/** Reads a file of the Hà Tĩnh example. */
export function exampleText(name: string): string {
  return readFileSync(dir + name, 'utf8');
}

/** CSV cells to figure objects: empty cells left out, `value` as a number (the figure importer is not used here). */
export function csvToRecords(text: string): Record<string, string | number>[] {
  const table = parseCsv(text);
  if (table.issues.length > 0) throw new Error(`CSV issues: ${JSON.stringify(table.issues)}`);
  return table.records.map((r) => {
    const o: Record<string, string | number> = {};
    table.header.forEach((h, i) => {
      const c = r.cells[i];
      if (c !== undefined && c !== '') o[h] = h === 'value' ? Number(c) : c;
    });
    return o;
  });
}

/** The Hà Tĩnh figures, read from the CSV and validated (CSV → validate, the first half of the round trip). */
export function haTinhFigures(): Figure[] {
  const records = csvToRecords(exampleText('figures.csv'));
  const v = validateFigures(records);
  if (v.issues.some((i) => i.severity === 'error')) throw new Error(`invalid figures: ${JSON.stringify(v.issues)}`);
  return v.figures;
}
