import type { Cell } from './cells';
import type { RollupLink } from './expandRollup';
import type { Sums } from './sums';
import { QUALIFIERS, type Qualifier } from '../../quantity/Qualifier';
import { combineQualifiers } from '../../quantity/combineQualifiers';

/**
 * Hierarchy subtotals of flow leaves in typed arrays: one entry per (leaf group, unit version),
 * with the running sums of its own part and its children's (the numbers of a `Sums`, and its
 * qualifier as an index), the units heard from and the joint figures. Rows are made from these
 * arrays at the end, with no cell object per entry.
 */
export interface RollupTable {
  readonly size: number;
  /** Per entry: a leaf cell of its group (everything but the unit is the group's). */
  readonly template: readonly Cell[];
  /** Per entry: the unit version it stands for. */
  readonly link: readonly RollupLink[];
  /** Per entry: its leaf group (entries of a group differ only by unit), below `groups`. */
  readonly group: Int32Array;
  readonly groups: number;
  /** Every `vid` of `link` is below. */
  readonly versions: number;
  /** Per entry: figures and whole-number sum of its own part, then of its children's ({@link WHOLE} numbers). */
  readonly whole: Float64Array;
  /** The running sums' other numbers of the parts in `rich`, {@link FIELDS} per block; block 0 stays zero. */
  readonly sums: Float64Array;
  /** Per entry and part: the qualifier's index in QUALIFIERS. */
  readonly qualifier: Uint8Array;
  /** Per entry and part: its block in `sums` when something beyond figures and a whole-number sum was added, else 0. */
  readonly rich: Int32Array;
  readonly joint: Float64Array;
  /** Per entry: distinct units heard from (1 for an entry whose indicator counts none). */
  readonly units: Int32Array;
}

/**
 * The flow leaves of a rollup, read in place from the aggregator's arrays by cell number (no
 * array per leaf made for them). A leaf is a cell, or `null` for a plain leaf the aggregator
 * made no cell for: its running sums in `totals`, or only figures and a whole-number sum in
 * `plainN` and `plainI`; no joint figure, no unit set.
 */
export interface FlowLeaves {
  /** How many flow leaves there are: their cell numbers are `at[0]` to `at[count - 1]`, in cell order. */
  readonly count: number;
  readonly at: Int32Array;
  /** Per cell number: the cell, or `null` for a plain leaf. */
  readonly cells: readonly (Cell | null)[];
  /** Per cell number left `null`: its running sums when it met a qualified or fractional value, else `null` (its numbers in `plainN` and `plainI`). */
  readonly totals: readonly (Sums | null)[];
  readonly plainN: Float64Array;
  readonly plainI: Float64Array;
  /** Per cell number: its leaf group (the same for leaves that differ only by unit). */
  readonly group: readonly number[];
  /** Per cell number: its target (unit version). */
  readonly target: readonly number[];
  /** Per target: the units its leaves are added into, its own first. */
  readonly links: readonly (readonly RollupLink[] | undefined)[];
  /** Per target: its unit code's id in the interner. */
  readonly unitOfTarget: Int32Array;
  /** Per group: a leaf cell of it (everything but the unit is the group's). */
  readonly templates: readonly (Cell | null)[];
}

/** Numbers per entry in `whole`: n and sumI of its own part, then of its children's. */
export const WHOLE = 4;

/** Numbers per part of an entry in `sums`: sumM, lowI, lowM, upI, upM, unbounded, lowerExclusive, upperExclusive. */
export const FIELDS = 8;

/** The chain of a target that has none. */
const NO_LINKS: readonly RollupLink[] = [];

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
 * @param leaves - the flow leaves, with their groups, targets and chains
 * @param versions - how many unit version ids there are (every `vid` is below)
 * @param unitCount - how many unit ids the aggregator's interner has given (every unit id is below):
 *   a number, not the interner, whose shape V8 does not keep after an aggregation, so that this
 *   function's optimised code outlives it (`--trace-deopt`: "Insufficient type feedback" here
 *   after every aggregation)
 * @param onlyTrack - without coverage, the indicators that count their units; `null`: all do
 * @returns the table, or `null` when a leaf is not a plain flow leaf (stock levels, restated or
 *   tracked units) or two leaves of one group share a unit code (the units would have to be
 *   counted as sets): the caller then takes the general path
 */
