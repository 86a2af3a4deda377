import { AntqError } from '../../errors/AntqError';
import { parsePeriod } from '../../period/parsePeriod';
import { periodLength } from '../../period/periodLength';
import type { Period } from '../../period/Period';

/** The standard misuse error: code `invalid_argument`, message starting with the function name. */
export function misuse(fn: string, message: string): AntqError {
  return new AntqError('invalid_argument', `${fn}: ${message}`);
}

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
