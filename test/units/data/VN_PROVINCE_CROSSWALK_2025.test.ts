import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VN_PROVINCE_CROSSWALK_2025 } from '../../../src/units/data/VN_PROVINCE_CROSSWALK_2025';

import { fileURLToPath } from 'node:url';

// The reference CSV as committed in the repository (a copy of the shared reference data).
const CSV = fileURLToPath(new URL('../../../data/reference/vn-provinces-2025.csv', import.meta.url));
const csvPresent = existsSync(CSV);

describe('VN_PROVINCE_CROSSWALK_2025', () => {
  it.skipIf(!csvPresent)(`matches ${CSV} row by row (skipped when the reference CSV is absent)`, () => {
    const lines = readFileSync(CSV, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '');
    expect(lines[0]).toBe('old_code,old_name,old_type,new_code,new_name,new_type,relation');
    const rows = lines.slice(1).map((l) => {
      const [oldCode, oldName, oldType, newCode, newName, newType, relation] = l.split(',').map((c) => c.trim().normalize('NFC'));
      return { oldCode, oldName, oldType, newCode, newName, newType, relation };
    });
    expect(rows).toHaveLength(VN_PROVINCE_CROSSWALK_2025.length);
    rows.forEach((row, i) => expect(VN_PROVINCE_CROSSWALK_2025[i], `row ${i + 1}`).toEqual(row));
  });

  it('has 63 old units, 34 new units, 11 unchanged and 52 merged into 23', () => {
    const rows = VN_PROVINCE_CROSSWALK_2025;
    expect(rows).toHaveLength(63);
    expect(new Set(rows.map((r) => r.oldCode)).size).toBe(63);
    expect(new Set(rows.map((r) => r.newCode)).size).toBe(34);
    expect(rows.filter((r) => r.relation === 'unchanged')).toHaveLength(11);
    const merged = rows.filter((r) => r.relation === 'merged');
    expect(merged).toHaveLength(52);
    expect(new Set(merged.map((r) => r.newCode)).size).toBe(23);
  });

  it('keeps each unchanged unit under its own code, name and type', () => {
    for (const r of VN_PROVINCE_CROSSWALK_2025.filter((x) => x.relation === 'unchanged')) {
      expect([r.newCode, r.newName, r.newType]).toEqual([r.oldCode, r.oldName, r.oldType]);
    }
  });

  it('gives every merged unit a code taken from one of its parts (the seat keeps its code)', () => {
    const merged = VN_PROVINCE_CROSSWALK_2025.filter((r) => r.relation === 'merged');
    for (const code of new Set(merged.map((r) => r.newCode))) {
      expect(merged.some((r) => r.oldCode === code && r.newCode === code), code).toBe(true);
    }
  });

  it('stores names in NFC', () => {
    for (const r of VN_PROVINCE_CROSSWALK_2025) {
      expect(r.oldName.normalize('NFC')).toBe(r.oldName);
      expect(r.newName.normalize('NFC')).toBe(r.newName);
    }
  });
});
