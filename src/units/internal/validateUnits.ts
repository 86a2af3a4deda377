import type { Issue } from '../../errors/Issue';
import { UNIT_LEVELS } from '../../schema/UnitLevel';
import { unitsIssue } from './issues';
import { handOverDate, type UnitEntry, type UnitIndex } from './buildUnitIndex';
import { formatDay, parseIsoDay } from '../../period/civil';
import { WEIGHT_TOLERANCE } from './restateUnit';

/** Validity interval as day numbers; open ends are ±Infinity (internal only, never returned). */
interface Span {
  readonly start: number;
  readonly end: number;
}

function spanOf(entry: UnitEntry): Span {
  const { validFrom, validTo } = entry.unit;
  return {
    start: (validFrom === undefined ? null : parseIsoDay(validFrom)) ?? -Infinity,
    end: (validTo === undefined ? null : parseIsoDay(validTo)) ?? Infinity,
  };
}

function covers(span: Span, day: number): boolean {
  return span.start <= day && day <= span.end;
}

/**
 * Which versions of a code cover a span, in order, and the first uncovered day if any.
 * Walks forward from the span's start, jumping to the day after each covering version ends.
 */
function coverage(versions: readonly UnitEntry[], span: Span): { used: UnitEntry[]; gap: number | null } {
  const used: UnitEntry[] = [];
  let day = span.start;
  for (;;) {
    const v = versions.find((e) => covers(spanOf(e), day));
    if (v === undefined) return { used, gap: day };
    used.push(v);
    const end = spanOf(v).end;
    if (end >= span.end) return { used, gap: null };
    day = end + 1;
  }
}

