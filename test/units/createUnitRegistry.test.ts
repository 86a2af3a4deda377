import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../src/errors/isAntqError';
import type { AdminUnit } from '../../src/schema/AdminUnitSchema';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { vnProvinceRegistry } from '../../src/units/vnProvinceRegistry';

// Test fixtures: made-up district and commune codes under real provinces (not official codes).
const LOCAL: readonly AdminUnit[] = [
  { code: 'D-HK', name: 'Huyện Hương Khê', level: 'district', type: 'huyen', parent: '42', validTo: '2025-06-30' },
  { code: 'D-DH', name: 'Thành phố Đồng Hới', level: 'district', type: 'thanh_pho', parent: '44', validTo: '2025-06-30' },
  { code: 'X-LY', name: 'Xã Lộc Yên', level: 'commune', type: 'xa', parent: 'D-HK', validTo: '2025-06-30', successors: [{ code: 'X-HK' }] },
  { code: 'X-HL', name: 'Xã Hương Long', level: 'commune', type: 'xa', parent: 'D-HK', validTo: '2025-06-30', successors: [{ code: 'X-HK' }] },
  { code: 'X-HK', name: 'Xã Hương Khê', level: 'commune', type: 'xa', parent: '42', validFrom: '2025-07-01' },
  { code: 'V-1', name: 'Thôn 1', level: 'village', parent: 'X-LY', validTo: '2025-06-30', successors: [{ code: 'V-1' }] },
  { code: 'V-1', name: 'Thôn 1', level: 'village', parent: 'X-HK', validFrom: '2025-07-01' },
  { code: 'P-DH', name: 'Phường Đồng Hới', level: 'commune', type: 'phuong', parent: 'D-DH', validTo: '2025-06-30', successors: [{ code: 'P-N', weight: 0.25 }, { code: 'P-S', weight: 0.75 }] },
  { code: 'P-N', name: 'Phường Bắc', level: 'commune', type: 'phuong', parent: '44', validFrom: '2025-07-01' },
  { code: 'P-S', name: 'Phường Nam', level: 'commune', type: 'phuong', parent: '44', validFrom: '2025-07-01' },
];
const reg = vnProvinceRegistry().extend(LOCAL);

