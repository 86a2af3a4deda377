import type { Issue } from './Issue';

/**
 * The outcome of a parser that never throws on user input: the value, or the issues that kept it
 * from being read.
 *
 * @example
 * ```ts
 * const r: ParseResult<number> = { ok: true, value: 2412 };
 * if (r.ok) r.value;
 * // => 2412
 * ```
 * @category Errors
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues?: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };
