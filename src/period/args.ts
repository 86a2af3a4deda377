import { misuse } from '../errors/misuse';
import { PERIOD_GRANULARITIES } from './PeriodGranularity';
import type { PeriodGranularity } from './PeriodGranularity';
import { PERIOD_KINDS } from './Period';
import type { Period } from './Period';
import { isSupportedDay, parseIsoDay } from './civil';

// Re-exported for the extraction module, which imports it from here.
export { misuse };

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/** A day number from an ISO date string or a day number; throws a misuse error otherwise. */
export function dayArg(fn: string, value: unknown, what = 'date'): number {
  if (typeof value === 'number') {
    if (isSupportedDay(value)) return value;
    throw misuse(fn, `${what} must be an integer day number for 0001-01-01..9999-12-31, got ${describe(value)}`);
  }
  if (typeof value === 'string') {
    const day = parseIsoDay(value);
    if (day !== null) return day;
  }
  throw misuse(fn, `${what} must be an ISO date YYYY-MM-DD (a real day), got ${describe(value)}`);
}

/** Checks a granularity name; throws a misuse error otherwise. */
export function granularityArg(fn: string, value: unknown): PeriodGranularity {
  if ((PERIOD_GRANULARITIES as readonly unknown[]).includes(value)) return value as PeriodGranularity;
  throw misuse(fn, `unknown granularity ${describe(value)}; expected one of ${PERIOD_GRANULARITIES.join(', ')}`);
}

/** Checks an integer in [min, max]; throws a misuse error otherwise. */
export function intArg(fn: string, value: unknown, what: string, min: number, max: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw misuse(fn, `${what} must be an integer in ${min}..${max}, got ${describe(value)}`);
}

/** Checks that a value looks like a Period (known kind, valid ordered day numbers); throws otherwise. */
export function periodArg(fn: string, value: unknown, what = 'period'): Period {
  if (typeof value === 'object' && value !== null) {
    const p = value as Partial<Record<keyof Period, unknown>>;
    if (
      (PERIOD_KINDS as readonly unknown[]).includes(p.kind) &&
      typeof p.startDay === 'number' &&
      typeof p.endDay === 'number' &&
      isSupportedDay(p.startDay) &&
      isSupportedDay(p.endDay) &&
      p.startDay <= p.endDay
    ) {
      return value as Period;
    }
  }
  throw misuse(fn, `${what} must be a Period with a known kind and valid startDay <= endDay`);
}