describe('createUnitRegistry: hierarchy by date', () => {
  it('resolves parents at the date asked about, across the code reuse of 44', () => {
    expect(reg.ancestorsAt('X-LY', '2020-01-01').map((u) => u.code)).toEqual(['D-HK', '42', 'VN']);
    expect(reg.ancestorsAt('P-DH', '2020-01-01').map((u) => `${u.code}:${u.name}`)).toEqual(['D-DH:Thành phố Đồng Hới', '44:Quảng Bình', 'VN:Việt Nam']);
    expect(reg.ancestorsAt('P-N', '2026-01-01').map((u) => `${u.code}:${u.name}`)).toEqual(['44:Quảng Trị', 'VN:Việt Nam']);
    expect(reg.ancestorsAt('V-1', '2020-01-01').map((u) => u.code)).toEqual(['X-LY', 'D-HK', '42', 'VN']);
    expect(reg.ancestorsAt('V-1', '2026-01-01').map((u) => u.code)).toEqual(['X-HK', '42', 'VN']);
  });

  it('gives district units no valid parent (and no existence) from 1 Jul 2025', () => {
    const districts = reg.units.filter((u) => u.level === 'district');
    expect(districts.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (offset) => {
        const date = new Date(Date.UTC(2025, 6, 1 + offset)).toISOString().slice(0, 10);
        for (const d of districts) {
          expect(reg.get(d.code, date)).toBeNull();
          expect(reg.parentAt(d.code, date)).toBeNull();
          expect(reg.ancestorsAt(d.code, date)).toEqual([]);
        }
        expect(reg.descendantsAt('VN', date, { level: 'district' })).toEqual([]);
      }),
    );
    expect(reg.parentAt('D-HK', '2025-06-30')?.code).toBe('42');
    expect(reg.parentAt('X-LY', '2025-07-01')).toBeNull();
  });

  it('lists children and descendants valid on the date', () => {
    expect(reg.childrenAt('42', '2020-01-01').map((u) => u.code)).toEqual(['D-HK']);
    expect(reg.childrenAt('42', '2026-01-01').map((u) => u.code)).toEqual(['X-HK']);
    expect(reg.childrenAt('45', '2026-01-01')).toEqual([]);
    expect(reg.descendantsAt('42', '2020-01-01').map((u) => u.code)).toEqual(['D-HK', 'X-HL', 'X-LY', 'V-1']);
    expect(reg.descendantsAt('42', '2020-01-01', { level: 'commune' }).map((u) => u.code)).toEqual(['X-HL', 'X-LY']);
    expect(reg.descendantsAt('44', '2026-01-01').map((u) => u.code)).toEqual(['P-N', 'P-S']);
    expect(reg.descendantsAt('D-HK', '2026-01-01')).toEqual([]);
  });

  it('answers lookups of unknown codes and versions with null or empty lists', () => {
    expect(reg.get('nope', '2020-01-01')).toBeNull();
    expect(reg.parentAt('nope', '2020-01-01')).toBeNull();
    expect(reg.getVersion('44@2025-07-01')?.name).toBe('Quảng Trị');
    expect(reg.getVersion('44@*')?.name).toBe('Quảng Bình');
    expect(reg.getVersion('44@2020-01-01')).toBeNull();
    expect(reg.versionsOf('V-1').map((u) => u.validFrom ?? '*')).toEqual(['*', '2025-07-01']);
    expect(reg.versionsOf('nope')).toEqual([]);
    expect(reg.predecessorsOf('X-HK@2025-07-01').map((u) => u.code)).toEqual(['X-HL', 'X-LY']);
    expect(reg.predecessorsOf('44@*')).toEqual([]);
  });

  it('stops ancestor walks at a parent cycle', () => {
    const cyclic = createUnitRegistry([
      { code: 'A', name: 'A', level: 'commune', parent: 'B' },
      { code: 'B', name: 'B', level: 'district', parent: 'A' },
    ]);
    expect(cyclic.ancestorsAt('A', '2020-01-01').map((u) => u.code)).toEqual(['B']);
    expect(cyclic.descendantsAt('A', '2020-01-01').map((u) => u.code)).toEqual(['B']);
  });
});

