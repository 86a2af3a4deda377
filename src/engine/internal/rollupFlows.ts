import type { Cell } from './cells';
import type { RollupLink } from './expandRollup';
import { addSums, newSums, type Sums } from './sums';
import type { UnitInterner } from './UnitBits';

/**
 * Hierarchy subtotals of flow leaves in typed arrays: one entry per (leaf group, unit version),
 * with the figures and whole-number sums of its own part and its children's, the units heard
 * from and the joint figures. The rest of a sum (fractions, bounds, qualifiers) is kept in a
 * `Sums` only for the entries a qualified or fractional leaf reaches. Rows are made from these
 * arrays at the end, with no cell object per entry.
 */
export interface RollupTable {
  readonly size: number;
  /** Per entry: a leaf cell of its group (everything but the unit is the group's). */
  readonly template: readonly Cell[];
  /** Per entry: the unit version it stands for. */
  readonly link: readonly RollupLink[];
  readonly ownN: Float64Array;
  readonly ownI: Float64Array;
  readonly childN: Float64Array;
  readonly childI: Float64Array;
  /** Per entry: the rest of the own and children sums (absent: all zero and exact). */
  readonly ownRest: (Sums | undefined)[];
  readonly childRest: (Sums | undefined)[];
  readonly joint: Float64Array;
  /** Per entry: distinct units heard from (1 for an entry whose indicator counts none). */
  readonly units: Int32Array;
}

/** Largest dense index of (group, unit version) before a Map is used. */
const DENSE_LIMIT = 1 << 22;

/** Whether a leaf's sums are only figures and a whole-number sum (no fraction, bound or qualifier). */
function plainSums(s: Sums): boolean {
  return s.sumM === 0 && s.lowI === 0 && s.lowM === 0 && s.upI === 0 && s.upM === 0 && s.unbounded === 0 && s.lowerExclusive === 0 && s.upperExclusive === 0 && s.qualifier === 'exact';
}

/**
 * The subtotals of flow leaves (each a unit version with the chain above it), added into its own
 * unit as "own" and into every unit above as "children", exactly as `expandRollup` adds them
 * (same leaf order, so the same floating-point sums), into typed arrays.
 *
 * @param leaves - the flow leaf cells
 * @param groups - per leaf: its group id (the same for leaves that differ only by unit)
 * @param links - per leaf: the units it is added into, its own first
 * @param versions - how many unit version ids there are (every `vid` is below)
 * @param onlyTrack - without coverage, the indicators that count their units; `null`: all do
 * @returns the table, or `null` when a leaf is not a plain flow leaf (stock levels, restated or
 *   tracked units) or two leaves of one group share a unit code (the units would have to be
 *   counted as sets): the caller then takes the general path
 */