export function rollupFlows(leaves: FlowLeaves, versions: number, unitCount: number, onlyTrack: ReadonlySet<string> | null): RollupTable | null {
  const { count: nLeaves, at: cellAt, cells, totals, plainN, plainI, group: groupOfCell, target: targetOf, links, unitOfTarget, templates } = leaves;
  let nGroups = 0;
  for (let li = 0; li < nLeaves; li++) nGroups = Math.max(nGroups, (groupOfCell[cellAt[li] as number] as number) + 1);
  // The units of an entry are counted by leaves when no group has two leaves with one unit code
  // (each leaf's chain names distinct unit versions: checked once per target, not per leaf).
  const checked = new Uint8Array(links.length);
  let nLinks = 0;
  for (let li = 0; li < nLeaves; li++) {
    const ci = cellAt[li] as number;
    const leaf = cells[ci] ?? null;
    if (leaf !== null && (leaf.units !== null || leaf.mapped !== null || leaf.obs !== null || leaf.kind !== 'flow')) return null;
    const tid = targetOf[ci] as number;
    const chain = links[tid] ?? NO_LINKS;
    if (checked[tid] === 0) {
      for (let a = 1; a < chain.length; a++) for (let b = 0; b < a; b++) if ((chain[a] as RollupLink).vid === (chain[b] as RollupLink).vid) return null;
      checked[tid] = 1;
    }
    nLinks += chain.length;
  }
  const start = new Int32Array(nGroups + 1);
  for (let li = 0; li < nLeaves; li++) {
    const g = (groupOfCell[cellAt[li] as number] as number) + 1;
    start[g] = (start[g] as number) + 1;
  }
  for (let g = 0; g < nGroups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const byGroup = new Int32Array(nLeaves);
  const fill = start.slice(0, nGroups);
  for (let li = 0; li < nLeaves; li++) {
    const ci = cellAt[li] as number;
    const g = groupOfCell[ci] as number;
    byGroup[fill[g] as number] = unitOfTarget[targetOf[ci] as number] as number;
    fill[g] = (fill[g] as number) + 1;
  }
  const stamp = new Int32Array(unitCount);
  for (let g = 0; g < nGroups; g++) {
    for (let j = start[g] as number; j < (start[g + 1] as number); j++) {
      const u = byGroup[j] as number;
      if (stamp[u] === g + 1) return null;
      stamp[u] = g + 1;
    }
  }

  // The qualifier of a sum from two qualifiers' indices, decided once per pair.
  const nQ = QUALIFIERS.length;
  const join = new Uint8Array(nQ * nQ);
  for (let a = 0; a < nQ; a++) for (let b = 0; b < nQ; b++) join[a * nQ + b] = QUALIFIERS.indexOf(combineQualifiers(QUALIFIERS[a] as Qualifier, QUALIFIERS[b] as Qualifier));
  const qIndex = new Map<Qualifier, number>(QUALIFIERS.map((q, i) => [q, i]));
  const exact = qIndex.get('exact') as number;

  // Whether a group's indicator counts its units (decided once per group).
  const trackGroup = new Uint8Array(nGroups);
  if (onlyTrack !== null) for (let g = 0; g < nGroups; g++) trackGroup[g] = templates[g] !== null && templates[g] !== undefined && onlyTrack.has((templates[g] as Cell).indicator) ? 1 : 0;
  const size = nGroups * versions;
  const dense = size <= DENSE_LIMIT ? new Int32Array(size) : null;
  const sparse = dense === null ? new Map<number, number>() : null;
  // First the entries: each (leaf, unit it is added into) gets its entry's part (2 × entry, + 1
  // for children), so that the arrays below are sized to the entries there are, not to the links.
  // A part that a qualified or fractional leaf reaches gets a block of its own in `sums`, in the
  // order met: the blocks written lie together, not spread over an array of every part.
  const partOf = new Int32Array(nLinks);
  const most = dense !== null ? Math.min(nLinks, size) : nLinks;
  const richOf = new Int32Array(2 * most);
  const groupOf = new Int32Array(most);
  const template: Cell[] = [];
  const link: RollupLink[] = [];
  const plainLeaf = new Uint8Array(nLeaves);
  let n = 0;
  let nRich = 0;
  for (let li = 0, at = 0; li < nLeaves; li++) {
    const ci0 = cellAt[li] as number;
    const group = groupOfCell[ci0] as number;
    const base = group * versions;
    const chain = links[targetOf[ci0] as number] ?? NO_LINKS;
    const leaf = cells[ci0] ?? null;
    const s = leaf === null ? (totals[ci0] ?? null) : leaf.total;
    const plain = s === null || plainSums(s);
    plainLeaf[li] = plain ? 1 : 0;
    for (let j = 0; j < chain.length; j++) {
      const t = chain[j] as RollupLink;
      const k = base + t.vid;
      let ci = dense !== null ? (dense[k] as number) - 1 : (sparse?.get(k) ?? -1);
      if (ci < 0) {
        ci = n++;
        template.push(templates[group] as Cell);
        link.push(t);
        groupOf[ci] = group;
        if (dense !== null) dense[k] = ci + 1;
        else sparse?.set(k, ci);
      }
      const part = t.own ? 2 * ci : 2 * ci + 1;
      partOf[at++] = part;
      if (!plain && richOf[part] === 0) richOf[part] = ++nRich;
    }
  }
  const whole = new Float64Array(n * WHOLE);
  const sums = new Float64Array((nRich + 1) * FIELDS);
  const qualifier = new Uint8Array(n * 2).fill(exact);
  const rich = richOf.slice(0, 2 * n);
  const joint = new Float64Array(n);
  const units = new Int32Array(n);
  // Then the numbers, leaf by leaf in the same order as before (the same additions, so the same bits).
  for (let li = 0, at = 0; li < nLeaves; li++) {
    const ci0 = cellAt[li] as number;
    const leaf = cells[ci0] ?? null;
    const group = groupOfCell[ci0] as number;
    const track = onlyTrack === null || (trackGroup[group] as number) === 1;
    const s = leaf === null ? (totals[ci0] ?? null) : leaf.total;
    const plain = s === null || plainLeaf[li] === 1;
    const sN = s === null ? (plainN[ci0] as number) : s.n;
    const sI = s === null ? (plainI[ci0] as number) : s.sumI;
    const q = s === null ? exact : (qIndex.get(s.qualifier) as number);
    const leafJoint = leaf === null ? 0 : leaf.joint;
    const end = at + (links[targetOf[ci0] as number] ?? NO_LINKS).length;
    for (; at < end; at++) {
      const part = partOf[at] as number;
      const ci = part >> 1;
      const w = 2 * part;
      whole[w] = (whole[w] as number) + sN;
      whole[w + 1] = (whole[w + 1] as number) + sI;
      if (!plain) {
        const r = (rich[part] as number) * FIELDS;
        sums[r] = (sums[r] as number) + s.sumM;
        sums[r + 1] = (sums[r + 1] as number) + s.lowI;
        sums[r + 2] = (sums[r + 2] as number) + s.lowM;
        sums[r + 3] = (sums[r + 3] as number) + s.upI;
        sums[r + 4] = (sums[r + 4] as number) + s.upM;
        sums[r + 5] = (sums[r + 5] as number) + s.unbounded;
        sums[r + 6] = (sums[r + 6] as number) + s.lowerExclusive;
        sums[r + 7] = (sums[r + 7] as number) + s.upperExclusive;
        qualifier[part] = join[(qualifier[part] as number) * nQ + q] as number;
      }
      // An entry whose indicator counts no units says 1 (its own unit), as a cell without unit bits does.
      units[ci] = track ? (units[ci] as number) + 1 : 1;
      joint[ci] = (joint[ci] as number) + leafJoint;
    }
  }
  return { size: n, template, link, group: groupOf.slice(0, n), groups: nGroups, versions, whole, sums, qualifier, rich, joint, units };
}
