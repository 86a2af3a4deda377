import { ERROR_BRAND } from './internal/brand';
import type { AntqError } from './AntqError';

/**
 * Whether a value is an error thrown by antq (any copy of it: the check uses a global brand,
 * not only `instanceof`).
 *
 * @param value - anything caught
 * @returns `true` for antq errors
 * @example
 * ```ts
 * isAntqError(new Error('x'));
 * // => false
 * ```
 * @category Errors
 */
export function isAntqError(value: unknown): value is AntqError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ERROR_BRAND] === true;
}
