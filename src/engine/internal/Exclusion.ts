import type { ExclusionReason, Exclusions } from '../AggregateRow';

/** How many row numbers an exclusion keeps per reason. */
export const KEEP_ROWS = 20;

/** Counts figures left out, by reason, keeping the first row numbers. */
export class Exclusion {
  private readonly byReason = new Map<ExclusionReason, { count: number; rows: number[] }>();

  add(reason: ExclusionReason, row: number): void {
    let e = this.byReason.get(reason);
    if (e === undefined) {
      e = { count: 0, rows: [] };
      this.byReason.set(reason, e);
    }
    e.count++;
    if (e.rows.length < KEEP_ROWS) e.rows.push(row);
  }

  merge(other: Exclusions): void {
    for (const [reason, v] of Object.entries(other) as [ExclusionReason, { count: number; rows: readonly number[] }][]) {
      const e = this.byReason.get(reason) ?? { count: 0, rows: [] };
      e.count += v.count;
      e.rows = [...e.rows, ...v.rows].sort((a, b) => a - b).slice(0, KEEP_ROWS);
      this.byReason.set(reason, e);
    }
  }

  json(): Exclusions {
    const out: { [R in ExclusionReason]?: { count: number; rows: number[] } } = {};
    for (const reason of [...this.byReason.keys()].sort()) {
      const e = this.byReason.get(reason);
      if (e !== undefined) out[reason] = { count: e.count, rows: [...e.rows].sort((a, b) => a - b) };
    }
    return out;
  }
}