/** Per level: whether any version of that level is valid on a given day (sorted starts + running max end). */
function levelPresence(entries: readonly UnitEntry[]): (level: string, day: number) => boolean {
  const table = new Map<string, { starts: number[]; maxEnd: number[] }>();
  for (const level of UNIT_LEVELS) {
    const spans = entries
      .filter((e) => e.unit.level === level)
      .map(spanOf)
      .sort((a, b) => a.start - b.start);
    const maxEnd: number[] = [];
    let m = -Infinity;
    for (const s of spans) {
      m = Math.max(m, s.end);
      maxEnd.push(m);
    }
    table.set(level, { starts: spans.map((s) => s.start), maxEnd });
  }
  return (level, day) => {
    const t = table.get(level);
    if (t === undefined) return false;
    let lo = 0;
    let hi = t.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((t.starts[mid] ?? Infinity) <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (t.maxEnd[lo - 1] ?? -Infinity) >= day;
  };
}

function checkDates(entry: UnitEntry, issues: Issue[]): void {
  const { validFrom, validTo } = entry.unit;
  for (const [field, value] of [
    ['validFrom', validFrom],
    ['validTo', validTo],
  ] as const) {
    if (value !== undefined && parseIsoDay(value) === null) {
      issues.push(
        unitsIssue('invalid_date', 'error', { code: entry.unit.code, field, value }, { path: [entry.index, field] }),
      );
    }
  }
  if (validFrom !== undefined && validTo !== undefined && validTo < validFrom) {
    issues.push(
      unitsIssue('invalid_validity_interval', 'error', { id: entry.id, validFrom, validTo }, { path: [entry.index, 'validTo'] }),
    );
  }
}

function checkOverlaps(index: UnitIndex, issues: Issue[]): void {
  for (const versions of index.byCode.values()) {
    for (let i = 1; i < versions.length; i += 1) {
      const prev = versions[i - 1];
      const cur = versions[i];
      if (prev === undefined || cur === undefined) continue;
      if (spanOf(cur).start <= spanOf(prev).end) {
        issues.push(
          unitsIssue('unit_versions_overlap', 'error', { code: cur.unit.code, first: prev.id, second: cur.id }, { path: [cur.index, 'validFrom'] }),
        );
      }
    }
  }
}

function checkParent(index: UnitIndex, entry: UnitEntry, issues: Issue[]): void {
  const parent = entry.unit.parent;
  if (parent === undefined || parent === entry.unit.code) return;
  const at = { path: [entry.index, 'parent'] };
  const versions = index.byCode.get(parent);
  if (versions === undefined) {
    issues.push(unitsIssue('unknown_parent', 'error', { id: entry.id, parent }, at));
    return;
  }
  const span = spanOf(entry);
  const { used, gap } = coverage(versions, span);
  if (gap !== null) {
    issues.push(unitsIssue('parent_not_valid', 'error', { id: entry.id, parent, gap: Number.isFinite(gap) ? formatDay(gap) : null }, at));
  } else if (used.length > 1) {
    issues.push(
      unitsIssue('parent_version_changes', 'warning', { id: entry.id, parent, versions: used.map((u) => u.id) }, at),
    );
  }
  const first = used[0];
  if (first !== undefined && UNIT_LEVELS.indexOf(first.unit.level) >= UNIT_LEVELS.indexOf(entry.unit.level)) {
    issues.push(
      unitsIssue('parent_level_not_above', 'warning', { id: entry.id, level: entry.unit.level, parent: first.id, parentLevel: first.unit.level }, at),
    );
  }
}

function checkCycles(index: UnitIndex, issues: Issue[]): void {
  // Parents by code, ignoring dates: a cycle among codes is an error at any date.
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const visit = (code: string, trail: string[]): void => {
    const s = state.get(code);
    if (s === 'done') return;
    if (s === 'open') {
      const cycle = trail.slice(trail.indexOf(code));
      const first = index.byCode.get(code)?.[0];
      if (first !== undefined && !cycle.some((c) => reported.has(c))) {
        for (const c of cycle) reported.add(c);
        issues.push(unitsIssue('parent_cycle', 'error', { cycle: [...cycle, code] }, { path: [first.index, 'parent'] }));
      }
      return;
    }
    state.set(code, 'open');
    const parents = new Set((index.byCode.get(code) ?? []).flatMap((e) => (e.unit.parent === undefined ? [] : [e.unit.parent])));
    for (const p of parents) if (p !== code && index.byCode.has(p)) visit(p, [...trail, code]);
    state.set(code, 'done');
  };
  for (const code of index.byCode.keys()) visit(code, []);
}

function checkSuccessors(index: UnitIndex, entry: UnitEntry, present: (level: string, day: number) => boolean, issues: Issue[]): void {
  const successors = entry.unit.successors ?? [];
  const at = { path: [entry.index, 'successors'] };
  const day = handOverDate(entry.unit);
  if (successors.length === 0) {
    const handOver = day === null ? null : parseIsoDay(day);
    if (handOver !== null && present(entry.unit.level, handOver)) {
      issues.push(
        unitsIssue('unit_without_successor', 'warning', { id: entry.id, validTo: entry.unit.validTo ?? '' }, at),
      );
    }
    return;
  }
  if (entry.unit.validTo === undefined) {
    issues.push(unitsIssue('successor_without_end', 'error', { id: entry.id }, at));
  }
  successors.forEach((s, j) => {
    if (day !== null && index.versionAt(s.code, day) === null) {
      issues.push(
        unitsIssue('successor_not_found', 'error', { id: entry.id, successor: s.code, date: day }, { path: [entry.index, 'successors', j, 'code'] }),
      );
    }
  });
  const codes = new Set(successors.map((s) => s.code));
  const weighted = successors.filter((s) => s.weight !== undefined);
  const total = successors.reduce((sum, s) => sum + (s.weight ?? (successors.length === 1 ? 1 : 0)), 0);
  if (codes.size < successors.length || total > 1 + WEIGHT_TOLERANCE) {
    issues.push(unitsIssue('crosswalk_double_counts', 'error', { id: entry.id, total }, at));
  } else if (successors.length > 1 && weighted.length < successors.length) {
    issues.push(unitsIssue('split_without_weights', 'warning', { id: entry.id }, at));
  } else if (total < 1 - WEIGHT_TOLERANCE) {
    issues.push(unitsIssue('crosswalk_loses_territory', 'error', { id: entry.id, total }, at));
  }
}

/** Every consistency issue of a registry's units, ordered by unit then by check. */
export function validateUnits(index: UnitIndex): readonly Issue[] {
  const issues: Issue[] = [];
  const present = levelPresence(index.entries);
  for (const entry of index.entries) {
    checkDates(entry, issues);
    if (entry.unit.parent === entry.unit.code) {
      issues.push(unitsIssue('parent_cycle', 'error', { cycle: [entry.id] }, { path: [entry.index, 'parent'] }));
    }
    checkParent(index, entry, issues);
    checkSuccessors(index, entry, present, issues);
  }
  checkOverlaps(index, issues);
  checkCycles(index, issues);
  return issues;
}
