import type { z } from 'zod';
import type { ParseResult } from '../errors/ParseResult';
import { fromZodIssues } from '../errors/fromZodIssues';

/**
 * Validates a value with any zod schema (an antq entity schema or a user's extension of one) and
 * never throws: the schema's output, or antq issues with stable codes (`invalid_type`,
 * `invalid_value`, `invalid_format`, `too_small`, `too_big`, `unknown_key`) and zod's path.
 *
 * @param schema - e.g. {@link ProgrammeSchema}, or `ProgrammeBaseSchema.extend({...})`
 * @param value - the data to check
 * @returns the parsed value typed by the schema's output, or the issues
 * @example
 * ```ts
 * const r = safeParseWith(CommendationSchema, { issuer: 'front_committee', award: 'emulation_flag', recipientKind: 'individual', count: 1, unit: '42' });
 * r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
 * // => [['invalid_value', ['recipientKind']]]
 * ```
 * @category Validation
 */
export function safeParseWith<S extends z.ZodType>(schema: S, value: unknown): ParseResult<z.output<S>> {
  const r = schema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: fromZodIssues(r.error.issues) };
}
