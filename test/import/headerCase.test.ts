import { describe, expect, it } from 'vitest';
import { importFigures } from '../../src/import/importFigures';

describe('header names are matched case-insensitively', () => {
  it('a case variant of a field is duplicate_header, not a silent second value', async () => {
    for (const text of ['unit,indicator,value,VALUE\n42,marches,1,2\n', 'unit,Unit,indicator,value\n42,43,marches,1\n']) {
      const r = await importFigures(text, { mode: 'lenient' });
      expect(r.ok).toBe(false);
      expect(r.accepted).toBe(0);
      expect(r.groups.map((g) => g.code)).toContain('duplicate_header');
      expect(r.groups.find((g) => g.code === 'duplicate_header')?.occurrences[0]).toMatchObject({ line: 1 });
    }
  });

  it('an exact duplicate is reported once', async () => {
    const r = await importFigures('unit,value,indicator,value\n42,1,marches,2\n');
    expect(r.groups.filter((g) => g.code === 'duplicate_header').map((g) => g.count)).toEqual([1]);
  });
});
