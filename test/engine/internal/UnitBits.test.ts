import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addUnit, addUnitWords, countUnits, newUnitBits, UnitInterner, unitIds, unitsSubsetOf, type UnitBits } from '../../../src/engine/internal/UnitBits';

/** Ids near each other (one window of bits) or spread over millions (blocks of lists and bitmaps). */
const idSets = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 3000 }),
    fc.integer({ min: 0, max: 5_000_000 }),
    fc.integer({ min: 131_072, max: 131_072 + 70_000 }),
  ),
  { maxLength: 400 },
);

/** The set through `add` and through `addWords` (a batch's bits over a window of words), in the order given. */
function build(ids: readonly number[], viaWords: boolean): UnitBits {
  const set = newUnitBits();
  if (!viaWords) {
    for (const id of ids) addUnit(set, id);
    return set;
  }
  // Batches of 50 ids, each as the column pass gives them: words from the batch's lowest id.
  for (let at = 0; at < ids.length; at += 50) {
    const batch = ids.slice(at, at + 50);
    const base = Math.min(...batch) >>> 5;
    const words = new Uint32Array((Math.max(...batch) >>> 5) - base + 3);
    for (const id of batch) words[(id >>> 5) - base + 1] = (words[(id >>> 5) - base + 1] as number) | (1 << (id & 31));
    addUnitWords(set, words, 1, words.length - 1, base);
  }
  return set;
}

const sorted = (ids: Iterable<number>): number[] => [...new Set(ids)].sort((a, b) => a - b);

