import type { AdminUnit } from '../../schema/AdminUnitSchema';
import { isUnitValidAt } from '../isUnitValidAt';
import { unitVersionId } from '../unitVersionId';
import { nextIsoDay } from '../../period/civil';
import { nameKeys } from './nameKeys';

/** One unit version in the index, with its position in the input. */
export interface UnitEntry {
  readonly unit: AdminUnit;
  readonly id: string;
  readonly index: number;
}

/** Lookup tables over a list of unit versions; built once, never changed. */
export interface UnitIndex {
  readonly entries: readonly UnitEntry[];
  readonly byCode: ReadonlyMap<string, readonly UnitEntry[]>;
  readonly byId: ReadonlyMap<string, UnitEntry>;
  readonly byParent: ReadonlyMap<string, readonly UnitEntry[]>;
  readonly byName: ReadonlyMap<string, readonly UnitEntry[]>;
  /** Version id → the versions whose successors resolve to it. */
  readonly predecessors: ReadonlyMap<string, readonly UnitEntry[]>;
  /** The version of `code` valid on `date`, the earliest-starting one if versions overlap. */
  versionAt(code: string, date: string): UnitEntry | null;
}

/** Frozen copy of a unit, so the registry never shares (or mutates) the caller's objects. */
function freezeUnit(unit: AdminUnit): AdminUnit {
  const copy: AdminUnit = { ...unit };
  if (unit.successors !== undefined) {
    const successors = unit.successors.map((s) => Object.freeze({ ...s }));
    Object.freeze(successors);
    copy.successors = successors;
  }
  return Object.freeze(copy);
}

/** Orders versions by start, an open start first. */
function byStart(a: UnitEntry, b: UnitEntry): number {
  const sa = a.unit.validFrom ?? '';
  const sb = b.unit.validFrom ?? '';
  return sa < sb ? -1 : sa > sb ? 1 : a.index - b.index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** The first day a closed version's territory belongs to its successors, or null. */
export function handOverDate(unit: AdminUnit): string | null {
  return unit.validTo === undefined ? null : nextIsoDay(unit.validTo);
}

/** Builds the lookup tables of a registry. */
export function buildUnitIndex(units: readonly AdminUnit[]): UnitIndex {
  const entries = units.map((unit, index): UnitEntry => {
    const frozen = freezeUnit(unit);
    return Object.freeze({ unit: frozen, id: unitVersionId(frozen), index });
  });
  const byCode = new Map<string, UnitEntry[]>();
  const byId = new Map<string, UnitEntry>();
  const byParent = new Map<string, UnitEntry[]>();
  const byName = new Map<string, UnitEntry[]>();
  for (const e of entries) {
    push(byCode, e.unit.code, e);
    if (!byId.has(e.id)) byId.set(e.id, e);
    if (e.unit.parent !== undefined) push(byParent, e.unit.parent, e);
    const names = e.unit.nameEn === undefined ? [e.unit.name] : [e.unit.name, e.unit.nameEn];
    for (const name of names) for (const key of nameKeys(name)) push(byName, key, e);
  }
  for (const list of byCode.values()) list.sort(byStart);

  const versionAt = (code: string, date: string): UnitEntry | null =>
    byCode.get(code)?.find((e) => isUnitValidAt(e.unit, date)) ?? null;

  const predecessors = new Map<string, UnitEntry[]>();
  for (const e of entries) {
    const day = handOverDate(e.unit);
    if (day === null) continue;
    for (const s of e.unit.successors ?? []) {
      const next = versionAt(s.code, day);
      if (next !== null) push(predecessors, next.id, e);
    }
  }
  for (const list of predecessors.values()) list.sort((a, b) => (a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : 0));

  return { entries, byCode, byId, byParent, byName, predecessors, versionAt };
}
