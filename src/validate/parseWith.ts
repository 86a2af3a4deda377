import type { z } from 'zod';
import { ValidationError } from '../errors/ValidationError';
import { safeParseWith } from './safeParseWith';

/**
 * Validates a value with any zod schema and returns the schema's output, or throws one error
 * carrying every issue.
 *
 * @param schema - e.g. {@link ProgrammeSchema}, or a user's extension of it
 * @param value - the data to check
 * @param context - what is being parsed, for the error message (default `parseWith`)
 * @returns the parsed value typed by the schema's output
 * @throws {@link ValidationError} `validation_failed` when the value does not validate
 * @example
 * ```ts
 * parseWith(OrganisationSchema, { id: 'police_42', name: 'Công an tỉnh Hà Tĩnh', kind: 'police', level: 'province' }).id;
 * // => 'police_42'
 * ```
 * @category Validation
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, context = 'parseWith'): z.output<S> {
  const r = safeParseWith(schema, value);
  if (!r.ok) throw new ValidationError(r.issues, context);
  return r.value;
}
