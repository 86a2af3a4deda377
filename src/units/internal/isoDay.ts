/**
 * Calendar helpers for the units registry, on top of the integer civil-date arithmetic of
 * src/internal/period/civil.ts (no `Date`, so no host time zone can leak in). Unlike the public
 * period functions these never throw: the registry checks its arguments itself.
 */
import { formatDay, parseIsoDay } from '../../period/civil';

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return parseIsoDay(value) !== null;
}

/** Day number of a valid ISO date (days since 1970-01-01). */
export function isoDateToDay(iso: string): number {
  return parseIsoDay(iso) ?? Number.NaN;
}

/** ISO date of a day number; inverse of {@link isoDateToDay}. */
export function dayToIsoDate(dayNumber: number): string {
  return formatDay(dayNumber);
}

/** The ISO date one day after `iso`. */
export function nextIsoDate(iso: string): string {
  return formatDay((parseIsoDay(iso) as number) + 1);
}
