import type { Issue } from '../../errors/Issue';
import { UNIT_LEVELS } from '../../schema/UnitLevel';
import { makeIssue } from '../../errors/makeIssue';
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
        makeIssue('invalid_date', 'error', `${field} "${value}" of unit ${entry.unit.code} is not a calendar date YYYY-MM-DD`, `${field} "${value}" của đơn vị ${entry.unit.code} không phải ngày hợp lệ YYYY-MM-DD`, {
          path: [entry.index, field],
        }),
      );
    }
  }
  if (validFrom !== undefined && validTo !== undefined && validTo < validFrom) {
    issues.push(
      makeIssue('invalid_validity_interval', 'error', `unit ${entry.id} ends (${validTo}) before it starts (${validFrom})`, `đơn vị ${entry.id} kết thúc (${validTo}) trước khi bắt đầu (${validFrom})`, {
        path: [entry.index, 'validTo'],
      }),
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
          makeIssue('unit_versions_overlap', 'error', `versions ${prev.id} and ${cur.id} of unit ${cur.unit.code} are valid on the same days`, `hai phiên bản ${prev.id} và ${cur.id} của đơn vị ${cur.unit.code} có hiệu lực trùng nhau`, {
            path: [cur.index, 'validFrom'],
          }),
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
    issues.push(makeIssue('unknown_parent', 'error', `parent ${parent} of unit ${entry.id} is not in the registry`, `đơn vị cấp trên ${parent} của ${entry.id} không có trong danh mục`, at));
    return;
  }
  const span = spanOf(entry);
  const { used, gap } = coverage(versions, span);
  if (gap !== null) {
    const when = Number.isFinite(gap) ? `on ${formatDay(gap)}` : 'at its open start';
    issues.push(
      makeIssue('parent_not_valid', 'error', `parent ${parent} of unit ${entry.id} is not valid throughout the unit's validity (${when})`, `đơn vị cấp trên ${parent} của ${entry.id} không còn hiệu lực trong suốt thời gian hiệu lực của đơn vị`, at),
    );
  } else if (used.length > 1) {
    issues.push(
      makeIssue('parent_version_changes', 'warning', `parent code ${parent} of unit ${entry.id} denotes different territories during its validity (${used.map((u) => u.id).join(', ')}): close the unit or give it a new version`, `mã cấp trên ${parent} của ${entry.id} chỉ các địa bàn khác nhau trong thời gian hiệu lực (${used.map((u) => u.id).join(', ')})`, at),
    );
  }
  const first = used[0];
  if (first !== undefined && UNIT_LEVELS.indexOf(first.unit.level) >= UNIT_LEVELS.indexOf(entry.unit.level)) {
    issues.push(
      makeIssue('parent_level_not_above', 'warning', `parent ${first.id} (${first.unit.level}) is not above unit ${entry.id} (${entry.unit.level})`, `cấp trên ${first.id} (${first.unit.level}) không cao hơn đơn vị ${entry.id} (${entry.unit.level})`, at),
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
        issues.push(makeIssue('parent_cycle', 'error', `units ${[...cycle, code].join(' → ')} are their own ancestors`, `các đơn vị ${[...cycle, code].join(' → ')} là cấp trên của chính mình`, { path: [first.index, 'parent'] }));
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
        makeIssue('unit_without_successor', 'warning', `unit ${entry.id} ends on ${entry.unit.validTo ?? ''} without successors while its level continues: its territory is not mapped`, `đơn vị ${entry.id} chấm dứt ngày ${entry.unit.validTo ?? ''} mà không có đơn vị kế thừa trong khi cấp này vẫn còn: địa bàn chưa được ánh xạ`, at),
      );
    }
    return;
  }
  if (entry.unit.validTo === undefined) {
    issues.push(makeIssue('successor_without_end', 'error', `unit ${entry.id} has successors but no validTo`, `đơn vị ${entry.id} có đơn vị kế thừa nhưng không có ngày kết thúc hiệu lực`, at));
  }
  successors.forEach((s, j) => {
    if (day !== null && index.versionAt(s.code, day) === null) {
      issues.push(
        makeIssue('successor_not_found', 'error', `successor ${s.code} of unit ${entry.id} is not valid on ${day}`, `đơn vị kế thừa ${s.code} của ${entry.id} không tồn tại vào ngày ${day}`, {
          path: [entry.index, 'successors', j, 'code'],
        }),
      );
    }
  });
  const codes = new Set(successors.map((s) => s.code));
  const weighted = successors.filter((s) => s.weight !== undefined);
  const total = successors.reduce((sum, s) => sum + (s.weight ?? (successors.length === 1 ? 1 : 0)), 0);
  if (codes.size < successors.length || total > 1 + WEIGHT_TOLERANCE) {
    issues.push(makeIssue('crosswalk_double_counts', 'error', `unit ${entry.id} is mapped more than once (successor weights add up to ${total})`, `đơn vị ${entry.id} bị ánh xạ nhiều hơn một lần (tổng tỷ lệ kế thừa là ${total})`, at));
  } else if (successors.length > 1 && weighted.length < successors.length) {
    issues.push(makeIssue('split_without_weights', 'warning', `unit ${entry.id} is split without weights: its figures cannot be restated`, `đơn vị ${entry.id} được chia mà không có tỷ lệ phân bổ: không thể chuyển đổi số liệu`, at));
  } else if (total < 1 - WEIGHT_TOLERANCE) {
    issues.push(makeIssue('crosswalk_loses_territory', 'error', `unit ${entry.id} is only partly mapped (successor weights add up to ${total})`, `đơn vị ${entry.id} chỉ được ánh xạ một phần (tổng tỷ lệ kế thừa là ${total})`, at));
  }
}

/** Every consistency issue of a registry's units, ordered by unit then by check. */
export function validateUnits(index: UnitIndex): readonly Issue[] {
  const issues: Issue[] = [];
  const present = levelPresence(index.entries);
  for (const entry of index.entries) {
    checkDates(entry, issues);
    if (entry.unit.parent === entry.unit.code) {
      issues.push(makeIssue('parent_cycle', 'error', `unit ${entry.id} is its own parent`, `đơn vị ${entry.id} là cấp trên của chính mình`, { path: [entry.index, 'parent'] }));
    }
    checkParent(index, entry, issues);
    checkSuccessors(index, entry, present, issues);
  }
  checkOverlaps(index, issues);
  checkCycles(index, issues);
  return issues;
}
