import { AntqError } from '../../errors/AntqError';

/** `JSON.stringify` as it behaves: `undefined` for `undefined`, functions and symbols (its lib type says `string`). */
function jsonText(value: unknown): string | undefined {
  return JSON.stringify(value);
}

/**
 * One value as an NDJSON line. `JSON.stringify` escapes line breaks inside strings, so the line
 * never contains a raw LF.
 *
 * @throws {AntqError} `invalid_argument` when the value has no JSON form or cannot be serialised.
 */
export function ndjsonLine(value: unknown, index: number, fnName: string): string {
  let json: string | undefined;
  try {
    json = jsonText(value);
  } catch (e) {
    throw new AntqError('invalid_argument', `${fnName}: value ${index} cannot be written as JSON: ${(e as Error).message}`);
  }
  if (json === undefined) {
    throw new AntqError('invalid_argument', `${fnName}: value ${index} has no JSON form (${typeof value})`);
  }
  return `${json}\n`;
}
