import type { Issue } from '../../errors/Issue';
import type { ParseResult } from '../../errors/ParseResult';
import { isUnitValidAt } from '../isUnitValidAt';
import type { RestateStep, RestateTarget, Restatement } from '../UnitRegistry';
import { makeIssue } from '../../errors/makeIssue';
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
      issue: makeIssue(
        'unit_ceased_without_successor',
        'error',
        `${entry.id} (${entry.unit.name}) ended on ${entry.unit.validTo ?? '?'} and has no successor to carry its figures`,
        `${entry.id} (${entry.unit.name}) chấm dứt ngày ${entry.unit.validTo ?? '?'} và không có đơn vị kế thừa để chuyển số liệu`,
        { path },
      ),
    };
  }
  if (successors.length > 1 && successors.some((s) => s.weight === undefined)) {
    return {
      issue: makeIssue(
        'split_without_weights',
        'error',
        `${entry.id} (${entry.unit.name}) was split into ${successors.map((s) => s.code).join(', ')} without weights: its figures cannot be apportioned`,
        `${entry.id} (${entry.unit.name}) được chia thành ${successors.map((s) => s.code).join(', ')} nhưng không có tỷ lệ phân bổ: không thể chia số liệu`,
        { path },
      ),
    };
  }
  const codes = new Set(successors.map((s) => s.code));
  const shares = successors.map((s) => ({ code: s.code, weight: s.weight ?? 1 }));
  const total = shares.reduce((sum, s) => sum + s.weight, 0);
  if (codes.size < successors.length || total > 1 + WEIGHT_TOLERANCE) {
    return {
      issue: makeIssue(
        'crosswalk_double_counts',
        'error',
        `${entry.id} (${entry.unit.name}) is mapped more than once (successor weights add up to ${total})`,
        `${entry.id} (${entry.unit.name}) bị ánh xạ nhiều hơn một lần (tổng tỷ lệ kế thừa là ${total})`,
        { path },
      ),
    };
  }
  if (total < 1 - WEIGHT_TOLERANCE) {
    return {
      issue: makeIssue(
        'crosswalk_loses_territory',
        'error',
        `${entry.id} (${entry.unit.name}) is only partly mapped (successor weights add up to ${total})`,
        `${entry.id} (${entry.unit.name}) chỉ được ánh xạ một phần (tổng tỷ lệ kế thừa là ${total})`,
        { path },
      ),
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
      issues: [makeIssue('unknown_unit', 'error', `unknown unit code ${code}`, `không có đơn vị mã ${code}`, { path: ['code'] })],
    };
  }
  const source = index.versionAt(code, fromDate);
  if (source === null) {
    return {
      ok: false,
      issues: [
        makeIssue(
          'unit_not_valid_at_date',
          'error',
          `unit ${code} is not valid on ${fromDate}`,
          `đơn vị mã ${code} không tồn tại vào ngày ${fromDate}`,
          { path: ['fromDate'] },
        ),
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
            makeIssue(
              'successor_not_found',
              'error',
              `successor ${share.code} of ${entry.id} is not valid on ${day}`,
              `đơn vị kế thừa ${share.code} của ${entry.id} không tồn tại vào ngày ${day}`,
              { path: [entry.id, 'successors'] },
            ),
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
          makeIssue(
            'unit_has_no_predecessor',
            'error',
            `${entry.id} (${entry.unit.name}) starts on ${entry.unit.validFrom ?? '?'} and no earlier unit leads to it`,
            `${entry.id} (${entry.unit.name}) bắt đầu từ ngày ${entry.unit.validFrom ?? '?'} và không có đơn vị tiền thân`,
            { path: [entry.id] },
          ),
        );
      } else if (preds.length > 1) {
        issues.push(
          makeIssue(
            'merge_without_weights',
            'error',
            `${entry.id} (${entry.unit.name}) was formed from ${preds.map((p) => p.id).join(', ')}: its figures cannot be apportioned to them`,
            `${entry.id} (${entry.unit.name}) được hợp nhất từ ${preds.map((p) => p.id).join(', ')}: không thể chia số liệu về các đơn vị cũ`,
            { path: [entry.id] },
          ),
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
