import { describe, expect, it } from 'vitest';
import { BUCKET, CATEGORY, CellIndex, PROGRAM, REPORTER, SLOT, TARGET } from '../../../src/engine/internal/CellIndex';

/** A tuple per cell number, spread over the slot and target codes (as a rollup's leaves are). */
function tupleOf(c: number): [number, number, number, number, number, number] {
  return [c % 29, 0, 0, (c * 7919) % 20000, 0, 0];
}

describe('CellIndex', () => {
  it('finds every cell, and no other tuple, in a hash table that grows many times', () => {
    const index = new CellIndex();
    // Codes known before any cell (the radix decided on an empty index: a hash table, as a
    // rollup's leaves over many units meet it): 32 × 32768 keys.
    index.ensure(SLOT, 29);
    index.ensure(TARGET, 20000);
    const cells = 40_000;
    for (let c = 0; c < cells; c++) {
      const [s, p, k, t, r, b] = tupleOf(c);
      expect(index.find(s, p, k, t, r, b)).toBe(-1);
      expect(index.add(s, p, k, t, r, b)).toBe(c);
      // Checked along the way, across the table's growths.
      if (c % 997 === 0) for (let e = 0; e <= c; e += 13) expect(index.find(...tupleOf(e))).toBe(e);
    }
    for (let c = 0; c < cells; c++) expect(index.find(...tupleOf(c))).toBe(c);
    // A tuple no cell has (the next one's).
    expect(index.find(...tupleOf(cells))).toBe(-1);
    expect(index.size).toBe(cells);
  });

  it('keeps every cell when a component grows after cells were added', () => {
    const index = new CellIndex();
    index.ensure(SLOT, 3);
    const a = index.add(2, 0, 0, 0, 0, 0);
    index.ensure(PROGRAM, 5);
    index.ensure(CATEGORY, 7);
    index.ensure(REPORTER, 2);
    index.ensure(BUCKET, 100);
    index.ensure(TARGET, 1 << 20);
    const b = index.add(1, 4, 6, (1 << 20) - 1, 1, 99);
    expect(index.find(2, 0, 0, 0, 0, 0)).toBe(a);
    expect(index.find(1, 4, 6, (1 << 20) - 1, 1, 99)).toBe(b);
    expect(index.find(1, 4, 6, (1 << 20) - 2, 1, 99)).toBe(-1);
  });
});
