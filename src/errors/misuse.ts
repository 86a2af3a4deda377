import { AntqError } from './AntqError';

/** The standard misuse error: code `invalid_argument`, the message starting with the function name. */
export function misuse(fn: string, message: string): AntqError {
  return new AntqError('invalid_argument', `${fn}: ${message}`);
}

/**
 * Checks an option against its allowed words at run time (JavaScript callers bypass the types);
 * throws `unknown <what> <value>; expected a or b` otherwise.
 */
export function oneOfArg<const T extends string>(fn: string, value: unknown, what: string, allowed: readonly T[]): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw misuse(fn, `unknown ${what} ${String(value)}; expected ${allowed.join(' or ')}`);
}
