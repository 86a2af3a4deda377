import { describe, expect, it } from 'vitest';
import { BEFORE, newCell, type Cell, type Obs } from '../../src/engine/internal/cells';
import type { RollupLink } from '../../src/engine/internal/expandRollup';
import { rollupStocks } from '../../src/engine/internal/rollupStocks';

const OPEN = Number.MAX_SAFE_INTEGER;

/** A stock leaf of unit `unit` with the given levels (series `unit|reporter`). */
function leaf(unit: string, levels: readonly [reporter: string, value: number, until?: number][], bucket: number | null = 0): Cell {
  const cell = newCell(null, { indicator: 'model_sites' }, bucket, 'model_sites', 'count', 'stock', true);
  for (const [reporter, value, until] of levels) {
    const o: Obs = { series: `${unit}|${reporter}`, unit, day: 100, value, qualifier: 'exact', own: true, until: until ?? OPEN };
    cell.obs?.set(o.series, o);
  }
  return cell;
}

const link = (vid: number, code: string, own: boolean): RollupLink => ({ vid, code, version: `${code}@2000-01-01`, level: code === 'P' ? 'province' : 'commune', own });

describe('rollupStocks: stock subtotals straight from the leaves', () => {
  it('adds each leaf into its own unit and the units above it, own apart from children, leaving out units ceased before the end', () => {
    // Two communes under province P; C2's second series ceased (day 50) before the row's end (day 80).
    const leaves = [leaf('C1', [['police', 3]]), leaf('C2', [['police', 4], ['front', 10, 50]])];
    const links = [
      [link(0, 'C1', true), link(2, 'P', false)],
      [link(1, 'C2', true), link(2, 'P', false)],
    ];
    const rows = rollupStocks(leaves, Int32Array.from([0, 0]), links, 3, 80);
    expect(rows).not.toBeNull();
    const byUnit = Object.fromEntries((rows ?? []).map((r) => [r.cell.dims.unit, { total: r.total.value, own: r.own?.value, children: r.children?.value, units: r.units }]));
    expect(byUnit).toEqual({
      C1: { total: 3, own: 3, children: 0, units: 1 },
      C2: { total: 4, own: 4, children: 0, units: 1 },
      P: { total: 7, own: 0, children: 7, units: 2 },
    });
  });

  it('leaves to the general path levels carried in from before a window, another bucket, restated units, and a series two leaves of a group hold', () => {
    const links = [[link(0, 'C1', true)], [link(1, 'C2', true)]];
    const groups = Int32Array.from([0, 0]);
    expect(rollupStocks([leaf('C1', [['police', 3]], BEFORE), leaf('C2', [['police', 4]])], groups, links, 2, 80)).toBeNull();
    expect(rollupStocks([leaf('C1', [['police', 3]], 7), leaf('C2', [['police', 4]])], groups, links, 2, 80)).toBeNull();
    const restated = leaf('C1', [['police', 3]]);
    restated.mapped = new Set(['C0']);
    expect(rollupStocks([restated, leaf('C2', [['police', 4]])], groups, links, 2, 80)).toBeNull();
    // One series (C1|police) in both leaves of group 0.
    const twice = leaf('C2', []);
    twice.obs?.set('C1|police', { series: 'C1|police', unit: 'C1', day: 90, value: 5, qualifier: 'exact', own: true, until: OPEN });
    expect(rollupStocks([leaf('C1', [['police', 3]]), twice], groups, links, 2, 80)).toBeNull();
  });
});