describe('createUnitRegistry: restate', () => {
  it('merges communes whole and keeps the path for display', () => {
    const r = reg.restate('X-LY', '2020-01-01', '2026-01-01');
    expect(r.ok && r.value.targets).toEqual([{ code: 'X-HK', version: 'X-HK@2025-07-01', name: 'Xã Hương Khê', weight: 1 }]);
    expect(r.ok && r.value.source).toEqual({ code: 'X-LY', version: 'X-LY@*', name: 'Xã Lộc Yên' });
    expect(r.ok && r.value.path.map((s) => [s.from, s.to, s.kind, s.changes])).toEqual([['X-LY@*', 'X-HK@2025-07-01', 'merge', ['code', 'name']]]);
  });

  it('apportions a split by its weights and records each branch', () => {
    const r = reg.restate('P-DH', '2020-01-01', '2026-01-01');
    expect(r.ok && r.value.targets.map((t) => [t.code, t.weight])).toEqual([
      ['P-N', 0.25],
      ['P-S', 0.75],
    ]);
    expect(r.ok && r.value.path.map((s) => [s.to, s.kind, s.weight])).toEqual([
      ['P-N@2025-07-01', 'split', 0.25],
      ['P-S@2025-07-01', 'split', 0.75],
    ]);
  });

  it('maps a part of a split back onto the whole it came from', () => {
    const r = reg.restate('P-S', '2026-01-01', '2020-01-01');
    expect(r.ok && r.value.targets.map((t) => [t.version, t.weight])).toEqual([['P-DH@*', 1]]);
    expect(r.ok && r.value.path.map((s) => [s.from, s.to, s.kind, s.weight])).toEqual([['P-S@2025-07-01', 'P-DH@*', 'split', 1]]);
  });

  it('follows a village that keeps its code through a new version', () => {
    const r = reg.restate('V-1', '2020-01-01', '2026-01-01');
    expect(r.ok && r.value.path.map((s) => [s.kind, s.changes])).toEqual([['succession', []]]);
  });

  it.each([
    ['split_without_weights', [{ code: 'S', name: 'S', level: 'commune', validTo: '2020-12-31', successors: [{ code: 'T1' }, { code: 'T2', weight: 0.5 }] }], ['S@*', 'successors']],
    ['unit_ceased_without_successor', [{ code: 'S', name: 'S', level: 'district', validTo: '2020-12-31' }], ['S@*', 'successors']],
    ['crosswalk_loses_territory', [{ code: 'S', name: 'S', level: 'commune', validTo: '2020-12-31', successors: [{ code: 'T1', weight: 0.4 }, { code: 'T2', weight: 0.4 }] }], ['S@*', 'successors']],
    ['crosswalk_double_counts', [{ code: 'S', name: 'S', level: 'commune', validTo: '2020-12-31', successors: [{ code: 'T1', weight: 0.5 }, { code: 'T1', weight: 0.5 }] }], ['S@*', 'successors']],
    ['crosswalk_double_counts', [{ code: 'S', name: 'S', level: 'commune', validTo: '2020-12-31', successors: [{ code: 'T1', weight: 0.7 }, { code: 'T2', weight: 0.7 }] }], ['S@*', 'successors']],
    ['successor_not_found', [{ code: 'S', name: 'S', level: 'commune', validTo: '2020-12-31', successors: [{ code: 'ZZ' }] }], ['S@*', 'successors']],
  ] as const)('refuses with %s', (code, extra, path) => {
    const r = createUnitRegistry([
      ...extra,
      { code: 'T1', name: 'T1', level: 'commune', validFrom: '2021-01-01' },
      { code: 'T2', name: 'T2', level: 'commune', validFrom: '2021-01-01' },
    ] as AdminUnit[]).restate('S', '2020-06-01', '2022-01-01');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.severity, i.path])).toEqual([[code, 'error', path]]);
  });

  it.each([
    ['unknown_unit', 'nope', '2020-01-01', ['code']],
    ['unit_not_valid_at_date', 'X-HK', '2020-01-01', ['fromDate']],
    ['unit_has_no_predecessor', 'X-HK', '2026-01-01', ['X-HK@2025-07-01']],
  ] as const)('reports %s', (code, unit, from, path) => {
    const r = createUnitRegistry(LOCAL.filter((u) => u.code === 'X-HK').map((u) => ({ ...u, parent: 'Z' }))).restate(unit, from, '2020-01-01');
    expect(r.ok || r.issues.map((i) => [i.code, i.path])).toEqual([[code, path]]);
  });

  it('chains several reforms and hands over on the day after the end, across leap days', () => {
    const chain = createUnitRegistry([
      { code: 'A', name: 'A', level: 'commune', validTo: '2024-02-28', successors: [{ code: 'B' }] },
      { code: 'B', name: 'B', level: 'commune', validFrom: '2024-02-29', validTo: '2024-12-31', successors: [{ code: 'C' }] },
      { code: 'C', name: 'C', level: 'commune', validFrom: '2025-01-01' },
    ]);
    const r = chain.restate('A', '2020-01-01', '2025-01-01');
    expect(r.ok && r.value.path.map((s) => [s.from, s.to, s.on])).toEqual([
      ['A@*', 'B@2024-02-29', '2024-02-29'],
      ['B@2024-02-29', 'C@2025-01-01', '2025-01-01'],
    ]);
    const back = chain.restate('C', '2025-06-01', '2020-01-01');
    expect(back.ok && back.value.targets.map((t) => t.code)).toEqual(['A']);
    expect(back.ok && back.value.path.map((s) => s.on)).toEqual(['2025-01-01', '2024-02-29']);
  });

  it('adds up weights that reach one target along several branches (split then merge)', () => {
    const diamond = createUnitRegistry([
      { code: 'A', name: 'A', level: 'commune', validTo: '2020-12-31', successors: [{ code: 'B', weight: 0.3 }, { code: 'C', weight: 0.7 }] },
      { code: 'B', name: 'B', level: 'commune', validFrom: '2021-01-01', validTo: '2022-12-31', successors: [{ code: 'D' }] },
      { code: 'C', name: 'C', level: 'commune', validFrom: '2021-01-01', validTo: '2022-12-31', successors: [{ code: 'D' }] },
      { code: 'D', name: 'D', level: 'commune', validFrom: '2023-01-01', validTo: '2023-12-31', successors: [{ code: 'E' }] },
      { code: 'E', name: 'E', level: 'commune', validFrom: '2024-01-01' },
    ]);
    const r = diamond.restate('A', '2020-01-01', '2024-06-01');
    expect(r.ok && r.value.targets.map((t) => [t.code, t.weight])).toEqual([['E', 1]]);
    expect(r.ok && r.value.path.map((s) => `${s.from}>${s.to}:${s.kind}`)).toEqual([
      'A@*>B@2021-01-01:split',
      'A@*>C@2021-01-01:split',
      'B@2021-01-01>D@2023-01-01:merge',
      'C@2021-01-01>D@2023-01-01:merge',
      'D@2023-01-01>E@2024-01-01:succession',
    ]);
  });

  it('conserves totals: restating weighted values then summing equals the original sum', () => {
    const history = fc
      .array(fc.record({ value: fc.integer({ min: 0, max: 1_000_000 }), parts: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 6 })
      .chain((olds) => {
        const partCount = olds.reduce((n, o) => n + o.parts.length, 0);
        return fc.record({ olds: fc.constant(olds), groups: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: partCount, maxLength: partCount }), keep: fc.boolean() });
      });
    fc.assert(
      fc.property(history, ({ olds, groups, keep }) => {
        const units: AdminUnit[] = [];
        let p = 0;
        olds.forEach((o, i) => {
          const total = o.parts.reduce((s, w) => s + w, 0);
          const successors = o.parts.map((w, j) => ({ code: `B${i}.${j}`, weight: w / total }));
          units.push({ code: `A${i}`, name: `A${i}`, level: 'commune', validTo: '2020-12-31', successors });
          o.parts.forEach((_, j) => {
            const group = groups[p] ?? 0;
            p += 1;
            units.push({ code: `B${i}.${j}`, name: `B${i}.${j}`, level: 'commune', validFrom: '2021-01-01', validTo: '2022-12-31', successors: [{ code: `C${group}` }] });
          });
        });
        for (const g of [0, 1, 2]) units.push({ code: `C${g}`, name: `C${g}`, level: 'commune', validFrom: '2023-01-01' });
        if (keep) units.push({ code: 'K', name: 'K', level: 'commune' });
        const registry = createUnitRegistry(units);
        const byTarget = new Map<string, number>();
        for (const [i, o] of olds.entries()) {
          const r = registry.restate(`A${i}`, '2020-06-01', '2024-01-01');
          if (!r.ok) return false;
          expect(r.value.targets.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(1, 9);
          for (const t of r.value.targets) byTarget.set(t.code, (byTarget.get(t.code) ?? 0) + o.value * t.weight);
        }
        const original = olds.reduce((s, o) => s + o.value, 0);
        const restated = [...byTarget.values()].reduce((s, v) => s + v, 0);
        expect(Math.abs(restated - original)).toBeLessThanOrEqual(1e-6 * Math.max(1, original));
        expect(registry.validate().filter((i) => i.severity === 'error')).toEqual([]);
        return true;
      }),
    );
  });
});

