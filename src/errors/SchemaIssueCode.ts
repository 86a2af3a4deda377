/**
 * The codes of the issues a schema check reports (zod's issues under stable names):
 * `invalid_type`, `invalid_value`, `invalid_format`, `too_small`, `too_big` and `unknown_key`.
 *
 * @example
 * ```ts
 * const code: SchemaIssueCode = 'too_small';
 * code;
 * // => 'too_small'
 * ```
 * @category Errors
 */
export type SchemaIssueCode = 'invalid_type' | 'invalid_value' | 'invalid_format' | 'too_small' | 'too_big' | 'unknown_key';