describe('UnitBits', () => {
  it('holds exactly the ids added, near or far apart, by id or by words', () => {
    fc.assert(
      fc.property(idSets, fc.boolean(), (ids, viaWords) => {
        const set = build(ids, viaWords);
        expect(unitIds(set)).toEqual(sorted(ids));
        expect(countUnits(set)).toBe(new Set(ids).size);
      }),
      { numRuns: 300 },
    );
  });

  it('says whether one set is within another, whatever form each took', () => {
    fc.assert(
      fc.property(idSets, idSets, fc.boolean(), fc.boolean(), (a, b, wa, wb) => {
        const inner = build(a, wa);
        const outer = build([...a.filter((_, i) => i % 3 !== 0), ...b], wb);
        const want = a.every((id) => new Set([...a.filter((_, i) => i % 3 !== 0), ...b]).has(id));
        expect(unitsSubsetOf(inner, outer)).toBe(want);
        expect(unitsSubsetOf(inner, build([...a, ...b], !wb))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps many lists in one array while they grow, move and are compacted, in any order', () => {
    // Few blocks, many ids each, in a random order: lists outgrow their room away from the end.
    const blockIds = fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 65_535 })), { minLength: 1, maxLength: 3000 });
    fc.assert(
      fc.property(blockIds, fc.boolean(), (pairs, far) => {
        const ids = pairs.map(([k, low]) => (far ? k * 1_000_000 : k * 65_536) + low);
        const set = build(ids, false);
        const want = sorted(ids);
        expect(unitIds(set)).toEqual(want);
        expect(countUnits(set)).toBe(want.length);
        expect(unitsSubsetOf(build(want, false), set)).toBe(true);
        expect(unitsSubsetOf(set, build(want.slice(1), false))).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('turns a long list of one block into a bitmap without losing or doubling ids', () => {
    const set = newUnitBits();
    const ids: number[] = [];
    // Far apart first (blocks), then 5,000 ids of one block in a scrambled order, some twice.
    addUnit(set, 0);
    addUnit(set, 9_000_000);
    for (let i = 0; i < 5000; i++) ids.push(200_000 + ((i * 7919) % 60_000));
    for (const id of ids) addUnit(set, id);
    for (const id of ids.slice(0, 100)) addUnit(set, id);
    expect(unitIds(set)).toEqual(sorted([0, 9_000_000, ...ids]));
    expect(countUnits(set)).toBe(new Set(ids).size + 2);
    // Lists on either side of the bitmap go on growing.
    for (let i = 0; i < 3000; i++) addUnit(set, 9_000_000 + ((i * 613) % 50_000));
    for (let i = 0; i < 3000; i++) addUnit(set, 70_000 + ((i * 389) % 60_000));
    const all = sorted([0, 9_000_000, ...ids, ...Array.from({ length: 3000 }, (_, i) => 9_000_000 + ((i * 613) % 50_000)), ...Array.from({ length: 3000 }, (_, i) => 70_000 + ((i * 389) % 60_000))]);
    expect(unitIds(set)).toEqual(all);
    expect(countUnits(set)).toBe(all.length);
  });

  it('grows the array past the room left behind when two lists take turns (antq/sql hands ids over in any order)', () => {
    // Two blocks: the array grew without compacting to less than it already used, and ids were lost.
    const ids = [10438, 75920, 129361, 103771, 122422, 80368, 84110, 41767, 28545, 35548, 88422, 100442, 62788, 121785, 108468, 70561, 125806, 114105, 81434];
    ids.push(92114, 65403, 83578, 104117, 128418, 105127, 25251, 43866, 94201, 110889, 122530, 65994, 126380, 90572, 76743, 98, 120438, 94846);
    expect(unitIds(build(ids, false))).toEqual(sorted(ids));
    // Ids of two to four blocks of 65,536 in any order, long enough for lists past their first
    // rooms ('max' size), and bursts of ids into one block then another (the block written last).
    const id = (blocks: number): fc.Arbitrary<number> => fc.tuple(fc.integer({ min: 0, max: blocks - 1 }), fc.integer({ min: 0, max: 65_535 })).map(([b, low]) => b * 65_536 + low);
    const bursts = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 1, max: 400 })), { maxLength: 60, size: 'max' })
      .map((runs) => runs.flatMap(([b, start, n]) => Array.from({ length: n }, (_, i) => b * 65_536 + ((start + i * 3) & 0xffff))));
    const lists = fc.oneof(fc.array(fc.integer({ min: 0, max: 200_000 }), { maxLength: 2000 }), fc.integer({ min: 2, max: 4 }).chain((blocks) => fc.array(id(blocks), { maxLength: 12_000, size: 'max' })), bursts);
    fc.assert(
      fc.property(lists, (list) => {
        const set = build(list, false);
        expect(unitIds(set)).toEqual(sorted(list));
        expect(countUnits(set)).toBe(new Set(list).size);
      }),
      { numRuns: 200 },
    );
  });
});

describe('UnitInterner', () => {
  it('gives each distinct code one id and reads the code back, Latin-1 or not, across many rehashes', () => {
    const interner = new UnitInterner();
    const codes: string[] = [];
    for (let i = 0; i < 70_000; i++) codes.push(`U${i}`);
    // A code with a character above U+00FF after many one-byte codes; an empty code; an absent unit.
    codes.push('Phường Đồng Xuân', '', 'xã Tân Lập', 'U00');
    const ids = codes.map((c) => interner.id(c));
    const absent = interner.id(undefined);
    expect(new Set([...ids, absent]).size).toBe(codes.length + 1);
    expect(codes.map((c) => interner.id(c))).toEqual(ids);
    expect(ids.map((id) => interner.code(id))).toEqual(codes);
    expect(interner.code(absent)).toBeUndefined();
    expect(interner.id(undefined)).toBe(absent);
    expect(interner.size).toBe(codes.length + 1);
  });

  it('keeps codes of digits, long codes and characters from U+0080 up apart, and reads each back', () => {
    const interner = new UnitInterner();
    const codes = [
      '0', '00', '000', '0000', '1', '12', '123', '1a2', 'a12b34', '09/CTr', '99', '9', 'U0', 'U00', 'U000',
      // Bytes a pair of digits is written as, as characters of their own.
      '\u0080', '\u008c', '\u00e3', '\u00e4', '\u00ff', '\u0100', '\uffff', '\u008c\u008c', '12\u008c', 'Đ1', '1Đ',
      // Lengths around the one byte kept per code (255 and more: kept aside).
      'a'.repeat(254), 'a'.repeat(255), 'a'.repeat(256), '1'.repeat(508), '1'.repeat(509), '1'.repeat(510), '1'.repeat(511), 'Đ'.repeat(90), `${'x'.repeat(300)}1`,
    ];
    const ids = codes.map((c) => interner.id(c));
    expect(new Set(ids).size).toBe(codes.length);
    expect(codes.map((c) => interner.id(c))).toEqual(ids);
    expect(ids.map((id) => interner.code(id))).toEqual(codes);
  });

  it('reads every code back past many pages of ids, bytes and starts', () => {
    const interner = new UnitInterner();
    const code = (i: number): string => (i % 7 === 0 ? `${i}` : i % 7 === 1 ? `V-${i}x` : i % 7 === 2 ? 'z'.repeat(i % 300) + String(i) : `U${i}`);
    const n = 300_000;
    let wrong = 0;
    for (let i = 0; i < n; i++) if (interner.id(code(i)) !== i) wrong++;
    for (let i = 0; i < n; i += 97) if (interner.code(i) !== code(i) || interner.id(code(i)) !== i) wrong++;
    expect(wrong).toBe(0);
    expect(interner.code(n - 1)).toBe(code(n - 1));
    expect(interner.size).toBe(n);
  });

  it('matches a Map on random codes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'b', 'Đ', 'ễ', '0', '1', '9', '\u0080', '\u008c', '\u00ff') }), fc.string({ minLength: 250, maxLength: 260, unit: fc.constantFrom('a', '1') })), { maxLength: 300 }), (codes) => {
        const interner = new UnitInterner();
        const map = new Map<string, number>();
        for (const c of codes) {
          const id = interner.id(c);
          if (!map.has(c)) map.set(c, map.size);
          expect(id).toBe(map.get(c));
          expect(interner.code(id)).toBe(c);
        }
      }),
      { numRuns: 200 },
    );
  });
});
