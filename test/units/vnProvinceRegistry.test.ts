import { describe, expect, it } from 'vitest';
import { VN_PROVINCE_CROSSWALK_2025 } from '../../src/units/data/VN_PROVINCE_CROSSWALK_2025';
import { vnProvinceRegistry } from '../../src/units/vnProvinceRegistry';

const reg = vnProvinceRegistry();
const BEFORE = '2019-05-01';
const AFTER = '2026-01-01';

describe('vnProvinceRegistry: lookups', () => {
  it.each([
    ['44', BEFORE, 'Quảng Bình', '44@*'],
    ['44', '2025-06-30', 'Quảng Bình', '44@*'],
    ['44', '2025-07-01', 'Quảng Trị', '44@2025-07-01'],
    ['44', AFTER, 'Quảng Trị', '44@2025-07-01'],
    ['45', BEFORE, 'Quảng Trị', '45@*'],
    ['19', '2024-06-01', 'Thái Nguyên', '19@*'],
    ['19', AFTER, 'Thái Nguyên', '19@2025-07-01'],
    ['46', '2024-12-31', 'Thừa Thiên Huế', '46@*'],
    ['46', '2025-01-01', 'Huế', '46@2025-01-01'],
    ['46', AFTER, 'Huế', '46@2025-01-01'],
    ['42', BEFORE, 'Hà Tĩnh', '42@*'],
    ['42', AFTER, 'Hà Tĩnh', '42@*'],
  ])('code %s on %s is %s', (code, date, name, version) => {
    const unit = reg.get(code, date);
    expect(unit?.name).toBe(name);
    expect(unit === null ? null : `${unit.code}@${unit.validFrom ?? '*'}`).toBe(version);
  });

  it.each([
    ['45', AFTER],
    ['17', AFTER],
    ['99', BEFORE],
  ])('code %s on %s is not a unit', (code, date) => {
    expect(reg.get(code, date)).toBeNull();
  });

  it('has 63 provincial units on every day before the reform and 34 from 1 Jul 2025', () => {
    const count = (date: string): number => reg.childrenAt('VN', date).length;
    expect(count('2019-05-01')).toBe(63);
    expect(count('2024-12-31')).toBe(63);
    expect(count('2025-06-30')).toBe(63);
    expect(count('2025-07-01')).toBe(34);
    expect(count('2030-01-01')).toBe(34);
  });

  it('finds names with or without tone marks, in either tone placement, with a type word', () => {
    expect(reg.findByName('Hòa Bình').map((u) => u.code)).toEqual(['17']);
    expect(reg.findByName('Hoà Bình').map((u) => u.code)).toEqual(['17']);
    expect(reg.findByName('hoa binh').map((u) => u.code)).toEqual(['17']);
    expect(reg.findByName('Tỉnh Hòa Bình').map((u) => u.code)).toEqual(['17']);
    expect(reg.findByName('Khánh Hoà', { date: BEFORE }).map((u) => u.code)).toEqual(['56']);
    expect(reg.findByName('Thanh Hoá').map((u) => u.code)).toEqual(['38']);
    expect(reg.findByName('TP. Hồ Chí Minh', { date: AFTER }).map((u) => u.code)).toEqual(['79']);
    expect(reg.findByName('Thành phố Huế', { date: AFTER }).map((u) => u.code)).toEqual(['46']);
    expect(reg.findByName('Bà Rịa–Vũng Tàu').map((u) => u.code)).toEqual(['77']);
    expect(reg.findByName('Đắk Lắk', { date: BEFORE }).map((u) => u.code)).toEqual(['66']);
    expect(reg.findByName('dak lak', { date: AFTER }).map((u) => u.code)).toEqual(['66']);
    expect(reg.findByName('Viet Nam').map((u) => u.code)).toEqual(['VN']);
  });

  it('tells the two Thái Nguyên territories apart by date and lists both without one', () => {
    const both = reg.findByName('Thái Nguyên');
    expect(both.map((u) => `${u.code}@${u.validFrom ?? '*'}`)).toEqual(['19@*', '19@2025-07-01']);
    expect(reg.findByName('Thái Nguyên', { date: '2024-06-01' })).toEqual([both[0]]);
    expect(reg.findByName('Thái Nguyên', { date: AFTER })).toEqual([both[1]]);
    expect(reg.findByName('Quảng Trị', { date: AFTER }).map((u) => u.code)).toEqual(['44']);
    expect(reg.findByName('Quảng Trị', { date: BEFORE }).map((u) => u.code)).toEqual(['45']);
    expect(reg.findByName('Quảng Bình', { date: AFTER })).toEqual([]);
    expect(reg.findByName('Quảng Bình', { level: 'district' })).toEqual([]);
  });

  it('gives every province the national root as its only ancestor', () => {
    expect(reg.ancestorsAt('44', BEFORE).map((u) => u.code)).toEqual(['VN']);
    expect(reg.parentAt('44', AFTER)?.code).toBe('VN');
    expect(reg.parentAt('VN', AFTER)).toBeNull();
  });

  it('is consistent: validate() finds nothing', () => {
    expect(reg.validate()).toEqual([]);
  });
});

