import { describe, expect, it } from 'vitest';
import { BUCKET, CATEGORY, PROGRAM, addCell, ensureCodes, findCell, newCellIndex, REPORTER, SLOT, TARGET } from '../../../src/engine/internal/CellIndex';

/** A tuple per cell number, spread over the slot and target codes (as a rollup's leaves are). */
function tupleOf(c: number): [number, number, number, number, number, number] {
  return [c % 29, 0, 0, (c * 7919) % 20000, 0, 0];
}

describe('CellIndex', () => {
  it('finds every cell, and no other tuple, in a hash table that grows many times', () => {
    const index = newCellIndex();
    // Codes known before any cell (the radix decided on an empty index: a hash table, as a
    // rollup's leaves over many units meet it): 32 × 32768 keys.
    ensureCodes(index, SLOT, 29);
    ensureCodes(index, TARGET, 20000);
    const cells = 40_000;
    for (let c = 0; c < cells; c++) {
      const [s, p, k, t, r, b] = tupleOf(c);
      expect(findCell(index, s, p, k, t, r, b)).toBe(-1);
      expect(addCell(index, s, p, k, t, r, b)).toBe(c);
      // Checked along the way, across the table's growths.
      if (c % 997 === 0) for (let e = 0; e <= c; e += 13) expect(findCell(index, ...tupleOf(e))).toBe(e);
    }
    for (let c = 0; c < cells; c++) expect(findCell(index, ...tupleOf(c))).toBe(c);
    // A tuple no cell has (the next one's).
    expect(findCell(index, ...tupleOf(cells))).toBe(-1);
    expect(index.size).toBe(cells);
  });

  it('keeps every cell when a component grows after cells were added', () => {
    const index = newCellIndex();
    ensureCodes(index, SLOT, 3);
    const a = addCell(index, 2, 0, 0, 0, 0, 0);
    ensureCodes(index, PROGRAM, 5);
    ensureCodes(index, CATEGORY, 7);
    ensureCodes(index, REPORTER, 2);
    ensureCodes(index, BUCKET, 100);
    ensureCodes(index, TARGET, 1 << 20);
    const b = addCell(index, 1, 4, 6, (1 << 20) - 1, 1, 99);
    expect(findCell(index, 2, 0, 0, 0, 0, 0)).toBe(a);
    expect(findCell(index, 1, 4, 6, (1 << 20) - 1, 1, 99)).toBe(b);
    expect(findCell(index, 1, 4, 6, (1 << 20) - 2, 1, 99)).toBe(-1);
  });
});
