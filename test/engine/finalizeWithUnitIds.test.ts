import { describe, expect, it } from 'vitest';
import { createAggregator } from '../../src/engine/createAggregator';
import { finalizePartial, finalizeWithUnitIds } from '../../src/engine/finalizePartial';
import type { AggregateRow } from '../../src/engine/AggregateRow';
import type { PartialAggregate, PartialObservation } from '../../src/engine/PartialAggregate';
import type { Figure } from '../../src/schema/FigureSchema';

// Units heard from given as positions in a list of codes (antq/sql's bitmaps) must count as the
// codes themselves do: coverage, and a ratio's parts checked unit by unit.
const figures: Figure[] = [
  { unit: 'A', indicator: 'disputes_mediated', value: 10, period: '2023' },
  { unit: 'B', indicator: 'disputes_mediated', value: 10, period: '2023' },
  { unit: 'C', indicator: 'disputes_mediated', value: 5, period: '2023' },
  { unit: 'A', indicator: 'disputes_mediated_successfully', value: 4, period: '2023' },
  { unit: 'B', indicator: 'disputes_mediated_successfully', value: 6, period: '2023' },
  { unit: 'A', indicator: 'mediation_success_rate', value: 40, period: '2023' },
  { unit: 'B', indicator: 'mediation_success_rate', value: 60, period: '2023' },
  { unit: 'C', indicator: 'mediation_success_rate', value: 20, period: '2023' },
  { unit: 'A', indicator: 'security_teams', value: 3, period: '2022-12-31' },
  { unit: 'C', indicator: 'security_teams', value: 2, period: '2023-12-31' },
];
const options = { by: ['indicator' as const, 'period' as const] };
const CODES = ['A', 'B', 'C'];

function partial(): PartialAggregate {
  const agg = createAggregator(options);
  for (const f of figures) agg.add(f);
  return JSON.parse(JSON.stringify(agg.partial())) as PartialAggregate;
}

/** The partial with every cell's units moved to ids (its `units` emptied). */
function byIds(p: PartialAggregate): [PartialAggregate, number[][]] {
  const ids = p.cells.map((c) => c.units.map((u) => CODES.indexOf(u)));
  return [{ ...p, cells: p.cells.map((c) => ({ ...c, units: [] })) }, ids];
}

describe('finalizeWithUnitIds', () => {
  it('gives the rows finalizePartial gives for the same units as codes', () => {
    const p = partial();
    const [q, ids] = byIds(p);
    const rows = finalizeWithUnitIds(q, options, CODES, ids).rows;
    expect(rows).toEqual(finalizePartial(p, options).rows);
    // Three units reported the rate, only A and B both of its parts: left without a value.
    expect(rows.find((r) => r.indicator === 'mediation_success_rate')?.coverage.reported).toBe(3);
    expect(rows.find((r) => r.indicator === 'disputes_mediated')?.coverage.reported).toBe(3);
  });

  it('counts the ids it is given (and none when a cell has none)', () => {
    const [q, ids] = byIds(partial());
    const shifted = ids.map((list) => list.map((id) => (id === 2 ? 1 : id)));
    const rows = finalizeWithUnitIds(q, options, CODES, shifted).rows;
    expect(rows.find((r) => r.indicator === 'disputes_mediated')?.coverage.reported).toBe(2);
    const none = finalizeWithUnitIds(q, options, CODES, ids.map(() => [])).rows;
    expect(none.find((r) => r.indicator === 'disputes_mediated')?.coverage.reported).toBe(0);
  });

  it('takes observations with or without their last day, and carries no level past it', () => {
    const p = partial();
    const [q, ids] = byIds(p);
    const until = (last: (o: PartialObservation) => number): PartialAggregate => ({
      ...q,
      cells: q.cells.map((c) => (c.observations === undefined ? c : { ...c, observations: c.observations.map((o) => ({ ...o, until: last(o) })) })),
    });
    const teams = (rows: readonly AggregateRow[]): unknown[] => rows.filter((r) => r.indicator === 'security_teams').map((r) => [r.period, r.value]);
    expect(finalizeWithUnitIds(until(() => Number.MAX_SAFE_INTEGER), options, CODES, ids).rows).toEqual(finalizePartial(p, options).rows);
    // A's 3 teams of 2022 are carried into 2023 while A lasts, and not once it has ceased.
    expect(teams(finalizeWithUnitIds(q, options, CODES, ids).rows)).toEqual([['2022', 3], ['2023', 5]]);
    // A ceased on the day of its level (a level is never after its unit's last day).
    expect(teams(finalizeWithUnitIds(until((o) => (o.unit === 'A' ? o.day : Number.MAX_SAFE_INTEGER)), options, CODES, ids).rows)).toEqual([['2022', 3], ['2023', 2]]);
  });

  it('refuses repeated codes and ids outside the codes', () => {
    const [q, ids] = byIds(partial());
    expect(() => finalizeWithUnitIds(q, options, ['A', 'B', 'A'], ids)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => finalizeWithUnitIds(q, options, CODES, ids.map((list) => [...list, 3]))).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => finalizeWithUnitIds(q, options, CODES, ids.map((list) => [...list, 0.5]))).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
