import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../../src/validate/internal/KeyTable';

/** A key as `figureKey` gives it: two 32-bit halves, the second never 0. */
const key = fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 1, max: 0xffffffff }));

describe('KeyTable', () => {
  it('finds what a Map of the same keys finds, within its budget, through growth and tag collisions', () => {
    fc.assert(
      fc.property(
        // Keys that share a tag (the high half of h2) or a first half, so that probes meet tags that match and fingerprints that do not.
        fc.array(fc.oneof(key, key.map(([h1, h2]) => [h1, ((h2 & 0xffff0000) | 1) >>> 0] as const), key.map(([h1, h2]) => [((h1 & 0xff) + 0x100000 * (h2 & 7)) >>> 0, 0x00010001] as const), key.map(([, h2]) => [7, h2] as const)), { maxLength: 3000 }),
        fc.integer({ min: 0, max: 4000 }),
        (keys, maxKeys) => {
          const table = new KeyTable(maxKeys);
          const model = new Map<string, { row: number; value: number; qualifier: number }>();
          keys.forEach(([h1, h2], i) => {
            const id = `${h1}:${h2}`;
            const slot = table.find(h1, h2);
            const known = model.get(id);
            if (known === undefined) expect(slot).toBe(-1);
            else expect([table.rowAt(slot), table.valueAt(slot), table.qualifierAt(slot)]).toEqual([known.row, known.value, known.qualifier]);
            const stored = table.set(h1, h2, i + 1, i * 0.5, i % 7);
            expect(stored).toBe(known !== undefined || model.size < maxKeys);
            if (known === undefined && model.size < maxKeys) model.set(id, { row: i + 1, value: i * 0.5, qualifier: i % 7 });
            expect(table.size).toBe(model.size);
          });
          // Every key is found again after all the growth.
          for (const [id, v] of model) {
            const [h1, h2] = id.split(':').map(Number) as [number, number];
            const slot = table.find(h1, h2);
            expect(table.rowAt(slot)).toBe(v.row);
          }
        },
      ),
      { numRuns: 200, examples: [[[[7, 2], [7, 1], [7, 1]], 2]] },
    );
  });

  it('keeps a key already there when the budget is spent, and refuses only a new one', () => {
    // The draw that found it: [7, 2] and [7, 1] fill a budget of 2, then [7, 1] comes again.
    const table = new KeyTable(2);
    expect(table.set(7, 2, 1, 0, 0)).toBe(true);
    expect(table.set(7, 1, 2, 0.5, 1)).toBe(true);
    expect(table.set(7, 1, 3, 1, 2)).toBe(true);
    expect(table.rowAt(table.find(7, 1))).toBe(2);
    expect(table.set(7, 3, 4, 1.5, 3)).toBe(false);
    expect(table.find(7, 3)).toBe(-1);
    expect(table.size).toBe(2);
  });

  it('tells keys apart that differ only in the first half, in the same slot with the same tag', () => {
    // Same h2 and h1 equal below bit 20: the same first slot, the same tag.
    const table = new KeyTable(10);
    const other = 1 + 0x100000;
    expect(table.set(1, 0x12340001, 1, 10, 0)).toBe(true);
    expect(table.find(other, 0x12340001)).toBe(-1);
    expect(table.set(other, 0x12340001, 2, 20, 1)).toBe(true);
    expect(table.valueAt(table.find(1, 0x12340001))).toBe(10);
    expect(table.valueAt(table.find(other, 0x12340001))).toBe(20);
    // A tag of 0 (h2 below 2^16) is stored as 1 and still found.
    expect(table.set(3, 5, 3, 30, 2)).toBe(true);
    expect(table.rowAt(table.find(3, 5))).toBe(3);
    expect(table.find(3, 7)).toBe(-1);
  });

  it('tells keys apart that share the tag (the high byte of the second half) and differ below it, in many slots', () => {
    // Every key has the tag 0xab; the second halves differ in bits 8–23 only, the first halves are
    // few, so probes run through long stretches of matching tags and must compare the halves.
    const table = new KeyTable(5_000);
    const keys: [number, number][] = [];
    for (let i = 0; i < 4_000; i++) keys.push([i % 3, (0xab000001 | ((i * 2654435761) & 0x00ffff00)) >>> 0]);
    const rows = new Map<string, number>();
    keys.forEach(([h1, h2], i) => {
      const id = `${h1}:${h2}`;
      const slot = table.find(h1, h2);
      const known = rows.get(id);
      expect(slot === -1 ? undefined : table.rowAt(slot)).toBe(known);
      table.set(h1, h2, i + 1, i, 0);
      if (known === undefined) rows.set(id, i + 1);
    });
    expect(table.size).toBe(rows.size);
  });
});
