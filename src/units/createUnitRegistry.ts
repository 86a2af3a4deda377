import { AntqError } from '../errors/AntqError';
import type { ParseResult } from '../errors/ParseResult';
import { unitsIssue } from './internal/issues';
import { buildUnitIndex, type UnitEntry, type UnitIndex } from './internal/buildUnitIndex';
import { parseIsoDay } from '../period/civil';
import { nameKeys } from './internal/nameKeys';
import { restateUnit } from './internal/restateUnit';
import { validateUnits } from './internal/validateUnits';
import type { AdminUnit } from '../schema/AdminUnitSchema';
import { isUnitValidAt } from './isUnitValidAt';
import type { DescendantsOptions, FindUnitOptions, UnitRegistry } from './UnitRegistry';

function checkDate(method: string, name: string, value: string): void {
  if (parseIsoDay(value) === null) {
    throw new AntqError('invalid_argument', `UnitRegistry.${method}: ${name} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
}

function byCode(a: UnitEntry, b: UnitEntry): number {
  return a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : a.index - b.index;
}

function byStartThenCode(a: UnitEntry, b: UnitEntry): number {
  const sa = a.unit.validFrom ?? '';
  const sb = b.unit.validFrom ?? '';
  return sa < sb ? -1 : sa > sb ? 1 : byCode(a, b);
}

/**
 * The units of `entries`, frozen. Filled by `push` into a literal, not by `map`: once optimised,
 * `map` makes its result holey, and a frozen holey array has a shape of its own that only the
 * arrays of one aggregation have; V8 frees it at the next collection with the code compiled for
 * it (`walkUnitHistory`, `resolveChain`, compiled again after every collection). Made this way,
 * every result has the shape of the registry's own `units`, which lives as long as the registry.
 */
function units(entries: readonly UnitEntry[]): readonly AdminUnit[] {
  const out: AdminUnit[] = [];
  for (const e of entries) out.push(e.unit);
  return Object.freeze(out);
}

function describeVersions(index: UnitIndex, code: string): string {
  return (index.byCode.get(code) ?? []).map((e) => `${e.unit.validFrom ?? '…'}–${e.unit.validTo ?? '…'}`).join(', ');
}

function resolveIn(index: UnitIndex, code: string, date: string, toDate: string): ParseResult<AdminUnit> {
  if (!index.byCode.has(code)) {
    return { ok: false, issues: [unitsIssue('unknown_unit', 'error', { code }, { path: ['code'] })] };
  }
  const start = index.versionAt(code, date);
  if (start === null) {
    const valid = describeVersions(index, code);
    return {
      ok: false,
      issues: [unitsIssue('unit_not_valid_at_date', 'error', { code, date, valid }, { path: ['date'] })],
    };
  }
  if (!isUnitValidAt(start.unit, toDate)) {
    const end = index.versionAt(code, toDate);
    const issue =
      end === null
        ? unitsIssue('unit_not_valid_at_date', 'error', { code, date: toDate, valid: describeVersions(index, code) }, { path: ['toDate'] })
        : unitsIssue(
            'unit_changes_within_period',
            'error',
            { code, from: { id: start.id, name: start.unit.name, date }, to: { id: end.id, name: end.unit.name, date: toDate } },
            { path: ['toDate'] },
          );
    return { ok: false, issues: [issue] };
  }
  return { ok: true, value: start.unit };
}

/**
 * Builds an immutable registry of administrative units with their history, for any hierarchy
 * (the shipped provinces, a user's districts, communes and villages, their own reforms).
 *
 * Units are copied and frozen; the input is never changed. Bad data does not throw: call
 * `validate()` for the issues (overlapping versions, unknown or invalid parents, successors
 * that lose or double-count territory). Lookups are indexed by code, parent and folded name, so
 * `get`, `parentAt` and `ancestorsAt` cost a few map lookups.
 *
 * @param unitList - every unit version (see {@link unitVersionId}); successors link a version
 *   that ends to the versions valid the day after
 * @returns the registry
 * @example
 * ```ts
 * const reg = createUnitRegistry([
 *   { code: 'A', name: 'Xã An', level: 'commune', validTo: '2025-06-30', successors: [{ code: 'C' }] },
 *   { code: 'B', name: 'Xã Bình', level: 'commune', validTo: '2025-06-30', successors: [{ code: 'C' }] },
 *   { code: 'C', name: 'Xã An Bình', level: 'commune', validFrom: '2025-07-01' },
 * ]);
 * reg.restate('A', '2024-01-01', '2026-01-01');
 * // => { ok: true, value: { targets: [{ code: 'C', version: 'C@2025-07-01', name: 'Xã An Bình', weight: 1 }], path: [{ from: 'A@*', to: 'C@2025-07-01', on: '2025-07-01', kind: 'merge', … }], … } }
 * reg.findByName('an binh', { date: '2026-01-01' }).map((u) => u.code);
 * // => ['C']
 * ```
 * @category Units
 */
export function createUnitRegistry(unitList: readonly AdminUnit[]): UnitRegistry {
  const index = buildUnitIndex(unitList);
  const all = units(index.entries);

  const get = (code: string, date: string): AdminUnit | null => {
    checkDate('get', 'date', date);
    return index.versionAt(code, date)?.unit ?? null;
  };

  const parentEntry = (entry: UnitEntry, date: string): UnitEntry | null =>
    entry.unit.parent === undefined || entry.unit.parent === entry.unit.code ? null : index.versionAt(entry.unit.parent, date);

  const childEntries = (code: string, date: string): UnitEntry[] =>
    (index.byParent.get(code) ?? []).filter((e) => e.unit.code !== code && isUnitValidAt(e.unit, date)).sort(byCode);

  const registry: UnitRegistry = {
    units: all,
    get,
    getVersion: (id) => index.byId.get(id)?.unit ?? null,
    versionsOf: (code) => units(index.byCode.get(code) ?? []),
    resolve: (code, date, toDate = date) => {
      checkDate('resolve', 'date', date);
      checkDate('resolve', 'toDate', toDate);
      if (toDate < date) throw new AntqError('invalid_argument', `UnitRegistry.resolve: toDate ${toDate} is before date ${date}`);
      return resolveIn(index, code, date, toDate);
    },
    findByName: (name, options: FindUnitOptions = {}) => {
      const { date, level } = options;
      if (date !== undefined) checkDate('findByName', 'options.date', date);
      for (const key of nameKeys(name)) {
        const hits = (index.byName.get(key) ?? []).filter(
          (e) => (date === undefined || isUnitValidAt(e.unit, date)) && (level === undefined || e.unit.level === level),
        );
        if (hits.length > 0) return units([...hits].sort(byStartThenCode));
      }
      return Object.freeze([]);
    },
    parentAt: (code, date) => {
      checkDate('parentAt', 'date', date);
      const entry = index.versionAt(code, date);
      return entry === null ? null : (parentEntry(entry, date)?.unit ?? null);
    },
    ancestorsAt: (code, date) => {
      checkDate('ancestorsAt', 'date', date);
      const chain: UnitEntry[] = [];
      const seen = new Set<string>([code]);
      let entry = index.versionAt(code, date);
      while (entry !== null) {
        entry = parentEntry(entry, date);
        if (entry === null || seen.has(entry.unit.code)) break; // a parent cycle is reported by validate()
        seen.add(entry.unit.code);
        chain.push(entry);
      }
      return units(chain);
    },
    childrenAt: (code, date) => {
      checkDate('childrenAt', 'date', date);
      return index.versionAt(code, date) === null ? Object.freeze([]) : units(childEntries(code, date));
    },
    descendantsAt: (code, date, options: DescendantsOptions = {}) => {
      checkDate('descendantsAt', 'date', date);
      if (index.versionAt(code, date) === null) return Object.freeze([]);
      const found: UnitEntry[] = [];
      const seen = new Set<string>([code]);
      const queue = [code];
      for (let parent = queue.shift(); parent !== undefined; parent = queue.shift()) {
        for (const child of childEntries(parent, date)) {
          if (seen.has(child.unit.code)) continue;
          seen.add(child.unit.code);
          found.push(child);
          queue.push(child.unit.code);
        }
      }
      return units(options.level === undefined ? found : found.filter((e) => e.unit.level === options.level));
    },
    predecessorsOf: (id) => units(index.predecessors.get(id) ?? []),
    restate: (code, fromDate, toDate) => {
      checkDate('restate', 'fromDate', fromDate);
      checkDate('restate', 'toDate', toDate);
      return restateUnit(index, code, fromDate, toDate);
    },
    validate: () => validateUnits(index),
    extend: (more) => createUnitRegistry([...all, ...more]),
  };
  return Object.freeze(registry);
}
