import { describe, expect, it } from 'vitest';
import { parseJsonArray } from '../../../src/io/json/parseJsonArray';

describe('parseJsonArray', () => {
  it('reads a top-level array, ignoring a BOM', () => {
    expect(parseJsonArray('\uFEFF[{"unit":"VN-42","value":35}, 2]')).toEqual({ ok: true, value: [{ unit: 'VN-42', value: 35 }, 2] });
    expect(parseJsonArray('[]')).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['empty', '', 'empty_input'],
    ['white space', ' \n', 'empty_input'],
    ['an object', '{"a":1}', 'not_an_array'],
    ['null', 'null', 'not_an_array'],
    ['broken JSON', '[1,\n2 3]', 'invalid_json'],
    ['cut short', '[1,', 'invalid_json'],
    ['an odd token', '[1,}', 'invalid_json'],
  ])('reports %s', (_, text, code) => {
    const r = parseJsonArray(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual([code]);
  });

  it('gives the line where the parser stopped when the engine says where', () => {
    const r = parseJsonArray('[1,\n2,\n2 3]');
    expect(r.ok).toBe(false);
    if (!r.ok && r.issues[0]?.position !== undefined) {
      expect(r.issues[0]).toMatchObject({ position: 9, line: 3 });
    }
  });
});
