import { isAntqError } from '../errors/isAntqError';
import type { SqlError } from './SqlError';
import { SQL_ERROR_CODES } from './SqlErrorCode';

/**
 * Whether a value is a failure of the database itself ({@link SqlError}) rather than one of
 * antq's other errors: an antq error (any copy of antq, ESM or CommonJS: the check uses antq's
 * brand, not `instanceof`) whose code is a {@link SqlErrorCode}. Its `cause` is the driver's error
 * as the driver threw it, unmasked: log `message` (passwords masked), not `cause`.
 *
 * @param value - anything caught
 * @returns `true` for a database failure
 * @example
 * ```ts
 * isSqlError(new Error('Out of Memory Error: failed to allocate'));
 * // => false
 * ```
 * @category SQL
 */
export function isSqlError(value: unknown): value is SqlError {
  return isAntqError(value) && SQL_ERROR_CODES.has(value.code);
}