describe('createUnitRegistry: resolve', () => {
  it.each([
    ['X-LY', '2020-01-01', undefined, null],
    ['X-LY', '2026-01-01', undefined, ['unit_not_valid_at_date', ['date']]],
    ['X-LY', '2020-01-01', '2025-12-31', ['unit_not_valid_at_date', ['toDate']]],
    ['V-1', '2025-01-01', '2025-12-31', ['unit_changes_within_period', ['toDate']]],
    ['nope', '2020-01-01', undefined, ['unknown_unit', ['code']]],
  ] as const)('resolve(%s, %s, %s)', (code, date, toDate, expected) => {
    const r = toDate === undefined ? reg.resolve(code, date) : reg.resolve(code, date, toDate);
    if (expected === null) expect(r.ok && r.value.code).toBe(code);
    else expect(r.ok || r.issues.map((i) => [i.code, i.path])).toEqual([expected]);
  });
});

describe('createUnitRegistry: names', () => {
  it('matches the bare name, the name with its type word, and is filtered by level', () => {
    expect(reg.findByName('Hương Khê').map((u) => u.code)).toEqual(['D-HK', 'X-HK']);
    expect(reg.findByName('Huyện Hương Khê').map((u) => u.code)).toEqual(['D-HK']);
    expect(reg.findByName('huong khe', { level: 'commune' }).map((u) => u.code)).toEqual(['X-HK']);
    expect(reg.findByName('xa loc yen').map((u) => u.code)).toEqual(['X-LY']);
    expect(reg.findByName('  LỘC   YÊN ').map((u) => u.code)).toEqual(['X-LY']);
    expect(reg.findByName('thon 1', { date: '2026-01-01' }).map((u) => u.validFrom)).toEqual(['2025-07-01']);
    expect(reg.findByName('Quảng Bình', { level: 'province' }).map((u) => u.code)).toEqual(['44']);
    expect(reg.findByName('Atlantis')).toEqual([]);
  });
});

