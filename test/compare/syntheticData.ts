// Reads the bundled synthetic example (examples/synthetic/) into figures and a units registry.
// The figure importer is not written yet, so cells are converted here by hand.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../src/io/csv/parseCsv';
import type { Figure } from '../../src/schema/FigureSchema';
import type { AdminUnit } from '../../src/schema/AdminUnitSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import type { UnitRegistry } from '../../src/units/UnitRegistry';

function table(name: string): Record<string, string>[] {
  const text = readFileSync(fileURLToPath(new URL(`../../examples/synthetic/${name}`, import.meta.url)), 'utf8');
  const t = parseCsv(text);
  if (t.issues.length > 0) throw new Error(`${name}: ${t.issues.length} CSV issues`);
  return t.records.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r.cells[i] ?? ''])));
}

export function syntheticFigures(): Figure[] {
  return table('figures.csv').map((c) => {
    const f: Record<string, unknown> = { unit: c.unit, indicator: c.indicator, value: Number(c.value) };
    for (const k of ['program', 'reporter', 'period', 'category', 'uom', 'qualifier', 'statistic']) {
      const v = c[k];
      if (v !== undefined && v !== '') f[k] = v;
    }
    return f as Figure;
  });
}

export function syntheticUnits(): UnitRegistry {
  const units = table('units.csv').map((c) => {
    const u: Record<string, unknown> = { code: c.code, name: c.name, level: c.level };
    if (c.parent) u.parent = c.parent;
    return u as AdminUnit;
  });
  return createUnitRegistry(units);
}
