import type { AdminUnit } from '../../schema/AdminUnitSchema';
import type { RestateStepKind, UnitChange } from '../UnitRegistry';
import { normalizeText } from '../../text/normalizeText';
import type { UnitIndex, UnitEntry } from './buildUnitIndex';

/** Kind of the edge old → new: a split when old has several successors, a merge when new has several predecessors. */
export function edgeKind(index: UnitIndex, older: UnitEntry, newer: UnitEntry): RestateStepKind {
  if ((older.unit.successors?.length ?? 0) > 1) return 'split';
  if ((index.predecessors.get(newer.id)?.length ?? 0) > 1) return 'merge';
  return 'succession';
}

/** What differs between two versions, for display. */
export function unitChanges(a: AdminUnit, b: AdminUnit): readonly UnitChange[] {
  const changes: UnitChange[] = [];
  if (a.code !== b.code) changes.push('code');
  if (normalizeText(a.name) !== normalizeText(b.name)) changes.push('name');
  if (a.type !== b.type) changes.push('type');
  if (a.level !== b.level) changes.push('level');
  return changes;
}
