import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFigures } from '../../src/import/importFigures';
import { duplicateKeys, hasNoDuplicateKeys } from '../../src/import/internal/jsonKeys';

describe('JSON input: duplicate and unknown keys are reported', () => {
  it('NDJSON: duplicate_key rejects the row, unknown_key warns', async () => {
    const text = '{"unit":"42","indicator":"marches","value":1,"value":2,"period":"2023"}\n{"unit":"43","indicator":"marches","value":3,"period":"2023","valeu":4}\n';
    const r = await importFigures(text, { format: 'ndjson', mode: 'lenient' });
    expect([r.read, r.accepted, r.rejected]).toEqual([2, 1, 1]);
    expect(r.groups.map((g) => [g.code, g.severity, g.occurrences.map((o) => [o.row, o.line, o.column])])).toEqual([
      ['duplicate_key', 'error', [[1, 1, 'value']]],
      ['unknown_key', 'warning', [[2, 2, 'valeu']]],
    ]);
  });

  it('JSON arrays: the same, per element', async () => {
    const text = '[{"unit":"42","indicator":"marches","value":1,"period":"2023"},{"unit":"43","unit":"44","indicator":"marches","value":1,"period":"2023","x":{"a":1,"a":2}}]';
    const r = await importFigures(text, { format: 'json', mode: 'lenient' });
    expect([r.read, r.accepted, r.rejected]).toEqual([2, 1, 1]);
    expect(r.groups.map((g) => [g.code, g.occurrences.map((o) => [o.row, o.column])])).toEqual([
      ['duplicate_key', [[2, 'unit']]],
      ['unknown_key', [[2, 'x']]],
    ]);
  });

  it('the key scanner handles strings with braces, commas and escapes', () => {
    expect(duplicateKeys('{"a":"}{,\\"","b":[{"a":1},2],"a\\u0062":3,"ab":4}', 0)).toEqual(new Map([[0, ['ab']]]));
    expect(duplicateKeys('[{"a":1},{"b":[1,{"b":2}],"b":3}]', 1)).toEqual(new Map([[1, ['b']]]));
  });

  it('the quick test for one object agrees with the key scanner', () => {
    const key = fc.constantFrom('a', 'b', 'a\\u0062', 'ab', '\\"', 'x\\\\', '__proto__');
    const leaf = fc.oneof(fc.integer().map(String), fc.constantFrom('"}{,\\""', '"\\\\"', '"a"', 'null', '[1,{"a":2,"a":3}]', '{"b":1,"b":2}'));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, leaf), { maxLength: 6 }), (pairs) => {
        const text = `{${pairs.map(([k, v]) => `"${k}":${v}`).join(',')}}`;
        const value: unknown = JSON.parse(text);
        expect(hasNoDuplicateKeys(value, text)).toBe(duplicateKeys(text, 0).get(0) === undefined);
      }),
      { numRuns: 2000 },
    );
    expect(hasNoDuplicateKeys([1], '[1]')).toBe(false);
  });
});
