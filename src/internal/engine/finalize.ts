import type { AggregateResult, AggregateRow, AggregateValue, Exclusions } from '../../engine/AggregateRow';
import { periodFromKey } from '../../period/periodFromKey';
import { BEFORE, SEP, cellTotal, isLater, keyOf, unitCount, type Cell, type Obs } from './cells';
import { indicatorInfo, type Spec } from './spec';
import { addToSums, newSums, sumsValue } from './sums';

/** The cell key without its period bucket: stock cells of one series group share it. */
function baseKey(cell: Cell): string {
  const d = cell.dims;
  return [d.program ?? '', d.indicator ?? '', d.category ?? '', cell.version ?? d.unit ?? '', d.reporter ?? '', cell.uom].join(SEP);
}

/** The key of a cell's group with the indicator left out, for finding a ratio's parts. */
function partsKey(cell: { dims: Cell['dims']; bucket: number | null; version: string | undefined }, indicator: string): string {
  const d = cell.dims;
  return [d.program ?? '', indicator, d.category ?? '', cell.version ?? d.unit ?? '', d.reporter ?? '', String(cell.bucket)].join(SEP);
}

interface Finished {
  readonly cell: Cell;
  readonly bucket: number | null;
  readonly total: AggregateValue;
  readonly own?: AggregateValue;
  readonly children?: AggregateValue;
  readonly units: number;
  readonly carried?: number;
}

function stockRows(spec: Spec, cells: readonly Cell[]): Finished[] {
  const groups = new Map<string, Cell[]>();
  for (const c of cells) {
    const k = baseKey(c);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [c]);
    else g.push(c);
  }
  const out: Finished[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => (a.bucket ?? 0) - (b.bucket ?? 0));
    const current = new Map<string, Obs>();
    const onlyBefore = group.every((c) => c.bucket === BEFORE);
    for (const cell of group) {
      const seen = cell.obs ?? new Map<string, Obs>();
      for (const o of seen.values()) {
        const prev = current.get(o.series);
        if (prev === undefined || isLater(o, prev)) current.set(o.series, o);
      }
      if (cell.bucket === BEFORE && !(onlyBefore && !spec.byPeriod)) continue;
      if (!spec.carryForward) {
        // Only this bucket's own observations.
        current.clear();
        for (const o of seen.values()) current.set(o.series, o);
      }
      const total = newSums();
      const own = newSums();
      const children = newSums();
      const units = new Set<string>();
      let carried = 0;
      for (const o of current.values()) {
        addToSums(total, o.value, o.qualifier);
        addToSums(o.own ? own : children, o.value, o.qualifier);
        units.add(o.unit);
        if (cell.bucket === BEFORE || !seen.has(o.series)) carried++;
      }
      const f: { -readonly [K in keyof Finished]: Finished[K] } = {
        cell,
        bucket: cell.bucket === BEFORE ? null : cell.bucket,
        total: sumsValue(total),
        units: units.size,
        carried,
      };
      if (spec.rollup) {
        f.own = sumsValue(own);
        f.children = sumsValue(children);
      }
      out.push(f);
    }
  }
  return out;
}

function flowRow(spec: Spec, cell: Cell): Finished {
  const f: { -readonly [K in keyof Finished]: Finished[K] } = {
    cell,
    bucket: cell.bucket,
    total: sumsValue(cellTotal(cell)),
    units: unitCount(cell),
  };
  if (spec.rollup && cell.own !== null && cell.children !== null) {
    f.own = sumsValue(cell.own);
    f.children = sumsValue(cell.children);
  }
  return f;
}

function ratioValue(num: AggregateValue, den: AggregateValue, figures: number): AggregateValue | null {
  if (num.value === null || den.value === null || !(den.value > 0)) return null;
  const exact = num.qualifier === 'exact' && den.qualifier === 'exact';
  const value = (100 * num.value) / den.value;
  const lower = num.lower !== null && den.upper !== null && den.upper > 0 ? (100 * num.lower) / den.upper : 0;
  const upper = num.upper !== null && den.lower !== null && den.lower > 0 ? (100 * num.upper) / den.lower : null;
  return {
    value,
    qualifier: exact ? 'exact' : 'about',
    lower: exact ? value : Math.min(lower, value),
    lowerInclusive: exact || (num.lowerInclusive && den.upperInclusive),
    upper: exact ? value : upper === null ? null : Math.max(upper, value),
    upperInclusive: exact || (upper !== null && num.upperInclusive && den.lowerInclusive),
    figures,
  };
}