describe('vnProvinceRegistry: restating', () => {
  it.each(['44', '45'])('restates pre-reform code %s into today’s Quảng Trị', (code) => {
    const r = reg.restate(code, '2013-08-01', AFTER);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.direction).toBe('forward');
    expect(r.value.targets).toEqual([{ code: '44', version: '44@2025-07-01', name: 'Quảng Trị', weight: 1 }]);
    expect(r.value.path).toEqual([
      { from: `${code}@*`, to: '44@2025-07-01', on: '2025-07-01', kind: 'merge', changes: code === '44' ? ['name'] : ['code'], weight: 1 },
    ]);
  });

  it('restates every merged unit into its new unit, whole', () => {
    for (const row of VN_PROVINCE_CROSSWALK_2025.filter((r) => r.relation === 'merged')) {
      const r = reg.restate(row.oldCode, BEFORE, AFTER);
      expect(r.ok && r.value.targets, row.oldName).toEqual([
        { code: row.newCode, version: `${row.newCode}@2025-07-01`, name: row.newName, weight: 1 },
      ]);
    }
  });

  it('passes the 11 unchanged units through untouched', () => {
    const unchanged = VN_PROVINCE_CROSSWALK_2025.filter((r) => r.relation === 'unchanged');
    expect(unchanged).toHaveLength(11);
    for (const row of unchanged) {
      const r = reg.restate(row.oldCode, '2025-06-30', AFTER);
      expect(r.ok, row.oldName).toBe(true);
      if (!r.ok) continue;
      expect(r.value.direction).toBe('none');
      expect(r.value.path).toEqual([]);
      expect(r.value.targets).toEqual([{ code: row.oldCode, version: r.value.source.version, name: row.oldName, weight: 1 }]);
    }
  });

  it('follows the Huế rename and type change of 1 Jan 2025 as a succession', () => {
    const r = reg.restate('46', '2020-01-01', AFTER);
    expect(r.ok && r.value.path).toEqual([
      { from: '46@*', to: '46@2025-01-01', on: '2025-01-01', kind: 'succession', changes: ['name', 'type'], weight: 1 },
    ]);
    const back = reg.restate('46', AFTER, '2020-01-01');
    expect(back.ok && back.value.targets.map((t) => t.name)).toEqual(['Thừa Thiên Huế']);
    expect(back.ok && back.value.direction).toBe('backward');
  });

  it('refuses to split a merged unit back onto the old map', () => {
    const r = reg.restate('44', AFTER, BEFORE);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['merge_without_weights', ['44@2025-07-01']]]);
  });

  it('reports code 44 over 2024–2026 as two territories', () => {
    const r = reg.resolve('44', '2024-01-01', '2026-12-31');
    expect(r.ok || r.issues.map((i) => i.code)).toEqual(['unit_changes_within_period']);
    expect(reg.resolve('42', '2013-08-01', '2026-12-31').ok).toBe(true);
  });
});
