import { AntqError } from '../../errors/AntqError';

/**
 * One value as an NDJSON line. `JSON.stringify` escapes line breaks inside strings, so the line
 * never contains a raw LF.
 *
 * @throws {AntqError} `invalid_argument` when the value has no JSON form or cannot be serialised.
 */
export function ndjsonLine(value: unknown, index: number, fnName: string): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (e) {
    throw new AntqError('invalid_argument', `${fnName}: value ${index} cannot be written as JSON: ${(e as Error).message}`);
  }
  if (json === undefined) {
    throw new AntqError('invalid_argument', `${fnName}: value ${index} has no JSON form (${typeof value})`);
  }
  return `${json}\n`;
}