export function rollupFlows(
  leaves: readonly Cell[],
  groups: ArrayLike<number>,
  links: readonly (readonly RollupLink[])[],
  versions: number,
  interner: UnitInterner,
  onlyTrack: ReadonlySet<string> | null,
): RollupTable | null {
  const nLeaves = leaves.length;
  let nGroups = 0;
  for (let i = 0; i < nLeaves; i++) nGroups = Math.max(nGroups, (groups[i] as number) + 1);
  // Each leaf's unit id; the units of an entry are counted by leaves when no group has two leaves
  // with one unit code (each leaf's chain names distinct unit versions).
  const unitOf = new Int32Array(nLeaves);
  for (let li = 0; li < nLeaves; li++) {
    const leaf = leaves[li] as Cell;
    if (leaf.units !== null || leaf.mapped !== null || leaf.obs !== null || leaf.kind !== 'flow') return null;
    const chain = links[li] as readonly RollupLink[];
    for (let a = 1; a < chain.length; a++) for (let b = 0; b < a; b++) if ((chain[a] as RollupLink).vid === (chain[b] as RollupLink).vid) return null;
    unitOf[li] = interner.id(leaf.dims.unit ?? '');
  }
  const start = new Int32Array(nGroups + 1);
  for (let li = 0; li < nLeaves; li++) {
    const g = (groups[li] as number) + 1;
    start[g] = (start[g] as number) + 1;
  }
  for (let g = 0; g < nGroups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const byGroup = new Int32Array(nLeaves);
  const fill = start.slice(0, nGroups);
  for (let li = 0; li < nLeaves; li++) {
    const g = groups[li] as number;
    byGroup[fill[g] as number] = li;
    fill[g] = (fill[g] as number) + 1;
  }
  const stamp = new Int32Array(interner.codes.length);
  for (let g = 0; g < nGroups; g++) {
    for (let j = start[g] as number; j < (start[g + 1] as number); j++) {
      const u = unitOf[byGroup[j] as number] as number;
      if (stamp[u] === g + 1) return null;
      stamp[u] = g + 1;
    }
  }

  const size = nGroups * versions;
  const dense = size <= DENSE_LIMIT ? new Int32Array(size) : null;
  const sparse = dense === null ? new Map<number, number>() : null;
  let cap = 1024;
  let ownN = new Float64Array(cap);
  let ownI = new Float64Array(cap);
  let childN = new Float64Array(cap);
  let childI = new Float64Array(cap);
  let joint = new Float64Array(cap);
  let units = new Int32Array(cap);
  const template: Cell[] = [];
  const link: RollupLink[] = [];
  const ownRest: (Sums | undefined)[] = [];
  const childRest: (Sums | undefined)[] = [];
  let n = 0;
  for (let li = 0; li < nLeaves; li++) {
    const leaf = leaves[li] as Cell;
    const track = onlyTrack === null || onlyTrack.has(leaf.indicator);
    const s = leaf.total;
    const plain = plainSums(s);
    const base = (groups[li] as number) * versions;
    for (const t of links[li] as readonly RollupLink[]) {
      const k = base + t.vid;
      let ci = dense !== null ? (dense[k] as number) - 1 : (sparse?.get(k) ?? -1);
      if (ci < 0) {
        ci = n++;
        if (ci === cap) {
          cap *= 2;
          ownN = grown(ownN, cap);
          ownI = grown(ownI, cap);
          childN = grown(childN, cap);
          childI = grown(childI, cap);
          joint = grown(joint, cap);
          const u2 = new Int32Array(cap);
          u2.set(units);
          units = u2;
        }
        template.push(leaf);
        link.push(t);
        ownRest.push(undefined);
        childRest.push(undefined);
        if (dense !== null) dense[k] = ci + 1;
        else sparse?.set(k, ci);
      }
      if (t.own) {
        ownN[ci] = (ownN[ci] as number) + s.n;
        ownI[ci] = (ownI[ci] as number) + s.sumI;
        if (!plain) addSums(ownRest[ci] ?? (ownRest[ci] = newSums()), { ...s, n: 0, sumI: 0 });
      } else {
        childN[ci] = (childN[ci] as number) + s.n;
        childI[ci] = (childI[ci] as number) + s.sumI;
        if (!plain) addSums(childRest[ci] ?? (childRest[ci] = newSums()), { ...s, n: 0, sumI: 0 });
      }
      // An entry whose indicator counts no units says 1 (its own unit), as a cell without unit bits does.
      units[ci] = track ? (units[ci] as number) + 1 : 1;
      joint[ci] = (joint[ci] as number) + leaf.joint;
    }
  }
  return { size: n, template, link, ownN, ownI, childN, childI, ownRest, childRest, joint, units };
}

/**
 * One part (own or children) of an entry as running sums, as `expandRollup`'s cell would hold it.
 *
 * @returns a new `Sums`
 */
export function rollupPart(count: number, sumI: number, rest: Sums | undefined): Sums {
  const s = rest === undefined ? newSums() : { ...rest };
  s.n = count;
  s.sumI = sumI;
  return s;
}

function grown(a: Float64Array<ArrayBuffer>, cap: number): Float64Array<ArrayBuffer> {
  const more = new Float64Array(cap);
  more.set(a);
  return more;
}