/** Turns cells into sorted rows: stocks walked in time order, ratios recomputed, coverage counted. */
export function finalizeCells(spec: Spec, cells: readonly Cell[], read: number, used: number, excluded: Exclusions): AggregateResult {
  const finished: Finished[] = [];
  const stocks: Cell[] = [];
  for (const cell of cells) {
    if (cell.kind === 'stock') stocks.push(cell);
    else finished.push(flowRow(spec, cell));
  }
  finished.push(...stockRows(spec, stocks));

  // Ratio rows look their parts up by key; built only when there are ratios.
  const byParts = new Map<string, Finished>();
  if (finished.some((f) => f.cell.kind === 'ratio')) {
    for (const f of finished) byParts.set(partsKey({ dims: f.cell.dims, bucket: f.bucket, version: f.cell.version }, f.cell.indicator), f);
  }

  const expectedCache = new Map<string, number | null>();
  const expected = (unit: string | undefined, bucket: number | null): number | null => {
    const registry = spec.units;
    const level = spec.reportingLevel;
    if (registry === null || level === null) return null;
    const date = bucket !== null && spec.byPeriod ? periodFromKey(bucket, spec.granularity).end : (spec.window?.end ?? null);
    if (date === null) return null;
    const k = `${unit ?? ''}${SEP}${date}`;
    const hit = expectedCache.get(k);
    if (hit !== undefined) return hit;
    let n: number;
    if (unit === undefined) {
      n = registry.units.filter((u) => u.level === level && (u.validFrom ?? '') <= date && (u.validTo === undefined || u.validTo >= date)).length;
    } else {
      const self = registry.get(unit, date);
      n = registry.descendantsAt(unit, date, { level }).length + (self !== null && self.level === level ? 1 : 0);
    }
    expectedCache.set(k, n);
    return n;
  };

  const rows: { key: string; row: AggregateRow }[] = [];
  for (const f of finished) {
    const cell = f.cell;
    let value = f.total;
    if (cell.kind === 'ratio') {
      const info = indicatorInfo(spec.catalogue, cell.indicator);
      const parts = info?.ratio;
      const num = parts ? byParts.get(partsKey({ dims: cell.dims, bucket: f.bucket, version: cell.version }, parts.numerator)) : undefined;
      const den = parts ? byParts.get(partsKey({ dims: cell.dims, bucket: f.bucket, version: cell.version }, parts.denominator)) : undefined;
      const recomputed = num && den ? ratioValue(num.total, den.total, f.total.figures) : null;
      if (recomputed !== null) value = recomputed;
      else if (f.total.figures !== 1) {
        value = { ...f.total, value: null, lower: null, upper: null, lowerInclusive: false, upperInclusive: false, reason: 'ratio_parts_missing' };
      }
    }
    const row: { -readonly [K in keyof AggregateRow]: AggregateRow[K] } = {
      indicator: cell.indicator,
      uom: cell.uom,
      kind: cell.kind,
      ...value,
      coverage: { reported: f.units, expected: expected(cell.dims.unit, f.bucket) },
    };
    if (cell.dims.program !== undefined) row.program = cell.dims.program;
    if (cell.dims.category !== undefined) row.category = cell.dims.category;
    if (cell.dims.unit !== undefined) row.unit = cell.dims.unit;
    if (cell.level !== undefined) row.level = cell.level;
    if (cell.version !== undefined) row.unitVersion = cell.version;
    if (cell.dims.reporter !== undefined) {
      row.reporter = cell.dims.reporter;
      row.jointFigures = cell.joint;
    }
    if (spec.byPeriod && f.bucket !== null) row.period = periodFromKey(f.bucket, spec.granularity).id;
    if (f.carried !== undefined) row.carriedForward = f.carried;
    if (cell.mapped !== null) row.restatedFrom = [...cell.mapped].sort();
    if (f.own !== undefined) row.own = f.own;
    if (f.children !== undefined) row.children = f.children;
    rows.push({ key: keyOf(cell), row });
  }
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { rows: rows.map((r) => r.row), read, used, excluded };
}