describe('createUnitRegistry: contract', () => {
  it.each([
    ['get', () => reg.get('44', '2025-13-01')],
    ['parentAt', () => reg.parentAt('44', '2025-02-30')],
    ['ancestorsAt', () => reg.ancestorsAt('44', '1/7/2025')],
    ['childrenAt', () => reg.childrenAt('44', '')],
    ['descendantsAt', () => reg.descendantsAt('44', '2025-7-1')],
    ['findByName', () => reg.findByName('Huế', { date: 'today' })],
    ['restate', () => reg.restate('44', '2020-01-01', '2026')],
    ['resolve', () => reg.resolve('44', '2026-01-01', '2025-01-01')],
    ['resolve', () => reg.resolve('44', '2026-02-29')],
  ])('%s throws invalid_argument on a malformed date', (name, call) => {
    try {
      call();
      expect.unreachable();
    } catch (e) {
      expect(isAntqError(e) && e.code).toBe('invalid_argument');
      expect(e instanceof Error && e.message.startsWith(`UnitRegistry.${name}:`)).toBe(true);
    }
  });

  it('never mutates its input and hands out frozen units', () => {
    const input: AdminUnit[] = [{ code: 'A', name: 'A', level: 'commune', validTo: '2020-12-31', successors: [{ code: 'B' }] }, { code: 'B', name: 'B', level: 'commune', validFrom: '2021-01-01' }];
    const snapshot = structuredClone(input);
    const r = createUnitRegistry(input);
    expect(input).toEqual(snapshot);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.units)).toBe(true);
    expect(Object.isFrozen(r.get('A', '2020-01-01'))).toBe(true);
    expect(Object.isFrozen(r.get('A', '2020-01-01')?.successors)).toBe(true);
    expect(r.get('A', '2020-01-01')).not.toBe(input[0]);
    const more = r.extend([{ code: 'C', name: 'C', level: 'commune' }]);
    expect(more.units).toHaveLength(3);
    expect(r.units).toHaveLength(2);
  });
});
