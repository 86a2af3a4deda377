import type { Issue } from '../../errors/Issue';
import type { ParseResult } from '../../errors/ParseResult';
import { isUnitValidAt } from '../isUnitValidAt';
import type { RestateStep, RestateTarget, Restatement } from '../UnitRegistry';
import { unitsIssue } from './issues';
import { handOverDate, type UnitEntry, type UnitIndex } from './buildUnitIndex';
import { edgeKind, unitChanges } from './describeEdge';

/** Weights are floating point: sums within this of 1 count as 1. */
export const WEIGHT_TOLERANCE = 1e-9;

interface Pending {
  readonly entry: UnitEntry;
  readonly weight: number;
}

function describe(entry: UnitEntry): Omit<RestateTarget, 'weight'> {
  return { code: entry.unit.code, version: entry.id, name: entry.unit.name };
}

/** Successor shares of a closed version, or the issue that keeps it from being restated. */
function successorShares(entry: UnitEntry): { shares: readonly { code: string; weight: number }[] } | { issue: Issue } {
  const successors = entry.unit.successors ?? [];
  const path = [entry.id, 'successors'];
  if (successors.length === 0) {
    return {
      issue: unitsIssue('unit_ceased_without_successor', 'error', { id: entry.id, name: entry.unit.name, validTo: entry.unit.validTo }, { path }),
    };
  }
  if (successors.length > 1 && successors.some((s) => s.weight === undefined)) {
    return {
      issue: unitsIssue('split_without_weights', 'error', { id: entry.id, name: entry.unit.name, successors: successors.map((s) => s.code) }, { path }),
    };
  }
  const codes = new Set(successors.map((s) => s.code));
  const shares = successors.map((s) => ({ code: s.code, weight: s.weight ?? 1 }));
  const total = shares.reduce((sum, s) => sum + s.weight, 0);
  if (codes.size < successors.length || total > 1 + WEIGHT_TOLERANCE) {
    return {
      issue: unitsIssue('crosswalk_double_counts', 'error', { id: entry.id, name: entry.unit.name, total }, { path }),
    };
  }
  if (total < 1 - WEIGHT_TOLERANCE) {
    return {
      issue: unitsIssue('crosswalk_loses_territory', 'error', { id: entry.id, name: entry.unit.name, total }, { path }),
    };
  }
  return { shares };
}

/**
 * Walks the successor graph (forward) or the predecessor graph (backward) from the version of
 * `code` valid on `fromDate` until every branch reaches a version valid on `toDate`.
 * Terminates: along a successor edge the newer version is valid the day after the older one ends,
 * so end dates strictly increase and the graph has no cycles.
 */
export function restateUnit(index: UnitIndex, code: string, fromDate: string, toDate: string): ParseResult<Restatement> {
  if (!index.byCode.has(code)) {
    return {
      ok: false,
      issues: [unitsIssue('unknown_unit', 'error', { code }, { path: ['code'] })],
    };
  }
  const source = index.versionAt(code, fromDate);
  if (source === null) {
    return {
      ok: false,
      issues: [
        unitsIssue('unit_not_valid_at_date', 'error', { code, date: fromDate }, { path: ['fromDate'] }),
      ],
    };
  }
  const forward = toDate > fromDate;
  const direction = isUnitValidAt(source.unit, toDate) ? 'none' : forward ? 'forward' : 'backward';
  const queue: Pending[] = [{ entry: source, weight: 1 }];
  const targets = new Map<string, { entry: UnitEntry; weight: number }>();
  const steps = new Map<string, RestateStep>();
  const issues: Issue[] = [];
  const addStep = (from: UnitEntry, to: UnitEntry, older: UnitEntry, newer: UnitEntry, weight: number): void => {
    const key = `${from.id}>${to.id}`;
    if (steps.has(key)) return;
    steps.set(key, {
      from: from.id,
      to: to.id,
      on: handOverDate(older.unit) ?? newer.unit.validFrom ?? '',
      kind: edgeKind(index, older, newer),
      changes: unitChanges(older.unit, newer.unit),
      weight,
    });
  };

  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const { entry, weight } = item;
    if (isUnitValidAt(entry.unit, toDate)) {
      const seen = targets.get(entry.id);
      targets.set(entry.id, { entry, weight: (seen?.weight ?? 0) + weight });
      continue;
    }
    if (forward) {
      const result = successorShares(entry);
      if ('issue' in result) {
        issues.push(result.issue);
        continue;
      }
      const day = handOverDate(entry.unit) ?? '';
      for (const share of result.shares) {
        const next = index.versionAt(share.code, day);
        if (next === null) {
          issues.push(
            unitsIssue('successor_not_found', 'error', { id: entry.id, successor: share.code, date: day }, { path: [entry.id, 'successors'] }),
          );
          continue;
        }
        addStep(entry, next, entry, next, share.weight);
        queue.push({ entry: next, weight: weight * share.weight });
      }
    } else {
      const preds = index.predecessors.get(entry.id) ?? [];
      const only = preds[0];
      if (only === undefined) {
        issues.push(
          unitsIssue('unit_has_no_predecessor', 'error', { id: entry.id, name: entry.unit.name, validFrom: entry.unit.validFrom }, { path: [entry.id] }),
        );
      } else if (preds.length > 1) {
        issues.push(
          unitsIssue('merge_without_weights', 'error', { id: entry.id, name: entry.unit.name, predecessors: preds.map((p) => p.id) }, { path: [entry.id] }),
        );
      } else {
        addStep(entry, only, only, entry, 1);
        queue.push({ entry: only, weight });
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const list = [...targets.values()]
    .sort((a, b) => (a.entry.unit.code < b.entry.unit.code ? -1 : a.entry.unit.code > b.entry.unit.code ? 1 : 0))
    .map(({ entry, weight }): RestateTarget => ({ ...describe(entry), weight }));
  return {
    ok: true,
    value: { source: describe(source), fromDate, toDate, direction, targets: list, path: [...steps.values()] },
  };
}
