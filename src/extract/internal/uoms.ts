/** Fitting a unit of measure read from text to the units an indicator (or category) allows. */

import type { Uom } from '../../quantity/Uom';

const MEASURES: ReadonlySet<Uom> = new Set<Uom>(['kg', 'g', 'tonne', 'm', 'm2', 'vnd', 'percent']);
const PEOPLE: ReadonlySet<Uom> = new Set<Uom>(['person', 'person_times']);

/** Whether a unit is a measure (mass, length, area, money, percent) rather than a count of things. */
export function isMeasure(uom: Uom): boolean {
  return MEASURES.has(uom);
}

/** A unit and the factor its value is multiplied by (tấn → kg: 1000). */
export interface FittedUom {
  readonly uom: Uom;
  readonly factor: number;
}

const MASS_TO_KG: Readonly<Partial<Record<Uom, number>>> = { kg: 1, g: 0.001, tonne: 1000 };

/**
 * The unit a figure gets under `allowed`: the one read when allowed; a mass converted to kg; a
 * person count as person-times or the reverse; a count, piece or box read from a classifier as the
 * first allowed counting unit. `null` when they cannot fit (kg for a count of sessions).
 */
export function fitUom(read: Uom, people: boolean, allowed: readonly Uom[], preferred: Uom): FittedUom | null {
  if (allowed.length === 0) return { uom: read, factor: 1 };
  if (people && (read === 'count' || read === 'piece')) {
    if (allowed.includes('person')) return { uom: 'person', factor: 1 };
    if (allowed.includes('person_times')) return { uom: 'person_times', factor: 1 };
  }
  if (allowed.includes(read)) return { uom: read, factor: 1 };
  if (MEASURES.has(read)) {
    const f = MASS_TO_KG[read];
    if (f !== undefined && allowed.includes('kg')) return { uom: 'kg', factor: f };
    return null;
  }
  if (PEOPLE.has(read)) {
    const other: Uom = read === 'person' ? 'person_times' : 'person';
    return allowed.includes(other) ? { uom: other, factor: 1 } : null;
  }
  if (read === 'household' || read === 'pair') return null;
  // count, piece or box: a classifier, or no unit word at all.
  const counting = (u: Uom): boolean => !MEASURES.has(u) && u !== 'pair' && u !== 'household';
  if (counting(preferred) && allowed.includes(preferred)) return { uom: preferred, factor: 1 };
  const first = allowed.find(counting);
  return first === undefined ? null : { uom: first, factor: 1 };
}
