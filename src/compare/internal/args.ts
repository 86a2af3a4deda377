import { misuse } from '../../errors/misuse';
import { parsePeriod } from '../../period/parsePeriod';
import { periodLength } from '../../period/periodLength';
import type { Period } from '../../period/Period';

/** A period from an id or a Period; throws a misuse error for anything else. */
export function periodArg(fn: string, value: unknown, what: string): Period {
  if (typeof value === 'string') {
    const r = parsePeriod(value);
    if (r.ok) return r.value;
    throw misuse(fn, `${what} ${JSON.stringify(value)} is not a period id`);
  }
  if (typeof value === 'object' && value !== null) {
    try {
      periodLength(value as Period);
      return value as Period;
    } catch {
      // fall through to the misuse error below
    }
  }
  throw misuse(fn, `${what} must be a period id or a Period`);
}
